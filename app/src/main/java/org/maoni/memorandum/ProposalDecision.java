package org.maoni.memorandum;

import java.time.Instant;

/** A decision on one proposal with its mandatory reasons, who decided (the body, e.g. the committee) and when. */
public record ProposalDecision(Decision decision, String reasons, String decidedBy, Instant decidedAt) {}
