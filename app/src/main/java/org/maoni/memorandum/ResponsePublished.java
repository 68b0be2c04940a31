package org.maoni.memorandum;

import org.maoni.bill.BillId;

/** The committee's decisions on a memorandum's proposals, with reasons, were published. */
public record ResponsePublished(MemorandumReference reference, BillId billId, int version) {}
