package org.maoni.annotation.anchoring;

/** How a quote fared when its provision's bill got a new version. */
public enum AnchorStatus {
    /** The same text was found where the provision went. */
    ANCHORED,
    /** Text close to the quote was found where the provision went, with the same context; it differs from the quote. */
    ANCHORED_WITH_CHANGES,
    /** The provision was deleted, or no text in its successors is close enough to the quote in the same context. */
    ORPHANED
}
