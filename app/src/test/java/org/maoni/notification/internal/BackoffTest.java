package org.maoni.notification.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class BackoffTest {

    private final Backoff backoff = new Backoff(Duration.ofSeconds(30), Duration.ofHours(6));

    @Test
    void doublesFromTheBaseAfterEachFailure() {
        assertThat(backoff.delayAfter(1)).isEqualTo(Duration.ofSeconds(30));
        assertThat(backoff.delayAfter(2)).isEqualTo(Duration.ofMinutes(1));
        assertThat(backoff.delayAfter(3)).isEqualTo(Duration.ofMinutes(2));
        assertThat(backoff.delayAfter(8)).isEqualTo(Duration.ofSeconds(30L * 128));
        assertThat(backoff.delayAfter(10)).isEqualTo(Duration.ofSeconds(30L * 512));
    }

    @Test
    void isCappedAtTheMaximumAndNeverOverflows() {
        // 30 s * 2^10 = 8.5 h is above the 6 h cap.
        assertThat(backoff.delayAfter(11)).isEqualTo(Duration.ofHours(6));
        for (int attempts : new int[] {12, 40, 61, 62, 63, 64, 100, 1_000, Integer.MAX_VALUE}) {
            assertThat(backoff.delayAfter(attempts)).as("after %d", attempts).isEqualTo(Duration.ofHours(6));
        }
    }

    @Test
    void neverShrinksAsFailuresAccumulate() {
        Duration previous = Duration.ZERO;
        for (int attempts = 1; attempts < 200; attempts++) {
            Duration delay = backoff.delayAfter(attempts);
            assertThat(delay).isGreaterThanOrEqualTo(previous).isLessThanOrEqualTo(Duration.ofHours(6));
            previous = delay;
        }
    }

    @Test
    void oddCountsAreTreatedAsOneFailure() {
        assertThat(backoff.delayAfter(0)).isEqualTo(Duration.ofSeconds(30));
        assertThat(backoff.delayAfter(-5)).isEqualTo(Duration.ofSeconds(30));
        assertThat(backoff.delayAfter(Integer.MIN_VALUE)).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void aBaseEqualToTheMaximumIsConstant() {
        Backoff flat = new Backoff(Duration.ofMinutes(1), Duration.ofMinutes(1));
        assertThat(flat.delayAfter(1)).isEqualTo(Duration.ofMinutes(1));
        assertThat(flat.delayAfter(50)).isEqualTo(Duration.ofMinutes(1));
    }

    @Test
    void rejectsANonPositiveBaseOrAMaximumBelowIt() {
        assertThatThrownBy(() -> new Backoff(Duration.ZERO, Duration.ofHours(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Backoff(Duration.ofSeconds(-1), Duration.ofHours(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Backoff(Duration.ofHours(2), Duration.ofHours(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void subMillisecondBasesStillGrow() {
        Backoff tiny = new Backoff(Duration.ofMillis(1), Duration.ofDays(365));
        assertThat(tiny.delayAfter(1)).isEqualTo(Duration.ofMillis(1));
        assertThat(tiny.delayAfter(31)).isEqualTo(Duration.ofMillis(1L << 30));
        assertThat(tiny.delayAfter(62)).isEqualTo(Duration.ofDays(365));
    }
}
