package org.maoni.bill.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Turns Tika's XHTML into blocks: one per paragraph-like element (p, headings, list items, div, pre, blockquote...) and
 * per line break; one per table row with cells separated by a tab. Skips the head, scripts and styles, and the
 * page headers, footers, notes, comments and embedded objects that Tika marks with div classes.
 */
final class TikaBlockHandler extends DefaultHandler {

    private static final Set<String> BLOCKS = Set.of(
            "p",
            "h1",
            "h2",
            "h3",
            "h4",
            "h5",
            "h6",
            "li",
            "div",
            "pre",
            "blockquote",
            "dt",
            "dd",
            "address",
            "section",
            "article",
            "header",
            "footer",
            "nav",
            "aside",
            "main",
            "figure",
            "figcaption",
            "caption",
            "ul",
            "ol",
            "dl",
            "table",
            "tbody",
            "thead",
            "tfoot",
            "form",
            "fieldset",
            "legend",
            "hr",
            "body",
            "center");
    private static final Set<String> SKIPPED = Set.of("head", "script", "style", "noscript", "template", "object");
    private static final Set<String> SKIPPED_CLASSES = Set.of(
            "header",
            "footer",
            "embedded",
            "package-entry",
            "footnote",
            "endnote",
            "comment",
            "annotation",
            "annotations",
            "ocr");

    private final Guard guard;
    private final List<TextBlock> blocks = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();
    private final List<String> rowCells = new ArrayList<>();
    private final StringBuilder cell = new StringBuilder();
    private int tableDepth;
    private boolean inCell;
    private int skipDepth;
    private int pages;

    TikaBlockHandler(Guard guard) {
        this.guard = guard;
    }

    List<TextBlock> blocks() {
        flush();
        return blocks;
    }

    /** Pages Tika marked with {@code <div class="page">} (PDF-like sources), or 0. */
    int pages() {
        return pages;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) {
        guard.check();
        String name = name(localName, qName);
        if (skipDepth > 0) {
            skipDepth++;
            return;
        }
        String cls = atts == null ? null : atts.getValue("class");
        if (SKIPPED.contains(name) || ("div".equals(name) && cls != null && SKIPPED_CLASSES.contains(cls))) {
            skipDepth = 1;
            return;
        }
        if ("div".equals(name) && "page".equals(cls)) {
            pages++;
        }
        switch (name) {
            case "tr" -> {
                flushText();
                rowCells.clear();
            }
            case "td", "th" -> {
                inCell = true;
                cell.setLength(0);
            }
            case "table" -> {
                flushText();
                tableDepth++;
            }
            case "br" -> {
                if (inCell) {
                    cell.append(' ');
                } else {
                    flush();
                }
            }
            default -> {
                if (BLOCKS.contains(name)) {
                    if (inCell) {
                        cell.append(' ');
                    } else {
                        flush();
                    }
                }
            }
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        String name = name(localName, qName);
        if (skipDepth > 0) {
            skipDepth--;
            return;
        }
        switch (name) {
            case "td", "th" -> {
                rowCells.add(TextNormalizer.normalizeBlock(cell.toString()).replace('\t', ' '));
                cell.setLength(0);
                inCell = false;
            }
            case "tr" -> {
                int end = rowCells.size();
                while (end > 0 && rowCells.get(end - 1).isEmpty()) {
                    end--;
                }
                String row = String.join("\t", rowCells.subList(0, end));
                rowCells.clear();
                if (!row.isBlank()) {
                    blocks.add(new TextBlock(row, null, pages));
                }
            }
            case "table" -> tableDepth = Math.max(0, tableDepth - 1);
            default -> {
                if (BLOCKS.contains(name) && !inCell) {
                    flush();
                }
            }
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (skipDepth > 0) {
            return;
        }
        guard.addCharacters(length);
        if (inCell) {
            cell.append(ch, start, length);
        } else {
            text.append(ch, start, length);
        }
    }

    @Override
    public void ignorableWhitespace(char[] ch, int start, int length) {
        characters(ch, start, length);
    }

    private void flush() {
        flushText();
    }

    private void flushText() {
        if (text.length() == 0) {
            return;
        }
        String s = TextNormalizer.normalizeBlock(text.toString());
        text.setLength(0);
        if (!s.isEmpty()) {
            blocks.add(new TextBlock(s, null, pages));
        }
    }

    private static String name(String localName, String qName) {
        String n = localName == null || localName.isEmpty() ? qName : localName;
        return n == null ? "" : n.toLowerCase(Locale.ROOT);
    }
}
