package org.maoni.memorandum;

import java.time.Instant;
import java.util.List;
import org.maoni.bill.BillId;

/**
 * A memorandum to accept. {@code version} null means the version of the open call; {@code receivedAt} null means now
 * (an imported e-mail gives its own date); {@code idempotencyKey} makes retries safe; {@code actor} is the staff user
 * who imported it, or null for the public.
 */
public record NewMemorandum(
        BillId billId,
        Integer version,
        Channel channel,
        Submitter submitter,
        Consent consent,
        String text,
        List<ProposalInput> proposals,
        List<SubmittedFile> files,
        Instant receivedAt,
        String idempotencyKey,
        String actor) {

    public NewMemorandum {
        proposals = proposals == null ? List.of() : List.copyOf(proposals);
        files = files == null ? List.of() : List.copyOf(files);
    }
}
