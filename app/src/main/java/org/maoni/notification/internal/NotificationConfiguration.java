package org.maoni.notification.internal;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

/**
 * Wires the dispatcher (with Spring Boot's {@link JavaMailSender} when {@code spring.mail.host} is set) and polls for
 * due messages every {@code maoni.notifications.poll-interval}. On startup with SMTP configured, messages held only
 * because SMTP was missing are released for delivery: their recipients gave an e-mail address and wait for it; a
 * message staff already handled is DELIVERED_BY_STAFF, not HELD, so it is not sent again.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableConfigurationProperties(NotificationProperties.class)
class NotificationConfiguration implements SchedulingConfigurer {

    private static final Logger log = LoggerFactory.getLogger(NotificationConfiguration.class);

    private final ObjectProvider<Dispatcher> dispatcher;
    private final NotificationProperties properties;

    NotificationConfiguration(ObjectProvider<Dispatcher> dispatcher, NotificationProperties properties) {
        this.dispatcher = dispatcher;
        this.properties = properties;
    }

    @Bean(destroyMethod = "close")
    Dispatcher notificationDispatcher(
            MessageStore store,
            ObjectProvider<JavaMailSender> mail,
            NotificationProperties properties,
            Clock clock,
            MeterRegistry meters) {
        return new Dispatcher(store, mail.getIfAvailable(), properties, clock, meters, Dispatcher.nodeName());
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        registrar.addFixedDelayTask(() -> dispatcher.getObject().dispatchQuietly(), properties.pollInterval());
    }

    @EventListener(ApplicationReadyEvent.class)
    void releaseHeld() {
        Dispatcher d = dispatcher.getObject();
        if (!d.smtpConfigured()) {
            log.info("No SMTP server configured (spring.mail.host): outgoing messages are kept for staff");
            return;
        }
        int released = d.releaseHeldForNoSmtp();
        if (released > 0) {
            log.info("SMTP is configured: {} message(s) held for want of it are being sent", released);
        }
        d.nudge();
    }
}
