package org.maoni.memorandum;

/** Something screening found that a moderator must look at before the memorandum goes on. */
public record ScreeningFlag(Kind kind, String detail) {

    /** What was found. */
    public enum Kind {
        /** The same text as an earlier memorandum on the same bill; {@code detail} names it. */
        DUPLICATE,
        /** Abusive or threatening language; {@code detail} says where, not the words. */
        ABUSIVE_LANGUAGE,
        /** Phone numbers, e-mail addresses or ID numbers in the text, which publication must hide. */
        PERSONAL_DATA
    }
}
