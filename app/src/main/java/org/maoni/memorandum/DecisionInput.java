package org.maoni.memorandum;

/** The committee's decision on one proposal; {@code reasons} are mandatory. */
public record DecisionInput(long proposalId, Decision decision, String reasons) {}
