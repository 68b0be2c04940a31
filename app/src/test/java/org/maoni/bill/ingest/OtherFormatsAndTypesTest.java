package org.maoni.bill.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.maoni.bill.ingest.DocumentRejectedException.Reason;

class OtherFormatsAndTypesTest {

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

    private static void assertRejected(String name, byte[] content, Reason reason) {
        assertThatThrownBy(() -> extractor.extract(name, content))
                .isInstanceOfSatisfying(
                        DocumentRejectedException.class,
                        e -> assertThat(e.reason()).isEqualTo(reason))
                .hasMessageNotContaining("null");
    }

    @Test
    void readsRtfParagraphs() throws Exception {
        String rtf = "{\\rtf1\\ansi\\deff0{\\fonttbl{\\f0 Times New Roman;}}"
                + "\\pard 1. This Act may be cited as the Sample Act.\\par"
                + "\\pard 2. In this Act\\emdash \\par"
                + "\\pard \\ldblquote Board\\rdblquote  means the Board.\\par}";
        ExtractedDocument doc = extractor.extract("bill.rtf", Fixtures.utf8(rtf));

        assertThat(doc.mediaType()).isEqualTo("application/rtf");
        assertThat(texts(doc))
                .containsExactly(
                        "1. This Act may be cited as the Sample Act.",
                        "2. In this Act—",
                        "\u201cBoard\u201d means the Board.");
    }

    @Test
    void readsHtmlParagraphsWithoutScriptsOrStyles() throws Exception {
        String html = "<!DOCTYPE html><html><head><title>Ignored title</title><style>p{color:red}</style>"
                + "<script>alert('x')</script></head><body>"
                + "<h1>THE SAMPLE BILL</h1>"
                + "<p>1.&nbsp;This Act may be cited<br>as the Sample Act.</p>"
                + "<div><p>2. In   this Act—</p></div>"
                + "<table><tr><td>Clause</td><td>Change</td></tr><tr><td>3</td><td>Delete</td></tr></table>"
                + "<ul><li>first</li><li>second</li></ul></body></html>";
        ExtractedDocument doc = extractor.extract("bill.html", Fixtures.utf8(html));

        assertThat(doc.mediaType()).isEqualTo("text/html");
        assertThat(texts(doc))
                .containsExactly(
                        "THE SAMPLE BILL",
                        "1. This Act may be cited as the Sample Act.",
                        "2. In this Act—",
                        "Clause\tChange",
                        "3\tDelete",
                        "first",
                        "second");
    }

    @Test
    void readsOdtParagraphs() throws Exception {
        ExtractedDocument doc = extractor.extract("bill.odt", Fixtures.odt("1. Short title.", "2. Interpretation."));

        assertThat(doc.mediaType()).isEqualTo("application/vnd.oasis.opendocument.text");
        assertThat(texts(doc)).containsExactly("ODT HEADING", "1. Short title.", "2. Interpretation.");
    }

    @Test
    void readsUtf8TextLineByLineAndNormalises() throws Exception {
        String text = "\uFEFFTHE SAMPLE BILL\r\n\r\n1.\u00A0This Act\u0000 may be cited as the Sample Act.\r"
                + "2. Caf\u0065\u0301 \u201cquoted\u201d\u200B\n\t\n";
        ExtractedDocument doc = extractor.extract("bill.txt", Fixtures.utf8(text));

        assertThat(doc.mediaType()).isEqualTo("text/plain");
        assertThat(texts(doc))
                .containsExactly(
                        "THE SAMPLE BILL",
                        "1. This Act may be cited as the Sample Act.",
                        "2. Caf\u00e9 \u201cquoted\u201d");
    }

    @Test
    void readsWindows1252Text() throws Exception {
        byte[] bytes = "Caf\u00e9 \u201cquoted\u201d \u2014 \u20ac5\n".getBytes(Charset.forName("windows-1252"));
        ExtractedDocument doc = extractor.extract("notes.txt", bytes);

        assertThat(texts(doc)).containsExactly("Caf\u00e9 \u201cquoted\u201d \u2014 \u20ac5");
    }

    @Test
    void readsRtfNamedTxtAsRtfAndTrustsContentWithoutExtension() throws Exception {
        byte[] rtf = Fixtures.utf8("{\\rtf1\\ansi \\pard Hello RTF.\\par}");
        assertThat(texts(extractor.extract("bill.txt", rtf))).containsExactly("Hello RTF.");
        assertThat(extractor
                        .extract("upload", Fixtures.docx(Fixtures.p("No extension.")))
                        .mediaType())
                .isEqualTo(DocumentType.DOCX.mediaType);
    }

    @Test
    void rejectsEmptyFiles() {
        assertRejected("bill.pdf", new byte[0], Reason.EMPTY);
        assertRejected("bill.docx", null, Reason.EMPTY);
    }

    @Test
    void rejectsExecutablesImagesAndArchives() {
        assertRejected("setup.exe", Fixtures.exe(), Reason.UNSUPPORTED_TYPE);
        assertRejected("setup", Fixtures.exe(), Reason.UNSUPPORTED_TYPE);
        assertRejected("photo.png", Fixtures.png(), Reason.UNSUPPORTED_TYPE);
        assertRejected(
                "bill.zip", Fixtures.zip(java.util.Map.of("a.txt", Fixtures.utf8("hello"))), Reason.UNSUPPORTED_TYPE);
    }

    @Test
    void rejectsContentThatDisagreesWithTheExtension() {
        assertRejected("bill.pdf", Fixtures.exe(), Reason.TYPE_MISMATCH);
        assertRejected("bill.docx", Fixtures.pdf(PdfExtractionTest.bill()), Reason.TYPE_MISMATCH);
        assertRejected(
                "bill.docx", Fixtures.zip(java.util.Map.of("a.txt", Fixtures.utf8("hello"))), Reason.TYPE_MISMATCH);
        assertRejected("bill.doc", Fixtures.docx(Fixtures.p("A DOCX named .doc")), Reason.TYPE_MISMATCH);
        assertRejected("bill.rtf", Fixtures.utf8("plain words, not RTF"), Reason.TYPE_MISMATCH);
        assertRejected("bill.odt", Fixtures.docx(Fixtures.p("A DOCX named .odt")), Reason.TYPE_MISMATCH);
    }

    @Test
    void rejectionReasonsHaveStableSlugs() {
        assertThat(Reason.TYPE_MISMATCH.slug()).isEqualTo("type-mismatch");
        assertThat(Reason.NO_TEXT.slug()).isEqualTo("no-text");
    }
}
