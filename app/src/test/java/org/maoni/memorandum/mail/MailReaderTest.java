package org.maoni.memorandum.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.maoni.memorandum.mail.MailFixtures.raw;

import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.internet.MimeUtility;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Random;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.maoni.memorandum.SubmittedFile;
import org.maoni.memorandum.mail.MailRejectedException.Reason;

class MailReaderTest {

    private static final MailReader READER = new MailReader();
    private static final byte[] DOCX = MailFixtures.seedMemorandum("memo-01-soko-haki-trust.docx");
    private static final byte[] PDF = MailFixtures.seedMemorandum("memo-02-lake-basin-market-women-network.pdf");

    private static Reason rejection(String filename, byte[] content) {
        return rejection(READER, filename, content);
    }

    private static Reason rejection(MailReader reader, String filename, byte[] content) {
        try {
            reader.read(filename, content);
        } catch (MailRejectedException e) {
            assertThat(e.getMessage()).isNotBlank();
            return e.reason();
        }
        throw new AssertionError("expected " + filename + " to be rejected");
    }

    /** Reading hostile bytes ends in a message or a rejection, never another exception. */
    private static void readsOrRejects(MailReader reader, String filename, byte[] content) {
        try {
            MailMessage m = reader.read(filename, content);
            assertThat(m.bodyText()).isNotNull();
            assertThat(m.attachments()).isNotNull();
        } catch (MailRejectedException e) {
            assertThat(e.reason()).isNotNull();
        }
    }

    @Nested
    class EmlBuiltWithJakartaMail {

        @Test
        void readsSenderSubjectDateBodyAndADocxAttachment() {
            byte[] eml = MailFixtures.emlWithAttachment(
                    "Soko Haki Trust",
                    "info@sokohaki.or.ke",
                    "Memorandum on the County Markets Bill, 2026",
                    "Please find our memorandum attached.",
                    "memo-01-soko-haki-trust.docx",
                    DOCX);

            MailMessage mail = READER.read("memorandum.eml", eml);

            assertThat(mail.fromName()).isEqualTo("Soko Haki Trust");
            assertThat(mail.fromAddress()).isEqualTo("info@sokohaki.or.ke");
            assertThat(mail.subject()).isEqualTo("Memorandum on the County Markets Bill, 2026");
            assertThat(mail.sentAt()).isEqualTo(MailFixtures.SENT_AT);
            assertThat(mail.bodyText()).isEqualTo("Please find our memorandum attached.");
            assertThat(mail.attachments()).hasSize(1);
            SubmittedFile file = mail.attachments().get(0);
            assertThat(file.filename()).isEqualTo("memo-01-soko-haki-trust.docx");
            assertThat(file.contentType())
                    .isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
            assertThat(file.content()).isEqualTo(DOCX);
        }

        @Test
        void readsAPdfAttachmentAndAKiswahiliSenderWithEmoji() {
            byte[] eml = MailFixtures.emlWithAttachment(
                    "Mtandao wa Wanawake wa Soko la Ziwa 🌍",
                    "maoni@ziwa.or.ke",
                    "Maoni kuhusu Mswada wa Masoko ya Kaunti 🙏🏾",
                    "Tunawasilisha maoni yetu.\nAsanteni.",
                    "Maoni ya Mtandao – Ziwa.pdf",
                    PDF);

            MailMessage mail = READER.read(null, eml);

            assertThat(mail.fromName()).isEqualTo("Mtandao wa Wanawake wa Soko la Ziwa 🌍");
            assertThat(mail.subject()).isEqualTo("Maoni kuhusu Mswada wa Masoko ya Kaunti 🙏🏾");
            assertThat(mail.bodyText()).isEqualTo("Tunawasilisha maoni yetu.\nAsanteni.");
            assertThat(mail.attachments()).singleElement().satisfies(f -> {
                assertThat(f.filename()).isEqualTo("Maoni ya Mtandao – Ziwa.pdf");
                assertThat(f.contentType()).isEqualTo("application/pdf");
                assertThat(f.content()).isEqualTo(PDF);
            });
        }

        @Test
        void takesTheAttachmentsOfAForwardedMemorandum() throws Exception {
            MimeMessage inner = MailFixtures.newMessage("Mwanaisha Juma", "mwanaisha@example.org", "Maoni yangu");
            MimeMultipart innerParts = new MimeMultipart("mixed");
            innerParts.addBodyPart(MailFixtures.textPart("Maoni yangu kuhusu kifungu cha 5."));
            innerParts.addBodyPart(MailFixtures.attachmentPart("maoni.pdf", PDF));
            inner.setContent(innerParts);
            inner.saveChanges();

            MimeMessage outer = MailFixtures.newMessage("Ward Administrator", "ward@county.go.ke", "Fwd: Maoni yangu");
            MimeMultipart outerParts = new MimeMultipart("mixed");
            outerParts.addBodyPart(MailFixtures.textPart("Forwarding a memorandum handed in at the ward office."));
            MimeBodyPart forwarded = new MimeBodyPart();
            forwarded.setContent(inner, "message/rfc822");
            outerParts.addBodyPart(forwarded);
            outerParts.addBodyPart(MailFixtures.attachmentPart("cover-letter.docx", DOCX));
            outer.setContent(outerParts);

            MailMessage mail = READER.read("fwd.eml", MailFixtures.bytes(outer));

            assertThat(mail.fromAddress()).isEqualTo("ward@county.go.ke");
            assertThat(mail.attachments())
                    .extracting(SubmittedFile::filename)
                    .containsExactly("cover-letter.docx", "maoni.pdf");
            assertThat(mail.attachments().get(1).content()).isEqualTo(PDF);
            assertThat(mail.bodyText())
                    .startsWith("Forwarding a memorandum handed in at the ward office.")
                    .contains("---------- Forwarded message ----------")
                    .contains("From: Mwanaisha Juma <mwanaisha@example.org>")
                    .contains("Subject: Maoni yangu")
                    .endsWith("Maoni yangu kuhusu kifungu cha 5.");
        }

        @Test
        void prefersThePlainTextAlternative() throws Exception {
            MimeMessage message = MailFixtures.newMessage("A", "a@example.org", "Alternatives");
            MimeMultipart alternative = new MimeMultipart("alternative");
            alternative.addBodyPart(MailFixtures.textPart("Plain version."));
            MimeBodyPart html = new MimeBodyPart();
            html.setContent("<p>HTML <b>version</b>.</p>", "text/html; charset=UTF-8");
            alternative.addBodyPart(html);
            message.setContent(alternative);

            assertThat(READER.read("a.eml", MailFixtures.bytes(message)).bodyText())
                    .isEqualTo("Plain version.");
        }

        @Test
        void convertsAnHtmlOnlyAlternative() throws Exception {
            MimeMessage message = MailFixtures.newMessage("A", "a@example.org", "HTML");
            MimeMultipart alternative = new MimeMultipart("alternative");
            MimeBodyPart html = new MimeBodyPart();
            html.setContent("<p>Only &amp; HTML</p>", "text/html; charset=UTF-8");
            alternative.addBodyPart(html);
            message.setContent(alternative);

            assertThat(READER.read("a.eml", MailFixtures.bytes(message)).bodyText())
                    .isEqualTo("Only & HTML");
        }

        @Test
        void keepsManyAttachmentsInOrderUpToTheLimit() throws Exception {
            MimeMessage message = MailFixtures.newMessage("A", "a@example.org", "Many");
            MimeMultipart mixed = new MimeMultipart("mixed");
            mixed.addBodyPart(MailFixtures.textPart("See attached."));
            for (int i = 1; i <= 50; i++) {
                mixed.addBodyPart(MailFixtures.attachmentPart("part-" + i + ".txt", ("file " + i).getBytes()));
            }
            message.setContent(mixed);
            byte[] eml = MailFixtures.bytes(message);

            MailMessage mail = READER.read("many.eml", eml);

            assertThat(mail.attachments()).hasSize(50);
            assertThat(mail.attachments().get(49).filename()).isEqualTo("part-50.txt");
            assertThat(new String(mail.attachments().get(49).content(), StandardCharsets.UTF_8))
                    .isEqualTo("file 50");
            assertThat(rejection(new MailReader(new MailLimits(1 << 20, 49, 5, 1000)), "many.eml", eml))
                    .isEqualTo(Reason.TOO_MANY_ATTACHMENTS);
        }
    }

    @Nested
    class HandWrittenEml {

        @Test
        void decodesKiswahiliEncodedWordsWithEmoji() throws UnsupportedEncodingException {
            String subject = "Maoni: Mswada wa Masoko ya Kaunti, 2026 — tunaunga mkono ✊🏿";
            byte[] eml = raw(
                    "From: =?UTF-8?Q?Wanjiru_Ng=C3=A3ng=27a?= <wanjiru@example.co.ke>",
                    "Subject: " + MimeUtility.encodeText(subject, "UTF-8", "B"),
                    "Date: Fri, 20 Nov 2026 12:30:00 +0300",
                    "MIME-Version: 1.0",
                    "Content-Type: text/plain; charset=UTF-8",
                    "Content-Transfer-Encoding: 8bit",
                    "",
                    "Tunaunga mkono kifungu cha 5 🙌🏽.");

            MailMessage mail = READER.read("maoni.eml", eml);

            assertThat(mail.fromName()).isEqualTo("Wanjiru Ngãng'a");
            assertThat(mail.fromAddress()).isEqualTo("wanjiru@example.co.ke");
            assertThat(mail.subject()).isEqualTo(subject);
            assertThat(mail.sentAt()).isEqualTo(Instant.parse("2026-11-20T09:30:00Z"));
            assertThat(mail.bodyText()).isEqualTo("Tunaunga mkono kifungu cha 5 🙌🏽.");
            assertThat(mail.attachments()).isEmpty();
        }

        @Test
        void decodesIso88591HeadersAndQuotedPrintableBody() {
            byte[] eml = raw(
                    "From: =?ISO-8859-1?Q?Jos=E9_Ot=E9ro?= <jose@example.org>",
                    "Subject: =?iso-8859-1?q?Commentaire_sur_l'article_=E0_r=E9viser?=",
                    "Date: Thu, 19 Nov 2026 08:00:00 +0000",
                    "Content-Type: text/plain; charset=ISO-8859-1",
                    "Content-Transfer-Encoding: quoted-printable",
                    "",
                    "Caf=E9 na chai: kifungu hiki ni kirefu sana na kinahitaji kupunguzwa kwa s=",
                    "ababu nyingi.");

            MailMessage mail = READER.read("latin.eml", eml);

            assertThat(mail.fromName()).isEqualTo("José Otéro");
            assertThat(mail.subject()).isEqualTo("Commentaire sur l'article à réviser");
            assertThat(mail.bodyText())
                    .isEqualTo("Café na chai: kifungu hiki ni kirefu sana na kinahitaji kupunguzwa kwa sababu nyingi.");
        }

        @Test
        void decodesRightToLeftSubjects() throws UnsupportedEncodingException {
            String subject = "مذكرة بشأن مشروع قانون الأسواق";
            byte[] eml = raw(
                    "From: amina@example.org",
                    "Subject: " + MimeUtility.encodeText(subject, "UTF-8", "Q"),
                    "",
                    "نص المذكرة");

            MailMessage mail = READER.read("rtl.eml", eml);

            assertThat(mail.subject()).isEqualTo(subject);
            assertThat(mail.bodyText()).isEqualTo("نص المذكرة");
            assertThat(mail.fromName()).isNull();
            assertThat(mail.fromAddress()).isEqualTo("amina@example.org");
        }

        @Test
        void mendsRawUtf8Headers() {
            byte[] eml =
                    raw("From: Ngʼendo Wairimũ <ngendo@example.org>", "Subject: Maoni — kifungu cha 5 ✓", "", "Body");

            MailMessage mail = READER.read("utf8.eml", eml);

            assertThat(mail.fromName()).isEqualTo("Ngʼendo Wairimũ");
            assertThat(mail.subject()).isEqualTo("Maoni — kifungu cha 5 ✓");
        }

        @Test
        void toleratesMissingAndInvalidHeaders() {
            MailMessage noDate = READER.read("a.eml", raw("Subject: No date", "", "text"));
            assertThat(noDate.sentAt()).isNull();
            assertThat(noDate.fromName()).isNull();
            assertThat(noDate.fromAddress()).isNull();

            MailMessage badDate = READER.read("a.eml", raw("Date: the day after tomorrow", "From: x@y.ke", "", "t"));
            assertThat(badDate.sentAt()).isNull();
            assertThat(badDate.subject()).isEmpty();

            MailMessage badFrom = READER.read("a.eml", raw("From: <<<not an address", "Subject: s", "", "t"));
            assertThat(badFrom.fromAddress()).isNull();
            assertThat(badFrom.subject()).isEqualTo("s");

            MailMessage noBody = READER.read("a.eml", raw("Subject: only headers", ""));
            assertThat(noBody.bodyText()).isEmpty();
        }

        @Test
        void convertsAnHtmlOnlyBodyWithoutScriptOrStyle() {
            byte[] eml = raw(
                    "From: a@example.org",
                    "Subject: HTML",
                    "Content-Type: text/html; charset=UTF-8",
                    "",
                    "<html><head><title>T</title><style>p{color:red}</style>"
                            + "<script>alert('x')</script></head><body>",
                    "<h1>Maoni</h1><p>Kifungu&nbsp;cha 5 &amp; 6 &lt;kirekebishwe&gt; &#x1F44D; &eacute;</p>",
                    "<ul><li>kwanza</li><li>pili</li></ul>",
                    "<script type=\"text/javascript\">document.write('hidden')</script>",
                    "<!-- a comment --><p>Mwisho<br>wa maoni</p></body></html>");

            String body = READER.read("html.eml", eml).bodyText();

            assertThat(body)
                    .isEqualTo(
                            "Maoni\n\nKifungu cha 5 & 6 <kirekebishwe> 👍 é\n\n- kwanza\n- pili\n\nMwisho\nwa maoni");
            assertThat(body).doesNotContain("alert", "hidden", "color", "comment", "<h1>");
        }

        @Test
        void decodesRfc2231AndRfc2047FileNames() {
            byte[] eml = raw(
                    "From: a@example.org",
                    "Subject: names",
                    "MIME-Version: 1.0",
                    "Content-Type: multipart/mixed; boundary=\"b1\"",
                    "",
                    "--b1",
                    "Content-Type: text/plain",
                    "",
                    "See attached.",
                    "--b1",
                    "Content-Type: application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                    "Content-Disposition: attachment; filename*=UTF-8''Maoni%20ya%20Kamati%20%E2%80%93%20Sheria.docx",
                    "Content-Transfer-Encoding: base64",
                    "",
                    "UEsDBA==",
                    "--b1",
                    "Content-Type: application/pdf; name=\"=?UTF-8?B?"
                            + Base64.getEncoder()
                                    .encodeToString("Mswada wa Ardhi – maoni.pdf".getBytes(StandardCharsets.UTF_8))
                            + "?=\"",
                    "Content-Transfer-Encoding: base64",
                    "",
                    "JVBERi0=",
                    "--b1",
                    "Content-Type: application/pdf",
                    "Content-Disposition: attachment;",
                    " filename*0*=ISO-8859-1''Pr%E9sentation;",
                    " filename*1=\"-finale.pdf\"",
                    "",
                    "%PDF",
                    "--b1--");

            MailMessage mail = READER.read("names.eml", eml);

            assertThat(mail.attachments())
                    .extracting(SubmittedFile::filename)
                    .containsExactly(
                            "Maoni ya Kamati – Sheria.docx", "Mswada wa Ardhi – maoni.pdf", "Présentation-finale.pdf");
            assertThat(mail.attachments().get(0).content()).containsExactly('P', 'K', 3, 4);
            assertThat(mail.attachments().get(1).content()).isEqualTo("%PDF-".getBytes(StandardCharsets.US_ASCII));
        }

        @ParameterizedTest(name = "{0} -> {1}")
        @CsvSource(delimiter = '|', textBlock = """
                ../../etc/passwd                | passwd
                C:\\\\Users\\\\clerk\\\\memo.pdf | memo.pdf
                /tmp/x/maoni.docx               | maoni.docx
                ..                              | attachment.pdf
                """)
        void stripsPathsFromFileNames(String name, String expected) {
            byte[] eml = raw(
                    "From: a@example.org",
                    "Content-Type: multipart/mixed; boundary=b",
                    "",
                    "--b",
                    "Content-Type: application/pdf",
                    "Content-Disposition: attachment; filename=\"" + name + "\"",
                    "",
                    "%PDF",
                    "--b--");

            assertThat(READER.read("p.eml", eml).attachments())
                    .singleElement()
                    .extracting(SubmittedFile::filename)
                    .isEqualTo(expected);
        }

        @Test
        void keepsNamedInlineImagesButNotUnnamedOnes() {
            byte[] eml = raw(
                    "From: a@example.org",
                    "Content-Type: multipart/related; boundary=r",
                    "",
                    "--r",
                    "Content-Type: text/html",
                    "",
                    "<p>Logo below</p><img src=\"cid:logo\">",
                    "--r",
                    "Content-Type: image/png",
                    "Content-ID: <logo>",
                    "Content-Disposition: inline",
                    "",
                    "PNG",
                    "--r",
                    "Content-Type: image/jpeg; name=photo-of-market.jpg",
                    "Content-Disposition: inline",
                    "",
                    "JPG",
                    "--r",
                    "Content-Type: application/pdf",
                    "",
                    "%PDF unnamed",
                    "--r--");

            MailMessage mail = READER.read("i.eml", eml);

            assertThat(mail.bodyText()).isEqualTo("Logo below");
            assertThat(mail.attachments())
                    .extracting(SubmittedFile::filename, SubmittedFile::contentType)
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple("photo-of-market.jpg", "image/jpeg"),
                            org.assertj.core.groups.Tuple.tuple("attachment.pdf", "application/pdf"));
        }

        @Test
        void decodesBase64BodiesAndFallsBackOnBadCharsets() {
            String text = "Maoni: ‘kifungu’ — sawa";
            byte[] base64 = raw(
                    "From: a@example.org",
                    "Content-Type: text/plain; charset=utf-8",
                    "Content-Transfer-Encoding: base64",
                    "",
                    Base64.getMimeEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8)));
            assertThat(READER.read("b.eml", base64).bodyText()).isEqualTo(text);

            byte[] unknownCharset =
                    raw("From: a@example.org", "Content-Type: text/plain; charset=x-klingon", "", "Habari ✓ ya leo");
            assertThat(READER.read("u.eml", unknownCharset).bodyText()).isEqualTo("Habari ✓ ya leo");

            byte[] latinDeclaredUtf8 = concat(
                    raw("From: a@example.org", "Content-Type: text/plain; charset=utf-8", ""),
                    "Jos\u00e9".getBytes(StandardCharsets.ISO_8859_1));
            assertThat(READER.read("l.eml", latinDeclaredUtf8).bodyText()).isEqualTo("José");

            byte[] unknownEncoding =
                    raw("From: a@example.org", "Content-Transfer-Encoding: x-rot13", "", "plain all the same");
            assertThat(READER.read("e.eml", unknownEncoding).bodyText()).isEqualTo("plain all the same");
        }

        @Test
        void dropsNulAndControlCharactersFromTextButNotFromAttachments() {
            byte[] eml = raw(
                    "From: a@example.org",
                    "Subject: nul\u0000in\u0007subject",
                    "Content-Type: multipart/mixed; boundary=b",
                    "",
                    "--b",
                    "Content-Type: text/plain",
                    "",
                    "line\u0000one\u0001",
                    "--b",
                    "Content-Type: application/octet-stream; name=data.bin",
                    "",
                    "a\u0000b",
                    "--b--");

            MailMessage mail = READER.read("n.eml", eml);

            assertThat(mail.subject()).isEqualTo("nul in subject");
            assertThat(mail.bodyText()).isEqualTo("lineone");
            assertThat(mail.attachments().get(0).content()).containsExactly('a', 0, 'b');
        }

        @Test
        void cutsHugeHeadersAndBodiesToTheLimits() {
            String longSubject = "maoni ".repeat(200_000);
            String longBody = "x".repeat(50_000) + "🙂".repeat(10);
            byte[] eml = raw("From: a@example.org", "Subject: " + longSubject, "", longBody);

            MailMessage mail = new MailReader(new MailLimits(10L << 20, 5, 5, 50_001)).read("h.eml", eml);

            assertThat(mail.subject()).hasSizeLessThanOrEqualTo(998).startsWith("maoni maoni");
            assertThat(mail.bodyText()).hasSize(50_000).doesNotContain("\ud83d");
        }

        @Test
        void acceptsAnMboxSeparatorAndByteOrderMark() {
            byte[] eml = concat(
                    new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                    raw("From MAILER-DAEMON Fri Nov 20 09:00:00 2026", "From: a@example.org", "Subject: s", "", "b"));

            assertThat(READER.read("m.eml", eml).subject()).isEqualTo("s");
        }
    }

    @Nested
    class Rejections {

        @Test
        void emptyAndNull() {
            assertThat(rejection("a.eml", new byte[0])).isEqualTo(Reason.EMPTY);
            assertThat(rejection("a.eml", null)).isEqualTo(Reason.EMPTY);
        }

        @Test
        void tooLarge() {
            MailReader small = new MailReader(new MailLimits(100, 5, 5, 100));
            assertThat(rejection(small, "a.eml", raw("From: a@b.ke", "", "x".repeat(200))))
                    .isEqualTo(Reason.TOO_LARGE);
        }

        @ParameterizedTest
        @ValueSource(strings = {"memo.pdf", "memo.docx", "mail.eml.exe", "mail.txt", "x.mbox"})
        void otherExtensions(String name) {
            assertThat(rejection(name, raw("From: a@b.ke", "", "x"))).isEqualTo(Reason.UNSUPPORTED_TYPE);
        }

        @Test
        void contentThatIsNoMail() {
            assertThat(rejection("a.eml", "Clause 5: delete it.\n\nThanks".getBytes()))
                    .isEqualTo(Reason.UNSUPPORTED_TYPE);
            assertThat(rejection("a.eml", "just some words".getBytes())).isEqualTo(Reason.UNSUPPORTED_TYPE);
            assertThat(rejection("a.eml", new byte[1000])).isEqualTo(Reason.UNSUPPORTED_TYPE);
            assertThat(rejection("a.eml", DOCX)).isEqualTo(Reason.UNSUPPORTED_TYPE);
            assertThat(rejection(null, PDF)).isEqualTo(Reason.UNSUPPORTED_TYPE);
            assertThat(rejection("a.eml", "\n\nFrom: a@b.ke\n\nbody".getBytes()))
                    .isEqualTo(Reason.UNSUPPORTED_TYPE);
            assertThat(rejection("a.eml", " From: a@b.ke\n\nbody".getBytes())).isEqualTo(Reason.UNSUPPORTED_TYPE);
        }

        @Test
        void nameAndContentDisagree() {
            assertThat(rejection("a.msg", raw("From: a@b.ke", "", "x"))).isEqualTo(Reason.TYPE_MISMATCH);
            assertThat(rejection("a.eml", MailFixtures.msgFixture("testMSG.msg")))
                    .isEqualTo(Reason.TYPE_MISMATCH);
        }

        @Test
        void tenThousandAttachments() {
            StringBuilder eml = new StringBuilder("From: a@b.ke\r\nContent-Type: multipart/mixed; boundary=z\r\n\r\n");
            for (int i = 0; i < 10_000; i++) {
                eml.append("--z\r\nContent-Type: application/pdf; name=a")
                        .append(i)
                        .append(".pdf\r\n\r\nx\r\n");
            }
            eml.append("--z--\r\n");
            assertThat(rejection("a.eml", eml.toString().getBytes())).isEqualTo(Reason.TOO_MANY_ATTACHMENTS);
        }

        @Test
        void forwardsNestedTooDeep() {
            String message = "From: a@b.ke\r\nSubject: innermost\r\n\r\ntext\r\n";
            for (int i = 0; i < 7; i++) {
                message = "From: a@b.ke\r\nSubject: level " + i + "\r\nContent-Type: message/rfc822\r\n\r\n" + message;
            }
            byte[] sevenDeep = message.getBytes();
            assertThat(rejection("deep.eml", sevenDeep)).isEqualTo(Reason.TOO_DEEPLY_NESTED);

            MailMessage allowed = new MailReader(new MailLimits(1 << 20, 50, 7, 1000)).read("deep.eml", sevenDeep);
            assertThat(allowed.bodyText()).endsWith("text").contains("Subject: innermost");
        }

        @Test
        void multipartsNestedTooDeep() {
            StringBuilder eml = new StringBuilder("From: a@b.ke\r\n");
            for (int i = 0; i < 1000; i++) {
                eml.append("Content-Type: multipart/mixed; boundary=b")
                        .append(i)
                        .append("\r\n\r\n--b")
                        .append(i)
                        .append("\r\n");
            }
            eml.append("Content-Type: text/plain\r\n\r\ndeep\r\n");
            assertThat(rejection("deep.eml", eml.toString().getBytes())).isEqualTo(Reason.TOO_DEEPLY_NESTED);
        }

        @Test
        void anOle2FileThatIsNoOutlookMessage() {
            MailMessage withDoc = READER.read("att.msg", MailFixtures.msgFixture("testMSG_att_doc.msg"));
            byte[] wordDocument = withDoc.attachments().get(0).content();

            assertThat(rejection("word.msg", wordDocument)).isEqualTo(Reason.UNSUPPORTED_TYPE);
        }

        @Test
        void ole2MagicFollowedByGarbage() {
            byte[] garbage = new byte[4096];
            new Random(7).nextBytes(garbage);
            System.arraycopy(
                    new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1
                    },
                    0,
                    garbage,
                    0,
                    8);
            assertThat(rejection("x.msg", garbage)).isEqualTo(Reason.CORRUPT);
            assertThat(rejection("x.msg", Arrays.copyOf(garbage, 8))).isEqualTo(Reason.CORRUPT);
        }

        @ParameterizedTest
        @ValueSource(strings = {"testMSG.msg", "testMSG_att_doc.msg", "testMSG_att_msg.msg"})
        void truncatedOutlookMessages(String fixture) {
            byte[] msg = MailFixtures.msgFixture(fixture);
            for (int length : new int[] {9, 512, 513, 1024, msg.length / 3, msg.length / 2, msg.length - 1}) {
                readsOrRejects(READER, "t.msg", Arrays.copyOf(msg, length));
            }
            assertThat(rejection("t.msg", Arrays.copyOf(msg, msg.length / 2))).isEqualTo(Reason.CORRUPT);
        }

        @Test
        void truncatedAndMangledEmlNeverCrashOtherwise() {
            byte[] eml = MailFixtures.emlWithAttachment(
                    "Soko Haki Trust", "info@sokohaki.or.ke", "Memo", "Body", "memo.docx", DOCX);
            for (int length = 1; length < eml.length; length += 97) {
                readsOrRejects(READER, "t.eml", Arrays.copyOf(eml, length));
            }
            Random random = new Random(42);
            for (int round = 0; round < 200; round++) {
                byte[] copy = eml.clone();
                for (int k = 0; k < 20; k++) {
                    copy[random.nextInt(copy.length)] = (byte) random.nextInt(256);
                }
                readsOrRejects(READER, "m.eml", copy);
            }
        }

        @Test
        void mangledOutlookMessagesNeverCrashOtherwise() {
            byte[] msg = MailFixtures.msgFixture("testMSG_att_doc.msg");
            Random random = new Random(42);
            for (int round = 0; round < 200; round++) {
                byte[] copy = msg.clone();
                for (int k = 0; k < 10; k++) {
                    copy[8 + random.nextInt(copy.length - 8)] = (byte) random.nextInt(256);
                }
                readsOrRejects(READER, "m.msg", copy);
            }
        }

        @Test
        void limitsMustBeSane() {
            assertThatThrownBy(() -> new MailLimits(0, 1, 1, 1)).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> new MailLimits(1, -1, 1, 1)).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Nested
    class OutlookMessages {

        @Test
        void readsAMessageWithTwoAttachments() {
            MailMessage mail = READER.read("Maoni.MSG", MailFixtures.msgFixture("testMSG_att_doc.msg"));

            assertThat(mail.fromName()).isEqualTo("Nicolas1 23456");
            assertThat(mail.fromAddress()).isEqualTo("nicolas1.23456@free.fr");
            assertThat(mail.subject()).isEqualTo("test pièce jointe 1");
            assertThat(mail.sentAt()).isEqualTo(Instant.parse("2009-04-22T14:36:33.734Z"));
            assertThat(mail.bodyText()).isNotBlank();
            assertThat(mail.attachments())
                    .extracting(SubmittedFile::filename)
                    .containsExactly("test-unicode.doc", "pj1.txt");
            assertThat(mail.attachments().get(0).content()).hasSize(24064).startsWith(0xD0, 0xCF, 0x11, 0xE0);
            assertThat(mail.attachments().get(1).content()).hasSize(89);
        }

        @Test
        void readsTheSenderFromTransportHeadersWhenExchangeHidesIt() {
            MailMessage mail = READER.read(null, MailFixtures.msgFixture("testMSG.msg"));

            assertThat(mail.fromName()).isEqualTo("Jukka Zitting");
            assertThat(mail.fromAddress()).isEqualTo("jukka.zitting@gmail.com");
            assertThat(mail.subject()).isEqualTo("MIME registry use cases");
            assertThat(mail.sentAt()).isEqualTo(Instant.parse("2009-01-29T19:16:40Z"));
            assertThat(mail.bodyText()).contains("MIME");
            assertThat(mail.attachments()).isEmpty();
        }

        @Test
        void readsAnEmbeddedForwardedMessage() {
            MailMessage mail = READER.read("fwd.msg", MailFixtures.msgFixture("testMSG_att_msg.msg"));

            assertThat(mail.fromName()).isEqualTo("Nick Booth");
            assertThat(mail.fromAddress()).isEqualTo("nick.booth@pof.com.au");
            assertThat(mail.subject()).isEqualTo("test email");
            assertThat(mail.bodyText()).contains("---------- Forwarded message ----------");
            assertThat(mail.attachments()).extracting(SubmittedFile::filename).contains("smbprn.00009008.KdcPjl.pdf");
            SubmittedFile pdf = mail.attachments().stream()
                    .filter(f -> f.filename().endsWith(".pdf"))
                    .findFirst()
                    .orElseThrow();
            assertThat(new String(pdf.content(), 0, 5, StandardCharsets.US_ASCII))
                    .isEqualTo("%PDF-");
        }

        @Test
        void appliesTheLimits() {
            assertThat(rejection(
                            new MailReader(new MailLimits(1 << 20, 1, 5, 1000)),
                            "a.msg",
                            MailFixtures.msgFixture("testMSG_att_doc.msg")))
                    .isEqualTo(Reason.TOO_MANY_ATTACHMENTS);
            assertThat(rejection(
                            new MailReader(new MailLimits(1 << 20, 50, 0, 1000)),
                            "a.msg",
                            MailFixtures.msgFixture("testMSG_att_msg.msg")))
                    .isEqualTo(Reason.TOO_DEEPLY_NESTED);
            MailMessage cut = new MailReader(new MailLimits(1 << 20, 50, 5, 20))
                    .read("a.msg", MailFixtures.msgFixture("testMSG.msg"));
            assertThat(cut.bodyText()).hasSizeLessThanOrEqualTo(20);
        }
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
