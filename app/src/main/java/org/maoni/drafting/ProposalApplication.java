package org.maoni.drafting;

import java.time.Instant;
import java.util.UUID;
import org.maoni.bill.BillId;
import org.maoni.memorandum.Decision;

/**
 * The record that a drafter applied an accepted proposal to a draft: the decision it carried out and the provision
 * ({@code eId} in the draft when applied, and its lineage, which later versions keep) it made or changed.
 */
public record ProposalApplication(
        UUID id,
        BillId billId,
        int draft,
        long proposalId,
        String memorandum,
        Decision decision,
        ApplicationAction action,
        String eId,
        String lineageId,
        String appliedBy,
        Instant appliedAt) {}
