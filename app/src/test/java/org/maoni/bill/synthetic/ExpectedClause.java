package org.maoni.bill.synthetic;

/**
 * The ground truth for one clause of a generated bill: its number, its marginal note without the closing full stop,
 * the Part it sits in ("II", "ESTABLISHMENT OF THE AUTHORITY"), how many subclauses, paragraphs (at any depth) and
 * subparagraphs it has, and its whole text as printed, numbers included, one printed paragraph per line.
 */
public record ExpectedClause(
        int number,
        String heading,
        String partNumber,
        String partHeading,
        int subclauses,
        int paragraphs,
        int subparagraphs,
        String text) {}
