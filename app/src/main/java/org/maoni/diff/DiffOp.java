package org.maoni.diff;

import java.util.Objects;

/** One operation of a {@link TextDiff}: a run of text that both sides share, or that only the new or old side has. */
public record DiffOp(Kind kind, String text) {

    /** What the run is: shared by both sides, only in the new text, or only in the old text. */
    public enum Kind {
        EQUAL,
        INSERT,
        DELETE
    }

    public DiffOp {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
    }

    public static DiffOp equal(String text) {
        return new DiffOp(Kind.EQUAL, text);
    }

    public static DiffOp insert(String text) {
        return new DiffOp(Kind.INSERT, text);
    }

    public static DiffOp delete(String text) {
        return new DiffOp(Kind.DELETE, text);
    }
}
