package org.maoni.bill;

import java.util.EnumSet;
import java.util.Set;

/** The kinds of node in a bill's provision tree, named after their Akoma Ntoso elements. */
public enum ProvisionType {
    /** The long title ("A Bill for AN ACT of Parliament to ..."). */
    PREFACE,
    /** The enacting formula ("ENACTED by the Parliament of Kenya, as follows—"). */
    PREAMBLE,
    PART,
    /** A division inside a Part, where a bill has them. */
    DIVISION,
    /** A clause of the bill (a section once enacted). */
    SECTION,
    SUBSECTION,
    PARAGRAPH,
    SUBPARAGRAPH,
    SCHEDULE,
    /** The closing Memorandum of Objects and Reasons, kept as its own block. */
    OBJECTS_AND_REASONS;

    /**
     * The provisions that stand on their own rather than inside a clause: the only ones allowed at the top of a tree,
     * and the units aligned across versions (their sub-provisions follow them).
     */
    public static final Set<ProvisionType> STANDALONE =
            EnumSet.of(PREFACE, PREAMBLE, PART, DIVISION, SECTION, SCHEDULE, OBJECTS_AND_REASONS);
}
