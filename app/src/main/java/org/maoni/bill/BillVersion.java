package org.maoni.bill;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One version of a bill as published (1..n): its label ("First Reading"), publication date, the original file's name,
 * detected media type, size and SHA-256 (the file itself is kept unchanged), and the parser's report.
 */
public record BillVersion(
        int number,
        String label,
        LocalDate publicationDate,
        String fileName,
        String mediaType,
        long size,
        String sha256,
        int pageCount,
        Instant createdAt,
        String createdBy,
        Instant treeEditedAt,
        String treeEditedBy,
        ParseReport parseReport) {}
