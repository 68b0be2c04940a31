package org.maoni.memorandum;

/** A clerk confirmed the clause links, stances and themes of a memorandum's proposals. */
public record MemorandumTriaged(MemorandumReference reference) {}
