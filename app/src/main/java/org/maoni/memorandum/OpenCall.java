package org.maoni.memorandum;

import java.time.ZonedDateTime;
import java.util.Set;
import org.maoni.bill.BillId;

/**
 * A clerk's call for memoranda on one bill version: the notice text, the window (Nairobi date-times, closing after
 * opening), the channels it accepts, and the response deadline in working days after receipt.
 */
public record OpenCall(
        BillId billId,
        int version,
        String notice,
        ZonedDateTime opensAt,
        ZonedDateTime closesAt,
        Set<Channel> channels,
        int responseWorkingDays) {

    public OpenCall {
        channels = channels == null ? Set.of() : Set.copyOf(channels);
    }
}
