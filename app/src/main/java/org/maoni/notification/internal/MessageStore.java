package org.maoni.notification.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.maoni.notification.HeldReason;
import org.maoni.notification.MessageId;
import org.maoni.notification.MessageStatus;
import org.maoni.notification.StoredMessage;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The {@code outgoing_message} table. Writes from {@link #insert} join the caller's transaction; the dispatcher's
 * claims and outcomes run outside any transaction (auto-commit), each one a single conditional UPDATE whose update
 * count says whether it won, so several nodes sharing the database never act on one message at once.
 */
@Component
public class MessageStore {

    private static final String COLUMNS =
            "id, kind, reference, recipient_email, recipient_phone, subject, body, status,"
                    + " held_reason, attempts, next_attempt_at, last_error, failing_since, created_at, sent_at, handled_by,"
                    + " handled_at";
    private static final String RETRIED = "('PENDING', 'FAILING')";
    private static final String UNCLAIMED = "(claimed_until IS NULL OR claimed_until < :now)";

    private final JdbcClient jdbc;

    public MessageStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Counts of the messages that are not final, by status. */
    public record Counts(long pending, long failing, long held, Instant oldestFailingSince) {}

    /** One page of stored messages, newest first. */
    public record Page(List<StoredMessage> items, long total) {}

    void insert(StoredMessage m) {
        jdbc.sql("INSERT INTO outgoing_message (" + COLUMNS + ") VALUES (:id, :kind, :reference, :email, :phone,"
                        + " :subject, :body, :status, :heldReason, :attempts, :nextAttemptAt, :lastError,"
                        + " :failingSince, :createdAt, :sentAt, :handledBy, :handledAt)")
                .param("id", m.id().value())
                .param("kind", m.kind())
                .param("reference", m.reference())
                .param("email", m.email())
                .param("phone", m.phone())
                .param("subject", m.subject())
                .param("body", m.body())
                .param("status", m.status().name())
                .param(
                        "heldReason",
                        m.heldReason() == null ? null : m.heldReason().name())
                .param("attempts", m.attempts())
                .param("nextAttemptAt", at(m.nextAttemptAt()))
                .param("lastError", m.lastError())
                .param("failingSince", at(m.failingSince()))
                .param("createdAt", at(m.createdAt()))
                .param("sentAt", at(m.sentAt()))
                .param("handledBy", m.handledBy())
                .param("handledAt", at(m.handledAt()))
                .update();
    }

    public Optional<StoredMessage> find(MessageId id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM outgoing_message WHERE id = :id")
                .param("id", id.value())
                .query(MessageStore::map)
                .optional();
    }

    /** Messages newest first, optionally only those in one status and/or about one reference. */
    public Page list(MessageStatus status, String reference, int page, int size) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        if (status != null) {
            where.append(" AND status = :status");
        }
        if (reference != null) {
            where.append(" AND reference = :reference");
        }
        var count = jdbc.sql("SELECT COUNT(*) FROM outgoing_message" + where);
        var select = jdbc.sql("SELECT " + COLUMNS + " FROM outgoing_message" + where
                + " ORDER BY created_at DESC, id OFFSET :offset ROWS FETCH NEXT :size ROWS ONLY");
        if (status != null) {
            count = count.param("status", status.name());
            select = select.param("status", status.name());
        }
        if (reference != null) {
            count = count.param("reference", reference);
            select = select.param("reference", reference);
        }
        long total = count.query(Long.class).single();
        List<StoredMessage> items = select.param("offset", (long) page * size)
                .param("size", size)
                .query(MessageStore::map)
                .list();
        return new Page(items, total);
    }

    public Counts counts() {
        Map<String, Long> byStatus = jdbc
                .sql("SELECT status, COUNT(*) FROM outgoing_message WHERE status IN ('PENDING', 'FAILING', 'HELD')"
                        + " GROUP BY status")
                .query((rs, i) -> Map.entry(rs.getString(1), rs.getLong(2)))
                .list()
                .stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        Instant oldestFailing = jdbc.sql("SELECT MIN(failing_since) FROM outgoing_message WHERE status = 'FAILING'")
                .query((rs, i) -> Optional.ofNullable(instant(rs, 1)))
                .single()
                .orElse(null);
        return new Counts(
                byStatus.getOrDefault("PENDING", 0L),
                byStatus.getOrDefault("FAILING", 0L),
                byStatus.getOrDefault("HELD", 0L),
                oldestFailing);
    }

    /** Up to {@code limit} messages due for an attempt and claimed by nobody, earliest due first. */
    List<MessageId> due(Instant now, int limit) {
        return jdbc.sql("SELECT id FROM outgoing_message WHERE status IN " + RETRIED
                        + " AND next_attempt_at <= :now AND " + UNCLAIMED
                        + " ORDER BY next_attempt_at, id FETCH FIRST :limit ROWS ONLY")
                .param("now", at(now))
                .param("limit", limit)
                .query((rs, i) -> new MessageId(rs.getObject(1, UUID.class)))
                .list();
    }

    /** Claims a due message for {@code node} until {@code until}; false when another node has it or it is not due. */
    boolean claim(MessageId id, String node, Instant now, Instant until) {
        return jdbc.sql("UPDATE outgoing_message SET claimed_by = :node, claimed_until = :until WHERE id = :id"
                                + " AND status IN " + RETRIED + " AND next_attempt_at <= :now AND " + UNCLAIMED)
                        .param("node", node)
                        .param("until", at(until))
                        .param("id", id.value())
                        .param("now", at(now))
                        .update()
                == 1;
    }

    /** Records a delivery by the node holding the claim; false if the claim was lost meanwhile. */
    boolean markSent(MessageId id, String node, Instant now) {
        return jdbc.sql("UPDATE outgoing_message SET status = 'SENT', sent_at = :now, last_error = NULL,"
                                + " failing_since = NULL, claimed_by = NULL, claimed_until = NULL"
                                + " WHERE id = :id AND claimed_by = :node")
                        .param("now", at(now))
                        .param("id", id.value())
                        .param("node", node)
                        .update()
                == 1;
    }

    /** Records a failed attempt by the node holding the claim and when to try again. */
    boolean markFailed(
            MessageId id,
            String node,
            int attempts,
            Instant nextAttemptAt,
            MessageStatus status,
            Instant failingSince,
            String error) {
        return jdbc.sql("UPDATE outgoing_message SET status = :status, attempts = :attempts,"
                                + " next_attempt_at = :next, failing_since = :failingSince, last_error = :error,"
                                + " claimed_by = NULL, claimed_until = NULL WHERE id = :id AND claimed_by = :node")
                        .param("status", status.name())
                        .param("attempts", attempts)
                        .param("next", at(nextAttemptAt))
                        .param("failingSince", at(failingSince))
                        .param("error", error)
                        .param("id", id.value())
                        .param("node", node)
                        .update()
                == 1;
    }

    /** Holds a claimed message for staff. */
    boolean hold(MessageId id, String node, HeldReason reason, String error) {
        return jdbc.sql("UPDATE outgoing_message SET status = 'HELD', held_reason = :reason, last_error = :error,"
                                + " claimed_by = NULL, claimed_until = NULL WHERE id = :id AND claimed_by = :node")
                        .param("reason", reason.name())
                        .param("error", error)
                        .param("id", id.value())
                        .param("node", node)
                        .update()
                == 1;
    }

    /** Holds every unclaimed PENDING or FAILING message because no SMTP server is configured; returns how many. */
    int holdAllForNoSmtp(Instant now, String error) {
        return jdbc.sql("UPDATE outgoing_message SET status = 'HELD', held_reason = 'NO_SMTP', last_error = :error"
                        + " WHERE status IN " + RETRIED + " AND " + UNCLAIMED)
                .param("error", error)
                .param("now", at(now))
                .update();
    }

    /** Makes messages held only for want of SMTP due again; returns how many. */
    int releaseHeldForNoSmtp(Instant now) {
        return jdbc.sql("UPDATE outgoing_message SET status = 'PENDING', held_reason = NULL, last_error = NULL,"
                        + " attempts = 0, next_attempt_at = :now WHERE status = 'HELD' AND held_reason = 'NO_SMTP'")
                .param("now", at(now))
                .update();
    }

    /** Makes a PENDING, FAILING or HELD (for want of SMTP) message due now with a fresh back-off; false if not. */
    boolean retryNow(MessageId id, Instant now) {
        return jdbc.sql("UPDATE outgoing_message SET status = 'PENDING', held_reason = NULL, attempts = 0,"
                                + " failing_since = NULL, next_attempt_at = :now WHERE id = :id AND " + UNCLAIMED
                                + " AND (status IN " + RETRIED + " OR (status = 'HELD' AND held_reason = 'NO_SMTP'))")
                        .param("now", at(now))
                        .param("id", id.value())
                        .update()
                == 1;
    }

    /** Marks a HELD or FAILING message as delivered by staff another way; false if it is in another state. */
    boolean markHandled(MessageId id, String by, Instant now) {
        return jdbc.sql("UPDATE outgoing_message SET status = 'DELIVERED_BY_STAFF', handled_by = :by,"
                                + " handled_at = :now WHERE id = :id AND status IN ('HELD', 'FAILING') AND "
                                + UNCLAIMED)
                        .param("by", by)
                        .param("now", at(now))
                        .param("id", id.value())
                        .update()
                == 1;
    }

    private static OffsetDateTime at(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static StoredMessage map(ResultSet rs, int row) throws SQLException {
        String held = rs.getString("held_reason");
        return new StoredMessage(
                new MessageId(rs.getObject("id", UUID.class)),
                rs.getString("kind"),
                rs.getString("reference"),
                rs.getString("recipient_email"),
                rs.getString("recipient_phone"),
                rs.getString("subject"),
                rs.getString("body"),
                MessageStatus.valueOf(rs.getString("status")),
                held == null ? null : HeldReason.valueOf(held),
                rs.getInt("attempts"),
                instant(rs, 11),
                rs.getString("last_error"),
                instant(rs, 13),
                instant(rs, 14),
                instant(rs, 15),
                rs.getString("handled_by"),
                instant(rs, 17));
    }
}
