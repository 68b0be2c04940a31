package org.maoni.bill.synthetic;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.maoni.bill.synthetic.BillDocument.Clause;
import org.maoni.bill.synthetic.BillDocument.Node;
import org.maoni.bill.synthetic.BillDocument.Part;
import org.maoni.bill.synthetic.BillDocument.Schedule;
import org.maoni.bill.synthetic.BillDocument.Statement;

/**
 * Lays a {@link BillDocument} out as the sequence of printed blocks of a Gazette bill (cover, arrangement of clauses,
 * body, schedules, memorandum), so that the text, DOCX and PDF renderers print the same words in the same order.
 */
final class BillLayout {

    /** What a block is; each renderer maps a kind to its typography. */
    enum Kind {
        /** Centred cover line. */
        COVER,
        /** Centred bold cover line. */
        COVER_BOLD,
        /** Contents line: the bill's title with its page number in {@code num}. */
        CONTENTS_ENTRY,
        /** Left-aligned cover line ("Bill for Introduction into the National Assembly—"). */
        COVER_LEFT,
        /** Right-aligned cover line ("PAGE"). */
        COVER_RIGHT,
        /** The printer's imprint at the foot of the cover. */
        IMPRINT,
        /** The bill's title in capitals. */
        TITLE,
        /** A centred bold heading ("ARRANGEMENT OF CLAUSES", "MEMORANDUM OF OBJECTS AND REASONS"). */
        HEADING,
        /** The italic "Clause" label over the arrangement. */
        LABEL,
        /** A Part heading, in the arrangement or the body. */
        PART_HEADING,
        /** Arrangement entries ("1—Short title.") to be packed several to a line. */
        ENTRIES,
        /** A centred plain line ("A Bill for"). */
        CENTER,
        LONG_TITLE,
        ENACTING,
        /** A clause's first block: {@code num} "4.", text possibly opening with "(1)", the marginal note. */
        CLAUSE,
        SUBCLAUSE,
        DEFINITION,
        /** A paragraph of text quoted into another Act; its numbering is not the bill's. */
        QUOTED,
        PARAGRAPH,
        SUBPARAGRAPH,
        /** Text closing a list; {@code level} is its indentation (0 clause, 1 paragraph, 2 subparagraph). */
        WRAP_UP,
        /** "SCHEDULE" with its clause reference in {@code marginNote}. */
        SCHEDULE_TITLE,
        SCHEDULE_HEADING,
        SCHEDULE_ITEM,
        /** A statement heading inside the memorandum. */
        MEMO_STATEMENT,
        MEMO_TEXT,
        SIGNATURE
    }

    /**
     * One printed block. {@code clause} is the number of the clause the block belongs to (0 outside clauses);
     * {@code listGroup} identifies the run of sibling paragraphs a block belongs to, so list numbering can restart.
     */
    record Block(
            Kind kind,
            String num,
            String text,
            String marginNote,
            int level,
            boolean newPage,
            List<String> entries,
            int clause,
            int listGroup) {

        Block {
            entries = entries == null ? List.of() : List.copyOf(entries);
        }

        /** The printed line with its number, as plain text. */
        String numbered() {
            return num == null || num.isEmpty() ? text : num + " " + text;
        }
    }

    private final List<Block> blocks = new ArrayList<>();
    private int listGroup;

    private BillLayout() {}

    static List<Block> of(BillDocument bill) {
        BillLayout layout = new BillLayout();
        layout.cover(bill);
        if (bill.arrangement()) {
            layout.arrangement(bill);
        }
        layout.body(bill);
        layout.schedules(bill);
        layout.memorandum(bill);
        return List.copyOf(layout.blocks);
    }

    /** "13th March, 2026" as the Gazette prints dates. */
    static String gazetteDate(LocalDate date) {
        int day = date.getDayOfMonth();
        String suffix;
        if (day % 100 >= 11 && day % 100 <= 13) {
            suffix = "th";
        } else {
            suffix = switch (day % 10) {
                case 1 -> "st";
                case 2 -> "nd";
                case 3 -> "rd";
                default -> "th";
            };
        }
        return day + suffix + " " + date.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + ", "
                + date.getYear();
    }

    /** "1—Short title." as the arrangement lists a clause. */
    static String entry(Clause clause) {
        return clause.number() + "—" + withStop(clause.heading());
    }

    /** A marginal note as printed: with its closing full stop. */
    static String withStop(String heading) {
        return heading.endsWith(".") ? heading : heading + ".";
    }

    private void add(Kind kind, String text) {
        blocks.add(new Block(kind, null, text, null, 0, false, null, 0, 0));
    }

    private void addNewPage(Kind kind, String text) {
        blocks.add(new Block(kind, null, text, null, 0, true, null, 0, 0));
    }

    private void cover(BillDocument bill) {
        BillDocument.Cover cover = bill.cover();
        String houseUpper = cover.house().toUpperCase(Locale.ROOT);
        add(Kind.COVER_BOLD, "SPECIAL ISSUE");
        add(Kind.COVER, cover.gazetteSupplement() + " (" + cover.billNumberText() + ")");
        add(Kind.COVER_BOLD, "REPUBLIC OF KENYA");
        add(Kind.COVER_BOLD, "KENYA GAZETTE SUPPLEMENT");
        add(Kind.COVER_BOLD, houseUpper + " BILLS, " + cover.year());
        add(Kind.COVER, "NAIROBI, " + gazetteDate(cover.date()));
        add(Kind.COVER_BOLD, "CONTENT");
        add(Kind.COVER_LEFT, "Bill for Introduction into the " + cover.house() + "—");
        add(Kind.COVER_RIGHT, "PAGE");
        blocks.add(new Block(
                Kind.CONTENTS_ENTRY, String.valueOf(cover.firstPage()), bill.title(), null, 0, false, null, 0, 0));
        add(Kind.IMPRINT, "PRINTED AND PUBLISHED BY THE GOVERNMENT PRINTER, NAIROBI");
    }

    private void arrangement(BillDocument bill) {
        addNewPage(Kind.TITLE, bill.upperTitle());
        add(Kind.HEADING, "ARRANGEMENT OF CLAUSES");
        add(Kind.LABEL, "Clause");
        for (Part part : bill.parts()) {
            if (part.printed()) {
                add(Kind.PART_HEADING, part.printedHeading());
            }
            List<String> entries =
                    part.clauses().stream().map(BillLayout::entry).toList();
            blocks.add(new Block(Kind.ENTRIES, null, String.join(" ", entries), null, 0, false, entries, 0, 0));
        }
        if (bill.schedules().size() == 1) {
            add(Kind.PART_HEADING, bill.schedules().get(0).printed());
        } else if (!bill.schedules().isEmpty()) {
            add(Kind.PART_HEADING, "SCHEDULES");
            bill.schedules().forEach(schedule -> add(Kind.PART_HEADING, schedule.printed()));
        }
    }

    private void body(BillDocument bill) {
        addNewPage(Kind.TITLE, bill.upperTitle());
        add(Kind.CENTER, "A Bill for");
        add(Kind.LONG_TITLE, bill.longTitle());
        add(Kind.ENACTING, "ENACTED by the Parliament of Kenya, as follows—");
        for (Part part : bill.parts()) {
            if (part.printed()) {
                add(Kind.PART_HEADING, part.printedHeading());
            }
            part.clauses().forEach(this::clause);
        }
    }

    private void clause(Clause clause) {
        int n = clause.number();
        String num = n + ".";
        String note = withStop(clause.heading());
        if (clause.text() != null) {
            blocks.add(new Block(Kind.CLAUSE, num, clause.text(), note, 0, false, null, n, 0));
            clause.definitions()
                    .forEach(d -> blocks.add(new Block(Kind.DEFINITION, null, d, null, 1, false, null, n, 0)));
            clause.quoted()
                    .forEach(q ->
                            blocks.add(new Block(Kind.QUOTED, null, q.text(), q.marginNote(), 1, false, null, n, 0)));
            children(clause.children(), 0, n);
        } else {
            Node first = clause.children().get(0);
            blocks.add(new Block(Kind.CLAUSE, num, first.num() + " " + first.text(), note, 0, false, null, n, 0));
            children(first.children(), 1, n);
            wrapUp(first.wrapUp(), 0, n);
            children(clause.children().subList(1, clause.children().size()), 0, n);
        }
        wrapUp(clause.wrapUp(), 0, n);
    }

    /** Lays out sibling nodes; {@code depth} 0 holds subclauses or a clause's paragraphs. */
    private void children(List<Node> nodes, int depth, int clause) {
        if (nodes.isEmpty()) {
            return;
        }
        int group = ++listGroup;
        for (Node node : nodes) {
            Kind kind = kindOf(node, depth);
            int level = kind == Kind.SUBPARAGRAPH ? 2 : kind == Kind.PARAGRAPH ? 1 : 0;
            blocks.add(new Block(kind, node.num(), node.text(), node.sideNote(), level, false, null, clause, group));
            children(node.children(), kind == Kind.SUBCLAUSE ? 1 : 2, clause);
            wrapUp(node.wrapUp(), level, clause);
        }
    }

    private static Kind kindOf(Node node, int depth) {
        if (depth == 0) {
            return Character.isDigit(node.num().charAt(1)) ? Kind.SUBCLAUSE : Kind.PARAGRAPH;
        }
        return depth == 1 ? Kind.PARAGRAPH : Kind.SUBPARAGRAPH;
    }

    private void wrapUp(String text, int level, int clause) {
        if (text != null) {
            blocks.add(new Block(Kind.WRAP_UP, null, text, null, level, false, null, clause, 0));
        }
    }

    private void schedules(BillDocument bill) {
        for (Schedule schedule : bill.schedules()) {
            blocks.add(
                    new Block(Kind.SCHEDULE_TITLE, null, schedule.title(), schedule.reference(), 0, true, null, 0, 0));
            add(Kind.SCHEDULE_HEADING, schedule.heading());
            for (Node item : schedule.items()) {
                blocks.add(new Block(Kind.SCHEDULE_ITEM, item.num(), item.text(), null, 0, false, null, 0, 0));
                children(item.children(), 1, 0);
                wrapUp(item.wrapUp(), 0, 0);
            }
        }
    }

    private void memorandum(BillDocument bill) {
        addNewPage(Kind.HEADING, "MEMORANDUM OF OBJECTS AND REASONS");
        for (Statement statement : bill.memorandum().statements()) {
            add(Kind.MEMO_STATEMENT, statement.heading());
            statement.paragraphs().forEach(p -> add(Kind.MEMO_TEXT, p));
        }
        add(Kind.MEMO_TEXT, bill.memorandum().dated());
        add(Kind.SIGNATURE, bill.memorandum().signatory());
        bill.memorandum().signatoryRoles().forEach(role -> add(Kind.SIGNATURE, role));
    }
}
