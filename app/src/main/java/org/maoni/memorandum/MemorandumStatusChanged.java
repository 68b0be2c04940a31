package org.maoni.memorandum;

/** A memorandum reached another review step or was set aside; {@code status} is the new one. */
public record MemorandumStatusChanged(MemorandumReference reference, MemorandumStatus status) {}
