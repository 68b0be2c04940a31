package org.maoni.notification.internal;

import java.time.Duration;

/**
 * The retry schedule: after the n-th failed attempt the next one waits {@code base * 2^(n-1)}, never more than
 * {@code max}. No jitter: claims, not timing, keep several nodes from sending a message twice.
 */
record Backoff(Duration base, Duration max) {

    Backoff {
        if (base.isNegative() || base.isZero() || max.compareTo(base) < 0) {
            throw new IllegalArgumentException("base must be positive and not above max");
        }
    }

    /** The wait after {@code failedAttempts} failures (at least 1; 0 or less is treated as 1). */
    Duration delayAfter(int failedAttempts) {
        int doublings = Math.max(failedAttempts, 1) - 1;
        // Doubling 62 times overflows a long; past that (and long before) the cap applies anyway.
        if (doublings >= 62) {
            return max;
        }
        long factor = 1L << doublings;
        long baseMillis = base.toMillis();
        if (baseMillis > max.toMillis() / factor) {
            return max;
        }
        return Duration.ofMillis(baseMillis * factor);
    }
}
