package org.maoni.bill.ingest;

import java.util.List;

/**
 * The text of an uploaded document as blocks in reading order, with the media type detected from its bytes and its
 * page count (0 where the format has no pages).
 */
public record ExtractedDocument(String mediaType, List<TextBlock> blocks, int pageCount) {

    public ExtractedDocument {
        blocks = List.copyOf(blocks);
    }

    /** All blocks joined by newlines: the document's plain text. */
    public String text() {
        StringBuilder sb = new StringBuilder();
        for (TextBlock block : blocks) {
            sb.append(block.text()).append('\n');
        }
        return sb.toString();
    }
}
