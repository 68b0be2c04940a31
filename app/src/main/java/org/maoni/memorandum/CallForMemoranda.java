package org.maoni.memorandum;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Set;
import org.maoni.bill.BillId;

/** A call for memoranda as stored; {@code closedAt} is when the window actually closed (null while open). */
public record CallForMemoranda(
        CallId id,
        BillId billId,
        int version,
        String notice,
        ZonedDateTime opensAt,
        ZonedDateTime closesAt,
        Set<Channel> channels,
        int responseWorkingDays,
        CallStatus status,
        Instant closedAt) {

    public CallForMemoranda {
        channels = Set.copyOf(channels);
    }
}
