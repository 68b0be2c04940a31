package org.maoni.memorandum;

import java.time.Instant;
import java.time.LocalDate;
import org.maoni.bill.BillId;

/**
 * Proof that a memorandum was accepted, returned only after the memorandum and its files are committed.
 * {@code receiptToken} is shown once and, with the reference, opens the status page; {@code responseDue} is the last
 * day for the committee's response (Nairobi working days).
 */
public record Receipt(
        MemorandumReference reference,
        String receiptToken,
        BillId billId,
        int version,
        String billTitle,
        Instant receivedAt,
        LocalDate responseDue,
        boolean late,
        MemorandumStatus status) {}
