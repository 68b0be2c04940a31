package org.maoni.memorandum;

import java.time.ZonedDateTime;
import java.util.Optional;
import org.maoni.bill.BillId;

/**
 * Calls for memoranda: a clerk opens, extends, closes early or withdraws; the participation workflow drives the rest
 * (closing when due, consolidation, the committee's report, publication). A bill has at most one call that is not
 * published or withdrawn. Every change publishes its event in the writing transaction.
 */
public interface CallsForMemoranda {

    CallForMemoranda open(OpenCall call, String actor);

    /** Moves the closing time later; publishes {@link CallDeadlineChanged}. */
    CallForMemoranda extend(BillId billId, ZonedDateTime closesAt, String actor);

    /** Closes the window now; publishes {@link CallDeadlineChanged} with the current time. */
    CallForMemoranda closeNow(BillId billId, String actor);

    /** Ends the call because the bill was withdrawn; publishes {@link BillWithdrawn}. */
    CallForMemoranda withdrawBill(BillId billId, String reason, String actor);

    /** The bill's current call: the latest one, whatever its status. */
    Optional<CallForMemoranda> current(BillId billId);

    CallForMemoranda get(CallId id);

    /** Closes the window if its closing time has passed; false (nothing changed) when it was extended meanwhile. */
    boolean closeIfDue(CallId id);

    /** The clerk consolidated the submissions. */
    void consolidated(CallId id, String summary, String actor);

    /** The committee adopted its report. */
    void reportAdopted(CallId id, String actor);

    /** The report was published. */
    void published(CallId id);
}
