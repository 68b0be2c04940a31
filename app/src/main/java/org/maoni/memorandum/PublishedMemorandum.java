package org.maoni.memorandum;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.maoni.bill.BillId;
import org.maoni.bill.County;

/**
 * A memorandum fit for open data: no contact details, gender or disability; {@code organisation} is the name of an
 * organisation that agreed to publish it (null for individuals and anonymous submitters), {@code county} is given for
 * organisations only, and personal data in {@code text} and the proposals is replaced by placeholders.
 */
public record PublishedMemorandum(
        MemorandumReference reference,
        BillId billId,
        int version,
        Channel channel,
        SubmitterKind submitterKind,
        OrganisationType organisationType,
        String organisation,
        County county,
        Instant receivedAt,
        LocalDate responseDue,
        boolean late,
        Instant respondedAt,
        String text,
        List<PublishedProposal> proposals) {

    public PublishedMemorandum {
        proposals = List.copyOf(proposals);
    }

    /** A proposal of a published memorandum with its decision; the texts are redacted. */
    public record PublishedProposal(
            long id,
            String reference,
            List<String> eIds,
            Stance stance,
            String proposedText,
            String justification,
            ProposalDecision decision) {

        public PublishedProposal {
            eIds = List.copyOf(eIds);
        }
    }
}
