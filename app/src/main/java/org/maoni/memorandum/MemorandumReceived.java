package org.maoni.memorandum;

import java.time.Instant;
import java.time.LocalDate;
import org.maoni.bill.BillId;

/**
 * A memorandum was accepted and stored with its {@code files} (uploads, e-mail attachments); its review starts from
 * this event.
 */
public record MemorandumReceived(
        MemorandumReference reference,
        BillId billId,
        int version,
        Channel channel,
        boolean late,
        Instant receivedAt,
        LocalDate responseDue,
        int files) {}
