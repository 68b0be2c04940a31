package org.maoni.memorandum.mail;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.util.Set;

/**
 * The text of an RTF body (Outlook's compressed RTF, already decompressed), in one linear pass with constant state:
 * control words are interpreted only as far as text needs (paragraphs, tabs, hexadecimal and Unicode characters), and
 * ignorable destinations (font tables, pictures, {@code \*} groups, encapsulated HTML tags) are skipped.
 */
final class RtfText {

    private static final Set<String> SKIPPED_DESTINATIONS = Set.of(
            "fonttbl",
            "colortbl",
            "stylesheet",
            "info",
            "pict",
            "object",
            "header",
            "footer",
            "headerl",
            "headerr",
            "footerl",
            "footerr",
            "themedata",
            "colorschememapping",
            "latentstyles",
            "datastore",
            "xmlnstbl",
            "listtable",
            "listoverridetable",
            "rsidtbl",
            "generator",
            "fldinst",
            "filetbl",
            "revtbl",
            "mmathPr",
            "bkmkstart",
            "bkmkend",
            "xe",
            "tc");
    private static final int MAX_WORD = 32;

    private RtfText() {}

    static String toText(String rtf, int maxChars) {
        StringBuilder out = new StringBuilder(Math.min(rtf.length(), maxChars));
        ByteArrayOutputStream pending = new ByteArrayOutputStream();
        Charset codepage = MailText.WINDOWS_1252;
        int depth = 0;
        int skipBelow = Integer.MAX_VALUE; // groups at or deeper than this depth are skipped
        boolean groupStart = false;
        int unicodeSkip = 1;
        int toSkip = 0;
        int n = rtf.length();
        int i = 0;
        while (i < n && out.length() < maxChars) {
            char c = rtf.charAt(i);
            if (c == '\\' && i + 1 < n && rtf.charAt(i + 1) == '\'' && i + 3 < n) {
                int hex = hex(rtf.charAt(i + 2), rtf.charAt(i + 3));
                i += 4;
                if (toSkip > 0) {
                    toSkip--;
                } else if (hex >= 0 && depth < skipBelow) {
                    pending.write(hex);
                }
                groupStart = false;
                continue;
            }
            flush(pending, codepage, out);
            if (c == '{') {
                depth++;
                groupStart = true;
                i++;
            } else if (c == '}') {
                depth = Math.max(0, depth - 1);
                if (depth < skipBelow) {
                    skipBelow = Integer.MAX_VALUE;
                }
                groupStart = false;
                i++;
            } else if (c == '\\' && i + 1 < n) {
                char next = rtf.charAt(i + 1);
                if (isLetter(next)) {
                    int start = i + 1;
                    int j = start;
                    while (j < n && isLetter(rtf.charAt(j)) && j - start < MAX_WORD) {
                        j++;
                    }
                    String word = rtf.substring(start, j);
                    int numStart = j;
                    if (j < n && rtf.charAt(j) == '-') {
                        j++;
                    }
                    while (j < n && Character.isDigit(rtf.charAt(j)) && j - numStart < 10) {
                        j++;
                    }
                    String num = rtf.substring(numStart, j);
                    if (j < n && rtf.charAt(j) == ' ') {
                        j++;
                    }
                    i = j;
                    boolean skipping = depth >= skipBelow;
                    if (groupStart && SKIPPED_DESTINATIONS.contains(word)) {
                        skipBelow = Math.min(skipBelow, depth);
                    } else if (word.equals("ansicpg") && !num.isEmpty()) {
                        Charset cs = MailText.charset("windows-" + num);
                        codepage = cs != null ? cs : codepage;
                    } else if (word.equals("uc")) {
                        unicodeSkip = parse(num, 1);
                    } else if (!skipping) {
                        toSkip = control(word, num, out, unicodeSkip, toSkip);
                    }
                    groupStart = false;
                } else {
                    i += 2;
                    if (next == '*' && groupStart) {
                        skipBelow = Math.min(skipBelow, depth);
                    } else if (depth < skipBelow) {
                        symbol(next, out);
                    }
                    groupStart = groupStart && next == '*';
                }
            } else {
                i++;
                if (c == '\r' || c == '\n') {
                    continue;
                }
                groupStart = false;
                if (toSkip > 0) {
                    toSkip--;
                } else if (depth < skipBelow) {
                    out.append(c);
                }
            }
        }
        flush(pending, codepage, out);
        return out.length() > maxChars ? out.substring(0, maxChars) : out.toString();
    }

    /** Applies a text-relevant control word; returns how many following characters a Unicode escape's fallback hides. */
    private static int control(String word, String num, StringBuilder out, int unicodeSkip, int toSkip) {
        switch (word) {
            case "par", "line", "sect", "page", "row" -> out.append('\n');
            case "tab", "cell" -> out.append('\t');
            case "emdash" -> out.append('\u2014');
            case "endash" -> out.append('\u2013');
            case "bullet" -> out.append('\u2022');
            case "lquote" -> out.append('\u2018');
            case "rquote" -> out.append('\u2019');
            case "ldblquote" -> out.append('\u201c');
            case "rdblquote" -> out.append('\u201d');
            case "u" -> {
                int code = parse(num, -1);
                if (code != -1) {
                    if (code < 0) {
                        code += 65536;
                    }
                    out.append((char) code);
                    return unicodeSkip;
                }
            }
            default -> {
                // formatting words carry no text
            }
        }
        return toSkip;
    }

    private static void symbol(char c, StringBuilder out) {
        switch (c) {
            case '\\', '{', '}' -> out.append(c);
            case '~' -> out.append('\u00a0');
            case '_' -> out.append('-');
            case '\n', '\r' -> out.append('\n');
            default -> {
                // \- (optional hyphen), \| and other symbols carry no text
            }
        }
    }

    private static void flush(ByteArrayOutputStream pending, Charset codepage, StringBuilder out) {
        if (pending.size() > 0) {
            out.append(new String(pending.toByteArray(), codepage));
            pending.reset();
        }
    }

    private static int parse(String num, int otherwise) {
        if (num.isEmpty() || num.equals("-")) {
            return otherwise;
        }
        try {
            return Integer.parseInt(num);
        } catch (NumberFormatException e) {
            return otherwise;
        }
    }

    private static boolean isLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static int hex(char a, char b) {
        int hi = Character.digit(a, 16);
        int lo = Character.digit(b, 16);
        return hi < 0 || lo < 0 ? -1 : hi * 16 + lo;
    }
}
