package org.maoni.bill.ingest;

import java.util.Locale;
import java.util.Objects;

/**
 * An uploaded file that Maoni will not read, with a stable {@link Reason} (its {@link Reason#slug() slug} is meant for
 * problem-detail type URIs and clients) and a message for people naming the problem.
 */
public class DocumentRejectedException extends Exception {

    private static final long serialVersionUID = 1L;

    /** Why a file was rejected. All but {@link #BUSY} are the client's problem (4xx). */
    public enum Reason {
        /** The file has no bytes. */
        EMPTY,
        /** More bytes, pages or characters than the limits allow. */
        TOO_LARGE,
        /** Neither the extension nor the content is a supported document type. */
        UNSUPPORTED_TYPE,
        /** The extension names a supported type but the content is something else. */
        TYPE_MISMATCH,
        /** Password-protected or encrypted. */
        ENCRYPTED,
        /** Damaged or not a valid file of its type (including zip bombs and absurd nesting). */
        CORRUPT,
        /** Valid, but there is no text to read (for example a scanned PDF without a text layer). */
        NO_TEXT,
        /** Reading it took longer than the time limit. */
        TIMEOUT,
        /** Too many documents are being read at once; a server condition (503), retry later. */
        BUSY;

        /** Lower-case, hyphenated, stable: {@code type-mismatch}. */
        public String slug() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    private final Reason reason;

    public DocumentRejectedException(Reason reason, String message) {
        super(message);
        this.reason = Objects.requireNonNull(reason);
    }

    public DocumentRejectedException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = Objects.requireNonNull(reason);
    }

    public Reason reason() {
        return reason;
    }
}
