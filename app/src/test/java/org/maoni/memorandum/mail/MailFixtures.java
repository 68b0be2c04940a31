package org.maoni.memorandum.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.Properties;

/** Builds real RFC 822 e-mail files with Jakarta Mail for tests, and reads the seed memoranda and .msg fixtures. */
public final class MailFixtures {

    /** The Date header every built fixture carries. */
    public static final Instant SENT_AT = Instant.parse("2026-11-20T09:30:00Z");

    private MailFixtures() {}

    /**
     * An .eml from {@code fromName <fromAddress>} with a text/plain body and one attachment; its media type follows
     * the name's extension (.docx, .pdf, .odt, .txt, else application/octet-stream).
     */
    public static byte[] emlWithAttachment(
            String fromName,
            String fromAddress,
            String subject,
            String body,
            String attachmentName,
            byte[] attachment) {
        try {
            MimeMessage message = newMessage(fromName, fromAddress, subject);
            MimeMultipart mixed = new MimeMultipart("mixed");
            mixed.addBodyPart(textPart(body));
            mixed.addBodyPart(attachmentPart(attachmentName, attachment));
            message.setContent(mixed);
            return bytes(message);
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    static MimeMessage newMessage(String fromName, String fromAddress, String subject) throws MessagingException {
        MimeMessage message = new MimeMessage(Session.getInstance(new Properties()));
        try {
            message.setFrom(new InternetAddress(fromAddress, fromName, "UTF-8"));
        } catch (java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
        message.setRecipients(MimeMessage.RecipientType.TO, "clerk@parliament.go.ke");
        message.setSubject(subject, "UTF-8");
        message.setSentDate(Date.from(SENT_AT));
        return message;
    }

    static MimeBodyPart textPart(String body) throws MessagingException {
        MimeBodyPart part = new MimeBodyPart();
        part.setText(body, "UTF-8");
        return part;
    }

    static MimeBodyPart attachmentPart(String name, byte[] content) throws MessagingException {
        MimeBodyPart part = new MimeBodyPart();
        part.setDataHandler(new jakarta.activation.DataHandler(new ByteArrayDataSource(content, mediaType(name))));
        part.setFileName(name);
        part.setDisposition(MimeBodyPart.ATTACHMENT);
        return part;
    }

    static byte[] bytes(MimeMessage message) throws MessagingException {
        try {
            message.saveChanges();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            message.writeTo(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String mediaType(String name) {
        String lower = name.toLowerCase(java.util.Locale.ROOT);
        if (lower.endsWith(".docx")) {
            return "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
        }
        if (lower.endsWith(".pdf")) {
            return "application/pdf";
        }
        if (lower.endsWith(".odt")) {
            return "application/vnd.oasis.opendocument.text";
        }
        if (lower.endsWith(".txt")) {
            return "text/plain; charset=UTF-8";
        }
        return "application/octet-stream";
    }

    /** A seed memorandum from the test classpath, e.g. {@code memo-01-soko-haki-trust.docx}. */
    public static byte[] seedMemorandum(String name) {
        return resource("/seed-documents/memoranda/" + name);
    }

    /** One of the Apache Tika .msg fixtures next to this class (see the README there). */
    static byte[] msgFixture(String name) {
        return resource("/org/maoni/memorandum/mail/" + name);
    }

    /** A raw e-mail written by hand: lines joined with CRLF, as on the wire. */
    static byte[] raw(String... lines) {
        return (String.join("\r\n", lines) + "\r\n").getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] resource(String path) {
        try (InputStream in = MailFixtures.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
