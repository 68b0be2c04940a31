package org.maoni.memorandum;

import java.time.Instant;

/**
 * One entry of a proposal's decision history: what was decided, why, by which body and when, who recorded it, and the
 * implementing change if one was named. The newest entry is the proposal's current decision.
 */
public record DecisionRecord(
        long id,
        long proposalId,
        Decision decision,
        String reasons,
        String observation,
        String decidedBy,
        Instant decidedAt,
        String recordedBy,
        Implementation implementation) {}
