package org.maoni.diff;

/** How a provision changed between two versions of a bill. */
public enum ChangeKind {
    /** Same text (within the unchanged threshold), same number, same place. */
    UNCHANGED,
    /** The text is reworded. */
    MODIFIED,
    /** Same text under a new number, in the same place relative to its neighbours. */
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
