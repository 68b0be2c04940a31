package org.maoni.bill.synthetic;

/**
 * Where the plain-text rendering puts a marginal note relative to the line it stands beside: on its own line before
 * or after it, at the end of the same line after a run of spaces (as text extracted from a PDF often has it), or not at
 * all.
 */
public enum MarginalNotes {
    LINE_BEFORE,
    LINE_AFTER,
    SAME_LINE,
    OMITTED
}
