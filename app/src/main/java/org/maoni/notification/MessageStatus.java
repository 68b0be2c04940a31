package org.maoni.notification;

/**
 * Where a stored message stands. PENDING and FAILING messages are retried until delivered (FAILING only tells staff
 * that delivery keeps failing); HELD messages wait for staff; SENT and DELIVERED_BY_STAFF are final.
 */
public enum MessageStatus {
    /** Waiting for its (next) delivery attempt. */
    PENDING,
    /** Delivery failed repeatedly; still retried with back-off, and shown to staff. */
    FAILING,
    /** Accepted by the SMTP server. */
    SENT,
    /** Not deliverable by e-mail now (see {@link HeldReason}); staff reach the person another way or retry. */
    HELD,
    /** Staff reached the person another way (phone, SMS, letter) and marked the message handled. */
    DELIVERED_BY_STAFF;

    /** Whether nothing more will happen to a message in this status. */
    public boolean isFinal() {
        return this == SENT || this == DELIVERED_BY_STAFF;
    }
}
