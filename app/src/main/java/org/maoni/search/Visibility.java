package org.maoni.search;

/** Who may find a document at all. */
public enum Visibility {
    /** Published material: anyone, signed in or not. */
    PUBLIC,
    /** Not (yet) published, e.g. a memorandum before the committee's response: staff only. */
    STAFF
}
