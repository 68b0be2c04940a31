package org.maoni.annotation.anchoring;

import java.util.Objects;

/**
 * A quote anchored in one provision of a bill version: the provision's eId, the quoted text with up to
 * {@link #CONTEXT} code points of text before and after it, and its place as code-point offsets {@code [start, end)}
 * into the provision's full text.
 */
public record AnchoredQuote(String eId, String exact, String prefix, String suffix, int start, int end) {

    /** How many code points of context a quote carries on each side. */
    public static final int CONTEXT = 32;

    public AnchoredQuote {
        Objects.requireNonNull(eId, "eId");
        Objects.requireNonNull(exact, "exact");
        prefix = prefix == null ? "" : prefix;
        suffix = suffix == null ? "" : suffix;
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad range [" + start + ", " + end + ")");
        }
    }

    /** The quote at code-point range {@code [start, end)} of {@code text}, with its context taken from the text. */
    public static AnchoredQuote at(String eId, String text, int start, int end) {
        int from = CodePoints.toUnits(text, start);
        int to = CodePoints.toUnits(text, end);
        if (from < 0 || to < from) {
            throw new IllegalArgumentException("range [" + start + ", " + end + ") is outside the text");
        }
        return new AnchoredQuote(
                eId,
                text.substring(from, to),
                CodePoints.before(text, from, CONTEXT),
                CodePoints.after(text, to, CONTEXT),
                start,
                end);
    }
}
