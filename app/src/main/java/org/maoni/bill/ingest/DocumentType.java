package org.maoni.bill.ingest;

import java.util.List;
import java.util.Locale;

/** The document types Maoni reads, with their media types and file extensions. */
enum DocumentType {
    PDF("application/pdf", "PDF", List.of("pdf")),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "Word (DOCX)", List.of("docx")),
    /** Legacy Word 97–2003, read by Tika's POI-based parser: paragraphs only, no marginal notes. */
    DOC("application/msword", "Word 97–2003 (DOC)", List.of("doc")),
    ODT("application/vnd.oasis.opendocument.text", "OpenDocument text (ODT)", List.of("odt")),
    RTF("application/rtf", "RTF", List.of("rtf")),
    HTML("text/html", "HTML", List.of("html", "htm", "xhtml")),
    TEXT("text/plain", "plain text", List.of("txt", "text"));

    final String mediaType;
    final String label;
    final List<String> extensions;

    DocumentType(String mediaType, String label, List<String> extensions) {
        this.mediaType = mediaType;
        this.label = label;
        this.extensions = extensions;
    }

    static DocumentType byExtension(String ext) {
        if (ext == null) {
            return null;
        }
        String e = ext.toLowerCase(Locale.ROOT);
        for (DocumentType t : values()) {
            if (t.extensions.contains(e)) {
                return t;
            }
        }
        return null;
    }
}
