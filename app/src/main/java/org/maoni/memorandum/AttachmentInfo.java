package org.maoni.memorandum;

/** A stored file of a memorandum: its name, media type, size, content hash and whether text was extracted from it. */
public record AttachmentInfo(
        long id, String filename, String mediaType, long size, String sha256, boolean textExtracted) {}
