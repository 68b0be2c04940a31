package org.maoni.memorandum.internal;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * The file types a memorandum may carry (DOCX, PDF, ODT, plain text), recognised from the bytes and required to agree
 * with the file name's extension, so that a renamed executable or archive is refused before anything is stored.
 * Pure: only the bytes already in memory are looked at; nothing is unpacked.
 */
final class FileTypes {

    /** An accepted type with its media type. */
    enum Type {
        DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
        PDF("application/pdf", "pdf"),
        ODT("application/vnd.oasis.opendocument.text", "odt"),
        TXT("text/plain", "txt");

        final String mediaType;
        final String extension;

        Type(String mediaType, String extension) {
            this.mediaType = mediaType;
            this.extension = extension;
        }
    }

    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] PDF = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] ODT_MIMETYPE =
            "mimetypeapplication/vnd.oasis.opendocument.text".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] CONTENT_TYPES = "[Content_Types].xml".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] WORD_DOCUMENT = "word/document.xml".getBytes(StandardCharsets.US_ASCII);
    /** Where a PDF header may start: some producers write a few bytes of junk before it. */
    private static final int PDF_HEADER_WINDOW = 1024;

    private FileTypes() {}

    /** The type the bytes are, or empty when they are none of the accepted types. */
    static Optional<Type> detect(byte[] content) {
        if (content == null || content.length == 0) {
            return Optional.empty();
        }
        if (startsWith(content, ZIP, 0)) {
            // ODF requires an uncompressed "mimetype" entry first, so its name and value sit at offset 30
            if (startsWith(content, ODT_MIMETYPE, 30)) {
                return Optional.of(Type.ODT);
            }
            // entry names are stored uncompressed in the local headers
            if (indexOf(content, CONTENT_TYPES) >= 0 && indexOf(content, WORD_DOCUMENT) >= 0) {
                return Optional.of(Type.DOCX);
            }
            return Optional.empty();
        }
        int window = Math.min(content.length, PDF_HEADER_WINDOW);
        for (int i = 0; i + PDF.length <= window; i++) {
            if (startsWith(content, PDF, i)) {
                return Optional.of(Type.PDF);
            }
        }
        return isText(content) ? Optional.of(Type.TXT) : Optional.empty();
    }

    /** The type an extension names ({@code .docx}, {@code .pdf}, {@code .odt}, {@code .txt}), or empty. */
    static Optional<Type> fromFileName(String fileName) {
        if (fileName == null) {
            return Optional.empty();
        }
        int dot = fileName.lastIndexOf('.');
        if (dot < 0) {
            return Optional.empty();
        }
        String ext = fileName.substring(dot + 1).strip().toLowerCase(Locale.ROOT);
        for (Type t : Type.values()) {
            if (t.extension.equals(ext)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    /**
     * Text is UTF-8 (or, failing that, a single-byte code page) without NUL or other control bytes apart from tab,
     * line feed, carriage return and form feed.
     */
    static boolean isText(byte[] content) {
        for (byte b : content) {
            int c = b & 0xff;
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') {
                return false;
            }
            if (c == 0x7f) {
                return false;
            }
        }
        try {
            StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content));
            return true;
        } catch (CharacterCodingException e) {
            // Windows-1252 text from older word processors: accepted when most bytes are ASCII
            int high = 0;
            for (byte b : content) {
                if ((b & 0x80) != 0) {
                    high++;
                }
            }
            return high * 10 < content.length;
        }
    }

    private static boolean startsWith(byte[] content, byte[] prefix, int at) {
        if (at < 0 || content.length - at < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (content[at + i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static int indexOf(byte[] content, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= content.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (content[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
