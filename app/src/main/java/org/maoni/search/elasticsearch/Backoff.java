package org.maoni.search.elasticsearch;

import java.time.Duration;
import java.util.List;

/**
 * Retries the part of a batch that was refused for overload (HTTP 429), waiting longer each time (exponential back-off
 * with a cap); pure apart from the {@link Sleeper}, so it is tested without a server.
 */
final class Backoff {

    /** One attempt: sends the items and answers those that were refused for overload (empty when all went through). */
    interface Attempt<T> {
        List<T> send(List<T> items);
    }

    /** Waits; interrupted waits end the retries. */
    interface Sleeper {
        void sleep(Duration duration) throws InterruptedException;
    }

    /** Thrown when items were still refused after the last attempt. */
    static final class OverloadedException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        OverloadedException(String message) {
            super(message);
        }
    }

    private final int maxAttempts;
    private final Duration first;
    private final Duration cap;
    private final Sleeper sleeper;

    Backoff(int maxAttempts, Duration first, Duration cap, Sleeper sleeper) {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1");
        }
        this.maxAttempts = maxAttempts;
        this.first = first;
        this.cap = cap;
        this.sleeper = sleeper;
    }

    /** The wait before attempt {@code n} (2, 3, ...): first, 2×first, 4×first ..., never more than the cap. */
    Duration delayBefore(int attempt) {
        long factor = 1L << Math.min(attempt - 2, 30);
        Duration d = first.multipliedBy(factor);
        return d.compareTo(cap) > 0 ? cap : d;
    }

    <T> void run(List<T> items, Attempt<T> attempt) {
        List<T> pending = items;
        for (int n = 1; ; n++) {
            pending = attempt.send(pending);
            if (pending.isEmpty()) {
                return;
            }
            if (n == maxAttempts) {
                throw new OverloadedException(pending.size() + " item(s) still refused for overload (429) after "
                        + maxAttempts + " attempts");
            }
            try {
                sleeper.sleep(delayBefore(n + 1));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new OverloadedException("Interrupted while backing off");
            }
        }
    }
}
