package org.maoni.diff;

import java.util.Objects;

/**
 * Renders a {@link TextDiff} as HTML fragments: deleted runs in {@code <del>}, inserted runs in {@code <ins>}, and all
 * text escaped. Runs that change only whitespace carry {@code class="whitespace"} so a stylesheet can make them
 * visible. Line breaks are kept as text; show them with CSS {@code white-space: pre-wrap}.
 */
public final class Redline {

    /** The two sides of a side-by-side redline: the old text with its deletions, the new text with its insertions. */
    public record SideBySide(String oldHtml, String newHtml) {

        public SideBySide {
            Objects.requireNonNull(oldHtml, "oldHtml");
            Objects.requireNonNull(newHtml, "newHtml");
        }
    }

    private Redline() {}

    /** One flow of text with deletions and insertions marked in place. */
    public static String inline(TextDiff diff) {
        StringBuilder html = new StringBuilder();
        for (DiffOp op : diff.operations()) {
            switch (op.kind()) {
                case EQUAL -> escape(op.text(), html);
                case DELETE -> mark("del", op.text(), html);
                case INSERT -> mark("ins", op.text(), html);
            }
        }
        return html.toString();
    }

    /** The old text with its deletions marked, and the new text with its insertions marked. */
    public static SideBySide sideBySide(TextDiff diff) {
        StringBuilder oldHtml = new StringBuilder();
        StringBuilder newHtml = new StringBuilder();
        for (DiffOp op : diff.operations()) {
            switch (op.kind()) {
                case EQUAL -> {
                    escape(op.text(), oldHtml);
                    escape(op.text(), newHtml);
                }
                case DELETE -> mark("del", op.text(), oldHtml);
                case INSERT -> mark("ins", op.text(), newHtml);
            }
        }
        return new SideBySide(oldHtml.toString(), newHtml.toString());
    }

    private static void mark(String tag, String text, StringBuilder html) {
        html.append('<').append(tag);
        if (text.codePoints().allMatch(WordTokens::isSpace)) {
            html.append(" class=\"whitespace\"");
        }
        html.append('>');
        escape(text, html);
        html.append("</").append(tag).append('>');
    }

    /**
     * Escapes the five HTML-significant characters. NUL and unpaired surrogates, which HTML cannot carry, become
     * U+FFFD, as an HTML parser would turn them anyway.
     */
    static void escape(String text, StringBuilder html) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> html.append("&amp;");
                case '<' -> html.append("&lt;");
                case '>' -> html.append("&gt;");
                case '"' -> html.append("&quot;");
                case '\'' -> html.append("&#39;");
                case '\0' -> html.append('\uFFFD');
                default -> {
                    if (Character.isHighSurrogate(c)
                            && i + 1 < text.length()
                            && Character.isLowSurrogate(text.charAt(i + 1))) {
                        html.append(c).append(text.charAt(++i));
                    } else if (Character.isSurrogate(c)) {
                        html.append('\uFFFD');
                    } else {
                        html.append(c);
                    }
                }
            }
        }
    }
}
