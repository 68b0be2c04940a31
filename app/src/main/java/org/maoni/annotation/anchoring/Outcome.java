package org.maoni.annotation.anchoring;

import java.util.Objects;

/**
 * What re-anchoring made of one quote: {@code original} is always kept; {@code anchored} is the quote in the new
 * version (null when orphaned); {@code similarity} (0 to 1) compares the new quote with the old; {@code note} says why
 * in a few words.
 */
public record Outcome(
        AnchorStatus status, AnchoredQuote original, AnchoredQuote anchored, double similarity, String note) {

    public Outcome {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(original, "original");
        if ((status == AnchorStatus.ORPHANED) != (anchored == null)) {
            throw new IllegalArgumentException("an orphaned outcome has no anchor, and only an orphaned one");
        }
    }

    static Outcome orphaned(AnchoredQuote original, String note) {
        return new Outcome(AnchorStatus.ORPHANED, original, null, 0, note);
    }
}
