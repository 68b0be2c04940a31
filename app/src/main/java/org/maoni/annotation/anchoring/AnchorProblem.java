package org.maoni.annotation.anchoring;

import java.util.Objects;

/** Why a quote cannot be anchored in a provision; {@link #reason()} is stable, the message is for people. */
public final class AnchorProblem extends RuntimeException {

    /** The reasons, each mapped by the web layer to a problem type {@code urn:maoni:problem:<slug>}. */
    public enum Reason {
        /** The target names no provision of the version. */
        UNKNOWN_TARGET,
        /** The quote (exact) is empty. */
        EMPTY_QUOTE,
        /** The quote, prefix or suffix holds a NUL character or half a surrogate pair. */
        INVALID_CHARACTER,
        /** The quote does not occur in the provision's text. */
        QUOTE_NOT_FOUND,
        /** The position selector's start and end are negative, reversed or beyond the text. */
        POSITION_OUT_OF_RANGE,
        /** The position selector names other text than the quote selector. */
        SELECTORS_DISAGREE,
        /** The quote occurs several times and neither prefix, suffix nor a position tells which is meant. */
        AMBIGUOUS_QUOTE;

        /** The problem-type slug, e.g. "quote-not-found". */
        public String slug() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }

    private final Reason reason;

    public AnchorProblem(Reason reason, String message) {
        super(message);
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    public Reason reason() {
        return reason;
    }
}
