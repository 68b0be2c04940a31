package org.maoni.memorandum;

import java.time.Instant;
import java.time.LocalDate;
import org.maoni.bill.BillId;
import org.maoni.bill.County;

/** A public hearing held on a bill: when, where (venue and county), how many attended, and who recorded it. */
public record Hearing(
        long id,
        BillId billId,
        LocalDate heldOn,
        String venue,
        County county,
        int attendance,
        String notes,
        String recordedBy,
        Instant recordedAt) {}
