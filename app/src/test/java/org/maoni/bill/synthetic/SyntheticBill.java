package org.maoni.bill.synthetic;

import java.util.ArrayList;
import java.util.List;
import org.maoni.bill.Provision;
import org.maoni.bill.ProvisionType;
import org.maoni.bill.ingest.TextBlock;
import org.maoni.bill.synthetic.BillDocument.Clause;
import org.maoni.bill.synthetic.BillDocument.Node;
import org.maoni.bill.synthetic.BillDocument.Part;
import org.maoni.bill.synthetic.BillDocument.Schedule;
import org.maoni.bill.synthetic.BillLayout.Block;

/**
 * A bill in the Kenyan Gazette layout together with its ground truth, for testing and scoring a bill parser.
 * {@link #generate(int, long)} writes a random bill (the same one for the same seed); {@link #of(BillDocument)} wraps
 * hand-written content. It renders to plain-text lines, text blocks, DOCX and PDF, all printing the same words.
 */
public final class SyntheticBill {

    private final BillDocument document;
    private final List<Block> blocks;

    private SyntheticBill(BillDocument document) {
        this.document = document;
        this.blocks = BillLayout.of(document);
    }

    /** A random bill of exactly {@code clauses} clauses; the same seed always yields the same bill. */
    public static SyntheticBill generate(int clauses, long seed) {
        return new SyntheticBill(new BillGenerator(seed).generate(clauses));
    }

    /**
     * A random amendment bill of exactly {@code clauses} clauses: no Parts, an arrangement only above ten clauses, and
     * clauses quoting new or replacement sections numbered like "“27A." or "“40." that a parser must not take for the
     * bill's own clauses.
     */
    public static SyntheticBill generateAmendment(int clauses, long seed) {
        return new SyntheticBill(new AmendmentBillGenerator(seed).generate(clauses));
    }

    public static SyntheticBill of(BillDocument document) {
        return new SyntheticBill(document);
    }

    public BillDocument document() {
        return document;
    }

    /** The clauses a parser should find, in order. */
    public List<ExpectedClause> expectedClauses() {
        List<ExpectedClause> expected = new ArrayList<>();
        for (Part part : document.parts()) {
            for (Clause clause : part.clauses()) {
                int[] counts = new int[3];
                for (Node child : clause.children()) {
                    count(child, clause.hasSubclauses() ? 0 : 1, counts);
                }
                String text = String.join(
                        "\n",
                        blocks.stream()
                                .filter(b -> b.clause() == clause.number())
                                .map(Block::numbered)
                                .toList());
                expected.add(new ExpectedClause(
                        clause.number(),
                        clause.heading(),
                        part.number(),
                        part.heading(),
                        counts[0],
                        counts[1],
                        counts[2],
                        text));
            }
        }
        return expected;
    }

    private static void count(Node node, int depth, int[] counts) {
        counts[Math.min(depth, 2)]++;
        node.children().forEach(child -> count(child, depth + 1, counts));
    }

    /**
     * The provision tree a parser should build: preface (long title), preamble (enacting formula), Parts with their
     * clauses (at the top level when the bill has no Parts), Schedules and the memorandum. Headings carry no closing full
     * stop; a clause's text is its opening words followed, one per line, by its definitions or by the text it quotes
     * into another Act.
     */
    public List<Provision> expectedProvisions() {
        List<Provision> top = new ArrayList<>();
        top.add(new Provision("preface", ProvisionType.PREFACE, null, null, document.longTitle(), null, null));
        top.add(new Provision(
                "preamble",
                ProvisionType.PREAMBLE,
                null,
                null,
                "ENACTED by the Parliament of Kenya, as follows—",
                null,
                null));
        for (Part part : document.parts()) {
            List<Provision> sections = new ArrayList<>();
            for (Clause clause : part.clauses()) {
                String eId = "sec_" + clause.number();
                String text = clause.text();
                if (text != null) {
                    List<String> lines = new ArrayList<>();
                    lines.add(text);
                    lines.addAll(clause.definitions());
                    clause.quoted().forEach(q -> lines.add(q.text()));
                    text = String.join("\n", lines);
                }
                String childType = clause.hasSubclauses() ? "subsec" : "para";
                sections.add(new Provision(
                        eId,
                        ProvisionType.SECTION,
                        clause.number() + ".",
                        clause.heading(),
                        text,
                        clause.wrapUp(),
                        nodes(clause.children(), eId, childType)));
            }
            if (!part.printed()) {
                top.addAll(sections);
                continue;
            }
            top.add(new Provision(
                    "part_" + part.number(),
                    ProvisionType.PART,
                    "PART " + part.number(),
                    part.heading(),
                    null,
                    null,
                    sections));
        }
        int s = 1;
        for (Schedule schedule : document.schedules()) {
            List<String> lines = new ArrayList<>();
            schedule.items().forEach(item -> flatten(item, lines));
            top.add(new Provision(
                    "schedule_" + s++,
                    ProvisionType.SCHEDULE,
                    schedule.title(),
                    schedule.heading(),
                    String.join("\n", lines),
                    null,
                    null));
        }
        List<String> memo = new ArrayList<>();
        document.memorandum().statements().forEach(st -> {
            memo.add(st.heading());
            memo.addAll(st.paragraphs());
        });
        top.add(new Provision(
                "objectsAndReasons",
                ProvisionType.OBJECTS_AND_REASONS,
                null,
                "MEMORANDUM OF OBJECTS AND REASONS",
                String.join("\n", memo),
                null,
                null));
        return top;
    }

    private static List<Provision> nodes(List<Node> nodes, String parent, String type) {
        List<Provision> out = new ArrayList<>();
        for (Node node : nodes) {
            String id = node.num().replace("(", "").replace(")", "");
            String eId = parent + "__" + type + "_" + id;
            ProvisionType kind = switch (type) {
                case "subsec" -> ProvisionType.SUBSECTION;
                case "para" -> ProvisionType.PARAGRAPH;
                default -> ProvisionType.SUBPARAGRAPH;
            };
            String childType = type.equals("subsec") ? "para" : "subpara";
            out.add(new Provision(
                    eId, kind, node.num(), null, node.text(), node.wrapUp(), nodes(node.children(), eId, childType)));
        }
        return out;
    }

    private static void flatten(Node node, List<String> lines) {
        lines.add(node.num() + " " + node.text());
        node.children().forEach(child -> flatten(child, lines));
        if (node.wrapUp() != null) {
            lines.add(node.wrapUp());
        }
    }

    /**
     * Scores a parser's provision tree for this bill against the ground truth: clauses found by number, with the right
     * marginal note and the right number of subclauses, and clauses it invented (such as sections quoted from an
     * amended Act).
     */
    public ClauseScore score(List<Provision> parsed) {
        return ClauseScore.of(expectedClauses(), parsed);
    }

    /** Plain-text lines with marginal notes on their own line before the clause they belong to. */
    public List<String> lines() {
        return lines(MarginalNotes.LINE_BEFORE);
    }

    public List<String> lines(MarginalNotes notes) {
        return BillTextRenderer.lines(blocks, notes);
    }

    /**
     * The bill as text extracted from a scanned Gazette PDF: wrapped lines, pages with running headers, marginal notes
     * glued to or beside their lines, a library stamp, and OCR damage in proportion to {@code noise} (0 for none, 1 for
     * a great deal). The same {@code seed} and {@code noise} always give the same lines.
     */
    public List<String> scannedLines(long seed, double noise) {
        return new ScannedTextRenderer(document, seed, noise).render(blocks);
    }

    /** The bill as the ingest step hands it over for a word-processor file: one block per paragraph, notes attached. */
    public List<TextBlock> textBlocks() {
        return BillTextRenderer.textBlocks(blocks);
    }

    public byte[] toDocx() {
        return toDocx(DocxOptions.defaults());
    }

    public byte[] toDocx(DocxOptions options) {
        return new BillDocxRenderer(document, blocks, options).render();
    }

    public byte[] toPdf() {
        return toPdf(PdfOptions.defaults());
    }

    public byte[] toPdf(PdfOptions options) {
        return new BillPdfRenderer(document, blocks, options).render();
    }
}
