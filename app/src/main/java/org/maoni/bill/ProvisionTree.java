package org.maoni.bill;

import java.time.LocalDate;
import java.util.List;

/** The provision tree of one bill version, top-level nodes in document order. */
public record ProvisionTree(
        BillId billId, int number, String label, LocalDate publicationDate, List<Provision> provisions) {

    public ProvisionTree {
        provisions = List.copyOf(provisions);
    }
}
