package org.maoni.memorandum.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The package-private helpers of the mail reader: type sniffing, charsets, names, HTML and RTF to text. */
class MailTextTest {

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(nullValues = "NULL", delimiter = '|', textBlock = """
            memo.eml             | EML
            MEMO.EML             | EML
            C:\\\\mail\\\\memo.msg | MSG
            memo.Msg             | MSG
            memo                 | NULL
            NULL                 | NULL
            '   '                | NULL
            memo.pdf             | OTHER
            memo.eml.zip         | OTHER
            """)
    void kindFromFilename(String name, String kind) {
        assertThat(MailKind.fromFilename(name)).isEqualTo(kind == null ? null : MailKind.valueOf(kind));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            'From: a@b.ke\\n\\nbody'                          | EML
            'Received: from x\\n by y\\nSubject: s\\n\\nb'    | EML
            'X-Custom: 1\\nX-Other: 2\\nDate: today\\n\\nb'   | EML
            'Subject : old style\\n\\nb'                       | EML
            'X-Custom: 1\\n\\nFrom: a@b.ke'                    | OTHER
            'Clause 5: delete\\n\\nbody'                        | OTHER
            'no colon here'                                     | OTHER
            ':empty name'                                       | OTHER
            """)
    void kindFromContent(String text, String kind) {
        byte[] bytes = text.replace("\\n", "\r\n").getBytes(StandardCharsets.UTF_8);
        assertThat(MailKind.sniff(bytes)).isEqualTo(MailKind.valueOf(kind));
    }

    @Test
    void decodesWithFallbacks() {
        byte[] utf8 = "Ngʼendo ✓".getBytes(StandardCharsets.UTF_8);
        byte[] latin = "José".getBytes(StandardCharsets.ISO_8859_1);
        assertThat(MailText.decode(utf8, "utf-8")).isEqualTo("Ngʼendo ✓");
        assertThat(MailText.decode(utf8, null)).isEqualTo("Ngʼendo ✓");
        assertThat(MailText.decode(utf8, "us-ascii")).isEqualTo("Ngʼendo ✓");
        assertThat(MailText.decode(utf8, "\"no-such-charset\"")).isEqualTo("Ngʼendo ✓");
        assertThat(MailText.decode(latin, "utf-8")).isEqualTo("José");
        assertThat(MailText.decode(latin, "iso-8859-1")).isEqualTo("José");
        assertThat(MailText.decode(new byte[] {(byte) 0x93, 'q', (byte) 0x94}, "iso-8859-1"))
                .isEqualTo("“q”");
        assertThat(MailText.decode(latin, "bad name with spaces")).isEqualTo("José");
    }

    @Test
    void mendsOnlyRealRawUtf8() {
        String misread = new String("Wairimũ".getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
        assertThat(MailText.repairRawUtf8(misread)).isEqualTo("Wairimũ");
        assertThat(MailText.repairRawUtf8("José")).isEqualTo("José");
        assertThat(MailText.repairRawUtf8("plain")).isEqualTo("plain");
        assertThat(MailText.repairRawUtf8("Wairimũ")).isEqualTo("Wairimũ");
        assertThat(MailText.repairRawUtf8(null)).isNull();
    }

    @Test
    void safeFilenames() {
        assertThat(MailText.safeFilename("../../x.pdf")).isEqualTo("x.pdf");
        assertThat(MailText.safeFilename("a\u0000b.pdf")).isEqualTo("a b.pdf");
        assertThat(MailText.safeFilename("  ")).isNull();
        assertThat(MailText.safeFilename("dir/")).isNull();
        String longName = "m".repeat(500) + ".docx";
        assertThat(MailText.safeFilename(longName)).hasSize(200).endsWith("m.docx");
        assertThat(MailText.safeFilename("🙂".repeat(150) + ".pdf"))
                .hasSizeLessThanOrEqualTo(200)
                .endsWith(".pdf")
                .doesNotContain("\ud83d.");
    }

    @Test
    void cleansHeadersAndBodies() {
        assertThat(MailText.clean("  a\r\n\tb\u0000c  ", 100)).isEqualTo("a b c");
        assertThat(MailText.clean("abcdef", 3)).isEqualTo("abc");
        assertThat(MailText.cleanBody("a\r\nb\rc\u0000d\te")).isEqualTo("a\nb\ncd\te");
    }

    @Test
    void htmlToText() {
        assertThat(HtmlText.toText("<table><tr><td>Clause</td><td>Proposal</td></tr><tr><td>5</td><td>Delete"
                        + "</td></tr></table>"))
                .isEqualTo("Clause Proposal\n5 Delete");
        assertThat(HtmlText.toText("<pre>  kept\n  as is</pre>")).isEqualTo("kept\nas is");
        assertThat(HtmlText.toText("<p>a &lt;script&gt; b</p><noscript>x</noscript><template>y</template>"))
                .isEqualTo("a <script> b");
        assertThat(HtmlText.toText("<<<>>>&&&;;; not html")).contains("not html");
        assertThat(HtmlText.toText("")).isEmpty();
        assertThat(HtmlText.toText("<div>".repeat(5000) + "deep" + "</div>".repeat(5000)))
                .isEqualTo("deep");
        assertThat(HtmlText.toText("<p dir=\"rtl\">مرحبا</p><p>שלום 🙂</p>")).isEqualTo("مرحبا\n\nשלום 🙂");
    }

    @Test
    void rtfToText() {
        String rtf = "{\\rtf1\\ansi\\ansicpg1252\\deff0{\\fonttbl{\\f0 Arial;}}{\\colortbl;\\red0\\green0\\blue0;}"
                + "{\\*\\generator Riched20;}\\pard Maoni ya Jos\\'e9 kuhusu\\par kifungu cha 5\\tab sawa"
                + " \\u8212?\\u-3913?\\'9f {\\*\\htmltag84 <p>}\\{braces\\} \\\\ end}";
        assertThat(RtfText.toText(rtf, 1000))
                .isEqualTo("Maoni ya José kuhusu\nkifungu cha 5\tsawa —\uf0b7Ÿ {braces} \\ end");
        assertThat(RtfText.toText(rtf, 10)).isEqualTo("Maoni ya J");
        assertThat(RtfText.toText("{\\rtf1{\\pict\\pngblip 89504e47}visible}", 100))
                .isEqualTo("visible");
        assertThat(RtfText.toText("{".repeat(100_000) + "x" + "}".repeat(100_000), 100))
                .isEqualTo("x");
        assertThat(RtfText.toText("\\'zz\\'4\\", 100)).isEmpty();
        assertThat(RtfText.toText("{\\rtf1\\ansicpg1251 \\'cf\\'f0\\'e8}", 100)).isEqualTo("При");
        // a parameter longer than ten digits is no character; the digits beyond it read as text
        assertThat(RtfText.toText("\\u99999999999999999?ok", 100)).isEqualTo("9999999?ok");
    }
}
