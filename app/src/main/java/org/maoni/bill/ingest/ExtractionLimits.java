package org.maoni.bill.ingest;

import java.time.Duration;

/**
 * Bounds on one extraction. {@code maxBytes}: largest upload accepted; {@code maxCharacters}: largest extracted text
 * accepted (a document with more is rejected, not truncated); {@code timeout}: wall-clock time for one parse;
 * {@code maxPages}: most PDF pages accepted; {@code maxConcurrent}: parses running at once (more wait in a short queue,
 * beyond which callers are turned away with {@link DocumentRejectedException.Reason#BUSY}).
 */
public record ExtractionLimits(long maxBytes, int maxCharacters, Duration timeout, int maxPages, int maxConcurrent) {

    public static final long DEFAULT_MAX_BYTES = 50L * 1024 * 1024;
    public static final int DEFAULT_MAX_CHARACTERS = 5_000_000;
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(60);
    public static final int DEFAULT_MAX_PAGES = 2_000;
    public static final int DEFAULT_MAX_CONCURRENT = 2;

    public ExtractionLimits {
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("maxBytes must be positive");
        }
        if (maxCharacters <= 0) {
            throw new IllegalArgumentException("maxCharacters must be positive");
        }
        if (timeout == null || timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive");
        }
        if (maxPages <= 0) {
            throw new IllegalArgumentException("maxPages must be positive");
        }
        if (maxConcurrent <= 0) {
            throw new IllegalArgumentException("maxConcurrent must be positive");
        }
    }

    /** 50 MB, 5 million characters, 60 s, 2,000 pages, 2 parses at once. */
    public static ExtractionLimits defaults() {
        return new ExtractionLimits(
                DEFAULT_MAX_BYTES, DEFAULT_MAX_CHARACTERS, DEFAULT_TIMEOUT, DEFAULT_MAX_PAGES, DEFAULT_MAX_CONCURRENT);
    }

    public ExtractionLimits withMaxBytes(long value) {
        return new ExtractionLimits(value, maxCharacters, timeout, maxPages, maxConcurrent);
    }

    public ExtractionLimits withMaxCharacters(int value) {
        return new ExtractionLimits(maxBytes, value, timeout, maxPages, maxConcurrent);
    }

    public ExtractionLimits withTimeout(Duration value) {
        return new ExtractionLimits(maxBytes, maxCharacters, value, maxPages, maxConcurrent);
    }

    public ExtractionLimits withMaxPages(int value) {
        return new ExtractionLimits(maxBytes, maxCharacters, timeout, value, maxConcurrent);
    }

    public ExtractionLimits withMaxConcurrent(int value) {
        return new ExtractionLimits(maxBytes, maxCharacters, timeout, maxPages, value);
    }
}
