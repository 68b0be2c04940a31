package org.maoni.memorandum;

/** The submitter withdrew a memorandum; its review ends. */
public record MemorandumWithdrawn(MemorandumReference reference) {}
