package org.maoni.memorandum.intake;

import java.util.List;
import java.util.Objects;
import org.maoni.memorandum.Stance;

/**
 * One proposal of a memorandum linked to a bill version: the reference as written, the provisions it names
 * ({@code eIds}, in order; for an {@code insertion} the place of the new provision), the proposed text, the rationale,
 * the inferred stance, and, when the reference names a provision that does not exist, the closest existing ones.
 * {@code eIds} is empty for a proposal on the bill as a whole or on a provision that could not be found.
 */
public record ExtractedProposal(
        String reference,
        List<String> eIds,
        boolean insertion,
        String proposedText,
        String rationale,
        Stance stance,
        List<String> closestIfUnresolved) {

    public ExtractedProposal {
        Objects.requireNonNull(stance, "stance");
        reference = reference == null ? "" : reference;
        eIds = List.copyOf(eIds);
        proposedText = proposedText == null ? "" : proposedText;
        rationale = rationale == null ? "" : rationale;
        closestIfUnresolved = List.copyOf(closestIfUnresolved);
    }

    /** True when the reference named a provision that this version does not have. */
    public boolean unresolved() {
        return eIds.isEmpty() && !closestIfUnresolved.isEmpty();
    }
}
