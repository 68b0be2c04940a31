package org.maoni.memorandum;

/** The text of a memorandum's files was extracted and their recommendations turned into proposals. */
public record MemorandumExtracted(MemorandumReference reference) {}
