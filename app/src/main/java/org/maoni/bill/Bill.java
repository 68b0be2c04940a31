package org.maoni.bill;

import java.time.Instant;
import java.util.List;

/**
 * A bill with its versions (oldest first). {@code billNumber} and {@code gazetteSupplement} are as printed ("National
 * Assembly Bills No. 30", "Kenya Gazette Supplement No. 102").
 */
public record Bill(
        BillId id,
        String title,
        House house,
        String billNumber,
        Integer year,
        String gazetteSupplement,
        String sponsor,
        String committee,
        BillStage stage,
        Instant createdAt,
        List<BillVersion> versions) {

    public Bill {
        versions = List.copyOf(versions);
    }

    /** The newest version's number. */
    public int latestVersion() {
        return versions.isEmpty() ? 0 : versions.get(versions.size() - 1).number();
    }
}
