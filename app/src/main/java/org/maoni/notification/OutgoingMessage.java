package org.maoni.notification;

/**
 * A message to one person: {@code email} or {@code phone} (either may be null; with neither, staff see the message and
 * reach the person another way), the subject and plain-text body in the person's language, its {@code kind} (e.g.
 * {@code receipt}, {@code response}, {@code overdue}) and the reference it concerns.
 */
public record OutgoingMessage(String email, String phone, String subject, String body, String kind, String reference) {}
