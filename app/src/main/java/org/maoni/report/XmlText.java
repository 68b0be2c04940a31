package org.maoni.report;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Text made fit for XML 1.0: characters XML cannot carry are dropped, line breaks split paragraphs. */
final class XmlText {

    private static final Pattern LINE_BREAK = Pattern.compile("\\R");
    private static final Pattern SPACES = Pattern.compile("[\\s\\p{Z}]+");

    private XmlText() {}

    /** Whether XML 1.0 allows the code point in a document (its production {@code Char}). */
    static boolean isLegal(int c) {
        return c == 0x9
                || c == 0xA
                || c == 0xD
                || (c >= 0x20 && c <= 0xD7FF)
                || (c >= 0xE000 && c <= 0xFFFD)
                || (c >= 0x10000 && c <= 0x10FFFF);
    }

    /** The text without the characters XML 1.0 forbids (NUL and other C0 controls, lone surrogates, U+FFFE/U+FFFF). */
    static String legal(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().filter(XmlText::isLegal).forEach(out::appendCodePoint);
        return out.toString();
    }

    /**
     * The text's non-blank lines, each stripped. Every Unicode line break counts, including the vertical tab and form
     * feed that extracted text carries and XML forbids.
     */
    static List<String> lines(String text) {
        List<String> lines = new ArrayList<>();
        if (text == null) {
            return lines;
        }
        for (String line : LINE_BREAK.split(text)) {
            String clean = SPACES.matcher(legal(line)).replaceAll(" ").strip();
            if (!clean.isEmpty()) {
                lines.add(clean);
            }
        }
        return lines;
    }

    /** The text on one line with runs of white space collapsed, or null when nothing is left. */
    static String line(String text) {
        String joined = String.join(" ", lines(text));
        return joined.isEmpty() ? null : joined;
    }

    /** The text as an XML token without white space (as {@code eId} and {@code wId} must be); empty when blank. */
    static String token(String text) {
        String line = line(text);
        return line == null ? "" : line.replace(' ', '_');
    }
}
