package org.maoni.bill.synthetic;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.Date;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Optional;
import java.util.TimeZone;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.maoni.bill.synthetic.DemoMemoranda.Heading;
import org.maoni.bill.synthetic.DemoMemoranda.Memo;
import org.maoni.bill.synthetic.DemoMemoranda.Para;
import org.maoni.bill.synthetic.DemoMemoranda.Piece;
import org.maoni.bill.synthetic.DemoMemoranda.Row;
import org.maoni.bill.synthetic.DemoMemoranda.Table;

/** Writes a demo memorandum as plain text, as a DOCX with its recommendations table, or as a simple text PDF. */
final class MemorandumWriter {

    static final List<String> TABLE_HEADER = List.of("Bill Section", "Proposed Change to the Section", "Rationale");

    private MemorandumWriter() {}

    static String text(Memo memo) {
        StringBuilder out = new StringBuilder();
        out.append(memo.title()).append("\n\n");
        for (Piece piece : memo.body()) {
            if (piece instanceof Table t) {
                t.rows().forEach(row -> out.append(flat(row)).append("\n\n"));
            } else {
                out.append(textOf(piece)).append("\n\n");
            }
        }
        return out.toString().stripTrailing() + "\n";
    }

    static byte[] docx(Memo memo) {
        try (XWPFDocument doc = new XWPFDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XWPFParagraph banner = doc.createParagraph();
            banner.setAlignment(ParagraphAlignment.RIGHT);
            run(banner, memo.organisation() == null ? memo.submitterName() : memo.organisation(), 10, true);
            XWPFParagraph title = doc.createParagraph();
            run(title, "Memorandum", 20, true);
            for (Piece piece : memo.body()) {
                if (piece instanceof Table t) {
                    table(doc, t);
                } else if (piece instanceof Heading h) {
                    XWPFParagraph p = doc.createParagraph();
                    p.setSpacingBefore(240);
                    run(p, h.text(), 13, true);
                } else {
                    run(doc.createParagraph(), textOf(piece), 11, false);
                }
            }
            doc.getProperties().getCoreProperties().setTitle(memo.title());
            // A fixed creation date keeps the file's content stable when it is regenerated.
            doc.getProperties()
                    .getCoreProperties()
                    .setCreated(Optional.of(Date.from(LocalDate.parse(memo.submittedOn())
                            .atStartOfDay(ZoneOffset.UTC)
                            .toInstant())));
            doc.getProperties()
                    .getCoreProperties()
                    .setCreator(memo.organisation() == null ? memo.submitterName() : memo.organisation());
            doc.write(out);
            return StableZip.stamped(out.toByteArray(), LocalDate.parse(memo.submittedOn()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void table(XWPFDocument doc, Table t) {
        XWPFTable table = doc.createTable(t.rows().size() + 1, 3);
        table.setWidth("100%");
        for (int c = 0; c < 3; c++) {
            cell(table.getRow(0).getCell(c), TABLE_HEADER.get(c), true);
        }
        for (int r = 0; r < t.rows().size(); r++) {
            Row row = t.rows().get(r);
            cell(table.getRow(r + 1).getCell(0), row.section(), false);
            cell(table.getRow(r + 1).getCell(1), row.change(), false);
            cell(table.getRow(r + 1).getCell(2), row.rationale(), false);
        }
    }

    private static void cell(XWPFTableCell cell, String text, boolean bold) {
        XWPFParagraph p = cell.getParagraphs().get(0);
        run(p, text, 10, bold);
    }

    private static XWPFRun run(XWPFParagraph p, String text, int size, boolean bold) {
        XWPFRun r = p.createRun();
        r.setFontFamily("Calibri");
        r.setFontSize(size);
        r.setBold(bold);
        r.setText(text);
        return r;
    }

    private record Line(PDType1Font font, float size, String text) {}

    private static String textOf(Piece piece) {
        if (piece instanceof Heading h) {
            return h.text();
        }
        return ((Para) piece).text();
    }

    /** A table row as prose, for formats without tables. */
    private static String flat(Row row) {
        return row.section() + ": " + row.change() + " " + row.rationale();
    }

    static byte[] pdf(Memo memo) {
        PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
        float margin = 64;
        float width = PDRectangle.A4.getWidth() - 2 * margin;
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            PDPageContentStream out = new PDPageContentStream(doc, page);
            float y = PDRectangle.A4.getHeight() - margin;
            List<Line> lines = new ArrayList<>();
            lines.add(new Line(bold, 15f, memo.title()));
            for (Piece piece : memo.body()) {
                if (piece instanceof Table t) {
                    t.rows().forEach(row -> lines.add(new Line(regular, 10.5f, flat(row))));
                } else {
                    lines.add(new Line(
                            piece instanceof Heading ? bold : regular,
                            piece instanceof Heading ? 12f : 10.5f,
                            textOf(piece)));
                }
            }
            for (Line line : lines) {
                PDType1Font font = line.font();
                float size = line.size();
                y -= size * 0.6f;
                for (String wrapped : wrap(line.text(), font, size, width)) {
                    if (y < margin + size) {
                        out.close();
                        page = new PDPage(PDRectangle.A4);
                        doc.addPage(page);
                        out = new PDPageContentStream(doc, page);
                        y = PDRectangle.A4.getHeight() - margin;
                    }
                    y -= size * 1.35f;
                    out.beginText();
                    out.setFont(font, size);
                    out.newLineAtOffset(margin, y);
                    out.showText(wrapped);
                    out.endText();
                }
            }
            out.close();
            Calendar date = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
            date.clear();
            LocalDate submitted = LocalDate.parse(memo.submittedOn());
            date.set(submitted.getYear(), submitted.getMonthValue() - 1, submitted.getDayOfMonth());
            doc.getDocumentInformation().setTitle(memo.title());
            doc.getDocumentInformation().setAuthor(memo.organisation());
            doc.getDocumentInformation().setCreationDate(date);
            // A fixed document id keeps the file's bytes stable when it is regenerated.
            doc.setDocumentId((long) memo.id().hashCode());
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            doc.save(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> wrap(String text, PDType1Font font, float size, float width) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            String candidate = line.length() == 0 ? word : line + " " + word;
            if (line.length() > 0 && font.getStringWidth(candidate) / 1000f * size > width) {
                lines.add(line.toString());
                line.setLength(0);
                line.append(word);
            } else {
                line.setLength(0);
                line.append(candidate);
            }
        }
        lines.add(line.toString());
        return lines;
    }
}
