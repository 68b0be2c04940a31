package org.maoni.notification;

/** Why a message is {@link MessageStatus#HELD}. */
public enum HeldReason {
    /** The person gave no e-mail address (phone only, or nothing): staff must reach them. */
    NO_ADDRESS,
    /** The e-mail address cannot be used (malformed or rejected as an address). */
    INVALID_ADDRESS,
    /** No SMTP server is configured; released for delivery when the application starts with one. */
    NO_SMTP
}
