package org.maoni.memorandum;

import java.time.Instant;

/**
 * The current decision on one proposal with its mandatory reasons, the deciding body (the committee's name) and date;
 * {@code observation} is the committee's optional comment and {@code implementation} the change of a later version
 * that carries it out (both may be null).
 */
public record ProposalDecision(
        Decision decision,
        String reasons,
        String decidedBy,
        Instant decidedAt,
        String observation,
        Implementation implementation) {

    /** A decision without observation and not (yet) implemented. */
    public ProposalDecision(Decision decision, String reasons, String decidedBy, Instant decidedAt) {
        this(decision, reasons, decidedBy, decidedAt, null, null);
    }
}
