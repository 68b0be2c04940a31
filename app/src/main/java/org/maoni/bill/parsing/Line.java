package org.maoni.bill.parsing;

/** One line of input after repair: a PDF text line or a DOCX paragraph (or a soft-broken piece of one). */
final class Line {

    /** Position in the document's line list. */
    final int index;
    /** The sanitised text before letter-spacing repair (keeps the original spacing, e.g. wide gaps). */
    final String raw;
    /** The repaired, single-spaced text. */
    final String text;
    /** Letters only, lower case: for fuzzy comparisons. */
    final String letters;

    final int page;
    /** The repaired marginal note anchored to this block, or null. */
    final String marginNote;
    /** True for the second and later pieces of a block that held line breaks. */
    final boolean continuesBlock;
    /** Set when the line is boilerplate (stamp, running header, page number, noise). */
    boolean skip;

    Line(int index, String raw, String text, int page, String marginNote, boolean continuesBlock) {
        this.index = index;
        this.raw = raw;
        this.text = text;
        this.letters = Text.letters(text);
        this.page = page;
        this.marginNote = marginNote;
        this.continuesBlock = continuesBlock;
    }

    @Override
    public String toString() {
        return index + ":" + text;
    }
}
