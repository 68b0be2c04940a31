package org.maoni.memorandum;

import java.time.ZonedDateTime;
import org.maoni.bill.BillId;

/** A clerk opened (or scheduled) a call for memoranda; its participation process starts from this event. */
public record CallOpened(CallId callId, BillId billId, int version, ZonedDateTime closesAt) {}
