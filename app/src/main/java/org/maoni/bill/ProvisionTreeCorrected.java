package org.maoni.bill;

/** A clerk replaced a version's parsed provision tree with a corrected one. */
public record ProvisionTreeCorrected(BillId billId, int versionNumber, String correctedBy) {}
