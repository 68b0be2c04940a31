package org.maoni.notification.internal;

import java.time.Clock;
import org.maoni.notification.HeldReason;
import org.maoni.notification.MessageId;
import org.maoni.notification.MessageStatus;
import org.maoni.notification.NotificationProblem;
import org.maoni.notification.StoredMessage;
import org.springframework.stereotype.Component;

/**
 * What staff do with stored messages: list them, retry delivery by e-mail, or mark a message handled after reaching the
 * person another way. Each change is one conditional update, so it never races the dispatcher.
 */
@Component
public class NotificationDesk {

    private final MessageStore store;
    private final Dispatcher dispatcher;
    private final Clock clock;

    NotificationDesk(MessageStore store, Dispatcher dispatcher, Clock clock) {
        this.store = store;
        this.dispatcher = dispatcher;
        this.clock = clock;
    }

    public MessageStore.Page list(MessageStatus status, String reference, int page, int size) {
        return store.list(status, reference, page, size);
    }

    public StoredMessage get(MessageId id) {
        return store.find(id).orElseThrow(() -> NotificationProblem.notFound(id));
    }

    /** Makes a message due now; 409 when it is final, has no usable address, SMTP is missing, or it is being sent. */
    public StoredMessage retry(MessageId id) {
        StoredMessage message = get(id);
        if (message.status().isFinal()) {
            throw alreadyDelivered(message);
        }
        if (message.heldReason() == HeldReason.NO_ADDRESS || message.heldReason() == HeldReason.INVALID_ADDRESS) {
            throw NotificationProblem.conflict(
                    "no-usable-address",
                    "The message cannot be sent by e-mail",
                    "Message " + id + " has no usable e-mail address; reach the person another way and mark it"
                            + " handled.");
        }
        if (!dispatcher.smtpConfigured()) {
            throw NotificationProblem.conflict(
                    "smtp-not-configured",
                    "No SMTP server is configured",
                    "Configure spring.mail.host to send e-mail, or reach the person another way and mark message " + id
                            + " handled.");
        }
        if (!store.retryNow(id, clock.instant())) {
            throw beingSent(id);
        }
        dispatcher.nudge();
        return get(id);
    }

    /** Marks a HELD or FAILING message delivered by staff; 409 for any other status or while it is being sent. */
    public StoredMessage markHandled(MessageId id, String by) {
        StoredMessage message = get(id);
        if (message.status().isFinal()) {
            throw alreadyDelivered(message);
        }
        if (message.status() == MessageStatus.PENDING) {
            throw NotificationProblem.conflict(
                    "message-pending",
                    "The message is still to be sent by e-mail",
                    "Message " + id + " is PENDING: it will be sent by e-mail. Only HELD or FAILING messages can be"
                            + " marked handled.");
        }
        if (!store.markHandled(id, by, clock.instant())) {
            throw beingSent(id);
        }
        return get(id);
    }

    private static NotificationProblem alreadyDelivered(StoredMessage message) {
        return NotificationProblem.conflict(
                "message-delivered",
                "The message was already delivered",
                "Message " + message.id() + " is " + message.status() + "; nothing to do.");
    }

    private static NotificationProblem beingSent(MessageId id) {
        return NotificationProblem.conflict(
                "message-busy",
                "The message is being sent or changed",
                "Message " + id + " is being sent or was just changed; reload it and try again.");
    }
}
