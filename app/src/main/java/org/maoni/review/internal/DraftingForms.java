package org.maoni.review.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.Set;

/**
 * Reads the bodies that complete the drafting workflow's tasks: the drafter submits (or discards) the draft, legal
 * review clears it or sends it back, the committee approves it or sends it back; sending back needs a note.
 */
final class DraftingForms {

    private DraftingForms() {}

    /** Task_DraftVersion: submit for legal review, or discard the draft. */
    record Drafting(boolean discard, String note) {}

    /** Task_LegalReview and Task_ApproveDraft: go on ({@code passed}) or back to drafting with a note. */
    record Review(boolean passed, String note) {}

    static Drafting drafting(JsonNode body) {
        JsonNode node = body == null || body.isNull() ? JsonNodeFactory.instance.objectNode() : body;
        TaskForms.Reader r = new TaskForms.Reader(node, Set.of("discard", "note"));
        JsonNode discard = node.get("discard");
        if (discard != null && !discard.isNull() && !discard.isBoolean()) {
            r.error("discard", "must be true or false");
        }
        String note = r.optionalText(node, "note", "note", TaskForms.MAX_NOTE);
        r.throwIfInvalid();
        return new Drafting(discard != null && discard.asBoolean(false), blankToNull(note));
    }

    static Review review(JsonNode body, String field) {
        TaskForms.Reader r = new TaskForms.Reader(body, Set.of(field, "note"));
        Boolean passed = r.requiredBoolean(body, field, field);
        String note = r.optionalText(body, "note", "note", TaskForms.MAX_NOTE);
        if (Boolean.FALSE.equals(passed) && blankToNull(note) == null) {
            r.error("note", "is required to send the draft back: the drafters are told what to change");
        }
        r.throwIfInvalid();
        return new Review(passed, blankToNull(note));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
