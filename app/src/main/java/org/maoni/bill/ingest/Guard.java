package org.maoni.bill.ingest;

/**
 * The budget of one extraction, checked from inside parsers: wall-clock deadline, thread interruption (the timeout
 * cancels the worker) and the character budget. Breaking a limit throws {@link Abort}, which carries the rejection out
 * through parser code that wraps exceptions.
 */
final class Guard {

    private final long deadlineNanos;
    private final int maxCharacters;
    private long characters;

    Guard(long timeoutNanos, int maxCharacters) {
        this.deadlineNanos = System.nanoTime() + timeoutNanos;
        this.maxCharacters = maxCharacters;
    }

    /** Throws when the time is up or the thread was interrupted. */
    void check() {
        if (Thread.currentThread().isInterrupted() || System.nanoTime() - deadlineNanos > 0) {
            throw new Abort(new DocumentRejectedException(
                    DocumentRejectedException.Reason.TIMEOUT, "Reading the document took longer than allowed."));
        }
    }

    /** Counts extracted characters; throws when there are more than the limit. */
    void addCharacters(int count) {
        characters += count;
        if (characters > maxCharacters) {
            throw new Abort(new DocumentRejectedException(
                    DocumentRejectedException.Reason.TOO_LARGE,
                    "The document has more than " + maxCharacters + " characters of text."));
        }
    }

    /** A rejection decided deep inside a parse. */
    static final class Abort extends RuntimeException {

        private static final long serialVersionUID = 1L;

        private final DocumentRejectedException rejection;

        Abort(DocumentRejectedException rejection) {
            super(rejection.getMessage(), null, false, false);
            this.rejection = rejection;
        }

        DocumentRejectedException rejection() {
            return rejection;
        }

        /** The rejection carried anywhere in the cause chain of {@code t}, or null. */
        static DocumentRejectedException find(Throwable t) {
            for (Throwable c = t; c != null; c = c.getCause()) {
                if (c instanceof Abort a) {
                    return a.rejection;
                }
                if (c instanceof DocumentRejectedException d) {
                    return d;
                }
                for (Throwable s : c.getSuppressed()) {
                    DocumentRejectedException d = find(s);
                    if (d != null) {
                        return d;
                    }
                }
                if (c.getCause() == c) {
                    break;
                }
            }
            return null;
        }
    }
}
