package org.maoni.memorandum;

/** The id of a call for memoranda. */
public record CallId(long value) {

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
