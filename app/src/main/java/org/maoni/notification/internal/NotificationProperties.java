package org.maoni.notification.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of outgoing messages ({@code maoni.notifications.*}): the sender address and subject prefix, how often the
 * dispatcher polls, the retry back-off (doubling from {@code retryBase} up to {@code retryMax}), after how many failed
 * attempts a message shows as FAILING, how long a dispatcher's claim on a message lasts, and how many messages one poll
 * takes. SMTP itself is configured with Spring Boot's {@code spring.mail.*}; without {@code spring.mail.host} messages
 * are kept for staff.
 */
@ConfigurationProperties("maoni.notifications")
public record NotificationProperties(
        @DefaultValue("maoni@localhost") String from,
        String replyTo,
        @DefaultValue("") String subjectPrefix,
        @DefaultValue("2s") Duration pollInterval,
        @DefaultValue("30s") Duration retryBase,
        @DefaultValue("6h") Duration retryMax,
        @DefaultValue("8") int maxAttemptsBeforeAlert,
        @DefaultValue("1h") Duration failingAlertAfter,
        @DefaultValue("5m") Duration claimTimeout,
        @DefaultValue("50") int batchSize) {

    public NotificationProperties {
        if (from == null || from.isBlank()) {
            throw new IllegalArgumentException("maoni.notifications.from must be an e-mail address");
        }
        if (retryBase.isNegative() || retryBase.isZero() || retryMax.compareTo(retryBase) < 0) {
            throw new IllegalArgumentException(
                    "maoni.notifications.retry-base must be positive and not above retry-max");
        }
        if (maxAttemptsBeforeAlert < 1 || batchSize < 1) {
            throw new IllegalArgumentException(
                    "maoni.notifications.max-attempts-before-alert and batch-size must be at least 1");
        }
        if (pollInterval.isNegative() || pollInterval.isZero() || claimTimeout.isNegative() || claimTimeout.isZero()) {
            throw new IllegalArgumentException("maoni.notifications.poll-interval and claim-timeout must be positive");
        }
        subjectPrefix = subjectPrefix == null ? "" : subjectPrefix;
    }
}
