package org.maoni.annotation.model;

import java.util.Locale;

/**
 * The motivations (and body purposes) of the W3C Web Annotation vocabulary. Maoni's own annotations use
 * {@link #COMMENTING}, {@link #EDITING}, {@link #QUESTIONING} and {@link #TAGGING}; the others are accepted on import.
 */
public enum Motivation {
    ASSESSING,
    BOOKMARKING,
    CLASSIFYING,
    COMMENTING,
    DESCRIBING,
    EDITING,
    HIGHLIGHTING,
    IDENTIFYING,
    LINKING,
    MODERATING,
    QUESTIONING,
    REPLYING,
    TAGGING;

    /** The JSON-LD term, e.g. "commenting". */
    public String term() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The motivation named by a JSON-LD term (also "oa:commenting"), or null when there is none. */
    public static Motivation ofTerm(String term) {
        String t = term.startsWith("oa:") ? term.substring(3) : term;
        for (Motivation m : values()) {
            if (m.term().equals(t)) {
                return m;
            }
        }
        return null;
    }
}
