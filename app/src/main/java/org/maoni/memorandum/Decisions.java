package org.maoni.memorandum;

import java.util.List;
import org.maoni.bill.BillId;

/**
 * The committee's decisions on proposals. Every write is refused with a problem detail, storing nothing, when the
 * decider is not a committee member, reasons are missing, or a proposal is not on the named bill (or its memorandum was
 * withdrawn or set aside). A changed decision keeps the earlier ones in the proposal's history; each records the
 * deciding body (the bill's committee) and date.
 */
public interface Decisions {

    /** Decides one proposal or a group of identical ones at once; returns the new history entries. */
    List<DecisionRecord> decide(BillId billId, DecisionCommand command, Decider decider);

    /** Decides every proposal of one memorandum (the review workflow's decide task); each needs reasons. */
    void decideMemorandum(MemorandumReference reference, List<DecisionInput> decisions, Decider decider);

    /** Points the proposal's current decision at the change of a later version that implements it. */
    DecisionRecord implementedBy(BillId billId, long proposalId, Implementation implementation, Decider decider);

    /**
     * Records that a published version carries out the proposal's current (accepting) decision: a system entry, not a
     * decision, so no committee role is asked for; it repeats the current decision with {@code implementation} and
     * changes nothing when that implementation, or one in a later version, is already the current one (so a
     * redelivered event is harmless).
     * Refused with a problem detail when the proposal is not on the bill, has no accepting decision, its memorandum
     * was withdrawn or set aside, or the implementation is not a provision of a later version.
     */
    DecisionRecord carriedOut(BillId billId, long proposalId, Implementation implementation, String recordedBy);

    /** The proposal's decisions, oldest first; a proposal not on the bill is a problem detail (404). */
    List<DecisionRecord> history(BillId billId, long proposalId);
}
