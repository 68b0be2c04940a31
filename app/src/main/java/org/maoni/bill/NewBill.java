package org.maoni.bill;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * What a clerk says about a bill when registering it; every field may be left out where the document's cover says it
 * (title, house, bill number, year, Gazette supplement), and what the clerk gives wins over what was parsed.
 */
public record NewBill(
        @Size(max = 500) String title,
        @Size(max = 200) String house,
        @Size(max = 200) String billNumber,
        @Min(1963) @Max(2200) Integer year,
        @Size(max = 200) String gazetteSupplement,
        @Size(max = 300) String sponsor,
        @Size(max = 300) String committee,
        BillStage stage,
        @Size(max = 200) String versionLabel,
        LocalDate publicationDate) {

    /** Nothing said: everything comes from the document. */
    public static NewBill empty() {
        return new NewBill(null, null, null, null, null, null, null, null, null, null);
    }
}
