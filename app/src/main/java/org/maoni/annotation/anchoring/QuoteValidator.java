package org.maoni.annotation.anchoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.maoni.annotation.anchoring.AnchorProblem.Reason;
import org.maoni.annotation.model.ProvisionAnnotations.ProvisionTarget;

/**
 * Checks a TextQuoteSelector (exact, prefix, suffix) and an optional TextPositionSelector (start, end, in code points)
 * against a provision's full text and resolves them to one {@link AnchoredQuote}, or refuses them with an
 * {@link AnchorProblem}. Several occurrences of the quote are told apart by prefix and suffix, else by position.
 * Thread-safe.
 */
public final class QuoteValidator {

    /**
     * Resolves an annotation's provision target against the full text of the provision it names ({@code text}, as
     * {@link org.maoni.bill.Provision#fullText()} gives it).
     */
    public AnchoredQuote resolve(ProvisionTarget target, String text) {
        Integer start = null;
        Integer end = null;
        if (target.position() != null) {
            if (target.position().start() > Integer.MAX_VALUE
                    || target.position().end() > Integer.MAX_VALUE) {
                throw new AnchorProblem(
                        Reason.POSITION_OUT_OF_RANGE, "The position lies outside the provision's text.");
            }
            start = (int) target.position().start();
            end = (int) target.position().end();
        }
        return resolve(
                target.eId(),
                text,
                target.quote().exact(),
                target.quote().prefix(),
                target.quote().suffix(),
                start,
                end);
    }

    /**
     * Resolves the selectors; {@code start} and {@code end} are both given or both null, {@code prefix} and
     * {@code suffix} may be null or empty. The result carries the context as found in the text.
     */
    public AnchoredQuote resolve(
            String eId, String text, String exact, String prefix, String suffix, Integer start, Integer end) {
        Objects.requireNonNull(eId, "eId");
        Objects.requireNonNull(text, "text");
        if (exact == null || exact.isEmpty()) {
            throw new AnchorProblem(Reason.EMPTY_QUOTE, "The quote (exact) is empty.");
        }
        checkCharacters("exact", exact);
        checkCharacters("prefix", prefix);
        checkCharacters("suffix", suffix);
        String before = prefix == null ? "" : prefix;
        String after = suffix == null ? "" : suffix;
        if ((start == null) != (end == null)) {
            throw new AnchorProblem(
                    Reason.POSITION_OUT_OF_RANGE, "A text position needs both start and end, or neither.");
        }
        List<Integer> occurrences = occurrences(text, exact);
        if (start != null) {
            int length = text.codePointCount(0, text.length());
            if (start < 0 || end < start || end > length) {
                throw new AnchorProblem(
                        Reason.POSITION_OUT_OF_RANGE,
                        "The position [" + start + ", " + end + ") lies outside the provision's text of " + length
                                + " characters.");
            }
            if (occurrences.isEmpty()) {
                throw notFound(eId);
            }
            int from = CodePoints.toUnits(text, start);
            int to = CodePoints.toUnits(text, end);
            if (!text.substring(from, to).equals(exact)
                    || !text.substring(0, from).endsWith(before)
                    || !text.substring(to).startsWith(after)) {
                throw new AnchorProblem(
                        Reason.SELECTORS_DISAGREE,
                        "The text at position [" + start + ", " + end + ") of " + eId
                                + " is not the quote with its prefix and suffix.");
            }
            return AnchoredQuote.at(eId, text, start, end);
        }
        if (occurrences.isEmpty()) {
            throw notFound(eId);
        }
        List<Integer> fitting = new ArrayList<>();
        for (int at : occurrences) {
            if (text.substring(0, at).endsWith(before)
                    && text.substring(at + exact.length()).startsWith(after)) {
                fitting.add(at);
            }
        }
        if (fitting.isEmpty()) {
            throw new AnchorProblem(
                    Reason.QUOTE_NOT_FOUND,
                    "The quote occurs in " + eId + ", but not with the given prefix and suffix.");
        }
        if (fitting.size() > 1) {
            throw new AnchorProblem(
                    Reason.AMBIGUOUS_QUOTE,
                    "The quote occurs " + fitting.size() + " times in " + eId
                            + "; give a longer prefix or suffix, or a text position.");
        }
        int from = CodePoints.toPoints(text, fitting.get(0));
        return AnchoredQuote.at(eId, text, from, from + exact.codePointCount(0, exact.length()));
    }

    private static AnchorProblem notFound(String eId) {
        return new AnchorProblem(Reason.QUOTE_NOT_FOUND, "The quote does not occur in the text of " + eId + ".");
    }

    /** Every code-unit offset, on a code-point boundary, where {@code exact} occurs in {@code text}. */
    static List<Integer> occurrences(String text, String exact) {
        List<Integer> out = new ArrayList<>();
        int at = text.indexOf(exact);
        while (at >= 0) {
            if (CodePoints.onBoundary(text, at) && CodePoints.onBoundary(text, at + exact.length())) {
                out.add(at);
            }
            at = text.indexOf(exact, at + 1);
        }
        return out;
    }

    private static void checkCharacters(String field, String value) {
        if (value == null) {
            return;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean unpaired = Character.isHighSurrogate(c)
                            && (i + 1 >= value.length() || !Character.isLowSurrogate(value.charAt(i + 1)))
                    || Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(value.charAt(i - 1)));
            if (c == '\0' || unpaired) {
                throw new AnchorProblem(
                        Reason.INVALID_CHARACTER,
                        "The " + field + " holds " + (c == '\0' ? "a NUL character" : "half a surrogate pair")
                                + " at index " + i + ".");
            }
        }
    }
}
