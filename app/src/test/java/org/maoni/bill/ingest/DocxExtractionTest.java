package org.maoni.bill.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.maoni.bill.ingest.Fixtures.docx;
import static org.maoni.bill.ingest.Fixtures.numbered;
import static org.maoni.bill.ingest.Fixtures.p;
import static org.maoni.bill.ingest.Fixtures.styled;
import static org.maoni.bill.ingest.Fixtures.textBoxRun;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class DocxExtractionTest {

    private static DocumentExtractor extractor;

    @BeforeAll
    static void start() {
        extractor = new DocumentExtractor();
    }

    @AfterAll
    static void stop() {
        extractor.close();
    }

    private static List<String> texts(ExtractedDocument doc) {
        return doc.blocks().stream().map(TextBlock::text).toList();
    }

    private static TextBlock block(ExtractedDocument doc, String startsWith) {
        return doc.blocks().stream()
                .filter(b -> b.text().startsWith(startsWith))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no block starting with " + startsWith + " in " + texts(doc)));
    }

    @Test
    void rendersListNumberingAtTheStartOfParagraphs() throws Exception {
        String body = numbered(2, 0, "PRELIMINARY")
                + numbered(1, 0, "This Act may be cited as the Sample Act.")
                + numbered(1, 0, "In this Act—")
                + numbered(1, 1, "first paragraph;")
                + numbered(1, 2, "first subparagraph;")
                + numbered(1, 2, "second subparagraph;")
                + numbered(1, 1, "second paragraph.")
                + styled("Clause", "A clause numbered through its style.")
                + numbered(1, 1, "a paragraph restarting after the clause.")
                + numbered(3, 0, "A list instance that starts at ten.")
                + numbered(2, 0, "MISCELLANEOUS");
        ExtractedDocument doc = extractor.extract("bill.docx", docx(body));

        assertThat(doc.mediaType())
                .isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        assertThat(doc.pageCount()).isZero();
        assertThat(texts(doc))
                .containsExactly(
                        "PART I PRELIMINARY",
                        "1. This Act may be cited as the Sample Act.",
                        "2. In this Act—",
                        "(a) first paragraph;",
                        "(i) first subparagraph;",
                        "(ii) second subparagraph;",
                        "(b) second paragraph.",
                        "3. A clause numbered through its style.",
                        "(a) a paragraph restarting after the clause.",
                        "10. A list instance that starts at ten.",
                        "PART II MISCELLANEOUS");
    }

    @Test
    void attachesTextBoxNotesToTheirParagraphOnceAndDropsHeaders() throws Exception {
        String body = p("THE SAMPLE BILL, 2030")
                + "<w:p><w:pPr><w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"1\"/></w:numPr></w:pPr>"
                + textBoxRun("Short title.")
                + "<w:r><w:t>This Act may be cited as the Sample Act.</w:t></w:r></w:p>"
                // a text box anchored in an empty paragraph belongs to the next paragraph with text
                + "<w:p>" + textBoxRun("Interpretation.") + "</w:p>"
                + numbered(1, 0, "In this Act, unless the context otherwise requires—")
                + p("“Authority” means the Authority;");
        ExtractedDocument doc = extractor.extract("bill.docx", docx(body));

        assertThat(texts(doc))
                .containsExactly(
                        "THE SAMPLE BILL, 2030",
                        "1. This Act may be cited as the Sample Act.",
                        "2. In this Act, unless the context otherwise requires—",
                        "“Authority” means the Authority;");
        assertThat(block(doc, "1.").marginNote()).isEqualTo("Short title.");
        assertThat(block(doc, "2.").marginNote()).isEqualTo("Interpretation.");
        assertThat(doc.text()).doesNotContain("RUNNING HEADER").doesNotContain("Short title");
    }

    @Test
    void attachesFramedParagraphsToTheParagraphAfterThem() throws Exception {
        String body = styled("MarginNote", "Objects of the Act.")
                + numbered(1, 0, "The objects of this Act are—")
                + "<w:p><w:pPr><w:framePr w:w=\"1800\" w:x=\"9600\" w:y=\"1\" w:hAnchor=\"page\"/></w:pPr>"
                + "<w:r><w:t>Regulations.</w:t></w:r></w:p>"
                + numbered(1, 0, "The Cabinet Secretary may make regulations.");
        ExtractedDocument doc = extractor.extract("bill.docx", docx(body));

        assertThat(doc.blocks())
                .containsExactly(
                        new TextBlock("1. The objects of this Act are—", "Objects of the Act.", 0),
                        new TextBlock("2. The Cabinet Secretary may make regulations.", "Regulations.", 0));
    }

    /**
     * How PDF-to-Word conversions of Gazette bills keep marginal notes: a section in two columns, a wide one with the
     * text and a narrow one with the notes, spaced down by empty paragraphs to sit beside their clause.
     */
    @Test
    void attachesNotesFromANarrowColumnToTheParagraphBesideThem() throws Exception {
        String exact = "<w:spacing w:before=\"0\" w:after=\"0\" w:line=\"240\" w:lineRule=\"exact\"/>";
        String body = para(exact, "1", "This Act may be cited as the Sample Act.")
                + para(exact, null, "(1) In this Act—")
                + para(exact, null, "“Board” means the Board;")
                + para(exact, "1", "The Board shall consist of five members.")
                + para(exact, null, "(2) The members shall serve for three years.")
                + para(exact, "1", "The Board may make rules.")
                + "<w:p><w:pPr>" + exact + "</w:pPr><w:r><w:br w:type=\"column\"/></w:r></w:p>"
                + para(exact, null, "Short title.")
                + para(exact, null, "")
                + para(exact, null, "")
                + para(exact, null, "Membership of the Board.")
                + para(exact, null, "")
                + para(exact, null, "Rules.")
                + "<w:p><w:pPr><w:sectPr><w:type w:val=\"continuous\"/><w:pgSz w:w=\"11900\" w:h=\"16840\"/>"
                + "<w:cols w:num=\"2\" w:equalWidth=\"0\"><w:col w:w=\"6400\" w:space=\"40\"/><w:col w:w=\"2000\"/>"
                + "</w:cols></w:sectPr></w:pPr></w:p>"
                + p("After the section.");
        ExtractedDocument doc = extractor.extract("bill.docx", docx(body));

        assertThat(doc.blocks())
                .containsExactly(
                        new TextBlock("1. This Act may be cited as the Sample Act.", "Short title.", 0),
                        new TextBlock("(1) In this Act—", null, 0),
                        new TextBlock("“Board” means the Board;", null, 0),
                        new TextBlock("2. The Board shall consist of five members.", "Membership of the Board.", 0),
                        new TextBlock("(2) The members shall serve for three years.", null, 0),
                        new TextBlock("3. The Board may make rules.", "Rules.", 0),
                        new TextBlock("After the section.", null, 0));
    }

    private static String para(String pPr, String numId, String text) {
        String num = numId == null ? "" : "<w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"" + numId + "\"/></w:numPr>";
        return "<w:p><w:pPr>" + num + pPr + "</w:pPr><w:r><w:t xml:space=\"preserve\">" + text + "</w:t></w:r></w:p>";
    }

    @Test
    void readsTablesRowByRowAndSkipsDeletedHiddenAndFieldCodes() throws Exception {
        String row = "<w:tr><w:tc><w:p><w:r><w:t>%s</w:t></w:r></w:p></w:tc>"
                + "<w:tc><w:p><w:r><w:t>%s</w:t></w:r></w:p><w:p><w:r><w:t>%s</w:t></w:r></w:p></w:tc></w:tr>";
        String body = "<w:p><w:r><w:t xml:space=\"preserve\">Kept </w:t></w:r>"
                + "<w:del w:id=\"1\" w:author=\"a\"><w:r><w:delText>deleted </w:delText></w:r></w:del>"
                + "<w:ins w:id=\"2\" w:author=\"a\"><w:r><w:t xml:space=\"preserve\">inserted </w:t></w:r></w:ins>"
                + "<w:r><w:rPr><w:vanish/></w:rPr><w:t>hidden </w:t></w:r>"
                + "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r>"
                + "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t>7</w:t></w:r>"
                + "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>"
                + "<w:r><w:tab/><w:t>end</w:t></w:r></w:p>"
                + "<w:tbl><w:tblPr/><w:tblGrid><w:gridCol/><w:gridCol/></w:tblGrid>"
                + String.format(row, "Bill Section", "Proposed Change", "")
                + String.format(row, "Clause 3", "Delete it", "entirely.")
                + "</w:tbl>"
                + p("After the table.");
        ExtractedDocument doc = extractor.extract("memo.docx", docx(body));

        assertThat(texts(doc))
                .containsExactly(
                        "Kept inserted 7\tend",
                        "Bill Section\tProposed Change",
                        "Clause 3\tDelete it entirely.",
                        "After the table.");
    }

    @Test
    void readsADocxWrittenByPoi() throws Exception {
        ExtractedDocument doc = extractor.extract("Sample Bill.DOCX", Fixtures.poiDocx());

        assertThat(texts(doc))
                .containsExactly(
                        "THE SAMPLE BILL, 2030",
                        "1. This Act may be cited as the Sample Act, 2030.",
                        "2. The Cabinet Secretary shall make regulations.",
                        "(1) Regulations shall be published.",
                        "Bill Section\tProposed Change\tRationale",
                        "Clause 2\tDelete\tRedundant");
        assertThat(doc.text()).doesNotContain("POI RUNNING HEADER").doesNotContain("POI FOOTER");
    }

    @Test
    void readsStrictOoxml() throws Exception {
        String transitional = new String(
                Fixtures.unzip(docx(numbered(1, 0, "A clause in a Strict document.")))
                        .get("word/document.xml"),
                java.nio.charset.StandardCharsets.UTF_8);
        byte[] strict = Fixtures.docxWithDocumentXml(
                Fixtures.utf8(transitional.replace(Fixtures.W_NS, DocxExtractor.W_STRICT)));

        assertThat(texts(extractor.extract("strict.docx", strict)))
                .containsExactly("1. A clause in a Strict document.");
    }

    @Test
    void readsALargeDocxWhoseContentTypesComeLast() throws Exception {
        byte[] big = Fixtures.docxWithContentTypesLast(numbered(1, 0, "A clause after a large picture."), 17 << 20);

        assertThat(texts(extractor.extract("big.docx", big))).containsExactly("1. A clause after a large picture.");
    }

    @Test
    void rejectsAPasswordProtectedDocx() {
        assertThatThrownBy(() -> extractor.extract("secret.docx", Fixtures.encryptedDocx()))
                .isInstanceOfSatisfying(
                        DocumentRejectedException.class,
                        e -> assertThat(e.reason()).isEqualTo(DocumentRejectedException.Reason.ENCRYPTED))
                .hasMessageContaining("password");
    }

    @Test
    void rejectsAZipBomb() {
        byte[] bomb = Fixtures.docxZipBomb(24L * 1024 * 1024);
        assertThat(bomb.length).isLessThan(1024 * 1024);

        assertThatThrownBy(() -> extractor.extract("bomb.docx", bomb))
                .isInstanceOfSatisfying(
                        DocumentRejectedException.class,
                        e -> assertThat(e.reason()).isEqualTo(DocumentRejectedException.Reason.CORRUPT))
                .hasMessageContaining("zip bomb");
    }

    @Test
    void rejectsAbsurdlyNestedXml() {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\"?><w:document xmlns:w=\"" + Fixtures.W_NS
                + "\"><w:body><w:p><w:r><w:t>x</w:t></w:r></w:p>");
        int depth = 5_000;
        xml.append("<w:sdt><w:sdtContent>".repeat(depth));
        xml.append("</w:sdtContent></w:sdt>".repeat(depth));
        xml.append("</w:body></w:document>");

        assertThatThrownBy(() ->
                        extractor.extract("deep.docx", Fixtures.docxWithDocumentXml(Fixtures.utf8(xml.toString()))))
                .isInstanceOfSatisfying(
                        DocumentRejectedException.class,
                        e -> assertThat(e.reason()).isEqualTo(DocumentRejectedException.Reason.CORRUPT));
    }

    @Test
    void refusesEntityExpansion() {
        String xml = "<?xml version=\"1.0\"?><!DOCTYPE w:document [<!ENTITY a \"aaaaaaaaaa\">"
                + "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">"
                + "<!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\"><!ENTITY e \"&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;\">]>"
                + "<w:document xmlns:w=\"" + Fixtures.W_NS + "\"><w:body><w:p><w:r><w:t>&e;&e;&e;&e;</w:t></w:r>"
                + "</w:p></w:body></w:document>";

        assertThatThrownBy(() -> extractor.extract("laughs.docx", Fixtures.docxWithDocumentXml(Fixtures.utf8(xml))))
                .isInstanceOfSatisfying(
                        DocumentRejectedException.class,
                        e -> assertThat(e.reason()).isEqualTo(DocumentRejectedException.Reason.CORRUPT));
    }

    @Test
    void rejectsAnEmptyDocxAsNoText() {
        assertThatThrownBy(() -> extractor.extract("blank.docx", docx(p("") + p("   "))))
                .isInstanceOfSatisfying(
                        DocumentRejectedException.class,
                        e -> assertThat(e.reason()).isEqualTo(DocumentRejectedException.Reason.NO_TEXT));
    }

    @Test
    void rejectsATruncatedDocx() {
        byte[] whole = docx(p("Some text that will be cut off.") + p("More text."));
        byte[] cut = java.util.Arrays.copyOf(whole, whole.length / 2);

        assertThatThrownBy(() -> extractor.extract("cut.docx", cut))
                .isInstanceOfSatisfying(
                        DocumentRejectedException.class,
                        e -> assertThat(e.reason())
                                .isIn(
                                        DocumentRejectedException.Reason.CORRUPT,
                                        DocumentRejectedException.Reason.TYPE_MISMATCH));
    }
}
