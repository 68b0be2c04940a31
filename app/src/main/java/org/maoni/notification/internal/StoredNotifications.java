package org.maoni.notification.internal;

import java.time.Clock;
import java.time.Instant;
import org.maoni.notification.HeldReason;
import org.maoni.notification.MessageId;
import org.maoni.notification.MessageStatus;
import org.maoni.notification.Notifications;
import org.maoni.notification.OutgoingMessage;
import org.maoni.notification.StoredMessage;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Stores each message in the caller's transaction (so a rollback stores and sends nothing) and nudges the dispatcher
 * once that transaction commits. Called outside a transaction, the row is stored at once (auto-commit) and the
 * dispatcher nudged immediately. Messages without a usable e-mail address, or while no SMTP server is configured, are
 * stored HELD for staff. A programming error in the message (no kind, subject or body, an over-long kind or reference)
 * throws IllegalArgumentException; anything a person typed (addresses, phone, text with control characters) is kept as
 * well as it can be and never fails the caller.
 */
@Component
class StoredNotifications implements Notifications {

    private static final int MAX_KIND = 60;
    private static final int MAX_REFERENCE = 200;
    private static final int MAX_PHONE = 100;
    private static final int MAX_SUBJECT = 1000;

    private final MessageStore store;
    private final Dispatcher dispatcher;
    private final Clock clock;

    StoredNotifications(MessageStore store, Dispatcher dispatcher, Clock clock) {
        this.store = store;
        this.dispatcher = dispatcher;
        this.clock = clock;
    }

    @Override
    public void send(OutgoingMessage message) {
        StoredMessage stored = toStore(message, dispatcher.smtpConfigured(), clock.instant());
        store.insert(stored);
        if (stored.status() != MessageStatus.PENDING) {
            return;
        }
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    dispatcher.nudge();
                }
            });
        } else {
            dispatcher.nudge();
        }
    }

    /** The row to store for a message: validated, cleaned, PENDING or HELD with the reason. */
    static StoredMessage toStore(OutgoingMessage message, boolean smtpConfigured, Instant now) {
        if (message == null) {
            throw new IllegalArgumentException("message is required");
        }
        String kind = message.kind() == null ? "" : message.kind().strip();
        if (kind.isEmpty() || kind.length() > MAX_KIND) {
            throw new IllegalArgumentException("kind must have 1 to " + MAX_KIND + " characters");
        }
        String reference = blankToNull(message.reference());
        if (reference != null && reference.length() > MAX_REFERENCE) {
            throw new IllegalArgumentException("reference must have at most " + MAX_REFERENCE + " characters");
        }
        if (message.subject() == null || message.body() == null) {
            throw new IllegalArgumentException("subject and body are required");
        }
        String email = blankToNull(message.email());
        String phone = blankToNull(Addresses.oneLine(message.phone(), MAX_PHONE));
        HeldReason held = null;
        if (email == null) {
            held = HeldReason.NO_ADDRESS;
        } else if (!Addresses.usable(email)) {
            held = HeldReason.INVALID_ADDRESS;
            email = Addresses.oneLine(email, Addresses.MAX_EMAIL);
        } else if (!smtpConfigured) {
            held = HeldReason.NO_SMTP;
        }
        return new StoredMessage(
                MessageId.random(),
                kind,
                reference,
                email,
                phone,
                Addresses.oneLine(message.subject(), MAX_SUBJECT),
                Addresses.cleanBody(message.body()),
                held == null ? MessageStatus.PENDING : MessageStatus.HELD,
                held,
                0,
                now,
                held == HeldReason.NO_SMTP ? Dispatcher.NO_SMTP : null,
                null,
                now,
                null,
                null,
                null);
    }

    private static String blankToNull(String text) {
        if (text == null) {
            return null;
        }
        String stripped = text.strip();
        return stripped.isEmpty() ? null : stripped;
    }
}
