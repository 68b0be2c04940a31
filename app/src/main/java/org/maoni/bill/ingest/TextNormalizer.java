package org.maoni.bill.ingest;

import java.text.Normalizer;

/**
 * Makes extracted text safe and uniform: Unicode NFC; CR and CRLF become LF; NUL, other control characters (C0 but tab
 * and newline, DEL, C1), unpaired surrogates, zero-width characters, byte-order marks and soft hyphens are removed;
 * non-breaking and other Unicode spaces become a plain space; Latin ligatures (U+FB00–FB06) are expanded.
 */
final class TextNormalizer {

    private TextNormalizer() {}

    /** Normalises a whole text, keeping its newlines. */
    static String normalize(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        StringBuilder sb = new StringBuilder(text.length());
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\r') {
                sb.append('\n');
                if (i + 1 < n && text.charAt(i + 1) == '\n') {
                    i++;
                }
            } else if (c == '\n' || c == '\t') {
                sb.append(c);
            } else if (c == '\u2028' || c == '\u2029' || c == '\u0085') {
                sb.append('\n');
            } else if (c < 0x20 || c == 0x7F || (c >= 0x80 && c < 0xA0)) {
                // control character: dropped
            } else if (Character.isHighSurrogate(c)) {
                if (i + 1 < n && Character.isLowSurrogate(text.charAt(i + 1))) {
                    sb.append(c).append(text.charAt(i + 1));
                    i++;
                }
            } else if (Character.isLowSurrogate(c)) {
                // unpaired: dropped
            } else if (c == '\u00AD'
                    || c == '\u200B'
                    || c == '\u200C'
                    || c == '\u200D'
                    || c == '\u2060'
                    || c == '\uFEFF'
                    || c == '\uFFFE'
                    || c == '\uFFFF') {
                // soft hyphen, zero-width characters, BOM, non-characters: dropped
            } else if (c == '\u00A0'
                    || c == '\u2007'
                    || c == '\u202F'
                    || c == '\u3000'
                    || (c >= '\u2000' && c <= '\u200A')
                    || c == '\u205F'
                    || c == '\u1680') {
                sb.append(' ');
            } else if (c >= '\uFB00' && c <= '\uFB06') {
                sb.append(Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKC));
            } else {
                sb.append(c);
            }
        }
        String s = sb.toString();
        return Normalizer.isNormalized(s, Normalizer.Form.NFC) ? s : Normalizer.normalize(s, Normalizer.Form.NFC);
    }

    /**
     * Normalises the text of one block: as {@link #normalize(String)}, and then newlines become spaces, runs of spaces
     * collapse to one, and the ends are trimmed (tabs inside are kept).
     */
    static String normalizeBlock(String text) {
        String s = normalize(text);
        StringBuilder sb = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ' ' || c == '\n') {
                space = true;
            } else {
                if (space && sb.length() > 0) {
                    sb.append(' ');
                }
                space = false;
                sb.append(c);
            }
        }
        // tabs at the ends are not content either
        int start = 0;
        int end = sb.length();
        while (start < end && (sb.charAt(start) == '\t' || sb.charAt(start) == ' ')) {
            start++;
        }
        while (end > start && (sb.charAt(end - 1) == '\t' || sb.charAt(end - 1) == ' ')) {
            end--;
        }
        return sb.substring(start, end);
    }

    /** A margin note's text, or null when nothing is left of it. */
    static String normalizeNote(String text) {
        if (text == null) {
            return null;
        }
        String s = normalizeBlock(text);
        return s.isEmpty() ? null : s;
    }
}
