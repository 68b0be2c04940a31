package org.maoni.annotation;

import java.util.Objects;
import org.maoni.bill.BillId;

/**
 * Which annotations to list: those of a bill, optionally as they stand in one version ({@code version}, null for each
 * in its original version), on one provision and its descendants ({@code eId}), or on the provisions of one lineage
 * ({@code lineage}, "the same" provision across versions).
 */
public record AnnotationFilter(BillId billId, Integer version, String eId, String lineage) {

    public AnnotationFilter {
        Objects.requireNonNull(billId, "billId");
    }
}
