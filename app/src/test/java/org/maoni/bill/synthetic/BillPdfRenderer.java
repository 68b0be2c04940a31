package org.maoni.bill.synthetic;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.maoni.bill.synthetic.BillLayout.Block;
import org.maoni.bill.synthetic.BillLayout.Kind;

/**
 * Writes a laid-out bill as a text PDF in the Gazette manner: a cover, numbered pages with a running header, a text
 * column and a margin column where marginal notes sit level with the first line of their clause.
 */
final class BillPdfRenderer {

    private static final float PAGE_W = PDRectangle.A4.getWidth();
    private static final float PAGE_H = PDRectangle.A4.getHeight();
    private static final float MARGIN = 72;
    private static final float TEXT_W = 330;
    private static final float GUTTER = 14;
    private static final float NOTE_W = 100;
    private static final float TOP = PAGE_H - 80;
    private static final float BOTTOM = 72;
    private static final float SIZE = 10.5f;
    private static final float LEADING = 13.5f;
    private static final float NOTE_SIZE = 8f;
    private static final float NOTE_LEADING = 9.5f;

    private final BillDocument bill;
    private final List<Block> blocks;
    private final PdfOptions options;
    private final PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.TIMES_ROMAN);
    private final PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.TIMES_BOLD);
    private final PDType1Font italic = new PDType1Font(Standard14Fonts.FontName.TIMES_ITALIC);

    /** Text to draw on one page, in content-stream order. */
    private record Op(PDType1Font font, float size, float x, float y, String text) {}

    private final List<List<Op>> pages = new ArrayList<>();
    private final Map<Integer, Float> noteBottom = new HashMap<>();
    private float y;
    /** The page on which the last flowed block's first line landed. */
    private int firstPage;

    BillPdfRenderer(BillDocument bill, List<Block> blocks, PdfOptions options) {
        this.bill = bill;
        this.blocks = blocks;
        this.options = options;
    }

    byte[] render() {
        pages.add(new ArrayList<>());
        y = PAGE_H - 90;
        for (Block block : blocks) {
            if (block.newPage()) {
                newPage();
            }
            block(block);
        }
        return write();
    }

    private int page() {
        return pages.size() - 1;
    }

    private void newPage() {
        pages.add(new ArrayList<>());
        y = TOP;
    }

    /** Left edge of the text column on the current page. */
    private float textX() {
        return options.outerMargins() && gazettePage(page()) % 2 == 0 ? MARGIN + NOTE_W + GUTTER : MARGIN;
    }

    private float noteX() {
        return options.outerMargins() && gazettePage(page()) % 2 == 0 ? MARGIN : MARGIN + TEXT_W + GUTTER;
    }

    private int gazettePage(int index) {
        return bill.cover().firstPage() + index - 1;
    }

    private void block(Block block) {
        switch (block.kind()) {
            case COVER -> centred(block.text(), italic, 10, 10);
            case COVER_BOLD -> centred(block.text(), bold, coverSize(block.text()), 18);
            case COVER_LEFT -> flow(block.text(), regular, SIZE, 0, 0, 12);
            case COVER_RIGHT -> right(block.text(), regular, 8, 4);
            case CONTENTS_ENTRY -> {
                advance(LEADING);
                draw(regular, SIZE, textX(), y, block.text());
                float w = width(regular, SIZE, block.num());
                draw(regular, SIZE, textX() + TEXT_W - w, y, block.num());
            }
            case IMPRINT -> {
                String text = block.text();
                draw(bold, 8, (PAGE_W - width(bold, 8, text)) / 2, 90, text);
            }
            case TITLE -> centred(block.text(), bold, 11, 8);
            case HEADING -> centred(block.text(), bold, 11, 12);
            case LABEL -> flow(block.text(), italic, SIZE, 0, 0, 6);
            case PART_HEADING -> centred(block.text(), bold, SIZE, 9);
            case ENTRIES -> entries(block.entries());
            case CENTER -> centred(block.text(), regular, SIZE, 10);
            case LONG_TITLE -> flow(block.text(), bold, SIZE, 0, 0, 4);
            case ENACTING -> flow(block.text(), regular, SIZE, 0, 0, 8);
            case CLAUSE, SUBCLAUSE, DEFINITION, SCHEDULE_ITEM -> {
                float first = flow(block.numbered(), regular, SIZE, 18, 0, block.kind() == Kind.CLAUSE ? 7 : 3);
                note(block.marginNote(), first);
            }
            case QUOTED -> {
                float first = flow(block.text(), regular, SIZE, 0, 30, 3);
                note(block.marginNote(), first);
            }
            case PARAGRAPH -> hanging(block, 30, 54);
            case SUBPARAGRAPH -> hanging(block, 54, 78);
            case WRAP_UP -> {
                float indent = block.level() == 0 ? 0 : block.level() == 1 ? 30 : 54;
                flow(block.text(), regular, SIZE, 0, indent, 3);
            }
            case SCHEDULE_TITLE -> {
                centred(block.text(), bold, SIZE, 8);
                if (block.marginNote() != null) {
                    float w = width(regular, SIZE, block.marginNote());
                    draw(regular, SIZE, textX() + TEXT_W - w, y, block.marginNote());
                }
            }
            case SCHEDULE_HEADING -> centred(block.text(), bold, SIZE, 6);
            case MEMO_STATEMENT -> flow(block.text(), italic, SIZE, 0, 0, 8);
            case MEMO_TEXT -> flow(block.text(), regular, SIZE, 18, 0, 4);
            case SIGNATURE -> flow(block.text(), block.text().endsWith(",") ? bold : regular, SIZE, 0, 150, 2);
        }
    }

    private static float coverSize(String text) {
        return text.startsWith("KENYA GAZETTE") ? 18 : text.startsWith("REPUBLIC") ? 15 : 12;
    }

    private void advance(float leading) {
        if (y - leading < BOTTOM) {
            newPage();
        }
        y -= leading;
    }

    /**
     * Flows text into the column with a first-line indent and a left indent; returns the baseline of the first line,
     * whose page is left in {@code firstPage}.
     */
    private float flow(
            String text, PDType1Font font, float size, float firstIndent, float leftIndent, float spaceBefore) {
        y -= spaceBefore;
        List<String> lines = wrap(text, font, size, TEXT_W - leftIndent - firstIndent, TEXT_W - leftIndent);
        float first = Float.NaN;
        for (int i = 0; i < lines.size(); i++) {
            advance(LEADING);
            if (i == 0) {
                first = y;
                firstPage = page();
            }
            float x = textX() + leftIndent + (i == 0 ? firstIndent : 0);
            draw(font, size, x, y, lines.get(i));
        }
        return first;
    }

    private void hanging(Block block, float numIndent, float textIndent) {
        y -= 2;
        List<String> lines = wrap(block.text(), regular, SIZE, TEXT_W - textIndent, TEXT_W - textIndent);
        for (int i = 0; i < lines.size(); i++) {
            advance(LEADING);
            if (i == 0) {
                draw(regular, SIZE, textX() + numIndent, y, block.num());
            }
            draw(regular, SIZE, textX() + textIndent, y, lines.get(i));
        }
    }

    /** Draws a marginal note level with a block's first line, below any earlier note it would otherwise overlap. */
    private void note(String note, float firstLine) {
        if (note == null) {
            return;
        }
        Float below = noteBottom.get(firstPage);
        float lineY = below == null ? firstLine : Math.min(firstLine, below - NOTE_LEADING);
        float x = options.outerMargins() && gazettePage(firstPage) % 2 == 0 ? MARGIN : MARGIN + TEXT_W + GUTTER;
        for (String line : wrap(note, regular, NOTE_SIZE, NOTE_W, NOTE_W)) {
            pages.get(firstPage).add(new Op(regular, NOTE_SIZE, x, lineY, line));
            noteBottom.put(firstPage, lineY);
            lineY -= NOTE_LEADING;
        }
    }

    private void centred(String text, PDType1Font font, float size, float spaceBefore) {
        y -= spaceBefore;
        for (String line : wrap(text, font, size, TEXT_W, TEXT_W)) {
            advance(size + 4);
            draw(font, size, textX() + (TEXT_W - width(font, size, line)) / 2, y, line);
        }
    }

    private void right(String text, PDType1Font font, float size, float spaceBefore) {
        y -= spaceBefore;
        advance(size + 4);
        draw(font, size, textX() + TEXT_W - width(font, size, text), y, text);
    }

    /** Arrangement entries several to a line; an entry too long for a line wraps on its own. */
    private void entries(List<String> entries) {
        float indent = 12;
        float avail = TEXT_W - indent;
        List<String> lines = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String entry : entries) {
            String candidate = current.length() == 0 ? entry : current + " " + entry;
            if (width(regular, SIZE, candidate) <= avail) {
                current.setLength(0);
                current.append(candidate);
                continue;
            }
            if (current.length() > 0) {
                lines.add(current.toString());
                current.setLength(0);
            }
            List<String> wrapped = wrap(entry, regular, SIZE, avail, avail);
            lines.addAll(wrapped.subList(0, wrapped.size() - 1));
            current.append(wrapped.get(wrapped.size() - 1));
        }
        if (current.length() > 0) {
            lines.add(current.toString());
        }
        y -= 3;
        for (String line : lines) {
            advance(LEADING);
            draw(regular, SIZE, textX() + indent, y, line);
        }
    }

    private void draw(PDType1Font font, float size, float x, float baseline, String text) {
        pages.get(page()).add(new Op(font, size, x, baseline, text));
    }

    private List<String> wrap(String text, PDType1Font font, float size, float firstWidth, float width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            if (word.isEmpty()) {
                continue;
            }
            String candidate = line.length() == 0 ? word : line + " " + word;
            float limit = lines.isEmpty() ? firstWidth : width;
            if (line.length() > 0 && width(font, size, candidate) > limit) {
                lines.add(line.toString());
                line.setLength(0);
                line.append(word);
            } else {
                line.setLength(0);
                line.append(candidate);
            }
        }
        if (line.length() > 0 || lines.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    private static float width(PDType1Font font, float size, String text) {
        try {
            return font.getStringWidth(text) / 1000f * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private byte[] write() {
        try (PDDocument doc = new PDDocument()) {
            for (int i = 0; i < pages.size(); i++) {
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                try (PDPageContentStream out = new PDPageContentStream(doc, page)) {
                    if (i > 0) {
                        header(out, i);
                    }
                    for (Op op : pages.get(i)) {
                        text(out, op);
                    }
                }
            }
            Calendar date = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
            date.clear();
            date.set(
                    bill.cover().date().getYear(),
                    bill.cover().date().getMonthValue() - 1,
                    bill.cover().date().getDayOfMonth());
            doc.getDocumentInformation().setTitle(bill.title());
            doc.getDocumentInformation().setProducer("Maoni synthetic bill generator");
            doc.getDocumentInformation().setCreationDate(date);
            // A fixed document id keeps the bytes of a given bill the same from one run to the next.
            doc.setDocumentId(
                    (long) bill.title().hashCode() * 31 + bill.clauses().size());
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            doc.save(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Running header: the page number on the outer side and the bill's title in italics. */
    private void header(PDPageContentStream out, int index) throws IOException {
        int number = gazettePage(index);
        String title = bill.title();
        float headerY = PAGE_H - 50;
        float titleW = width(italic, 10, title);
        float left = MARGIN;
        float right = MARGIN + TEXT_W + GUTTER + NOTE_W;
        text(out, new Op(italic, 10, (left + right - titleW) / 2, headerY, title));
        String num = String.valueOf(number);
        float numX = number % 2 == 0 ? left : right - width(regular, 10, num);
        text(out, new Op(regular, 10, numX, headerY, num));
    }

    private static void text(PDPageContentStream out, Op op) throws IOException {
        out.beginText();
        out.setFont(op.font(), op.size());
        out.newLineAtOffset(op.x(), op.y());
        out.showText(op.text());
        out.endText();
    }
}
