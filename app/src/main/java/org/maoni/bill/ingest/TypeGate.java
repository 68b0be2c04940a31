package org.maoni.bill.ingest;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.apache.tika.detect.DefaultDetector;
import org.apache.tika.detect.Detector;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MediaTypeRegistry;
import org.apache.tika.mime.MimeTypes;

/**
 * Decides what a file is from its bytes (Tika's detector, given no file name, so magic bytes and container contents
 * alone decide) and checks that this agrees with the file name's extension.
 *
 * <ul>
 *   <li>Supported extension and matching bytes: accepted. Within text, the bytes may be more specific: a .txt that is
 *       RTF is read as RTF; a .html whose bytes look like plain text is still read as HTML.
 *   <li>Supported extension, other bytes: {@code TYPE_MISMATCH} (a PNG named .pdf); but a .docx that is an encrypted
 *       Office container is {@code ENCRYPTED}, and a .docx that is a damaged Office package is {@code CORRUPT}.
 *   <li>No extension: the bytes decide, if they are a supported type.
 *   <li>Anything else (executables, images, plain ZIPs, unknown extensions): {@code UNSUPPORTED_TYPE}.
 * </ul>
 */
final class TypeGate {

    static final MediaType OOXML_PROTECTED = MediaType.application("x-tika-ooxml-protected");
    static final MediaType OOXML_GENERIC = MediaType.application("x-tika-ooxml");
    static final MediaType OLE2_GENERIC = MediaType.application("x-tika-msoffice");
    static final MediaType XHTML = MediaType.application("xhtml+xml");

    private static MimeTypes mimeTypes;
    private static Detector detector;

    private TypeGate() {}

    /**
     * Builds Tika's default detector (magic bytes plus the ZIP, OLE2 and other container detectors) once. Call it
     * from a thread that will not be interrupted: Tika reads its type registry through an interruptible parser pool,
     * and a failed start is not kept, so a later call tries again.
     */
    static synchronized void init() {
        if (detector == null) {
            MimeTypes types = MimeTypes.getDefaultMimeTypes();
            detector = new DefaultDetector(types);
            mimeTypes = types;
        }
    }

    static MediaTypeRegistry registry() {
        init();
        return mimeTypes.getMediaTypeRegistry();
    }

    /** Tika's view of the bytes alone. */
    static MediaType detect(byte[] content) throws IOException {
        init();
        Detector d;
        synchronized (TypeGate.class) {
            d = detector;
        }
        try (TikaInputStream tis = TikaInputStream.get(content)) {
            return d.detect(tis, new Metadata());
        }
    }

    static String extension(String fileName) {
        if (fileName == null) {
            return null;
        }
        String name = fileName;
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        name = name.substring(slash + 1).strip();
        int dot = name.lastIndexOf('.');
        if (dot <= 0 || dot == name.length() - 1) {
            return null;
        }
        return name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    /** The type to read the file as, or a rejection. */
    static DocumentType decide(String fileName, MediaType detected, byte[] content) throws DocumentRejectedException {
        MediaTypeRegistry registry = registry();
        MediaType base = registry.normalize(detected.getBaseType());
        DocumentType fromBytes = fromBytes(base, registry);
        String ext = extension(fileName);
        DocumentType fromName = DocumentType.byExtension(ext);
        String shown = describe(base);

        if (ext == null) {
            if (fromBytes != null) {
                return fromBytes;
            }
            if (base.equals(OOXML_PROTECTED)) {
                throw encrypted();
            }
            throw new DocumentRejectedException(
                    DocumentRejectedException.Reason.UNSUPPORTED_TYPE,
                    "The file is " + shown + ", which Maoni cannot read. Upload a PDF, Word (DOCX), ODT, RTF, HTML"
                            + " or plain-text document.");
        }
        if (fromName == null) {
            throw new DocumentRejectedException(
                    DocumentRejectedException.Reason.UNSUPPORTED_TYPE,
                    "Files of type ." + ext + " are not accepted. Upload a PDF, Word (DOCX), ODT, RTF, HTML or"
                            + " plain-text document.");
        }
        if (fromBytes == fromName) {
            return fromName;
        }
        switch (fromName) {
            case TEXT -> {
                if (fromBytes == DocumentType.RTF) {
                    return DocumentType.RTF;
                }
                if (fromBytes == DocumentType.HTML || isText(base, registry)) {
                    return DocumentType.TEXT;
                }
                // Tika takes Windows-1252 punctuation (bytes 0x80-0x9F) for binary
                if (base.equals(MediaType.OCTET_STREAM) && PlainText.looksLikeText(content)) {
                    return DocumentType.TEXT;
                }
            }
            case HTML -> {
                if (fromBytes == DocumentType.TEXT || isText(base, registry)) {
                    return DocumentType.HTML;
                }
            }
            case DOCX -> {
                // Tika's streaming ZIP detector reads only the first 16 MB; a large DOCX that stores
                // [Content_Types].xml at the end is then just a ZIP
                if (base.equals(MediaType.APPLICATION_ZIP)
                        && SecureZip.names(content).containsAll(List.of("[Content_Types].xml", "word/document.xml"))) {
                    return DocumentType.DOCX;
                }
                if (base.equals(OOXML_PROTECTED)) {
                    throw encrypted();
                }
                if (base.equals(OOXML_GENERIC)) {
                    throw new DocumentRejectedException(
                            DocumentRejectedException.Reason.CORRUPT,
                            "The file is named .docx but is a damaged Office package.");
                }
            }
            case ODT -> {
                if (base.equals(MediaType.APPLICATION_ZIP)
                        && SecureZip.names(content).containsAll(List.of("mimetype", "content.xml"))) {
                    return DocumentType.ODT;
                }
            }
            case DOC -> {
                if (base.equals(OLE2_GENERIC)) {
                    return DocumentType.DOC;
                }
                if (base.equals(OOXML_PROTECTED)) {
                    throw encrypted();
                }
            }
            default -> {}
        }
        throw new DocumentRejectedException(
                DocumentRejectedException.Reason.TYPE_MISMATCH,
                "The file is named ." + ext + " but its content is " + shown + ", not " + fromName.label + ".");
    }

    private static DocumentRejectedException encrypted() {
        return new DocumentRejectedException(
                DocumentRejectedException.Reason.ENCRYPTED,
                "The Word document is protected by a password. Upload a copy without a password.");
    }

    private static boolean isText(MediaType base, MediaTypeRegistry registry) {
        return registry.isInstanceOf(base, MediaType.TEXT_PLAIN);
    }

    private static DocumentType fromBytes(MediaType base, MediaTypeRegistry registry) {
        for (DocumentType t : DocumentType.values()) {
            if (t != DocumentType.TEXT && base.equals(MediaType.parse(t.mediaType))) {
                return t;
            }
        }
        if (base.equals(XHTML)) {
            return DocumentType.HTML;
        }
        if (base.equals(MediaType.TEXT_PLAIN)) {
            return DocumentType.TEXT;
        }
        return null;
    }

    private static String describe(MediaType base) {
        String s = base.toString();
        return switch (s) {
            case "application/octet-stream" -> "not a recognisable document";
            case "application/zip" -> "a ZIP archive";
            case "application/x-msdownload",
                    "application/x-dosexec",
                    "application/x-executable",
                    "application/x-sharedlib",
                    "application/x-mach-o-executable" -> "a program (" + s + ")";
            default -> {
                if (s.startsWith("image/")) {
                    yield "an image (" + s + ")";
                }
                for (DocumentType t : DocumentType.values()) {
                    if (t.mediaType.equals(s)) {
                        yield t.label;
                    }
                }
                yield s;
            }
        };
    }
}
