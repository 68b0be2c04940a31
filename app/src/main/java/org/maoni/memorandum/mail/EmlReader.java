package org.maoni.memorandum.mail;

import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import jakarta.mail.internet.ParseException;
import jakarta.mail.util.SharedByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UnsupportedEncodingException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import org.maoni.memorandum.SubmittedFile;
import org.maoni.memorandum.mail.MailRejectedException.Reason;

/**
 * RFC 822/MIME files through Jakarta Mail, on a session without properties (nothing is sent or fetched). Walks the MIME
 * tree once: text parts make the body (text/plain preferred over HTML in multipart/alternative), named or
 * attachment-disposition parts become attachments, message/rfc822 parts are read as forwarded messages.
 */
final class EmlReader {

    /** Multipart nesting within one message; real mail uses three or four levels. */
    static final int MAX_MULTIPART_DEPTH = 16;

    static final int MAX_SUBJECT_CHARS = 998;
    static final int MAX_NAME_CHARS = 200;
    private static final int MAX_ADDRESS_CHARS = 254;
    private static final String OCTET_STREAM = "application/octet-stream";
    private static final Map<String, String> EXTENSIONS = Map.of(
            "application/pdf", ".pdf",
            "application/msword", ".doc",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document", ".docx",
            "application/vnd.oasis.opendocument.text", ".odt",
            "application/rtf", ".rtf",
            "text/rtf", ".rtf");

    private final MailLimits limits;
    private final Session session = Session.getInstance(new Properties());
    private final List<SubmittedFile> attachments = new ArrayList<>();
    private final MailText.BoundedText body;
    private int attachmentCount;

    EmlReader(MailLimits limits) {
        this.limits = limits;
        this.body = new MailText.BoundedText(limits.maxBodyChars());
    }

    MailMessage read(byte[] content) throws MessagingException, IOException {
        MimeMessage message = new MimeMessage(session, new SharedByteArrayInputStream(content));
        Sender from = sender(message);
        String subject = subject(message);
        Instant sentAt = sentAt(message);
        readMessage(message, 0);
        return new MailMessage(from.name(), from.address(), subject, sentAt, body.toString(), attachments);
    }

    /** One message's own body, then each forwarded message under a header, depth-first. */
    private void readMessage(MimeMessage message, int depth) throws MessagingException, IOException {
        Collected own = new Collected();
        walk(message, 0, own);
        String text = own.text();
        if (!text.isBlank()) {
            if (!body.isEmpty()) {
                body.append("\n\n");
            }
            body.append(text);
        }
        for (MimeMessage forwarded : own.forwarded) {
            if (depth + 1 > limits.maxNestingDepth()) {
                throw new MailRejectedException(
                        Reason.TOO_DEEPLY_NESTED,
                        "The e-mail forwards messages more than " + limits.maxNestingDepth() + " levels deep.");
            }
            body.append(forwardHeader(forwarded));
            readMessage(forwarded, depth + 1);
        }
    }

    private String forwardHeader(MimeMessage forwarded) {
        StringBuilder h = new StringBuilder("\n\n---------- Forwarded message ----------\n");
        Sender from = sender(forwarded);
        if (from.address() != null || from.name() != null) {
            h.append("From: ");
            if (from.name() != null) {
                h.append(from.name()).append(from.address() != null ? " <" + from.address() + ">" : "");
            } else {
                h.append(from.address());
            }
            h.append('\n');
        }
        Instant sent = sentAt(forwarded);
        if (sent != null) {
            h.append("Date: ").append(sent).append('\n');
        }
        String subject = subject(forwarded);
        if (!subject.isEmpty()) {
            h.append("Subject: ").append(subject).append('\n');
        }
        return h.append('\n').toString();
    }

    private void walk(Part part, int multipartDepth, Collected into) throws MessagingException, IOException {
        String type = baseType(part);
        if (type.startsWith("multipart/")) {
            if (multipartDepth >= MAX_MULTIPART_DEPTH) {
                throw new MailRejectedException(
                        Reason.TOO_DEEPLY_NESTED,
                        "The e-mail's parts are nested more than " + MAX_MULTIPART_DEPTH + " levels deep.");
            }
            Object content = part.getContent();
            if (!(content instanceof Multipart multipart)) {
                throw new MessagingException("multipart without parts");
            }
            int count = multipart.getCount();
            if (type.equals("multipart/alternative")) {
                walk(preferredAlternative(multipart, count), multipartDepth + 1, into);
                return;
            }
            for (int i = 0; i < count; i++) {
                walk(multipart.getBodyPart(i), multipartDepth + 1, into);
            }
            return;
        }
        if (type.equals("message/rfc822")) {
            countAttachment();
            into.forwarded.add(forwardedMessage(part));
            return;
        }
        String filename = filename(part);
        boolean attachment = Part.ATTACHMENT.equalsIgnoreCase(disposition(part));
        boolean text = type.equals("text/plain") || type.equals("text/html");
        if (filename == null && !attachment) {
            if (text) {
                String decoded = MailText.cleanBody(readText(part));
                (type.equals("text/plain") ? into.plain : into.html).add(decoded);
                return;
            }
            if (type.startsWith("text/") || type.startsWith("image/")) {
                // unnamed inline images (logos, signatures) and calendar or enriched text are not memoranda
                return;
            }
        }
        addAttachment(part, type, filename);
    }

    /** text/plain when there is one, else the last (richest) alternative, as RFC 2046 orders them. */
    private static BodyPart preferredAlternative(Multipart alternatives, int count) throws MessagingException {
        if (count == 0) {
            throw new MessagingException("empty multipart/alternative");
        }
        for (int i = 0; i < count; i++) {
            BodyPart candidate = alternatives.getBodyPart(i);
            if (baseType(candidate).equals("text/plain") && filename(candidate) == null) {
                return candidate;
            }
        }
        return alternatives.getBodyPart(count - 1);
    }

    private MimeMessage forwardedMessage(Part part) throws MessagingException, IOException {
        Object content = part.getContent();
        if (content instanceof MimeMessage m) {
            return m;
        }
        try (InputStream in = decodedStream(part)) {
            return new MimeMessage(session, in);
        }
    }

    private void addAttachment(Part part, String type, String filename) throws MessagingException, IOException {
        countAttachment();
        byte[] bytes = MailText.readBounded(decodedStream(part), limits.maxBytes());
        String name = filename != null ? filename : "attachment" + EXTENSIONS.getOrDefault(type, "");
        attachments.add(new SubmittedFile(name, type, bytes));
    }

    private void countAttachment() {
        attachmentCount++;
        if (attachmentCount > limits.maxAttachments()) {
            throw new MailRejectedException(
                    Reason.TOO_MANY_ATTACHMENTS,
                    "The e-mail has more than " + limits.maxAttachments() + " attachments.");
        }
    }

    private String readText(Part part) throws MessagingException, IOException {
        byte[] bytes = MailText.readBounded(decodedStream(part), limits.maxBytes());
        return MailText.decode(bytes, charsetOf(part));
    }

    /** The part's bytes with the transfer encoding undone; an unknown transfer encoding is read as it stands. */
    private static InputStream decodedStream(Part part) throws MessagingException, IOException {
        try {
            return part.getInputStream();
        } catch (MessagingException | IOException e) {
            if (part instanceof MimeBodyPart p) {
                return p.getRawInputStream();
            }
            if (part instanceof MimeMessage m) {
                return m.getRawInputStream();
            }
            throw e;
        }
    }

    private static String charsetOf(Part part) {
        try {
            String header = part.getContentType();
            return header == null ? null : new ContentType(header).getParameter("charset");
        } catch (MessagingException e) {
            return null;
        }
    }

    static String baseType(Part part) {
        try {
            String header = part.getContentType();
            if (header == null) {
                return "text/plain";
            }
            return new ContentType(header).getBaseType().toLowerCase(Locale.ROOT);
        } catch (ParseException e) {
            return OCTET_STREAM;
        } catch (MessagingException e) {
            return OCTET_STREAM;
        }
    }

    private static String disposition(Part part) {
        try {
            return part.getDisposition();
        } catch (MessagingException e) {
            return null;
        }
    }

    /** The decoded, path-free file name: RFC 2231 parameters by Jakarta Mail, RFC 2047 words (Outlook's way) here. */
    static String filename(Part part) {
        String name;
        try {
            name = part.getFileName();
        } catch (MessagingException e) {
            return null;
        }
        if (name == null) {
            return null;
        }
        if (name.contains("=?")) {
            try {
                name = MimeUtility.decodeText(name);
            } catch (UnsupportedEncodingException e) {
                // an unknown charset in an encoded word: the name stays as written
            }
        }
        return MailText.safeFilename(MailText.repairRawUtf8(name));
    }

    private static String subject(MimeMessage message) {
        try {
            String subject = message.getSubject();
            return subject == null ? "" : MailText.clean(MailText.repairRawUtf8(subject), MAX_SUBJECT_CHARS);
        } catch (MessagingException e) {
            return "";
        }
    }

    private static Instant sentAt(MimeMessage message) {
        try {
            Date sent = message.getSentDate();
            return sent == null ? null : sent.toInstant();
        } catch (MessagingException e) {
            return null;
        }
    }

    /** The first From address (Sender when there is no From); an address that does not parse leaves both null. */
    private static Sender sender(MimeMessage message) {
        try {
            String header = message.getHeader("From", ",");
            if (header == null) {
                header = message.getHeader("Sender", ",");
            }
            if (header == null) {
                return Sender.NONE;
            }
            Address[] parsed = InternetAddress.parseHeader(MailText.repairRawUtf8(header), false);
            for (Address a : parsed) {
                if (a instanceof InternetAddress ia) {
                    String address = address(ia.getAddress());
                    String name = ia.getPersonal();
                    name = name == null ? null : MailText.clean(MailText.repairRawUtf8(name), MAX_NAME_CHARS);
                    return new Sender(name == null || name.isEmpty() ? null : name, address);
                }
            }
            return Sender.NONE;
        } catch (AddressException e) {
            return Sender.NONE;
        } catch (MessagingException e) {
            return Sender.NONE;
        }
    }

    /** A plausible mailbox (something@domain, no spaces, at most 254 characters) or null. */
    static String address(String raw) {
        if (raw == null) {
            return null;
        }
        String a = raw.strip();
        int at = a.lastIndexOf('@');
        if (at <= 0 || at == a.length() - 1 || a.length() > MAX_ADDRESS_CHARS) {
            return null;
        }
        for (int i = 0; i < a.length(); i++) {
            char c = a.charAt(i);
            if (Character.isWhitespace(c) || Character.isISOControl(c) || c == '<' || c == '>') {
                return null;
            }
        }
        return a;
    }

    record Sender(String name, String address) {
        static final Sender NONE = new Sender(null, null);
    }

    /** The text parts and forwarded messages found in one message. */
    private static final class Collected {

        final List<String> plain = new ArrayList<>();
        final List<String> html = new ArrayList<>();
        final List<MimeMessage> forwarded = new ArrayList<>();

        String text() {
            if (!plain.isEmpty()) {
                return String.join("\n\n", plain).strip();
            }
            List<String> converted = new ArrayList<>();
            for (String h : html) {
                converted.add(HtmlText.toText(h));
            }
            return String.join("\n\n", converted).strip();
        }
    }
}
