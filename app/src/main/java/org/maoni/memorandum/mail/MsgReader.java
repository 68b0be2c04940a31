package org.maoni.memorandum.mail;

import jakarta.mail.Address;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.hsmf.MAPIMessage;
import org.apache.poi.hsmf.datatypes.AttachmentChunks;
import org.apache.poi.hsmf.datatypes.ByteChunk;
import org.apache.poi.hsmf.datatypes.Chunk;
import org.apache.poi.hsmf.datatypes.MAPIProperty;
import org.apache.poi.hsmf.datatypes.StringChunk;
import org.apache.poi.hsmf.exceptions.ChunkNotFoundException;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.Entry;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.maoni.memorandum.SubmittedFile;
import org.maoni.memorandum.mail.MailRejectedException.Reason;

/**
 * Outlook {@code .msg} files (OLE2 compound files holding MAPI properties) through Apache POI HSMF: sender, subject,
 * submit or delivery time, the text body (else the HTML body, else the RTF body, as text) and the attachments, those
 * of embedded (forwarded) messages included.
 */
final class MsgReader {

    /** PR_SENDER_SMTP_ADDRESS and PR_SENT_REPRESENTING_SMTP_ADDRESS, which POI does not name. */
    private static final int SENDER_SMTP_ADDRESS = 0x5D01;

    private static final int SENT_REPRESENTING_SMTP_ADDRESS = 0x5D02;

    private final MailLimits limits;
    private final List<SubmittedFile> attachments = new ArrayList<>();
    private final MailText.BoundedText body;
    private int attachmentCount;

    MsgReader(MailLimits limits) {
        this.limits = limits;
        this.body = new MailText.BoundedText(limits.maxBodyChars());
    }

    MailMessage read(byte[] content) throws IOException {
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(content))) {
            if (!isOutlookMessage(fs.getRoot())) {
                throw new MailRejectedException(
                        Reason.UNSUPPORTED_TYPE,
                        "The file is an Office document of another kind, not an Outlook message.");
            }
            MAPIMessage message = new MAPIMessage(fs);
            prepare(message);
            String name = clean(call(message::getDisplayFrom), EmlReader.MAX_NAME_CHARS);
            String address = senderAddress(message);
            String subject = clean(call(message::getSubject), EmlReader.MAX_SUBJECT_CHARS);
            Instant sentAt = sentAt(message);
            readMessage(message, 0);
            return new MailMessage(
                    name == null || name.isEmpty() ? null : name,
                    address,
                    subject,
                    sentAt,
                    body.toString(),
                    attachments);
        }
    }

    /** MAPI property streams are named {@code __substg1.0_*}; a Word or Excel file has none. */
    private static boolean isOutlookMessage(DirectoryNode root) {
        for (Entry entry : root) {
            String name = entry.getName();
            if (name.startsWith("__substg1.0_") || name.startsWith("__properties_version1.0")) {
                return true;
            }
        }
        return false;
    }

    private static void prepare(MAPIMessage message) {
        message.setReturnNullOnMissingChunk(true);
        if (message.has7BitEncodingStrings()) {
            // 8-bit strings carry no charset of their own; POI guesses it from the headers or the HTML/RTF body
            message.guess7BitEncoding();
        }
    }

    private void readMessage(MAPIMessage message, int depth) throws IOException {
        String text = bodyText(message);
        if (!text.isBlank()) {
            if (!body.isEmpty()) {
                body.append("\n\n");
            }
            body.append(text);
        }
        AttachmentChunks[] parts = message.getAttachmentFiles();
        List<MAPIMessage> forwarded = new ArrayList<>();
        for (AttachmentChunks part : parts) {
            countAttachment();
            MAPIMessage embedded = part.getEmbeddedMessage();
            if (embedded != null) {
                if (depth + 1 > limits.maxNestingDepth()) {
                    throw new MailRejectedException(
                            Reason.TOO_DEEPLY_NESTED,
                            "The e-mail forwards messages more than " + limits.maxNestingDepth() + " levels deep.");
                }
                forwarded.add(embedded);
                continue;
            }
            ByteChunk data = part.getAttachData();
            if (data == null || data.getValue() == null) {
                continue; // OLE objects and attachments by reference carry no file bytes
            }
            attachments.add(new SubmittedFile(filename(part), mimeType(part), data.getValue()));
        }
        for (MAPIMessage inner : forwarded) {
            prepare(inner);
            body.append(forwardHeader(inner));
            readMessage(inner, depth + 1);
        }
    }

    private String bodyText(MAPIMessage message) {
        String text = call(message::getTextBody);
        if (text != null && !text.isBlank()) {
            return MailText.cleanBody(text).strip();
        }
        String html = call(message::getHtmlBody);
        if (html != null && !html.isBlank()) {
            return HtmlText.toText(html);
        }
        String rtf = call(message::getRtfBody);
        if (rtf != null && !rtf.isBlank()) {
            return MailText.cleanBody(RtfText.toText(rtf, limits.maxBodyChars()))
                    .strip();
        }
        return "";
    }

    private String forwardHeader(MAPIMessage inner) {
        StringBuilder h = new StringBuilder("\n\n---------- Forwarded message ----------\n");
        String name = clean(call(inner::getDisplayFrom), EmlReader.MAX_NAME_CHARS);
        String address = senderAddress(inner);
        if (name != null && !name.isEmpty()) {
            h.append("From: ")
                    .append(name)
                    .append(address != null ? " <" + address + ">" : "")
                    .append('\n');
        } else if (address != null) {
            h.append("From: ").append(address).append('\n');
        }
        Instant sent = sentAt(inner);
        if (sent != null) {
            h.append("Date: ").append(sent).append('\n');
        }
        String subject = clean(call(inner::getSubject), EmlReader.MAX_SUBJECT_CHARS);
        if (subject != null && !subject.isEmpty()) {
            h.append("Subject: ").append(subject).append('\n');
        }
        return h.append('\n').toString();
    }

    private void countAttachment() {
        attachmentCount++;
        if (attachmentCount > limits.maxAttachments()) {
            throw new MailRejectedException(
                    Reason.TOO_MANY_ATTACHMENTS,
                    "The e-mail has more than " + limits.maxAttachments() + " attachments.");
        }
    }

    private static String filename(AttachmentChunks part) {
        for (StringChunk chunk : new StringChunk[] {part.getAttachLongFileName(), part.getAttachFileName()}) {
            String name = chunk == null ? null : MailText.safeFilename(chunk.getValue());
            if (name != null) {
                return name;
            }
        }
        return "attachment";
    }

    private static String mimeType(AttachmentChunks part) {
        StringChunk mime = part.getAttachMimeTag();
        String value = mime == null ? null : MailText.clean(mime.getValue(), 100);
        return value == null || value.isEmpty() || !value.contains("/") ? null : value.toLowerCase(Locale.ROOT);
    }

    /**
     * The sender's SMTP address: Exchange stores an X.500 path ("/O=.../CN=...") in the e-mail address property for
     * internal senders, so the SMTP properties and the transport headers are tried as well.
     */
    private static String senderAddress(MAPIMessage message) {
        StringChunk emailFrom = message.getMainChunks().getEmailFromChunk();
        String address = EmlReader.address(emailFrom == null ? null : emailFrom.getValue());
        if (address != null && !address.startsWith("/")) {
            return address;
        }
        for (Map.Entry<MAPIProperty, List<Chunk>> e :
                message.getMainChunks().getAll().entrySet()) {
            int id = e.getKey().id;
            if (id == SENDER_SMTP_ADDRESS
                    || id == SENT_REPRESENTING_SMTP_ADDRESS
                    || e.getKey() == MAPIProperty.SENT_REPRESENTING_EMAIL_ADDRESS) {
                for (Chunk chunk : e.getValue()) {
                    if (chunk instanceof StringChunk s) {
                        String candidate = EmlReader.address(s.getValue());
                        if (candidate != null && !candidate.startsWith("/")) {
                            return candidate;
                        }
                    }
                }
            }
        }
        return fromHeader(call(message::getHeaders));
    }

    private static String fromHeader(String[] headers) {
        if (headers == null) {
            return null;
        }
        for (int i = 0; i < headers.length; i++) {
            String line = headers[i];
            if (line != null && line.regionMatches(true, 0, "From:", 0, 5)) {
                StringBuilder value = new StringBuilder(line.substring(5));
                for (int j = i + 1;
                        j < headers.length
                                && headers[j] != null
                                && !headers[j].isEmpty()
                                && (headers[j].charAt(0) == ' ' || headers[j].charAt(0) == '\t');
                        j++) {
                    value.append(headers[j]);
                }
                try {
                    for (Address a : InternetAddress.parseHeader(value.toString(), false)) {
                        if (a instanceof InternetAddress ia) {
                            return EmlReader.address(ia.getAddress());
                        }
                    }
                } catch (AddressException e) {
                    return null;
                }
                return null;
            }
        }
        return null;
    }

    private static Instant sentAt(MAPIMessage message) {
        Calendar date = call(message::getMessageDate);
        return date == null ? null : date.toInstant();
    }

    private static String clean(String value, int max) {
        return value == null ? null : MailText.clean(value, max);
    }

    /** A getter that throws {@link ChunkNotFoundException} for a missing property reads as null. */
    private static <T> T call(ChunkGetter<T> getter) {
        try {
            return getter.get();
        } catch (ChunkNotFoundException e) {
            return null;
        }
    }

    @FunctionalInterface
    private interface ChunkGetter<T> {
        T get() throws ChunkNotFoundException;
    }
}
