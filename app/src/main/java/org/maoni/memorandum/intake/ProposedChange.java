package org.maoni.memorandum.intake;

/**
 * One data row of a memorandum's recommendations table, with continuation rows merged in: the reference cell as
 * written, the proposed change and the rationale ("" where the table has no such column), and {@code row}, the index in
 * the memorandum's blocks of the row's first block.
 */
public record ProposedChange(String reference, String proposedText, String rationale, int row) {

    public ProposedChange {
        reference = reference == null ? "" : reference;
        proposedText = proposedText == null ? "" : proposedText;
        rationale = rationale == null ? "" : rationale;
    }
}
