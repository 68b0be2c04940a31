package org.maoni.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.maoni.notification.internal.Dispatcher;
import org.maoni.notification.internal.NotificationDesk;
import org.maoni.support.ApiClient;
import org.maoni.support.MaoniIntegrationTest;
import org.maoni.support.TestSmtpServer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The notification port end to end with a real SMTP server (GreenMail): stored in the sender's transaction, delivered
 * after commit, nothing for a rollback, phone-only messages held for staff, and the staff API for staff only.
 */
@MaoniIntegrationTest
class NotificationsIntegrationTest {

    private static final Duration DELIVERY = Duration.ofSeconds(60);

    @LocalServerPort
    int port;

    @Autowired
    Notifications notifications;

    @Autowired
    NotificationDesk desk;

    @Autowired
    Dispatcher dispatcher;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void aMessageSentInACommittedTransactionArrivesBySmtp() throws Exception {
        String email = unique() + "@example.org";
        String reference = "MEMO-" + unique();
        String body = "Asante kwa maoni yako kuhusu Mswada wa Fedha 🇰🇪.\nKumbukumbu: " + reference + "\nمرحبا";
        transactions.executeWithoutResult(status -> notifications.send(
                new OutgoingMessage(email, "+254700000001", "Risiti ya maoni", body, "receipt", reference)));

        List<MimeMessage> received = TestSmtpServer.awaitMessagesTo(email, DELIVERY, list -> !list.isEmpty());
        assertThat(received).hasSize(1);
        MimeMessage mail = received.get(0);
        assertThat(mail.getSubject()).isEqualTo("Risiti ya maoni");
        assertThat(((String) mail.getContent()).replace("\r\n", "\n")).isEqualTo(body);
        StoredMessage stored = awaitStatus(reference, MessageStatus.SENT);
        assertThat(stored.sentAt()).isNotNull();
        assertThat(stored.attempts()).isZero();
        assertThat(stored.email()).isEqualTo(email);
    }

    @Test
    void aRolledBackTransactionStoresAndSendsNothing() {
        String email = unique() + "@example.org";
        String reference = "MEMO-" + unique();
        transactions.executeWithoutResult(status -> {
            notifications.send(new OutgoingMessage(email, null, "Receipt", "Body", "receipt", reference));
            status.setRollbackOnly();
        });

        dispatcher.dispatchDue();
        assertThat(desk.list(null, reference, 0, 10).total()).isZero();
        assertThat(TestSmtpServer.messagesTo(email)).isEmpty();
    }

    @Test
    void aPhoneOnlyMessageIsHeldForStaffWhoMarkItHandled() {
        String reference = "MEMO-" + unique();
        transactions.executeWithoutResult(status -> notifications.send(
                new OutgoingMessage(null, "+254 700 000 002", "Receipt", "Body", "receipt", reference)));
        dispatcher.dispatchDue();

        StoredMessage held = desk.list(null, reference, 0, 10).items().get(0);
        assertThat(held.status()).isEqualTo(MessageStatus.HELD);
        assertThat(held.heldReason()).isEqualTo(HeldReason.NO_ADDRESS);
        assertThat(held.phone()).isEqualTo("+254 700 000 002");

        ApiClient api = new ApiClient(port);
        assertThat(api.postJson("/api/notifications/" + held.id() + "/retry", "{}", ApiClient.CLERK)
                        .json()
                        .path("type")
                        .asText())
                .isEqualTo("urn:maoni:problem:no-usable-address");
        ApiClient.Response handled =
                api.postJson("/api/notifications/" + held.id() + "/handled", "{}", ApiClient.CLERK);
        assertThat(handled.status()).isEqualTo(200);
        assertThat(handled.json().path("status").asText()).isEqualTo("DELIVERED_BY_STAFF");
        assertThat(handled.json().path("handledBy").asText()).isEqualTo("clerk");
        ApiClient.Response again = api.postJson("/api/notifications/" + held.id() + "/handled", "{}", ApiClient.ADMIN);
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().path("type").asText()).isEqualTo("urn:maoni:problem:message-delivered");
    }

    @Test
    void onlyClerksAndAdminsReadOrChangeMessages() {
        String reference = "MEMO-" + unique();
        transactions.executeWithoutResult(status -> notifications.send(
                new OutgoingMessage(null, "+254700000003", "Receipt", "Body", "receipt", reference)));
        MessageId id = desk.list(null, reference, 0, 10).items().get(0).id();
        ApiClient api = new ApiClient(port);

        ApiClient.Response anonymous = api.get("/api/notifications?reference=" + reference);
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.contentType()).contains("problem+json");
        assertThat(anonymous.body()).doesNotContain("254700000003");
        assertThat(api.get("/api/notifications/" + id).status()).isEqualTo(401);
        ApiClient.Response committee = api.get("/api/notifications?reference=" + reference, ApiClient.COMMITTEE);
        assertThat(committee.status()).isEqualTo(403);
        assertThat(committee.json().path("type").asText()).isEqualTo("urn:maoni:problem:forbidden");
        assertThat(committee.body()).doesNotContain("254700000003");
        assertThat(api.postJson("/api/notifications/" + id + "/handled", "{}", ApiClient.COMMITTEE)
                        .status())
                .isEqualTo(403);
        assertThat(api.postJson("/api/notifications/" + id + "/retry", "{}", null)
                        .status())
                .isIn(401, 403);
        assertThat(desk.get(id).status()).isEqualTo(MessageStatus.HELD);

        for (String staff : List.of(ApiClient.CLERK, ApiClient.ADMIN)) {
            ApiClient.Response page = api.get("/api/notifications?status=held&reference=" + reference, staff);
            assertThat(page.status()).isEqualTo(200);
            JsonNode json = page.json();
            assertThat(json.path("total").asLong()).isEqualTo(1);
            assertThat(json.path("items").get(0).path("phone").asText()).isEqualTo("+254700000003");
            assertThat(api.get("/api/notifications/" + id, staff)
                            .json()
                            .path("id")
                            .asText())
                    .isEqualTo(id.toString());
        }
    }

    @Test
    void badStaffRequestsAreProblemDetails() {
        ApiClient api = new ApiClient(port);
        ApiClient.Response status = api.get("/api/notifications?status=LOST", ApiClient.CLERK);
        assertThat(status.status()).isEqualTo(400);
        assertThat(status.json().path("errors").get(0).path("field").asText()).isEqualTo("status");
        assertThat(api.get("/api/notifications?size=0", ApiClient.CLERK).status())
                .isEqualTo(400);
        assertThat(api.get("/api/notifications?page=-1", ApiClient.CLERK).status())
                .isEqualTo(400);
        assertThat(api.get("/api/notifications?size=ten", ApiClient.CLERK).status())
                .isEqualTo(400);
        ApiClient.Response missing = api.get("/api/notifications/" + UUID.randomUUID(), ApiClient.CLERK);
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.json().path("type").asText()).isEqualTo("urn:maoni:problem:message-not-found");
        assertThat(api.postJson("/api/notifications/not-a-uuid/retry", "{}", ApiClient.CLERK)
                        .status())
                .isEqualTo(404);
    }

    @Test
    void aSentMessageCannotBeRetriedAndHealthShowsTheCounts() {
        String email = unique() + "@example.org";
        String reference = "MEMO-" + unique();
        transactions.executeWithoutResult(status ->
                notifications.send(new OutgoingMessage(email, null, "Response", "Body", "response", reference)));
        StoredMessage sent = awaitStatus(reference, MessageStatus.SENT);
        ApiClient api = new ApiClient(port);
        ApiClient.Response retry = api.postJson("/api/notifications/" + sent.id() + "/retry", "{}", ApiClient.ADMIN);
        assertThat(retry.status()).isEqualTo(409);
        assertThat(TestSmtpServer.messagesTo(email)).hasSize(1);

        JsonNode health = api.get("/actuator/health", ApiClient.ADMIN).json();
        JsonNode component = health.path("components").path("notifications");
        assertThat(component.path("status").asText()).isEqualTo("UP");
        assertThat(component.path("details").path("smtpConfigured").asBoolean()).isTrue();
        assertThat(component.path("details").has("held")).isTrue();
    }

    private StoredMessage awaitStatus(String reference, MessageStatus wanted) {
        long deadline = System.nanoTime() + DELIVERY.toNanos();
        while (true) {
            List<StoredMessage> items = desk.list(null, reference, 0, 10).items();
            if (items.size() == 1 && items.get(0).status() == wanted) {
                return items.get(0);
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Message " + reference + " did not become " + wanted + ": " + items);
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 12);
    }
}
