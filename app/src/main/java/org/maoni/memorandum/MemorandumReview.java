package org.maoni.memorandum;

import java.util.List;

/**
 * The steps of a memorandum's review, each called by the workflow that drives it. Every step is idempotent (a retried
 * job must not duplicate anything) and validates its input, refusing bad input with a problem detail that stores
 * nothing.
 */
public interface MemorandumReview {

    /** Extracts the text of the attached files and turns recommendations tables into linked proposals. */
    void extract(MemorandumReference reference);

    /** Looks for exact duplicates, abusive language and personal data in the text; stores and returns the flags. */
    List<ScreeningFlag> screen(MemorandumReference reference);

    /** A moderator's verdict on a flagged memorandum: go on ({@code setAside} false) or set it aside with a note. */
    void moderate(MemorandumReference reference, boolean setAside, String note, String actor);

    /** Sends the receipt (reference, bill, time received, response due) through the notification port. */
    void sendReceipt(MemorandumReference reference);

    /** Records the step the memorandum has reached, for the status page. */
    void enterStep(MemorandumReference reference, MemorandumStatus status);

    /** Applies a clerk's triage; every proposal of the memorandum must be covered and every eId must exist. */
    void triage(MemorandumReference reference, TriageInput input, String actor);

    /** Records the committee's decisions; every proposal needs a decision and reasons. */
    void decide(MemorandumReference reference, List<DecisionInput> decisions, String actor);

    /** Publishes the decisions (status RESPONDED), sends the response and publishes {@link ResponsePublished}. */
    void publishResponse(MemorandumReference reference);

    /** Marks the memorandum overdue (its response due date passed) and sends the overdue notice. */
    void markOverdue(MemorandumReference reference);

    /** Ends the review of a memorandum set aside by moderation: status SET_ASIDE and the submitter told why. */
    void setAside(MemorandumReference reference);
}
