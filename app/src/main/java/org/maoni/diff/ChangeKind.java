package org.maoni.diff;

/** How a provision changed between two versions of a bill. */
public enum ChangeKind {
    /**
     * Same number, same place, and the same text once case, whitespace, punctuation and OCR confusions are set aside
     * (or similar enough by {@link AlignmentSettings#unchangedThreshold()}); {@link Alignment#textChanged()} tells
     * whether any character still differs.
     */
    UNCHANGED,
    /** The text is reworded. */
    MODIFIED,
    /** Same text (as for {@link #UNCHANGED}) under a new number, in the same place relative to its neighbours. */
    RENUMBERED,
    /** Moved to another Part, or out of order relative to the provisions around it; it may also be reworded. */
    MOVED,
    /** Only in the new version. */
    INSERTED,
    /** Only in the old version. */
    DELETED,
    /** One old provision became several adjacent new ones. */
    SPLIT,
    /** Several adjacent old provisions became one new one. */
    MERGED
}
