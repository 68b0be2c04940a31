package org.maoni.memorandum.mail;

import jakarta.mail.MessagingException;
import java.io.IOException;
import java.util.Locale;
import java.util.Objects;
import org.maoni.memorandum.mail.MailRejectedException.Reason;

/**
 * Reads one e-mail file, an RFC 822/MIME {@code .eml} or an Outlook {@code .msg}, into a {@link MailMessage}. The type
 * comes from the bytes and must agree with the file name's extension (a name without one is taken at its content's
 * word). Every failure is a {@link MailRejectedException}; nothing is fetched over the network. Immutable and
 * thread-safe.
 */
public final class MailReader {

    private final MailLimits limits;

    /** A reader with {@link MailLimits#DEFAULTS}. */
    public MailReader() {
        this(MailLimits.DEFAULTS);
    }

    public MailReader(MailLimits limits) {
        this.limits = Objects.requireNonNull(limits, "limits");
    }

    /**
     * Reads {@code content}, named {@code filename} (may be null), into a message.
     *
     * @throws MailRejectedException when the file is empty, too large, not an e-mail, corrupt or beyond the limits
     */
    public MailMessage read(String filename, byte[] content) {
        if (content == null || content.length == 0) {
            throw new MailRejectedException(Reason.EMPTY, "The e-mail file is empty.");
        }
        if (content.length > limits.maxBytes()) {
            throw new MailRejectedException(
                    Reason.TOO_LARGE,
                    "The e-mail file has " + content.length + " bytes; at most " + limits.maxBytes()
                            + " are accepted.");
        }
        MailKind named = MailKind.fromFilename(filename);
        if (named == MailKind.OTHER) {
            throw new MailRejectedException(
                    Reason.UNSUPPORTED_TYPE,
                    "Only .eml and .msg e-mail files can be imported, not " + extension(filename) + ".");
        }
        MailKind sniffed = MailKind.sniff(content);
        if (sniffed == MailKind.OTHER) {
            throw new MailRejectedException(
                    Reason.UNSUPPORTED_TYPE, "The file is neither an e-mail (.eml) nor an Outlook message (.msg).");
        }
        if (named != null && named != sniffed) {
            throw new MailRejectedException(
                    Reason.TYPE_MISMATCH,
                    "The file is named " + extension(filename) + " but its content is "
                            + (sniffed == MailKind.EML ? "an e-mail (.eml)." : "an Outlook message (.msg)."));
        }
        try {
            return sniffed == MailKind.EML ? new EmlReader(limits).read(content) : new MsgReader(limits).read(content);
        } catch (MailRejectedException e) {
            throw e;
        } catch (MessagingException | IOException | RuntimeException e) {
            throw corrupt(e);
        } catch (StackOverflowError e) {
            // Deeply nested hostile structures recurse inside parsers that are not ours.
            throw corrupt(e);
        }
    }

    private static MailRejectedException corrupt(Throwable cause) {
        return new MailRejectedException(Reason.CORRUPT, "The e-mail file is damaged and cannot be read.", cause);
    }

    private static String extension(String filename) {
        if (filename == null) {
            return "a file without an extension";
        }
        int dot = filename.lastIndexOf('.');
        String ext = dot < 0 ? "" : filename.substring(dot).toLowerCase(Locale.ROOT);
        if (ext.isEmpty() || ext.length() > 10) {
            return "a file without an e-mail extension";
        }
        return MailText.clean(ext, 10);
    }
}
