package org.maoni.memorandum;

import java.util.List;
import org.maoni.bill.BillId;

/**
 * The public hearings held on a bill, recorded by clerks for the participation report. Invalid input is refused with a
 * problem detail and nothing is stored.
 */
public interface Hearings {

    Hearing record(BillId billId, NewHearing hearing, String actor);

    /** The bill's hearings, oldest first. */
    List<Hearing> list(BillId billId);
}
