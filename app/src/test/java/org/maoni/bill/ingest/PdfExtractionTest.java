package org.maoni.bill.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.maoni.bill.ingest.Fixtures.Line.body;
import static org.maoni.bill.ingest.Fixtures.Line.note;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.maoni.bill.ingest.DocumentRejectedException.Reason;

class PdfExtractionTest {

    private static DocumentExtractor extractor;

    @BeforeAll
    static void start() {
        extractor = new DocumentExtractor();
    }

    @AfterAll
    static void stop() {
        extractor.close();
    }

    static List<List<Fixtures.Line>> bill() {
        return List.of(
                List.of(
                        body("THE SAMPLE BILL, 2030"),
                        body("A Bill for an Act of Parliament to provide for samples and"),
                        body("for connected purposes"),
                        body("ENACTED by the Parliament of Kenya, as follows—"),
                        note("Short title."),
                        body("1. This Act may be cited as the Sample Act, 2030, and shall"),
                        body("come into force on such date as the Cabinet Secretary may"),
                        body("by notice in the Gazette appoint."),
                        note("Interpretation."),
                        body("2. In this Act, unless the context otherwise requires—"),
                        body("\u201cBoard\u201d means the Sample Board established under section 3;")),
                List.of(
                        body("2 The Sample Bill, 2030"),
                        note("Establishment of"),
                        note("the Board."),
                        body("3. (1) There is established a board to be known as the Sample"),
                        body("Board which shall be a body corporate with perpetual"),
                        body("succession and a common seal, and shall in its corporate"),
                        body("name be capable of suing and being sued.")));
    }

    static void assertRejected(byte[] content, String name, Reason reason) {
        assertThatThrownBy(() -> extractor.extract(name, content))
                .isInstanceOfSatisfying(
                        DocumentRejectedException.class,
                        e -> assertThat(e.reason()).isEqualTo(reason));
    }

    @Test
    void readsOneBlockPerLineWithPagesAndMarginNotes() throws Exception {
        ExtractedDocument doc = extractor.extract("bill.pdf", Fixtures.pdf(bill()));

        assertThat(doc.mediaType()).isEqualTo("application/pdf");
        assertThat(doc.pageCount()).isEqualTo(2);
        assertThat(doc.blocks())
                .containsExactly(
                        new TextBlock("THE SAMPLE BILL, 2030", null, 1),
                        new TextBlock("A Bill for an Act of Parliament to provide for samples and", null, 1),
                        new TextBlock("for connected purposes", null, 1),
                        new TextBlock("ENACTED by the Parliament of Kenya, as follows—", null, 1),
                        new TextBlock("1. This Act may be cited as the Sample Act, 2030, and shall", "Short title.", 1),
                        new TextBlock("come into force on such date as the Cabinet Secretary may", null, 1),
                        new TextBlock("by notice in the Gazette appoint.", null, 1),
                        new TextBlock("2. In this Act, unless the context otherwise requires—", "Interpretation.", 1),
                        new TextBlock("\u201cBoard\u201d means the Sample Board established under section 3;", null, 1),
                        new TextBlock("2 The Sample Bill, 2030", null, 2),
                        new TextBlock(
                                "3. (1) There is established a board to be known as the Sample",
                                "Establishment of the Board.",
                                2),
                        new TextBlock("Board which shall be a body corporate with perpetual", null, 2),
                        new TextBlock("succession and a common seal, and shall in its corporate", null, 2),
                        new TextBlock("name be capable of suing and being sued.", null, 2));
    }

    @Test
    void findsNoMarginNotesInRaggedText() throws Exception {
        List<Fixtures.Line> lines = List.of(
                body("Short line."),
                body("A somewhat longer line of ordinary text goes here."),
                body("Medium length line of text."),
                body("The longest line of all in this ragged paragraph, running on a little further."),
                body("Another line of ordinary length for the paragraph."),
                body("Tiny."),
                body("A line that is fairly long but not the longest one here."),
                body("End of the ragged paragraph, with a final word."));
        ExtractedDocument doc = extractor.extract("ragged.pdf", Fixtures.pdf(List.of(lines)));

        assertThat(doc.blocks()).extracting(TextBlock::marginNote).containsOnlyNulls();
        assertThat(doc.blocks())
                .extracting(TextBlock::text)
                .containsExactlyElementsOf(
                        lines.stream().map(Fixtures.Line::text).toList());
    }

    @Test
    void rejectsAPdfWithAUserPassword() {
        assertRejected(Fixtures.pdf(bill(), "owner-secret", "user-secret"), "locked.pdf", Reason.ENCRYPTED);
    }

    @Test
    void readsAPdfWithOnlyAnOwnerPassword() throws Exception {
        ExtractedDocument doc = extractor.extract("restricted.pdf", Fixtures.pdf(bill(), "owner-secret", ""));

        assertThat(doc.blocks()).hasSize(14);
    }

    @Test
    void rejectsATruncatedPdf() {
        byte[] whole = Fixtures.pdf(bill());
        assertRejected(Arrays.copyOf(whole, 400), "cut.pdf", Reason.CORRUPT);
    }

    @Test
    void rejectsAPdfWithoutATextLayer() {
        assertRejected(Fixtures.pdfWithoutText(), "scan.pdf", Reason.NO_TEXT);
    }

    @Test
    void rejectsAPdfWithTooManyPages() {
        try (DocumentExtractor strict =
                new DocumentExtractor(ExtractionLimits.defaults().withMaxPages(1))) {
            assertThatThrownBy(() -> strict.extract("long.pdf", Fixtures.pdf(bill())))
                    .isInstanceOfSatisfying(
                            DocumentRejectedException.class,
                            e -> assertThat(e.reason()).isEqualTo(Reason.TOO_LARGE))
                    .hasMessageContaining("2 pages");
        }
    }

    @Test
    void rejectsAnImageNamedPdf() {
        assertRejected(Fixtures.png(), "bill.pdf", Reason.TYPE_MISMATCH);
    }
}
