package org.maoni.bill;

/** A drafter started draft {@code number} of a bill's next version (its drafting workflow starts on it). */
public record DraftStarted(BillId billId, int number, String startedBy) {}
