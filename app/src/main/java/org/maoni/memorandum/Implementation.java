package org.maoni.memorandum;

import org.maoni.bill.BillId;

/**
 * The provision of a later bill version that carries a decision out ("you said, we did"): the bill, the version and the
 * provision's {@code eId} as the version diff names it.
 */
public record Implementation(BillId billId, int version, String eId) {}
