package org.maoni.memorandum.mail;

import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * HTML mail bodies as plain text: parsed (not pattern-matched) so that tags, comments and entities are handled as a
 * browser would; script, style and other non-text content is dropped, block elements become line breaks.
 */
final class HtmlText {

    /** Elements that stand apart as paragraphs, with a blank line before and after. */
    private static final Set<String> PARAGRAPHS = Set.of(
            "p",
            "div",
            "h1",
            "h2",
            "h3",
            "h4",
            "h5",
            "h6",
            "table",
            "ul",
            "ol",
            "blockquote",
            "pre",
            "hr",
            "section",
            "article",
            "header",
            "footer",
            "address",
            "dl");
    /** Elements that start a line of their own. */
    private static final Set<String> LINES = Set.of("li", "tr", "dt", "dd");

    private HtmlText() {}

    static String toText(String html) {
        Document doc = Jsoup.parse(html);
        doc.select("script, style, noscript, template, head, object, embed, iframe, svg, math, title")
                .remove();
        StringBuilder out = new StringBuilder(Math.min(html.length(), 1 << 16));
        NodeTraversor.traverse(
                new NodeVisitor() {
                    @Override
                    public void head(Node node, int depth) {
                        if (node instanceof TextNode text) {
                            appendText(out, text, inPre(text));
                        } else if (node instanceof Element e) {
                            String name = e.normalName();
                            if (name.equals("br")) {
                                trimSpace(out);
                                out.append('\n');
                            } else if (PARAGRAPHS.contains(name)) {
                                paragraph(out);
                            } else if (LINES.contains(name)) {
                                line(out);
                                if (name.equals("li")) {
                                    out.append("- ");
                                }
                            } else if (name.equals("td") || name.equals("th")) {
                                out.append(' ');
                            }
                        }
                    }

                    @Override
                    public void tail(Node node, int depth) {
                        if (node instanceof Element e) {
                            if (PARAGRAPHS.contains(e.normalName())) {
                                paragraph(out);
                            } else if (LINES.contains(e.normalName())) {
                                line(out);
                            }
                        }
                    }
                },
                doc.body());
        return tidy(out);
    }

    private static boolean inPre(TextNode text) {
        for (Node n = text.parentNode(); n != null; n = n.parentNode()) {
            if (n instanceof Element e && e.normalName().equals("pre")) {
                return true;
            }
        }
        return false;
    }

    private static void appendText(StringBuilder out, TextNode text, boolean pre) {
        if (pre) {
            out.append(text.getWholeText());
            return;
        }
        String s = text.getWholeText();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00a0') {
                if (!out.isEmpty() && out.charAt(out.length() - 1) != ' ' && out.charAt(out.length() - 1) != '\n') {
                    out.append(' ');
                }
            } else {
                out.append(c);
            }
        }
    }

    private static void trimSpace(StringBuilder out) {
        while (!out.isEmpty() && out.charAt(out.length() - 1) == ' ') {
            out.setLength(out.length() - 1);
        }
    }

    private static void line(StringBuilder out) {
        trimSpace(out);
        if (!out.isEmpty() && out.charAt(out.length() - 1) != '\n') {
            out.append('\n');
        }
    }

    private static void paragraph(StringBuilder out) {
        line(out);
        if (!out.isEmpty() && (out.length() < 2 || out.charAt(out.length() - 2) != '\n')) {
            out.append('\n');
        }
    }

    /** Trims each line and keeps at most one blank line between paragraphs. */
    private static String tidy(CharSequence text) {
        StringBuilder out = new StringBuilder(text.length());
        int blank = 0;
        for (String line : text.toString().split("\n", -1)) {
            String t = line.strip();
            if (t.isEmpty()) {
                blank++;
                continue;
            }
            if (!out.isEmpty()) {
                out.append(blank > 0 ? "\n\n" : "\n");
            }
            out.append(t);
            blank = 0;
        }
        return out.toString();
    }
}
