package org.maoni.search;

/** How hits are ordered; ties are broken by document id so paging is stable. */
public enum SortOrder {
    /** Best match first (BM25 over the searched fields). */
    RELEVANCE,
    /** Newest {@code date} first; documents without a date last. */
    DATE
}
