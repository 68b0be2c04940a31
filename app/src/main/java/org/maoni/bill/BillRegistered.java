package org.maoni.bill;

/** A bill was registered with its first version. */
public record BillRegistered(BillId billId, String title, int versionNumber) {}
