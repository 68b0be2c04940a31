package org.maoni.bill;

/** A new version (number 2 and up) of a bill was added. */
public record BillVersionAdded(BillId billId, int versionNumber) {}
