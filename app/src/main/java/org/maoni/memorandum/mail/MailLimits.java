package org.maoni.memorandum.mail;

/**
 * Bounds on one e-mail file: its size in bytes, the number of attachments (forwarded messages included), how deeply
 * forwarded messages may nest, and how many characters of body text are kept (longer bodies are cut, not rejected).
 */
public record MailLimits(long maxBytes, int maxAttachments, int maxNestingDepth, int maxBodyChars) {

    /** 25 MB, 50 attachments, 5 levels of forwarded messages, one million body characters. */
    public static final MailLimits DEFAULTS = new MailLimits(25L * 1024 * 1024, 50, 5, 1_000_000);

    public MailLimits {
        if (maxBytes < 1 || maxAttachments < 0 || maxNestingDepth < 0 || maxBodyChars < 0) {
            throw new IllegalArgumentException("mail limits must be positive: " + maxBytes + ", " + maxAttachments
                    + ", " + maxNestingDepth + ", " + maxBodyChars);
        }
    }
}
