package org.maoni.bill;

/**
 * One clause-by-clause edit of a draft. An edited provision keeps its eId and lineage; an inserted one gets a new
 * lineage; renumbering and moving rename the eIds of the provision and its descendants after the Akoma Ntoso convention
 * ({@code sec_5__subsec_2}) but keep their lineages. A null field of {@link Reword} leaves that part as it is; a blank
 * one clears it.
 */
public sealed interface DraftEdit {

    /** The eId the edit is about (the new provision's parent or predecessor for an insertion). */
    String target();

    /** New wording of a provision: heading, own text and text after its children. */
    record Reword(String eId, String heading, String text, String wrapUp) implements DraftEdit {
        public String target() {
            return eId;
        }
    }

    /**
     * A new provision right after {@code after}, or, when {@code after} is null, as the first child of {@code parent}
     * (the first top-level provision when both are null).
     */
    record Insert(String after, String parent, ProvisionType type, String num, String heading, String text)
            implements DraftEdit {
        public String target() {
            return after != null ? after : parent;
        }
    }

    /** Removes a provision with its descendants. */
    record Delete(String eId) implements DraftEdit {
        public String target() {
            return eId;
        }
    }

    /** Moves a provision (with its descendants) after {@code after}, or first under {@code parent}. */
    record Move(String eId, String after, String parent) implements DraftEdit {
        public String target() {
            return eId;
        }
    }

    /** Gives a provision a new number; its eId and its descendants' follow. */
    record Renumber(String eId, String num) implements DraftEdit {
        public String target() {
            return eId;
        }
    }

    /**
     * Numbers the clauses 1, 2, 3 ... through the bill, and in each provision its subclauses (1), (2) ..., paragraphs
     * (a), (b) ... and subparagraphs (i), (ii) ... in document order, as a bill is renumbered before it is reprinted.
     */
    record RenumberAll() implements DraftEdit {
        public String target() {
            return null;
        }
    }
}
