package org.maoni.memorandum.mail;

import java.util.Locale;
import java.util.Set;

/** The two e-mail file types, told apart by magic bytes and by file name. */
enum MailKind {
    EML,
    MSG,
    OTHER;

    private static final byte[] OLE2 = {
        (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1
    };
    /** Header names of which at least one must open a file for it to count as an RFC 822 message. */
    private static final Set<String> MAIL_HEADERS = Set.of(
            "from",
            "to",
            "cc",
            "subject",
            "date",
            "message-id",
            "mime-version",
            "content-type",
            "received",
            "return-path",
            "sender",
            "reply-to",
            "delivered-to",
            "x-mailer");
    /** The header block is searched this far; real ones are a few kilobytes. */
    private static final int MAX_HEADER_SCAN = 1 << 20;

    /** The kind a file name claims; null when the name has no extension to go by. */
    static MailKind fromFilename(String filename) {
        if (filename == null || filename.isBlank()) {
            return null;
        }
        String name = filename.strip().toLowerCase(Locale.ROOT);
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        name = name.substring(slash + 1);
        int dot = name.lastIndexOf('.');
        if (dot < 0) {
            return null;
        }
        return switch (name.substring(dot + 1)) {
            case "eml" -> EML;
            case "msg" -> MSG;
            default -> OTHER;
        };
    }

    /** The kind the bytes show: OLE2 compound file for .msg, a block of RFC 822 header lines for .eml. */
    static MailKind sniff(byte[] content) {
        if (content.length >= OLE2.length && startsWith(content, OLE2)) {
            return MSG;
        }
        return looksLikeHeaders(content) ? EML : OTHER;
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        for (int i = 0; i < prefix.length; i++) {
            if (content[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean looksLikeHeaders(byte[] content) {
        int end = Math.min(content.length, MAX_HEADER_SCAN);
        int i = 0;
        if (end >= 3 && content[0] == (byte) 0xEF && content[1] == (byte) 0xBB && content[2] == (byte) 0xBF) {
            i = 3;
        }
        if (startsWithAt(content, i, "From ")) {
            i = nextLine(content, i, end); // an mbox separator line before the headers
        }
        boolean first = true;
        while (i < end) {
            int lineEnd = lineEnd(content, i, end);
            if (lineEnd == i) {
                return false; // the blank line that ends the headers came before any mail header
            }
            byte b = content[i];
            if (b == ' ' || b == '\t') {
                if (first) {
                    return false;
                }
            } else {
                int colon = fieldNameEnd(content, i, lineEnd);
                if (colon < 0) {
                    return false;
                }
                String name = new String(content, i, colon - i, java.nio.charset.StandardCharsets.US_ASCII)
                        .strip()
                        .toLowerCase(Locale.ROOT);
                if (MAIL_HEADERS.contains(name)) {
                    return true;
                }
            }
            first = false;
            i = nextLine(content, i, end);
        }
        return false;
    }

    /** The index of the colon after a header field name, or -1 when the line is not a header field. */
    private static int fieldNameEnd(byte[] content, int start, int lineEnd) {
        int i = start;
        while (i < lineEnd && i - start < 80) {
            byte b = content[i];
            if (b == ':') {
                return i == start ? -1 : i;
            }
            if (b < 33 || b > 126) {
                // obsolete syntax allows spaces before the colon, as in "Subject :"
                int j = i;
                while (j < lineEnd && (content[j] == ' ' || content[j] == '\t')) {
                    j++;
                }
                return j < lineEnd && content[j] == ':' && i > start ? j : -1;
            }
            i++;
        }
        return -1;
    }

    private static boolean startsWithAt(byte[] content, int at, String ascii) {
        if (content.length - at < ascii.length()) {
            return false;
        }
        for (int k = 0; k < ascii.length(); k++) {
            if (content[at + k] != ascii.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    private static int lineEnd(byte[] content, int start, int end) {
        int i = start;
        while (i < end && content[i] != '\n' && content[i] != '\r') {
            i++;
        }
        return i;
    }

    private static int nextLine(byte[] content, int start, int end) {
        int i = lineEnd(content, start, end);
        if (i < end && content[i] == '\r') {
            i++;
        }
        if (i < end && content[i] == '\n') {
            i++;
        }
        return i;
    }
}
