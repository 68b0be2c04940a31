package org.maoni.memorandum;

import org.maoni.bill.BillId;

/** The bill under a call for memoranda was withdrawn; the call ends wherever it is. */
public record BillWithdrawn(CallId callId, BillId billId, String reason) {}
