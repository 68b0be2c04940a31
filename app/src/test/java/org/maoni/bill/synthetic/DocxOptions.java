package org.maoni.bill.synthetic;

/**
 * How to write a bill as DOCX. {@code listNumbering} puts clause numbers, paragraph letters and subparagraph numerals
 * into Word list numbering instead of the text, as many transcriptions do; {@code marginNotes} chooses how marginal
 * notes are written.
 */
public record DocxOptions(boolean listNumbering, MarginNoteStyle marginNotes) {

    /** How a DOCX carries a marginal note. */
    public enum MarginNoteStyle {
        /** A text box anchored to the clause's paragraph and floated into the right margin. */
        TEXT_BOX,
        /** A small right-aligned paragraph of its own just before the clause. */
        RIGHT_ALIGNED_PARAGRAPH
    }

    /** Numbers as text, marginal notes in text boxes. */
    public static DocxOptions defaults() {
        return new DocxOptions(false, MarginNoteStyle.TEXT_BOX);
    }
}
