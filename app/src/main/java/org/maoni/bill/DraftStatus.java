package org.maoni.bill;

/**
 * Where a draft of the next version stands: the drafters edit it only in {@link #DRAFTING}; legal review and the
 * committee's approval read it; {@link #PUBLISHED} and {@link #DISCARDED} are final.
 */
public enum DraftStatus {
    DRAFTING,
    LEGAL_REVIEW,
    COMMITTEE_APPROVAL,
    PUBLISHED,
    DISCARDED;

    /** Whether the draft is still on its way (not published, not discarded). */
    public boolean open() {
        return this != PUBLISHED && this != DISCARDED;
    }
}
