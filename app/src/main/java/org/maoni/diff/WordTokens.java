package org.maoni.diff;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits text into the units a word diff works on: words (letters, digits and combining marks, with inner apostrophes
 * as in Kiswahili "ng'ombe"), runs of whitespace, and single other characters (punctuation, symbols, emoji with their
 * modifiers and joiners). Tokens follow code points, so no token ever ends inside a surrogate pair, and the tokens
 * concatenate back to the input exactly.
 */
final class WordTokens {

    private static final int ZERO_WIDTH_NON_JOINER = 0x200C;
    private static final int ZERO_WIDTH_JOINER = 0x200D;

    private WordTokens() {}

    static List<String> split(String text) {
        List<String> tokens = new ArrayList<>();
        int length = text.length();
        int start = 0;
        while (start < length) {
            int first = text.codePointAt(start);
            int end;
            if (isSpace(first)) {
                end = scanSpace(text, start);
            } else if (isWordChar(first)) {
                end = scanWord(text, start);
            } else {
                end = scanSymbol(text, start, first);
            }
            tokens.add(text.substring(start, end));
            start = end;
        }
        return tokens;
    }

    private static int scanSpace(String text, int start) {
        int end = start;
        while (end < text.length() && isSpace(text.codePointAt(end))) {
            end += Character.charCount(text.codePointAt(end));
        }
        return end;
    }

    private static int scanWord(String text, int start) {
        int end = start + Character.charCount(text.codePointAt(start));
        while (end < text.length()) {
            int cp = text.codePointAt(end);
            if (isWordChar(cp) || isExtender(cp)) {
                end += Character.charCount(cp);
            } else if (isInnerJoiner(cp) && followedByWordChar(text, end + Character.charCount(cp))) {
                end += Character.charCount(cp);
            } else {
                break;
            }
        }
        return end;
    }

    // Keeps one visible symbol together with what modifies it, so an emoji with a skin tone, a flag or a ZWJ family
    // is inserted or deleted as a whole rather than leaving a dangling modifier behind.
    private static int scanSymbol(String text, int start, int first) {
        int end = start + Character.charCount(first);
        if (isRegionalIndicator(first) && end < text.length() && isRegionalIndicator(text.codePointAt(end))) {
            return end + Character.charCount(text.codePointAt(end));
        }
        while (end < text.length()) {
            int cp = text.codePointAt(end);
            if (isExtender(cp)) {
                end += Character.charCount(cp);
            } else if (cp == ZERO_WIDTH_JOINER && end + 1 < text.length()) {
                int next = text.codePointAt(end + 1);
                if (isSpace(next)) {
                    break;
                }
                end += 1 + Character.charCount(next);
            } else {
                break;
            }
        }
        return end;
    }

    private static boolean followedByWordChar(String text, int index) {
        return index < text.length() && isWordChar(text.codePointAt(index));
    }

    static boolean isSpace(int cp) {
        return Character.isWhitespace(cp) || Character.isSpaceChar(cp);
    }

    static boolean isWordChar(int cp) {
        if (Character.isLetterOrDigit(cp)) {
            return true;
        }
        int type = Character.getType(cp);
        return type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER
                || type == Character.NON_SPACING_MARK
                || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }

    private static boolean isInnerJoiner(int cp) {
        return cp == '\''
                || cp == 0x2019 // right single quotation mark, as typed in "ng’ombe"
                || cp == 0x02BC // modifier letter apostrophe
                || cp == 0x00AD // soft hyphen
                || cp == ZERO_WIDTH_NON_JOINER
                || cp == ZERO_WIDTH_JOINER;
    }

    private static boolean isExtender(int cp) {
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK
                || type == Character.ENCLOSING_MARK
                || type == Character.COMBINING_SPACING_MARK
                || (cp >= 0xFE00 && cp <= 0xFE0F) // variation selectors
                || (cp >= 0xE0100 && cp <= 0xE01EF)
                || (cp >= 0x1F3FB && cp <= 0x1F3FF) // emoji skin tones
                || (cp >= 0xE0020 && cp <= 0xE007F); // emoji tag sequences
    }

    private static boolean isRegionalIndicator(int cp) {
        return cp >= 0x1F1E6 && cp <= 0x1F1FF;
    }
}
