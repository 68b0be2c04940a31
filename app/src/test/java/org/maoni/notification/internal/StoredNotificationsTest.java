package org.maoni.notification.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.maoni.notification.HeldReason;
import org.maoni.notification.MessageStatus;
import org.maoni.notification.OutgoingMessage;
import org.maoni.notification.StoredMessage;

/** What is stored for a message: status and reason, cleaned text, and refusals of programming errors. */
class StoredNotificationsTest {

    private static final Instant NOW = Instant.parse("2026-03-01T08:00:00Z");

    private static StoredMessage store(String email, String phone, String subject, String body) {
        return StoredNotifications.toStore(
                new OutgoingMessage(email, phone, subject, body, "receipt", "MEMO-1"), true, NOW);
    }

    @Test
    void aMessageWithAUsableAddressIsPendingAndDueNow() {
        StoredMessage m = store("wanjiku@example.org", "+254700000000", "Risiti", "Asante");
        assertThat(m.status()).isEqualTo(MessageStatus.PENDING);
        assertThat(m.heldReason()).isNull();
        assertThat(m.nextAttemptAt()).isEqualTo(NOW);
        assertThat(m.createdAt()).isEqualTo(NOW);
        assertThat(m.attempts()).isZero();
        assertThat(m.kind()).isEqualTo("receipt");
        assertThat(m.reference()).isEqualTo("MEMO-1");
    }

    @Test
    void phoneOnlyOrNoContactIsHeldWithoutAnAddress() {
        assertThat(store(null, "+254700000000", "s", "b").heldReason()).isEqualTo(HeldReason.NO_ADDRESS);
        assertThat(store("   ", null, "s", "b").heldReason()).isEqualTo(HeldReason.NO_ADDRESS);
        StoredMessage none = store(null, null, "s", "b");
        assertThat(none.status()).isEqualTo(MessageStatus.HELD);
        assertThat(none.email()).isNull();
        assertThat(none.phone()).isNull();
    }

    @Test
    void unusableAddressesAreHeldAndKeptForStaff() {
        for (String bad : new String[] {
            "not-an-address",
            "two@example.org, three@example.org",
            "Wanjiku <w@example.org>",
            "w@example.org\r\nBcc: all@example.org",
            "w\u0000@example.org",
            "@example.org",
            "w@",
            "a".repeat(400) + "@example.org"
        }) {
            StoredMessage m = store(bad, null, "s", "b");
            assertThat(m.status()).as(bad).isEqualTo(MessageStatus.HELD);
            assertThat(m.heldReason()).as(bad).isEqualTo(HeldReason.INVALID_ADDRESS);
            assertThat(m.email())
                    .as(bad)
                    .isNotNull()
                    .hasSizeLessThanOrEqualTo(320)
                    .doesNotContain("\r", "\n", "\0");
        }
    }

    @Test
    void withoutSmtpAUsableAddressIsHeldForWantOfIt() {
        StoredMessage m = StoredNotifications.toStore(
                new OutgoingMessage("w@example.org", null, "s", "b", "receipt", null), false, NOW);
        assertThat(m.status()).isEqualTo(MessageStatus.HELD);
        assertThat(m.heldReason()).isEqualTo(HeldReason.NO_SMTP);
        assertThat(m.lastError()).contains("spring.mail.host");
    }

    @Test
    void textIsCleanedOfNulAndControlCharactersButKeepsLinesAndScripts() {
        String body = "Mpendwa Mwananchi,\r\nAsante 🙏🏾 kwa maoni.\u0000\rשלום مرحبا\n\tKaribu\u0007";
        StoredMessage m = store("w@example.org", "+254\u0000700\n000000", "Risiti\r\nBcc: x@example.org", body);
        assertThat(m.body()).isEqualTo("Mpendwa Mwananchi,\nAsante 🙏🏾 kwa maoni.\nשלום مرحبا\n\tKaribu");
        assertThat(m.subject()).isEqualTo("Risiti  Bcc: x@example.org");
        assertThat(m.phone()).isEqualTo("+254 700 000000");
    }

    @Test
    void hugeSubjectsArePutInTheirColumnWithoutSplittingAnEmoji() {
        StoredMessage m = store("w@example.org", "1".repeat(500), "a".repeat(999) + "😀😀", "b".repeat(1_000_000));
        assertThat(m.subject()).hasSize(999);
        assertThat(m.phone()).hasSize(100);
        assertThat(m.body()).hasSize(1_000_000);
    }

    @Test
    void emptyTextIsAllowed() {
        StoredMessage m = store("w@example.org", null, "", "");
        assertThat(m.subject()).isEmpty();
        assertThat(m.body()).isEmpty();
    }

    @Test
    void programmingErrorsAreRefused() {
        assertThatThrownBy(() -> StoredNotifications.toStore(null, true, NOW))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> StoredNotifications.toStore(
                        new OutgoingMessage("w@example.org", null, "s", "b", " ", "R"), true, NOW))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> StoredNotifications.toStore(
                        new OutgoingMessage("w@example.org", null, "s", "b", "k".repeat(61), "R"), true, NOW))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> StoredNotifications.toStore(
                        new OutgoingMessage("w@example.org", null, "s", "b", "receipt", "R".repeat(201)), true, NOW))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> StoredNotifications.toStore(
                        new OutgoingMessage("w@example.org", null, null, "b", "receipt", "R"), true, NOW))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> StoredNotifications.toStore(
                        new OutgoingMessage("w@example.org", null, "s", null, "receipt", "R"), true, NOW))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void failureSummariesAreOneShortLineWithCauses() {
        Exception e = new RuntimeException(
                "outer\nline two", new java.io.IOException("Connection refused " + "x".repeat(1000)));
        String summary = Dispatcher.summary(e);
        assertThat(summary)
                .startsWith("RuntimeException: outer line two <- IOException: Connection refused")
                .hasSizeLessThanOrEqualTo(500)
                .doesNotContain("\n", "\tat ");
    }
}
