package org.maoni.bill;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * One provision through every version of its bill, followed by its lineage id: where it stood in each version (or
 * that it was absent), and what changed since its previous appearance.
 */
public record ProvisionHistory(BillId billId, String lineageId, List<Step> steps) {

    /** The provision in one version; {@code provision} is null where the version does not have it. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Step(int version, String label, Provision provision, ProvisionChange change) {}
}
