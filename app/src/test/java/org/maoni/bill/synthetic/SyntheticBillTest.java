package org.maoni.bill.synthetic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.tika.Tika;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.maoni.bill.Provision;
import org.maoni.bill.ProvisionType;
import org.maoni.bill.ingest.TextBlock;

class SyntheticBillTest {

    private static final Tika TIKA = new Tika();
    private static final Pattern ENTRY = Pattern.compile("(\\d+)—(.+?)\\.(?= \\d+—|$)");

    @Test
    void sameSeedGivesTheSameBillAndTheSameBytes() {
        SyntheticBill a = SyntheticBill.generate(30, 42);
        SyntheticBill b = SyntheticBill.generate(30, 42);

        assertThat(a.document()).isEqualTo(b.document());
        assertThat(a.lines()).isEqualTo(b.lines());
        assertThat(a.toDocx()).isEqualTo(b.toDocx());
        assertThat(a.toPdf()).isEqualTo(b.toPdf());
    }

    @Test
    void differentSeedsGiveDifferentBills() {
        assertThat(SyntheticBill.generate(30, 1).lines())
                .isNotEqualTo(SyntheticBill.generate(30, 2).lines());
    }

    @Test
    void consecutiveSeedsGiveBillsOnDifferentSubjects() {
        Set<String> titles = new HashSet<>();
        Set<String> amendments = new HashSet<>();
        for (long seed = 1; seed <= 20; seed++) {
            titles.add(SyntheticBill.generate(10, seed).document().title());
            amendments.add(SyntheticBill.generateAmendment(3, seed).document().title());
        }
        assertThat(titles).hasSizeGreaterThanOrEqualTo(5);
        assertThat(amendments).hasSizeGreaterThanOrEqualTo(4);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 7, 25, 80, 250})
    void hasExactlyTheRequestedClausesNumberedInOrderWithDistinctHeadings(int clauses) {
        SyntheticBill bill = SyntheticBill.generate(clauses, clauses * 31L);
        List<ExpectedClause> expected = bill.expectedClauses();

        assertThat(expected).hasSize(clauses);
        for (int i = 0; i < clauses; i++) {
            assertThat(expected.get(i).number()).isEqualTo(i + 1);
        }
        assertThat(expected.stream().map(ExpectedClause::heading).distinct()).hasSize(clauses);
        assertThat(expected.get(0).heading()).isEqualTo("Short title");
        assertThat(expected.get(0).partHeading()).isEqualTo("PRELIMINARY");
    }

    @Test
    void rejectsABillWithoutClauses() {
        assertThatThrownBy(() -> SyntheticBill.generate(0, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SyntheticBill.generate(-3, 1)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(longs = {3, 17, 2026})
    void arrangementOfClausesListsExactlyTheBodyClauses(long seed) {
        SyntheticBill bill = SyntheticBill.generate(45, seed);
        List<String> lines = bill.lines(MarginalNotes.OMITTED);
        int start = lines.indexOf("ARRANGEMENT OF CLAUSES");
        int end = lines.indexOf("A Bill for");
        assertThat(start).isPositive();
        assertThat(end).isGreaterThan(start);

        List<String> listed = new ArrayList<>();
        for (String line : lines.subList(start, end)) {
            Matcher m = ENTRY.matcher(line);
            while (m.find()) {
                listed.add(m.group(1) + " " + m.group(2));
            }
        }
        List<String> body = new ArrayList<>();
        for (ExpectedClause clause : bill.expectedClauses()) {
            body.add(clause.number() + " " + clause.heading());
            assertThat(lines.subList(end, lines.size())).anyMatch(l -> l.startsWith(clause.number() + ". "));
        }
        assertThat(listed).isEqualTo(body);
        for (BillDocument.Part part : bill.document().parts()) {
            assertThat(lines.subList(start, end)).contains(part.printedHeading());
            assertThat(lines.subList(end, lines.size())).contains(part.printedHeading());
        }
    }

    @Test
    void coverCarriesTheGazetteFacts() {
        SyntheticBill bill = SyntheticBill.generate(12, 5);
        BillDocument.Cover cover = bill.document().cover();
        List<String> lines = bill.lines();

        assertThat(lines.subList(0, 12))
                .contains("REPUBLIC OF KENYA", "KENYA GAZETTE SUPPLEMENT", "CONTENT")
                .contains(cover.gazetteSupplement() + " (" + cover.billNumberText() + ")")
                .contains(cover.house().toUpperCase(Locale.ROOT) + " BILLS, 2026")
                .contains("PRINTED AND PUBLISHED BY THE GOVERNMENT PRINTER, NAIROBI")
                .anyMatch(l -> l.startsWith("NAIROBI, ") && l.endsWith(", 2026"));
        assertThat(lines).contains(bill.document().upperTitle(), "ENACTED by the Parliament of Kenya, as follows—");
        assertThat(lines).contains("MEMORANDUM OF OBJECTS AND REASONS");
        assertThat(bill.document().title()).matches("The .+ Bill, 2026");
        assertThat(bill.document().longTitle()).startsWith("AN ACT of Parliament to ");
    }

    @Test
    void groundTruthCountsMatchThePrintedText() {
        SyntheticBill bill = SyntheticBill.generate(60, 99);
        int subclauses = 0;
        int paragraphs = 0;
        int subparagraphs = 0;
        for (ExpectedClause clause : bill.expectedClauses()) {
            String[] lines = clause.text().split("\n");
            assertThat(lines[0]).startsWith(clause.number() + ". ");
            long sub = Arrays.stream(lines)
                    .filter(l -> l.matches("^(\\d+\\. )?\\(\\d+\\) .*"))
                    .count();
            assertThat(sub).as("subclauses of clause %d", clause.number()).isEqualTo(clause.subclauses());
            subclauses += clause.subclauses();
            paragraphs += clause.paragraphs();
            subparagraphs += clause.subparagraphs();
        }
        // A bill this long exercises every level of the hierarchy.
        assertThat(subclauses).isPositive();
        assertThat(paragraphs).isPositive();
        assertThat(subparagraphs).isPositive();
        assertThat(bill.expectedClauses())
                .anyMatch(c -> c.heading().equals("Interpretation") && c.text().contains("” means "));
    }

    @Test
    void provisionTreeFollowsTheClausesWithUniqueAkomaNtosoIds() {
        SyntheticBill bill = SyntheticBill.generate(40, 8);
        List<Provision> top = bill.expectedProvisions();

        assertThat(top.get(0).type()).isEqualTo(ProvisionType.PREFACE);
        assertThat(top.get(1).type()).isEqualTo(ProvisionType.PREAMBLE);
        assertThat(top.get(top.size() - 1).type()).isEqualTo(ProvisionType.OBJECTS_AND_REASONS);
        List<Provision> sections = top.stream()
                .filter(p -> p.type() == ProvisionType.PART)
                .flatMap(p -> p.children().stream())
                .toList();
        assertThat(sections).hasSize(40);
        assertThat(sections.get(4).eId()).isEqualTo("sec_5");
        assertThat(sections.get(4).heading())
                .isEqualTo(bill.expectedClauses().get(4).heading());
        Set<String> ids = new HashSet<>();
        collect(top, ids);
        assertThat(ids).allMatch(id -> id.matches("[a-zA-Z]+(_[0-9A-Za-z]+)?(__[a-z]+_[0-9a-z]+)*"));
        assertThat(ids).anyMatch(id -> id.matches("sec_\\d+__subsec_\\d+__para_[a-z]+"));
    }

    private static int collect(List<Provision> nodes, Set<String> ids) {
        int count = 0;
        for (Provision p : nodes) {
            assertThat(ids.add(p.eId())).as("unique eId %s", p.eId()).isTrue();
            count += 1 + collect(p.children(), ids);
        }
        return count;
    }

    @Test
    void marginalNotesArePlacedAsAsked() {
        SyntheticBill bill = SyntheticBill.generate(10, 4);
        ExpectedClause first = bill.expectedClauses().get(0);
        String clauseLine = first.text().split("\n")[0];

        List<String> before = bill.lines(MarginalNotes.LINE_BEFORE);
        assertThat(before.get(before.indexOf(clauseLine) - 1)).isEqualTo("Short title.");
        List<String> after = bill.lines(MarginalNotes.LINE_AFTER);
        assertThat(after.get(after.indexOf(clauseLine) + 1)).isEqualTo("Short title.");
        assertThat(bill.lines(MarginalNotes.SAME_LINE))
                .anyMatch(l -> l.startsWith(clauseLine) && l.endsWith("Short title."));
        assertThat(bill.lines(MarginalNotes.OMITTED))
                .doesNotContain("Short title.")
                .contains(clauseLine);

        List<TextBlock> blocks = bill.textBlocks();
        assertThat(blocks).anyMatch(b -> b.text().equals(clauseLine) && "Short title.".equals(b.marginNote()));
    }

    @Test
    void docxReadBackWithTikaHoldsEveryClauseAndNote() throws Exception {
        SyntheticBill bill = SyntheticBill.generate(25, 11);
        String text = TIKA.parseToString(new ByteArrayInputStream(bill.toDocx()));

        for (ExpectedClause clause : bill.expectedClauses()) {
            for (String line : clause.text().split("\n")) {
                assertThat(text).contains(line);
            }
            assertThat(text).contains(clause.heading() + ".");
        }
    }

    @Test
    void docxMarginalNotesAreWellFormedTextBoxesOnePerNote() {
        SyntheticBill bill = SyntheticBill.generate(25, 11);
        String xml = ZipEntries.of(bill.toDocx()).get("word/document.xml");
        long notes =
                bill.textBlocks().stream().filter(b -> b.marginNote() != null).count();

        assertThat(xml).doesNotContainPattern("<w:r><w:r[ >]");
        assertThat(xml.split("<wps:txbx>", -1)).hasSize((int) notes + 1);
        assertThat(xml).contains("<w:t xml:space=\"preserve\">Short title.</w:t>");
        assertThat(xml.split("<wp:docPr id=", -1)).hasSize((int) notes + 1);
    }

    @Test
    void docxInTwoColumnsListsEachPagesNotesAfterItsClauses() throws Exception {
        SyntheticBill bill = SyntheticBill.generate(30, 5);
        byte[] docx = bill.toDocx(new DocxOptions(false, DocxOptions.MarginNoteStyle.SECOND_COLUMN));
        String text = TIKA.parseToString(new ByteArrayInputStream(docx));
        String xml = ZipEntries.of(docx).get("word/document.xml");

        assertThat(xml).contains("<w:cols w:num=\"2\"").contains("w:type=\"column\"");
        int previousNote = 0;
        for (ExpectedClause clause : bill.expectedClauses()) {
            String first = clause.text().lines().findFirst().orElseThrow();
            int line = text.indexOf(first + "\n");
            int note = text.indexOf("\n" + clause.heading() + ".\n", previousNote);
            assertThat(line).as("clause %d", clause.number()).isPositive();
            assertThat(note)
                    .as("note of clause %d after its text", clause.number())
                    .isGreaterThan(line);
            previousNote = note;
        }
    }

    @Test
    void docxWithListNumberingKeepsNumbersOutOfTheText() throws Exception {
        SyntheticBill bill = SyntheticBill.generate(25, 11);
        byte[] docx = bill.toDocx(new DocxOptions(true, DocxOptions.MarginNoteStyle.RIGHT_ALIGNED_PARAGRAPH));

        try (var doc = new org.apache.poi.xwpf.usermodel.XWPFDocument(new ByteArrayInputStream(docx))) {
            var clauseParagraph = doc.getParagraphs().stream()
                    .filter(p -> p.getText().startsWith("This Act may be cited as"))
                    .findFirst()
                    .orElseThrow();
            assertThat(clauseParagraph.getNumID()).isNotNull();
        }
        // Tika renders list numbers, so the printed clause text comes back whole.
        String text = TIKA.parseToString(new ByteArrayInputStream(docx));
        for (ExpectedClause clause : bill.expectedClauses()) {
            for (String line : clause.text().split("\n")) {
                assertThat(text).contains(line);
            }
        }
    }

    @Test
    void pdfReadBackWithTikaHoldsEveryClauseWordInOrder() throws Exception {
        SyntheticBill bill = SyntheticBill.generate(30, 23);
        byte[] pdf = bill.toPdf(new PdfOptions(true));
        List<String> words = words(TIKA.parseToString(new ByteArrayInputStream(pdf)));

        int from = 0;
        for (ExpectedClause clause : bill.expectedClauses()) {
            int found = inOrder(words, words(clause.text()), from);
            assertThat(found).as("clause %d found in order", clause.number()).isGreaterThanOrEqualTo(0);
            from = found;
        }
    }

    @Test
    void pdfPagesCarryRunningHeadersAndNotesBesideTheirClause() throws Exception {
        SyntheticBill bill = SyntheticBill.generate(30, 23);
        try (PDDocument pdf = Loader.loadPDF(bill.toPdf())) {
            assertThat(pdf.getNumberOfPages()).isGreaterThan(3);
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            int firstPage = bill.document().cover().firstPage();
            for (int page = 2; page <= pdf.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                String text = stripper.getText(pdf);
                assertThat(text).contains(bill.document().title());
                assertThat(text).contains(String.valueOf(firstPage + page - 2));
            }
            stripper.setStartPage(1);
            stripper.setEndPage(pdf.getNumberOfPages());
            String all = stripper.getText(pdf);
            // Sorted by position, the marginal note lands on the clause's first line.
            assertThat(all).containsPattern("1\\. This Act may be cited as the .*Short title\\.");
        }
    }

    @Test
    void scannedTextWithoutNoiseHoldsEveryClauseWordInOrderAcrossPages() {
        SyntheticBill bill = SyntheticBill.generate(40, 77);
        List<String> lines = bill.scannedLines(1, 0);
        List<String> words = words(String.join("\n", lines));

        int from = 0;
        for (ExpectedClause clause : bill.expectedClauses()) {
            int found = inOrder(words, words(clause.text()), from);
            assertThat(found).as("clause %d found in order", clause.number()).isGreaterThanOrEqualTo(0);
            from = found;
        }
        int first = bill.document().cover().firstPage();
        assertThat(lines)
                .anyMatch(l -> l.equals(bill.document().title() + " " + (first + 2))
                        || l.equals((first + 2) + " " + bill.document().title()));
        // Lines are wrapped at the column width; a marginal note may be glued to one.
        int longestNote = bill.expectedClauses().stream()
                .mapToInt(c -> c.heading().length() + 2)
                .max()
                .orElseThrow();
        assertThat(lines).allMatch(l -> l.length() <= 62 + longestNote);
        assertThat(lines).anyMatch(l -> l.length() > 40 && l.length() <= 62);
    }

    @Test
    void scannedTextNoiseIsDeterministicAndLooksLikeOcr() {
        SyntheticBill bill = SyntheticBill.generate(40, 77);
        List<String> noisy = bill.scannedLines(9, 0.4);

        assertThat(noisy).isEqualTo(bill.scannedLines(9, 0.4));
        assertThat(noisy).isNotEqualTo(bill.scannedLines(10, 0.4));
        assertThat(noisy).contains("N A T I O N A L  C O U N C I L  F O R");
        assertThat(noisy).anyMatch(l -> l.contains("  "));
        assertThat(noisy).anyMatch(l -> l.matches(".*\\b[A-Z] [A-Z] [A-Z]\\b.*"));
        assertThatThrownBy(() -> bill.scannedLines(1, 1.5)).isInstanceOf(IllegalArgumentException.class);
    }

    /** Words and numbers only: a marginal note printed to the left of a line may run into its last word. */
    @ParameterizedTest
    @ValueSource(ints = {1, 4, 9, 30})
    void amendmentBillsQuoteSectionsWithoutAddingClauses(int clauses) throws Exception {
        SyntheticBill bill = SyntheticBill.generateAmendment(clauses, clauses);
        List<ExpectedClause> expected = bill.expectedClauses();
        List<String> lines = bill.lines(MarginalNotes.OMITTED);

        assertThat(expected).hasSize(clauses);
        assertThat(expected).extracting(ExpectedClause::partNumber).containsOnlyNulls();
        assertThat(lines).noneMatch(l -> l.startsWith("PART "));
        assertThat(lines.contains("ARRANGEMENT OF CLAUSES")).isEqualTo(clauses > 10);
        assertThat(bill.document().title()).endsWith("(Amendment) Bill, 2026");
        assertThat(bill.expectedProvisions())
                .filteredOn(p -> p.type() == ProvisionType.SECTION)
                .hasSize(clauses);
        if (clauses >= 9) {
            // Quoted sections open with a number of the principal Act, printed at the start of a line.
            assertThat(lines).anyMatch(l -> l.matches("“\\d+A?\\. .*"));
            assertThat(expected).anyMatch(c -> c.text().contains("\n“"));
        }
        String docx = TIKA.parseToString(new ByteArrayInputStream(bill.toDocx()));
        for (ExpectedClause clause : expected) {
            clause.text().lines().forEach(line -> assertThat(docx).contains(line));
        }
    }

    private static List<String> words(String text) {
        return Arrays.stream(text.split("[^\\p{L}\\p{N}]+"))
                .filter(w -> !w.isEmpty())
                .toList();
    }

    /** Index after the last matched word if {@code needle} occurs in order in {@code hay} with small gaps, else -1. */
    private static int inOrder(List<String> hay, List<String> needle, int from) {
        for (int start = from; start < hay.size(); start++) {
            if (!hay.get(start).equals(needle.get(0))) {
                continue;
            }
            int h = start + 1;
            int n = 1;
            int gap = 0;
            while (n < needle.size() && h < hay.size() && gap <= 16) {
                if (hay.get(h).equals(needle.get(n))) {
                    n++;
                    gap = 0;
                } else {
                    gap++;
                }
                h++;
            }
            if (n == needle.size()) {
                return h;
            }
        }
        return -1;
    }
}
