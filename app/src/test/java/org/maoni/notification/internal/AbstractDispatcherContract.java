package org.maoni.notification.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.maoni.notification.HeldReason;
import org.maoni.notification.MessageId;
import org.maoni.notification.MessageStatus;
import org.maoni.notification.OutgoingMessage;
import org.maoni.notification.StoredMessage;
import org.springframework.boot.actuate.health.Status;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.init.ScriptUtils;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The dispatcher and the store on a real database (no Spring context): delivery, back-off, FAILING, holding, claims
 * between concurrent dispatchers, and that a send joins the caller's transaction. Subclasses give the database.
 */
abstract class AbstractDispatcherContract {

    static final Instant START = Instant.parse("2026-03-02T06:00:00Z");

    MutableClock clock;
    RecordingMailSender smtp;
    MessageStore store;
    SimpleMeterRegistry meters;
    DataSource dataSource;
    private final List<Dispatcher> dispatchers = new ArrayList<>();

    /** A database with the V7 schema and no rows in {@code outgoing_message}. */
    abstract DataSource emptyDatabase() throws SQLException;

    /** The database's type for {@code ${text}}. */
    abstract String textType();

    @BeforeEach
    void setUp() throws SQLException {
        dataSource = emptyDatabase();
        clock = new MutableClock(START);
        smtp = new RecordingMailSender();
        store = new MessageStore(JdbcClient.create(dataSource));
        meters = new SimpleMeterRegistry();
    }

    @AfterEach
    void closeDispatchers() {
        dispatchers.forEach(Dispatcher::close);
    }

    void createSchema(Connection connection) throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/db/migration/common/V7__outgoing_messages.sql")) {
            String sql = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("${text}", textType());
            ScriptUtils.executeSqlScript(connection, new ByteArrayResource(sql.getBytes(StandardCharsets.UTF_8)));
        }
    }

    static NotificationProperties properties(int batchSize) {
        return new NotificationProperties(
                "maoni@example.org",
                "committee@example.org",
                "[Maoni] ",
                Duration.ofSeconds(2),
                Duration.ofSeconds(30),
                Duration.ofHours(6),
                8,
                Duration.ofHours(1),
                Duration.ofMinutes(5),
                batchSize);
    }

    Dispatcher dispatcher(RecordingMailSender mail, int batchSize) {
        Dispatcher d = new Dispatcher(store, mail, properties(batchSize), clock, meters, Dispatcher.nodeName());
        dispatchers.add(d);
        return d;
    }

    MessageId insert(String email, String phone, String body) {
        StoredMessage m = StoredNotifications.toStore(
                new OutgoingMessage(email, phone, "Risiti ya maoni", body, "receipt", "MEMO-7"), true, clock.instant());
        store.insert(m);
        return m.id();
    }

    StoredMessage load(MessageId id) {
        return store.find(id).orElseThrow();
    }

    @Test
    void aDueMessageIsSentOnceAndRecordedAsSent() throws Exception {
        String body = "Asante 🙏🏾 kwa maoni yako.\u0000\nשלום مرحبا\n" + "Kiswahili ".repeat(10_000);
        MessageId id = insert("wanjiku@example.org", "+254700000000", body);
        Dispatcher dispatcher = dispatcher(smtp, 50);

        assertThat(dispatcher.dispatchDue()).isEqualTo(1);
        assertThat(dispatcher.dispatchDue()).isZero();

        assertThat(smtp.recipients()).containsExactly("wanjiku@example.org");
        var mail = smtp.accepted.get(0);
        assertThat(mail.getSubject()).isEqualTo("[Maoni] Risiti ya maoni");
        assertThat(mail.getFrom()[0].toString()).isEqualTo("maoni@example.org");
        assertThat(mail.getReplyTo()[0].toString()).isEqualTo("committee@example.org");
        assertThat((String) mail.getContent()).isEqualTo(body.replace("\u0000", ""));
        StoredMessage sent = load(id);
        assertThat(sent.status()).isEqualTo(MessageStatus.SENT);
        assertThat(sent.sentAt()).isEqualTo(START);
        assertThat(sent.body()).isEqualTo(body.replace("\u0000", ""));
        assertThat(meters.counter("maoni.notifications.sent").count()).isEqualTo(1.0);
    }

    @Test
    void aFailingServerMeansRetriesWithBackoffThenFailingButNeverDropped() {
        MessageId id = insert("otieno@example.org", null, "Jibu la kamati");
        smtp.failWith("Connection refused: 127.0.0.1:25");
        Dispatcher dispatcher = dispatcher(smtp, 50);
        Backoff backoff = new Backoff(Duration.ofSeconds(30), Duration.ofHours(6));

        for (int attempt = 1; attempt <= 12; attempt++) {
            assertThat(dispatcher.dispatchDue()).isZero();
            StoredMessage m = load(id);
            assertThat(m.attempts()).isEqualTo(attempt);
            assertThat(m.nextAttemptAt()).isEqualTo(clock.instant().plus(backoff.delayAfter(attempt)));
            assertThat(m.lastError()).contains("Connection refused").doesNotContain("\n", "\tat ");
            assertThat(m.status()).isEqualTo(attempt < 8 ? MessageStatus.PENDING : MessageStatus.FAILING);

            // Not due yet: a poll one second early leaves it alone.
            clock.set(m.nextAttemptAt().minusSeconds(1));
            assertThat(dispatcher.dispatchDue()).isZero();
            assertThat(load(id).attempts()).isEqualTo(attempt);
            clock.set(m.nextAttemptAt());
        }
        StoredMessage failing = load(id);
        assertThat(failing.failingSince()).isNotNull().isBefore(clock.instant());
        assertThat(failing.nextAttemptAt().minus(Duration.ofHours(6))).isBeforeOrEqualTo(clock.instant());

        NotificationsHealthIndicator health =
                new NotificationsHealthIndicator(store, dispatcher, properties(50), clock);
        assertThat(health.health().getStatus()).isEqualTo(Status.DOWN);
        assertThat(health.health().getDetails()).containsEntry("failing", 1L);

        smtp.accept();
        assertThat(dispatcher.dispatchDue()).isEqualTo(1);
        StoredMessage sent = load(id);
        assertThat(sent.status()).isEqualTo(MessageStatus.SENT);
        assertThat(sent.failingSince()).isNull();
        assertThat(sent.lastError()).isNull();
        assertThat(smtp.recipients()).containsExactly("otieno@example.org");
        assertThat(meters.counter("maoni.notifications.failed").count()).isEqualTo(12.0);
        assertThat(health.health().getStatus()).isEqualTo(Status.UP);
    }

    @Test
    void healthStaysUpWhileFailingIsRecent() {
        MessageId id = insert("otieno@example.org", null, "b");
        smtp.failWith("421 try later");
        Dispatcher dispatcher = dispatcher(smtp, 50);
        while (load(id).status() != MessageStatus.FAILING) {
            dispatcher.dispatchDue();
            clock.set(load(id).nextAttemptAt());
        }
        clock.set(load(id).failingSince().plus(Duration.ofMinutes(59)));
        NotificationsHealthIndicator health =
                new NotificationsHealthIndicator(store, dispatcher, properties(50), clock);
        assertThat(health.health().getStatus()).isEqualTo(Status.UP);
        clock.advance(Duration.ofMinutes(2));
        assertThat(health.health().getStatus()).isEqualTo(Status.DOWN);
    }

    @Test
    void aClaimIsExclusiveUntilItExpiresAndALateNodeCannotRecordAnOutcome() {
        MessageId id = insert("a@example.org", null, "b");
        Instant now = clock.instant();
        Instant until = now.plus(Duration.ofMinutes(5));
        assertThat(store.claim(id, "node-a", now, until)).isTrue();
        assertThat(store.claim(id, "node-b", now, until)).isFalse();
        assertThat(store.claim(id, "node-a", now, until))
                .as("not even twice by the same node")
                .isFalse();
        assertThat(store.due(now, 10)).isEmpty();
        assertThat(store.claim(id, "node-b", until.minusMillis(1), until.plus(Duration.ofMinutes(5))))
                .isFalse();

        Instant later = until.plusSeconds(1);
        assertThat(store.due(later, 10)).containsExactly(id);
        assertThat(store.claim(id, "node-b", later, later.plus(Duration.ofMinutes(5))))
                .isTrue();
        assertThat(store.markSent(id, "node-a", later)).isFalse();
        assertThat(store.markFailed(id, "node-a", 1, later, MessageStatus.PENDING, null, "x"))
                .isFalse();
        assertThat(store.hold(id, "node-a", HeldReason.INVALID_ADDRESS, "x")).isFalse();
        assertThat(load(id).status()).isEqualTo(MessageStatus.PENDING);
        assertThat(store.markSent(id, "node-b", later)).isTrue();
        assertThat(store.claim(id, "node-c", later.plus(Duration.ofDays(1)), later.plus(Duration.ofDays(2))))
                .as("a SENT message is never claimed")
                .isFalse();
    }

    @Test
    void aMessageNotYetDueCannotBeClaimed() {
        MessageId id = insert("a@example.org", null, "b");
        Instant earlier = clock.instant().minusSeconds(1);
        assertThat(store.due(earlier, 10)).isEmpty();
        assertThat(store.claim(id, "node-a", earlier, earlier.plusSeconds(60))).isFalse();
    }

    @Test
    void concurrentDispatchersOnOneDatabaseNeverSendAMessageTwice() throws Exception {
        int messages = 300;
        Set<String> expected = new HashSet<>();
        for (int i = 0; i < messages; i++) {
            String email = "person" + i + "@example.org";
            expected.add(email);
            insert(email, null, "b" + i);
        }
        RecordingMailSender shared = new RecordingMailSender();
        List<Dispatcher> nodes = List.of(dispatcher(shared, 7), dispatcher(shared, 7), dispatcher(shared, 7));
        ExecutorService pool = Executors.newFixedThreadPool(nodes.size());
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> results = new ArrayList<>();
            for (Dispatcher node : nodes) {
                Callable<Integer> loop = () -> {
                    start.await();
                    int sent = 0;
                    for (int round = 0; round < messages; round++) {
                        sent += node.dispatchDue();
                    }
                    return sent;
                };
                results.add(pool.submit(loop));
            }
            start.countDown();
            int total = 0;
            for (Future<Integer> result : results) {
                total += result.get(5, TimeUnit.MINUTES);
            }
            assertThat(total).isEqualTo(messages);
        } finally {
            pool.shutdownNow();
        }
        assertThat(shared.recipients()).hasSize(messages).doesNotHaveDuplicates();
        assertThat(new HashSet<>(shared.recipients())).isEqualTo(expected);
        assertThat(store.list(MessageStatus.SENT, null, 0, 1).total()).isEqualTo(messages);
    }

    @Test
    void withoutSmtpDueMessagesAreHeldAndReleasedWhenSmtpIsConfigured() {
        MessageId pending = insert("a@example.org", null, "b");
        MessageId phoneOnly = insert(null, "+254700000000", "b");
        Dispatcher noSmtp = dispatcher(null, 50);
        assertThat(noSmtp.smtpConfigured()).isFalse();
        assertThat(noSmtp.dispatchDue()).isZero();
        assertThat(load(pending).status()).isEqualTo(MessageStatus.HELD);
        assertThat(load(pending).heldReason()).isEqualTo(HeldReason.NO_SMTP);
        assertThat(load(phoneOnly).heldReason()).isEqualTo(HeldReason.NO_ADDRESS);
        assertThat(noSmtp.releaseHeldForNoSmtp()).isZero();

        Dispatcher withSmtp = dispatcher(smtp, 50);
        assertThat(withSmtp.releaseHeldForNoSmtp()).isEqualTo(1);
        assertThat(withSmtp.dispatchDue()).isEqualTo(1);
        assertThat(load(pending).status()).isEqualTo(MessageStatus.SENT);
        assertThat(load(phoneOnly).status()).isEqualTo(MessageStatus.HELD);
        assertThat(smtp.recipients()).containsExactly("a@example.org");
    }

    @Test
    void staffRetryAndHandledAreConditionalTransitions() {
        MessageId id = insert("a@example.org", null, "b");
        smtp.failWith("down");
        Dispatcher dispatcher = dispatcher(smtp, 50);
        while (load(id).status() != MessageStatus.FAILING) {
            dispatcher.dispatchDue();
            clock.set(load(id).nextAttemptAt());
        }
        clock.set(START.plus(Duration.ofDays(1)));
        // Retry: due now with a fresh back-off.
        assertThat(store.retryNow(id, clock.instant())).isTrue();
        StoredMessage retried = load(id);
        assertThat(retried.status()).isEqualTo(MessageStatus.PENDING);
        assertThat(retried.attempts()).isZero();
        assertThat(retried.nextAttemptAt()).isEqualTo(clock.instant());
        // A claimed message can be neither retried nor marked handled.
        assertThat(store.claim(id, "node-x", clock.instant(), clock.instant().plusSeconds(60)))
                .isTrue();
        assertThat(store.retryNow(id, clock.instant())).isFalse();
        assertThat(store.markFailed(id, "node-x", 8, clock.instant(), MessageStatus.FAILING, clock.instant(), "x"))
                .isTrue();
        assertThat(store.markHandled(id, "clerk", clock.instant())).isTrue();
        StoredMessage handled = load(id);
        assertThat(handled.status()).isEqualTo(MessageStatus.DELIVERED_BY_STAFF);
        assertThat(handled.handledBy()).isEqualTo("clerk");
        assertThat(store.retryNow(id, clock.instant())).isFalse();
        assertThat(store.markHandled(id, "clerk", clock.instant())).isFalse();
        clock.advance(Duration.ofDays(30));
        smtp.accept();
        assertThat(dispatcher.dispatchDue()).isZero();
        assertThat(smtp.accepted).isEmpty();
    }

    @Test
    void aSendJoinsTheCallersTransaction() {
        Dispatcher dispatcher = dispatcher(smtp, 50);
        StoredNotifications notifications = new StoredNotifications(store, dispatcher, clock);
        TransactionTemplate tx = new TransactionTemplate(new DataSourceTransactionManager(dataSource));

        tx.executeWithoutResult(status -> {
            notifications.send(new OutgoingMessage("rolled@example.org", null, "s", "b", "receipt", "R-1"));
            assertThat(store.list(null, "R-1", 0, 10).total())
                    .as("visible inside the transaction")
                    .isEqualTo(1);
            status.setRollbackOnly();
        });
        assertThat(store.list(null, "R-1", 0, 10).total()).isZero();

        tx.executeWithoutResult(status ->
                notifications.send(new OutgoingMessage("kept@example.org", null, "s", "b", "receipt", "R-2")));
        assertThat(store.list(null, "R-2", 0, 10).items())
                .singleElement()
                .satisfies(m -> assertThat(m.email()).isEqualTo("kept@example.org"));
        dispatcher.dispatchDue();
        assertThat(smtp.recipients()).doesNotContain("rolled@example.org");
    }

    @Test
    void listingFiltersAndPagesNewestFirst() {
        for (int i = 0; i < 5; i++) {
            insert("p" + i + "@example.org", null, "b");
            clock.advance(Duration.ofSeconds(1));
        }
        insert(null, "+254700000000", "b");
        MessageStore.Page first = store.list(MessageStatus.PENDING, "MEMO-7", 0, 2);
        assertThat(first.total()).isEqualTo(5);
        assertThat(first.items()).extracting(StoredMessage::email).containsExactly("p4@example.org", "p3@example.org");
        assertThat(store.list(MessageStatus.PENDING, null, 2, 2).items())
                .extracting(StoredMessage::email)
                .containsExactly("p0@example.org");
        assertThat(store.list(MessageStatus.HELD, null, 0, 10).total()).isEqualTo(1);
        assertThat(store.list(null, "MEMO-other", 0, 10).total()).isZero();
        MessageStore.Counts counts = store.counts();
        assertThat(counts.pending()).isEqualTo(5);
        assertThat(counts.held()).isEqualTo(1);
        assertThat(counts.failing()).isZero();
        assertThat(counts.oldestFailingSince()).isNull();
    }
}
