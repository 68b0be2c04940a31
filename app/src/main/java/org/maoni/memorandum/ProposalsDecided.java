package org.maoni.memorandum;

/** The committee recorded (not yet published) its decisions on a memorandum's proposals. */
public record ProposalsDecided(MemorandumReference reference) {}
