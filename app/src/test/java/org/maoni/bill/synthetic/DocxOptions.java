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
        RIGHT_ALIGNED_PARAGRAPH,
        /**
         * The body set in two columns, as DOCX transcriptions made from Gazette PDFs are: a page's worth of clauses in
         * the first column, then a column break and that page's marginal notes, spaced by empty paragraphs, in the
         * second. Extracted text therefore lists the notes after the clauses they belong to.
         */
        SECOND_COLUMN
    }

    /** Numbers as text, marginal notes in text boxes. */
    public static DocxOptions defaults() {
        return new DocxOptions(false, MarginNoteStyle.TEXT_BOX);
    }
}
