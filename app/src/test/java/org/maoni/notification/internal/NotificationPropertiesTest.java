package org.maoni.notification.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class NotificationPropertiesTest {

    private static NotificationProperties with(
            String from, Duration poll, Duration base, Duration max, int alertAfter, Duration claim, int batch) {
        return new NotificationProperties(
                from, null, null, poll, base, max, alertAfter, Duration.ofHours(1), claim, batch);
    }

    @Test
    void sensibleSettingsAreKeptAndAMissingPrefixIsEmpty() {
        NotificationProperties p = with(
                "maoni@bunge.go.ke",
                Duration.ofSeconds(2),
                Duration.ofSeconds(30),
                Duration.ofHours(6),
                8,
                Duration.ofMinutes(5),
                50);
        assertThat(p.subjectPrefix()).isEmpty();
        assertThat(p.retryMax()).isEqualTo(Duration.ofHours(6));
    }

    @Test
    void nonsenseIsRefusedAtStartup() {
        Duration s = Duration.ofSeconds(1);
        assertThatThrownBy(() -> with(" ", s, s, s, 1, s, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> with("a@b.c", s, Duration.ZERO, s, 1, s, 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> with("a@b.c", s, Duration.ofMinutes(2), Duration.ofMinutes(1), 1, s, 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> with("a@b.c", s, s, s, 0, s, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> with("a@b.c", s, s, s, 1, s, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> with("a@b.c", Duration.ZERO, s, s, 1, s, 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> with("a@b.c", s, s, s, 1, Duration.ofSeconds(-1), 1))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
