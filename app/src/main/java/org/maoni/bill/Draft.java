package org.maoni.bill;

import java.time.Instant;
import java.util.List;

/**
 * A draft of a bill's next version, visible to staff only: started from version {@code baseVersion}, edited clause by
 * clause, and on publication stored as version {@code publishedVersion}. {@code note} is the last note of a reviewer
 * who sent it back; {@code revision} counts the edits.
 */
public record Draft(
        BillId billId,
        int number,
        int baseVersion,
        String label,
        DraftStatus status,
        String note,
        int revision,
        List<Provision> provisions,
        Instant createdAt,
        String createdBy,
        Instant updatedAt,
        String updatedBy,
        Integer publishedVersion) {

    public Draft {
        provisions = List.copyOf(provisions);
    }

    /** This draft with another tree, one revision later. */
    public Draft withProvisions(List<Provision> tree, Instant at, String by) {
        return new Draft(
                billId,
                number,
                baseVersion,
                label,
                status,
                note,
                revision + 1,
                tree,
                createdAt,
                createdBy,
                at,
                by,
                publishedVersion);
    }
}
