package org.maoni.search.elasticsearch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Back-off on 429, without a server: the attempts and waits are recorded. */
class BackoffTest {

    private final List<Duration> waits = new ArrayList<>();
    private final Backoff backoff = new Backoff(5, Duration.ofMillis(100), Duration.ofMillis(500), waits::add);

    @Test
    void everythingAcceptedAtOnceMeansOneAttemptAndNoWait() {
        List<List<String>> sent = new ArrayList<>();
        backoff.run(List.of("a", "b"), items -> {
            sent.add(items);
            return List.of();
        });
        assertThat(sent).containsExactly(List.of("a", "b"));
        assertThat(waits).isEmpty();
    }

    @Test
    void onlyTheRefusedItemsAreSentAgainAfterGrowingWaits() {
        List<List<String>> sent = new ArrayList<>();
        backoff.run(List.of("a", "b", "c"), items -> {
            sent.add(items);
            return switch (sent.size()) {
                case 1 -> List.of("b", "c");
                case 2 -> List.of("c");
                default -> List.of();
            };
        });
        assertThat(sent).containsExactly(List.of("a", "b", "c"), List.of("b", "c"), List.of("c"));
        assertThat(waits).containsExactly(Duration.ofMillis(100), Duration.ofMillis(200));
    }

    @Test
    void waitsAreCapped() {
        assertThat(backoff.delayBefore(2)).isEqualTo(Duration.ofMillis(100));
        assertThat(backoff.delayBefore(4)).isEqualTo(Duration.ofMillis(400));
        assertThat(backoff.delayBefore(5)).isEqualTo(Duration.ofMillis(500));
        assertThat(backoff.delayBefore(60)).isEqualTo(Duration.ofMillis(500));
    }

    @Test
    void givesUpAfterTheLastAttempt() {
        List<Integer> attempts = new ArrayList<>();
        assertThatThrownBy(() -> backoff.run(List.of("a"), items -> {
                    attempts.add(attempts.size() + 1);
                    return items;
                }))
                .isInstanceOf(Backoff.OverloadedException.class)
                .hasMessageContaining("5 attempts");
        assertThat(attempts).containsExactly(1, 2, 3, 4, 5);
        assertThat(waits).hasSize(4);
    }

    @Test
    void anInterruptedWaitStopsRetrying() {
        Backoff interrupted = new Backoff(3, Duration.ofMillis(1), Duration.ofMillis(1), d -> {
            throw new InterruptedException();
        });
        assertThatThrownBy(() -> interrupted.run(List.of("a"), items -> items))
                .isInstanceOf(Backoff.OverloadedException.class);
        assertThat(Thread.interrupted()).isTrue();
    }
}
