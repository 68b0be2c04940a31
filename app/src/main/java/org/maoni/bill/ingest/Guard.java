package org.maoni.bill.ingest;

/**
 * The budget of one extraction, checked from inside parsers: wall-clock deadline, cancellation by the caller (on
 * timeout or shutdown), thread interruption, and the character budget. Breaking a limit throws {@link Abort}, which
 * carries the rejection out through parser code that wraps exceptions.
 *
 * <p>Cancellation is a flag rather than a thread interrupt: the parses run on in-memory data and never block, and an
 * interrupt landing while Tika or PDFBox initialise a class or borrow from an interruptible pool can break them for
 * the rest of the JVM's life.
 */
final class Guard {

    private final long deadlineNanos;
    private final int maxCharacters;
    private long characters;
    private volatile boolean cancelled;

    Guard(long timeoutNanos, int maxCharacters) {
        this.deadlineNanos = System.nanoTime() + timeoutNanos;
        this.maxCharacters = maxCharacters;
    }

    /** Stops the parse at its next check. */
    void cancel() {
        cancelled = true;
    }

    /** Throws when the time is up, the extraction was cancelled or the thread was interrupted. */
    void check() {
        if (cancelled
                || System.nanoTime() - deadlineNanos > 0
                || Thread.currentThread().isInterrupted()) {
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
