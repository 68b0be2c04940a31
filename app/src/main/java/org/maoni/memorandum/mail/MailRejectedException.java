package org.maoni.memorandum.mail;

import java.util.Objects;

/** An e-mail file that cannot be read as a memorandum; {@link #reason()} says why, the message says it for a clerk. */
public final class MailRejectedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Why a file was rejected. */
    public enum Reason {
        /** No bytes at all. */
        EMPTY,
        /** More bytes than {@link MailLimits#maxBytes()}. */
        TOO_LARGE,
        /** Neither an RFC 822 e-mail nor an Outlook message, or a file name that is not {@code .eml}/{@code .msg}. */
        UNSUPPORTED_TYPE,
        /** The content is one kind of e-mail file and the name says the other. */
        TYPE_MISMATCH,
        /** Looks like an e-mail file but cannot be parsed. */
        CORRUPT,
        /** More attachments than {@link MailLimits#maxAttachments()}. */
        TOO_MANY_ATTACHMENTS,
        /** Forwarded messages or multiparts nested deeper than {@link MailLimits#maxNestingDepth()} allows. */
        TOO_DEEPLY_NESTED
    }

    private final Reason reason;

    public MailRejectedException(Reason reason, String message) {
        super(message);
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    public MailRejectedException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    public Reason reason() {
        return reason;
    }
}
