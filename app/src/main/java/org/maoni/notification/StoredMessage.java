package org.maoni.notification;

import java.time.Instant;

/**
 * A stored outgoing message as staff see it, with its delivery state. It holds personal data (e-mail, phone): never
 * show it to the public.
 */
public record StoredMessage(
        MessageId id,
        String kind,
        String reference,
        String email,
        String phone,
        String subject,
        String body,
        MessageStatus status,
        HeldReason heldReason,
        int attempts,
        Instant nextAttemptAt,
        String lastError,
        Instant failingSince,
        Instant createdAt,
        Instant sentAt,
        String handledBy,
        Instant handledAt) {}
