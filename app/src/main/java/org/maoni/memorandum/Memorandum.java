package org.maoni.memorandum;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.maoni.bill.BillId;

/**
 * A stored memorandum as staff see it, personal data included; public views are built from it by leaving out the
 * submitter's contact details (and the name when {@code consent} is {@link Consent#ANONYMOUS}).
 */
public record Memorandum(
        MemorandumReference reference,
        BillId billId,
        int version,
        Channel channel,
        Submitter submitter,
        Consent consent,
        String text,
        Instant receivedAt,
        LocalDate responseDue,
        boolean late,
        MemorandumStatus status,
        boolean overdue,
        List<Proposal> proposals,
        List<AttachmentInfo> attachments,
        List<ScreeningFlag> flags,
        String statusNote) {

    public Memorandum {
        proposals = List.copyOf(proposals);
        attachments = List.copyOf(attachments);
        flags = List.copyOf(flags);
    }
}
