package org.maoni.report.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.maoni.memorandum.Decision;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;

/** The committee matrix as CSV, DOCX (laid out like a committee report's matrix annex) and HTML. */
public final class MatrixFormats {

    /** The columns of the matrix, as the CSV header and the DOCX/HTML table head. */
    public static final List<String> COLUMNS = List.of(
            "No.",
            "Clause",
            "Stakeholders",
            "Stance",
            "Proposal",
            "Justification",
            "Committee observation",
            "Committee decision",
            "Reasons",
            "Decided by",
            "Decided on",
            "Memoranda");

    private static final DateTimeFormatter DAY =
            DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH).withZone(java.time.ZoneId.of("Africa/Nairobi"));

    private MatrixFormats() {}

    /** One line per row: its cells in {@link #COLUMNS} order. */
    static List<List<String>> lines(CommitteeMatrix matrix) {
        List<List<String>> out = new ArrayList<>();
        int n = 0;
        for (CommitteeMatrix.Clause clause : matrix.clauses()) {
            for (CommitteeMatrix.Row row : clause.rows()) {
                n++;
                out.add(List.of(
                        String.valueOf(n),
                        clause.label(),
                        row.stakeholders(),
                        row.stance() == null ? "" : row.stance().name(),
                        nz(row.proposal()),
                        nz(row.justification()),
                        nz(row.observation()),
                        decision(row),
                        nz(row.reasons()),
                        nz(row.decidedBy()),
                        day(row.decidedAt()),
                        String.join(" ", row.memoranda())));
            }
        }
        return out;
    }

    public static String csv(CommitteeMatrix matrix) {
        Csv csv = new Csv().row(COLUMNS);
        lines(matrix).forEach(csv::row);
        return csv.text();
    }

    public static byte[] docx(CommitteeMatrix matrix) {
        try (XWPFDocument doc = new XWPFDocument();
                ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
            landscape(doc);
            String body = matrix.committee() == null || matrix.committee().isBlank()
                    ? "THE COMMITTEE"
                    : matrix.committee().toUpperCase(Locale.ENGLISH);
            paragraph(doc, "REPORT OF THE " + body, true, 14, ParagraphAlignment.CENTER);
            paragraph(doc, "ON " + matrix.billTitle().toUpperCase(Locale.ENGLISH), true, 13, ParagraphAlignment.CENTER);
            paragraph(
                    doc,
                    "Matrix of submissions on version " + matrix.version()
                            + (matrix.versionLabel() == null ? "" : " (" + matrix.versionLabel() + ")") + ": "
                            + matrix.proposalCount() + " proposals",
                    false,
                    11,
                    ParagraphAlignment.CENTER);
            List<String> head = List.of(
                    "No.",
                    "Stakeholder(s)",
                    "Proposal",
                    "Justification",
                    "Committee observation",
                    "Committee decision and reasons");
            XWPFTable table = doc.createTable(1, head.size());
            table.setWidth("100%");
            XWPFTableRow header = table.getRow(0);
            header.setRepeatHeader(true);
            for (int i = 0; i < head.size(); i++) {
                text(header.getCell(i), head.get(i), true);
            }
            int n = 0;
            for (CommitteeMatrix.Clause clause : matrix.clauses()) {
                XWPFTableRow clauseRow = table.createRow();
                text(clauseRow.getCell(0), clause.label(), true);
                merge(clauseRow, head.size());
                for (CommitteeMatrix.Row row : clause.rows()) {
                    n++;
                    XWPFTableRow r = table.createRow();
                    text(r.getCell(0), String.valueOf(n), false);
                    text(r.getCell(1), row.stakeholders(), false);
                    text(r.getCell(2), proposal(row), false);
                    text(r.getCell(3), nz(row.justification()), false);
                    text(r.getCell(4), nz(row.observation()), false);
                    String decided = decision(row);
                    text(
                            r.getCell(5),
                            decided.isEmpty()
                                    ? "Not yet decided"
                                    : decided + (row.reasons() == null ? "" : ". " + row.reasons()),
                            false);
                }
            }
            doc.write(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String html(CommitteeMatrix matrix) {
        StringBuilder b = new StringBuilder();
        b.append("<h1>Matrix of submissions: ")
                .append(Html.esc(matrix.billTitle()))
                .append("</h1>");
        b.append("<p>Version ").append(matrix.version());
        if (matrix.versionLabel() != null) {
            b.append(" (").append(Html.esc(matrix.versionLabel())).append(")");
        }
        b.append(", ").append(matrix.proposalCount()).append(" proposals. ");
        b.append(Html.esc(matrix.committee() == null ? "" : matrix.committee())).append("</p>");
        b.append("<div class=\"scroll\"><table><caption>Proposals by clause, with the committee's decisions</caption>")
                .append("<thead><tr>");
        for (String c : List.of(
                "No.",
                "Stakeholders",
                "Proposal",
                "Justification",
                "Committee observation",
                "Committee decision and reasons")) {
            b.append("<th scope=\"col\">").append(c).append("</th>");
        }
        b.append("</tr></thead>");
        int n = 0;
        for (CommitteeMatrix.Clause clause : matrix.clauses()) {
            b.append("<tbody><tr><th scope=\"colgroup\" colspan=\"6\">")
                    .append(Html.esc(clause.label()))
                    .append("</th></tr>");
            for (CommitteeMatrix.Row row : clause.rows()) {
                n++;
                String decided = decision(row);
                b.append("<tr><td>").append(n).append("</td><td>").append(Html.esc(row.stakeholders()));
                b.append("</td><td>").append(Html.esc(proposal(row)));
                b.append("</td><td>").append(Html.esc(row.justification()));
                b.append("</td><td>").append(Html.esc(row.observation()));
                b.append("</td><td>")
                        .append(Html.esc(decided.isEmpty() ? "Not yet decided" : decided))
                        .append(row.reasons() == null ? "" : ". " + Html.esc(row.reasons()))
                        .append("</td></tr>");
            }
            b.append("</tbody>");
        }
        b.append("</table></div>");
        return Html.page("Matrix of submissions: " + matrix.billTitle(), b.toString());
    }

    private static String proposal(CommitteeMatrix.Row row) {
        String stance = row.stance() == null
                ? ""
                : row.stance().name().charAt(0)
                        + row.stance().name().substring(1).toLowerCase(Locale.ROOT);
        String text = nz(row.proposal());
        return text.isEmpty() ? stance : stance + ": " + text;
    }

    static String decision(CommitteeMatrix.Row row) {
        if (row.mixed()) {
            return "Decisions differ within the group";
        }
        return row.decision() == null ? "" : name(row.decision());
    }

    static String name(Decision d) {
        return switch (d) {
            case ACCEPTED -> "Accepted";
            case ACCEPTED_WITH_AMENDMENT -> "Accepted with amendment";
            case REJECTED -> "Rejected";
            case NOTED -> "Noted / out of scope";
        };
    }

    private static String day(Instant at) {
        return at == null ? "" : DAY.format(at);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static void landscape(XWPFDocument doc) {
        CTSectPr sect = doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = sect.addNewPgSz();
        size.setOrient(STPageOrientation.LANDSCAPE);
        size.setW(BigInteger.valueOf(16838));
        size.setH(BigInteger.valueOf(11906));
    }

    private static void paragraph(XWPFDocument doc, String text, boolean bold, int size, ParagraphAlignment align) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(align);
        XWPFRun run = p.createRun();
        run.setBold(bold);
        run.setFontSize(size);
        run.setText(text);
    }

    private static void text(XWPFTableCell cell, String text, boolean bold) {
        XWPFParagraph p = cell.getParagraphs().get(0);
        String[] lines = (text == null ? "" : text).split("\n", -1);
        XWPFRun run = p.createRun();
        run.setBold(bold);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                run.addBreak();
            }
            run.setText(lines[i]);
        }
    }

    /** Spans the row's first cell across the table, as the clause heading rows of a committee matrix do. */
    private static void merge(XWPFTableRow row, int columns) {
        for (int i = 0; i < columns; i++) {
            var pr = row.getCell(i).getCTTc().isSetTcPr()
                    ? row.getCell(i).getCTTc().getTcPr()
                    : row.getCell(i).getCTTc().addNewTcPr();
            pr.addNewHMerge().setVal(i == 0 ? STMerge.RESTART : STMerge.CONTINUE);
        }
    }
}
