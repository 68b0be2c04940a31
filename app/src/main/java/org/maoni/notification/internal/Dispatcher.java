package org.maoni.notification.internal;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import org.maoni.notification.HeldReason;
import org.maoni.notification.MessageId;
import org.maoni.notification.MessageStatus;
import org.maoni.notification.StoredMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;

/**
 * Delivers due messages by SMTP: claims each one (a lease in the row, so nodes sharing the database never send a message
 * twice while they live), sends it, and records SENT or the failure with the next attempt's time. A node that dies
 * between the SMTP server's acceptance and the SENT update sends that message again once its claim has expired: delivery
 * is at least once, never lost. Without SMTP (no {@code spring.mail.host}) due messages are HELD for staff.
 */
public class Dispatcher implements AutoCloseable {

    static final String NO_SMTP = "No SMTP server is configured (spring.mail.host).";
    private static final Logger log = LoggerFactory.getLogger(Dispatcher.class);
    private static final int MAX_ERROR = 500;

    private final MessageStore store;
    private final JavaMailSender mail;
    private final NotificationProperties properties;
    private final Backoff backoff;
    private final Clock clock;
    private final String node;
    private final Counter sent;
    private final Counter failed;
    private final Counter held;
    private final AtomicBoolean nudged = new AtomicBoolean();
    private final ExecutorService nudges = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "maoni-notifications");
        thread.setDaemon(true);
        return thread;
    });

    /** {@code mail} is null when no SMTP server is configured. */
    public Dispatcher(
            MessageStore store,
            JavaMailSender mail,
            NotificationProperties properties,
            Clock clock,
            MeterRegistry meters,
            String node) {
        this.store = store;
        this.mail = mail;
        this.properties = properties;
        this.backoff = new Backoff(properties.retryBase(), properties.retryMax());
        this.clock = clock;
        this.node = node;
        this.sent = meters.counter("maoni.notifications.sent");
        this.failed = meters.counter("maoni.notifications.failed");
        this.held = meters.counter("maoni.notifications.held");
    }

    /** A name for this node's claims: process, host and a random part, so two dispatchers in one JVM differ too. */
    public static String nodeName() {
        String name = ManagementFactory.getRuntimeMXBean().getName() + "/"
                + UUID.randomUUID().toString().substring(0, 8);
        return Addresses.truncate(name, 100);
    }

    public boolean smtpConfigured() {
        return mail != null;
    }

    /** Asks for a dispatch soon on this node's own thread (coalesced), e.g. after a sender's transaction commits. */
    public void nudge() {
        if (nudged.compareAndSet(false, true)) {
            try {
                nudges.execute(() -> {
                    nudged.set(false);
                    dispatchQuietly();
                });
            } catch (java.util.concurrent.RejectedExecutionException shuttingDown) {
                nudged.set(false);
            }
        }
    }

    /** The scheduled poll: like {@link #dispatchDue} but logs instead of throwing (e.g. while the database restarts). */
    public void dispatchQuietly() {
        try {
            dispatchDue();
        } catch (RuntimeException e) {
            log.warn("Dispatching notifications failed; the next poll retries: {}", summary(e));
        }
    }

    /** Attempts every message due now (up to the batch size); returns how many were sent. */
    public int dispatchDue() {
        Instant now = clock.instant();
        if (mail == null) {
            int count = store.holdAllForNoSmtp(now, NO_SMTP);
            held.increment(count);
            return 0;
        }
        List<MessageId> due = store.due(now, properties.batchSize());
        int count = 0;
        for (MessageId id : due) {
            Instant claimedAt = clock.instant();
            if (!store.claim(id, node, claimedAt, claimedAt.plus(properties.claimTimeout()))) {
                continue;
            }
            StoredMessage message = store.find(id).orElseThrow();
            if (deliver(message)) {
                count++;
            }
        }
        return count;
    }

    /** Releases messages held only for want of SMTP, now that it is configured; returns how many. */
    public int releaseHeldForNoSmtp() {
        return mail == null ? 0 : store.releaseHeldForNoSmtp(clock.instant());
    }

    private boolean deliver(StoredMessage message) {
        if (!Addresses.usable(message.email())) {
            HeldReason reason = message.email() == null ? HeldReason.NO_ADDRESS : HeldReason.INVALID_ADDRESS;
            store.hold(message.id(), node, reason, reason == HeldReason.NO_ADDRESS ? null : "Not a usable address.");
            held.increment();
            return false;
        }
        try {
            mail.send(mime(message));
        } catch (MessagingException | RuntimeException e) {
            recordFailure(message, e);
            return false;
        }
        if (!store.markSent(message.id(), node, clock.instant())) {
            log.warn("Message {} was sent but its claim had expired; another node may send it again", message.id());
        }
        sent.increment();
        return true;
    }

    private MimeMessage mime(StoredMessage message) throws MessagingException {
        MimeMessage mime = mail.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(mime, false, "UTF-8");
        helper.setFrom(properties.from());
        if (properties.replyTo() != null && !properties.replyTo().isBlank()) {
            helper.setReplyTo(properties.replyTo());
        }
        helper.setTo(message.email());
        helper.setSubject(Addresses.oneLine(properties.subjectPrefix() + message.subject(), 998));
        helper.setText(message.body(), false);
        helper.setSentDate(java.util.Date.from(clock.instant()));
        return mime;
    }

    private void recordFailure(StoredMessage message, Exception e) {
        int attempts = message.attempts() + 1;
        Instant now = clock.instant();
        boolean failing = attempts >= properties.maxAttemptsBeforeAlert();
        Instant failingSince = failing ? (message.failingSince() == null ? now : message.failingSince()) : null;
        store.markFailed(
                message.id(),
                node,
                attempts,
                now.plus(backoff.delayAfter(attempts)),
                failing ? MessageStatus.FAILING : MessageStatus.PENDING,
                failingSince,
                summary(e));
        failed.increment();
        log.info("Message {} not delivered (attempt {}): {}", message.id(), attempts, summary(e));
    }

    /** A short, single-line account of a failure with its causes: no stack trace, at most 500 characters. */
    static String summary(Throwable e) {
        StringBuilder text = new StringBuilder();
        Throwable current = e;
        for (int depth = 0; current != null && depth < 4; depth++, current = current.getCause()) {
            if (depth > 0) {
                text.append(" <- ");
            }
            text.append(current.getClass().getSimpleName());
            if (current.getMessage() != null) {
                text.append(": ").append(current.getMessage());
            }
            if (current.getCause() == current) {
                break;
            }
        }
        return Addresses.oneLine(text.toString(), MAX_ERROR);
    }

    @Override
    public void close() {
        nudges.shutdownNow();
    }
}
