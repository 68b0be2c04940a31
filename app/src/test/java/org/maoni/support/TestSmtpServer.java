package org.maoni.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * A real SMTP server (GreenMail) for the whole test JVM, on a free port chosen when it starts and published as the
 * system property {@code maoni.test.smtp-port}, which {@code application-test.yml} gives to {@code spring.mail.port}.
 * JUnit starts it before any test (registered in {@code META-INF/services}) and stops it at the end; every Spring
 * context of the run therefore delivers mail here. Tests find their messages by recipient, never by count.
 */
public final class TestSmtpServer implements LauncherSessionListener {

    /** The system property holding the port. */
    public static final String PORT_PROPERTY = "maoni.test.smtp-port";

    private static GreenMail server;

    /** Starts the server once per JVM (idempotent). */
    public static synchronized GreenMail server() {
        if (server == null) {
            GreenMail started = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            started.start();
            System.setProperty(PORT_PROPERTY, Integer.toString(started.getSmtp().getPort()));
            server = started;
        }
        return server;
    }

    /** The messages received for {@code recipient}, waiting up to {@code timeout} until {@code done} holds. */
    public static List<MimeMessage> awaitMessagesTo(
            String recipient, Duration timeout, Predicate<List<MimeMessage>> done) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            List<MimeMessage> received = messagesTo(recipient);
            if (done.test(received) || System.nanoTime() > deadline) {
                return received;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return received;
            }
        }
    }

    /** The messages received so far for {@code recipient}. */
    public static List<MimeMessage> messagesTo(String recipient) {
        return Arrays.stream(server().getReceivedMessages())
                .filter(m -> isFor(m, recipient))
                .toList();
    }

    private static boolean isFor(MimeMessage message, String recipient) {
        try {
            return message.getAllRecipients() != null
                    && Arrays.stream(message.getAllRecipients())
                            .anyMatch(a -> a.toString().equalsIgnoreCase(recipient));
        } catch (MessagingException e) {
            return false;
        }
    }

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        server();
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        synchronized (TestSmtpServer.class) {
            if (server != null) {
                server.stop();
                server = null;
            }
        }
    }
}
