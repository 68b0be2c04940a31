package org.maoni.notification.internal;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.InputStream;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;

/** A thread-safe test double of an SMTP server: records what it accepts, or fails with a set exception. */
final class RecordingMailSender implements JavaMailSender {

    private final Session session = Session.getInstance(new Properties());
    final List<MimeMessage> accepted = new CopyOnWriteArrayList<>();
    final AtomicReference<MailException> failure = new AtomicReference<>();

    void failWith(String message) {
        failure.set(new MailSendException(message));
    }

    void accept() {
        failure.set(null);
    }

    List<String> recipients() {
        return accepted.stream()
                .map(m -> {
                    try {
                        return m.getAllRecipients()[0].toString();
                    } catch (MessagingException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .toList();
    }

    @Override
    public MimeMessage createMimeMessage() {
        return new MimeMessage(session);
    }

    @Override
    public MimeMessage createMimeMessage(InputStream contentStream) {
        try {
            return new MimeMessage(session, contentStream);
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void send(MimeMessage... mimeMessages) {
        MailException error = failure.get();
        if (error != null) {
            throw error;
        }
        accepted.addAll(List.of(mimeMessages));
    }

    @Override
    public void send(SimpleMailMessage... simpleMessages) {
        throw new UnsupportedOperationException("The dispatcher sends MIME messages only");
    }
}
