package org.maoni.memorandum;

import java.time.Instant;

/** A memorandum as staff see it, with the time its response was published (null while unanswered). */
public record MemorandumRecord(Memorandum memorandum, Instant respondedAt) {}
