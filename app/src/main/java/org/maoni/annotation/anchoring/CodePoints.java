package org.maoni.annotation.anchoring;

/** Conversions between UTF-16 code-unit offsets (Java strings) and Unicode code-point offsets (the API's unit). */
final class CodePoints {

    private CodePoints() {}

    /** The code-unit offset of code point {@code points} in {@code text}; -1 when out of range. */
    static int toUnits(String text, int points) {
        if (points < 0) {
            return -1;
        }
        try {
            return text.offsetByCodePoints(0, points);
        } catch (IndexOutOfBoundsException e) {
            return -1;
        }
    }

    /** The number of code points before code-unit offset {@code units}. */
    static int toPoints(String text, int units) {
        return text.codePointCount(0, units);
    }

    /** Whether the offset does not fall between the two halves of a surrogate pair. */
    static boolean onBoundary(String text, int units) {
        return units <= 0
                || units >= text.length()
                || !(Character.isHighSurrogate(text.charAt(units - 1)) && Character.isLowSurrogate(text.charAt(units)));
    }

    /** The last {@code points} code points before code-unit offset {@code end}. */
    static String before(String text, int end, int points) {
        int start = end;
        for (int i = 0; i < points && start > 0; i++) {
            start = text.offsetByCodePoints(start, -1);
        }
        return text.substring(start, end);
    }

    /** The first {@code points} code points from code-unit offset {@code start}. */
    static String after(String text, int start, int points) {
        int end = start;
        for (int i = 0; i < points && end < text.length(); i++) {
            end = text.offsetByCodePoints(end, 1);
        }
        return text.substring(start, end);
    }

    static boolean isWordChar(int codePoint) {
        return Character.isLetterOrDigit(codePoint) || Character.getType(codePoint) == Character.NON_SPACING_MARK;
    }
}
