package org.maoni.notification.internal;

import java.time.Clock;
import java.time.Instant;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * The {@code notifications} health component: UP with the counts of pending, failing and held messages, DOWN only when
 * some message has been FAILING for longer than {@code maoni.notifications.failing-alert-after} (default one hour), which
 * means delivery is broken rather than slow. Held messages (no address, no SMTP) are staff work, not ill health.
 */
@Component("notificationsHealthIndicator")
class NotificationsHealthIndicator implements HealthIndicator {

    private final MessageStore store;
    private final Dispatcher dispatcher;
    private final NotificationProperties properties;
    private final Clock clock;

    NotificationsHealthIndicator(
            MessageStore store, Dispatcher dispatcher, NotificationProperties properties, Clock clock) {
        this.store = store;
        this.dispatcher = dispatcher;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    public Health health() {
        MessageStore.Counts counts = store.counts();
        Instant oldest = counts.oldestFailingSince();
        boolean broken = oldest != null && oldest.isBefore(clock.instant().minus(properties.failingAlertAfter()));
        Health.Builder health = broken ? Health.down() : Health.up();
        health.withDetail("smtpConfigured", dispatcher.smtpConfigured())
                .withDetail("pending", counts.pending())
                .withDetail("failing", counts.failing())
                .withDetail("held", counts.held());
        if (oldest != null) {
            health.withDetail("failingSince", oldest.toString());
        }
        return health.build();
    }
}
