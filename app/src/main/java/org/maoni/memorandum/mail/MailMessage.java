package org.maoni.memorandum.mail;

import java.time.Instant;
import java.util.List;
import org.maoni.memorandum.SubmittedFile;

/**
 * One e-mail as read from a file: the sender ({@code fromName} and {@code fromAddress} may be null when the mail does
 * not say), the decoded subject ("" when absent), the sending time (null when the mail has no valid date), the body as
 * plain text and every named attachment, those of forwarded messages included, in the order they appear.
 */
public record MailMessage(
        String fromName,
        String fromAddress,
        String subject,
        Instant sentAt,
        String bodyText,
        List<SubmittedFile> attachments) {

    public MailMessage {
        subject = subject == null ? "" : subject;
        bodyText = bodyText == null ? "" : bodyText;
        attachments = List.copyOf(attachments);
    }
}
