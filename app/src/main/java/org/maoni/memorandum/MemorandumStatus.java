package org.maoni.memorandum;

/** Where a memorandum is in its review, as the submitter's status page shows it. */
public enum MemorandumStatus {
    /** Accepted and durably stored; extraction and screening follow. */
    RECEIVED,
    /** Screening flagged it (duplicate, abusive language, personal data); a moderator decides. */
    IN_MODERATION,
    /** A clerk confirms the clause links, stances and themes. */
    IN_TRIAGE,
    /** The committee decides each proposal. */
    IN_DECISION,
    /** The committee's decisions and reasons are published. */
    RESPONDED,
    /** The submitter withdrew it. */
    WITHDRAWN,
    /** Moderation set it aside (abusive, or an exact duplicate); the submitter is told why. */
    SET_ASIDE
}
