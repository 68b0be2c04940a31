package org.maoni.bill;

import java.util.Objects;

/** An uploaded document: the name the uploader gave it and its bytes, kept unchanged. */
public record SourceFile(String fileName, byte[] content) {

    public SourceFile {
        Objects.requireNonNull(content, "content");
        fileName = cleanName(fileName);
    }

    /** The last path segment, without control characters, at most 255 characters; "document" when nothing is left. */
    static String cleanName(String name) {
        if (name == null) {
            return "document";
        }
        String base = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1)
                .replaceAll("\\p{Cntrl}", "")
                .strip();
        if (base.length() > 255) {
            base = base.substring(base.length() - 255);
        }
        return base.isEmpty() ? "document" : base;
    }
}
