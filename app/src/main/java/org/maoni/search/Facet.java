package org.maoni.search;

/** A keyword field whose values are counted over all matching documents. */
public enum Facet {
    TYPE,
    BILL,
    VERSION,
    COUNTY,
    SUBMITTER_TYPE,
    STANCE,
    DECISION,
    STATUS
}
