package org.maoni.memorandum;

import java.util.Objects;

/** A file that came with a memorandum: the name as uploaded, the declared media type (may be null) and the bytes. */
public record SubmittedFile(String filename, String contentType, byte[] content) {

    public SubmittedFile {
        Objects.requireNonNull(content, "content");
        filename = filename == null || filename.isBlank() ? "attachment" : filename;
    }
}
