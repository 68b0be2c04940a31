package org.maoni.bill.ingest;

/**
 * One unit of extracted text in reading order: a line of a PDF page, or a paragraph of a word-processor document.
 * {@code marginNote} is the marginal note the format anchors to this block (DOCX text boxes), or null; {@code page} is
 * 1-based, or 0 where the format has no pages.
 */
public record TextBlock(String text, String marginNote, int page) {

    public TextBlock {
        text = text == null ? "" : text;
    }

    public static TextBlock of(String text) {
        return new TextBlock(text, null, 0);
    }
}
