package org.maoni.memorandum.mail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.maoni.memorandum.mail.MailRejectedException.Reason;

/** Text helpers shared by the two readers: charset decoding with fallback, cleaning, bounded reads, safe names. */
final class MailText {

    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final int MAX_FILENAME_CHARS = 200;

    private MailText() {}

    /**
     * Decodes bytes in the declared charset. Without a usable declaration, or when declared UTF-8 or ASCII is not
     * valid, UTF-8 is tried strictly and windows-1252 (the superset of ISO-8859-1 that mailers really send) is the
     * fallback, so that no input fails to decode.
     */
    static String decode(byte[] bytes, String declaredCharset) {
        Charset declared = charset(declaredCharset);
        if (declared != null
                && !declared.equals(StandardCharsets.UTF_8)
                && !declared.equals(StandardCharsets.US_ASCII)) {
            if (declared.equals(StandardCharsets.ISO_8859_1)) {
                declared = WINDOWS_1252;
            }
            return new String(bytes, declared);
        }
        String utf8 = strictUtf8(bytes);
        return utf8 != null ? utf8 : new String(bytes, WINDOWS_1252);
    }

    static Charset charset(String name) {
        if (name == null || name.isBlank() || name.length() > 40) {
            return null;
        }
        try {
            return Charset.forName(name.strip().replace("\"", ""));
        } catch (IllegalArgumentException e) {
            // IllegalCharsetNameException and UnsupportedCharsetException: the fallback decides
            return null;
        }
    }

    private static String strictUtf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /**
     * Mends a header that carried raw UTF-8 (RFC 6532) but was read as ISO-8859-1: when every character is below
     * U+0100 and the bytes are valid UTF-8 with at least one multi-byte sequence, the UTF-8 reading wins.
     */
    static String repairRawUtf8(String value) {
        if (value == null) {
            return null;
        }
        boolean high = false;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c > 0xFF) {
                return value;
            }
            high |= c >= 0x80;
        }
        if (!high) {
            return value;
        }
        String utf8 = strictUtf8(value.getBytes(StandardCharsets.ISO_8859_1));
        return utf8 != null ? utf8 : value;
    }

    /** One line of header text: control characters (NUL included) become spaces, runs of space collapse, cut at max. */
    static String clean(String value, int maxChars) {
        if (value == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(Math.min(value.length(), maxChars));
        boolean space = false;
        for (int i = 0; i < value.length() && out.length() < maxChars; i++) {
            char c = value.charAt(i);
            if (Character.isWhitespace(c) || Character.isISOControl(c)) {
                space = out.length() > 0;
                continue;
            }
            if (space) {
                out.append(' ');
                space = false;
            }
            out.append(c);
        }
        return cutSurrogate(out).toString().strip();
    }

    /** Body text: line breaks normalised to LF, NUL and other control characters except tab dropped. */
    static String cleanBody(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r') {
                out.append('\n');
                if (i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
            } else if (c == '\n' || c == '\t' || !Character.isISOControl(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Reads at most {@code max} bytes; more is a {@link Reason#TOO_LARGE} rejection, never an unbounded buffer. */
    static byte[] readBounded(InputStream in, long max) throws IOException {
        try (in) {
            int cap = (int) Math.min(max, Integer.MAX_VALUE - 16);
            byte[] bytes = in.readNBytes(cap);
            if (bytes.length == cap && in.read() != -1) {
                throw new MailRejectedException(
                        Reason.TOO_LARGE, "A part of the e-mail is larger than the file limit.");
            }
            return bytes;
        }
    }

    /**
     * The last path segment of an attachment name, without control characters, at most 200 characters (the extension
     * kept); null when nothing usable remains.
     */
    static String safeFilename(String name) {
        if (name == null) {
            return null;
        }
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        String last = clean(name.substring(slash + 1), Integer.MAX_VALUE);
        if (last.isEmpty() || last.equals(".") || last.equals("..")) {
            return null;
        }
        if (last.length() <= MAX_FILENAME_CHARS) {
            return last;
        }
        int dot = last.lastIndexOf('.');
        String ext = dot > 0 && last.length() - dot <= 10 ? last.substring(dot) : "";
        return cutSurrogate(new StringBuilder(last.substring(0, MAX_FILENAME_CHARS - ext.length()))) + ext;
    }

    /** A lower-case file extension without the dot, or "" when there is none. */
    static String extension(String filename) {
        int dot = filename == null ? -1 : filename.lastIndexOf('.');
        return dot < 0 ? "" : filename.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static StringBuilder cutSurrogate(StringBuilder s) {
        if (!s.isEmpty() && Character.isHighSurrogate(s.charAt(s.length() - 1))) {
            s.setLength(s.length() - 1);
        }
        return s;
    }

    /** Body text collected up to a limit; what does not fit is dropped, and a surrogate pair is never cut in half. */
    static final class BoundedText {

        private final int max;
        private final StringBuilder text = new StringBuilder();

        BoundedText(int max) {
            this.max = max;
        }

        boolean full() {
            return text.length() >= max;
        }

        void append(String s) {
            if (full() || s.isEmpty()) {
                return;
            }
            int room = max - text.length();
            text.append(s, 0, Math.min(room, s.length()));
            if (s.length() > room) {
                cutSurrogate(text);
            }
        }

        boolean isEmpty() {
            return text.isEmpty();
        }

        @Override
        public String toString() {
            return text.toString().strip();
        }
    }
}
