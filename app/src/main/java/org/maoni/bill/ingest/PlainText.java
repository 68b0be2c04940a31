package org.maoni.bill.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Plain text: decoded as UTF-8 when the bytes are valid UTF-8 (or carry a UTF-8/UTF-16 byte-order mark), otherwise as
 * Windows-1252 (which also reads ISO-8859-1 text); one block per non-blank line.
 */
final class PlainText {

    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private PlainText() {}

    static String decode(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            return new String(b, 3, b.length - 3, StandardCharsets.UTF_8);
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return new String(b, 2, b.length - 2, StandardCharsets.UTF_16BE);
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            return new String(b, 2, b.length - 2, StandardCharsets.UTF_16LE);
        }
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(b))
                    .toString();
        } catch (CharacterCodingException e) {
            return new String(b, WINDOWS_1252);
        }
    }

    /**
     * Whether bytes that Tika could not place read as single-byte text: no NUL bytes and hardly any control characters
     * other than tab, newline, carriage return and form feed in the first 64 KB.
     */
    static boolean looksLikeText(byte[] b) {
        int n = Math.min(b.length, 65536);
        int controls = 0;
        for (int i = 0; i < n; i++) {
            int c = b[i] & 0xFF;
            if (c == 0) {
                return false;
            }
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') || c == 0x7F) {
                controls++;
            }
        }
        return n > 0 && controls * 100 < n;
    }

    static List<TextBlock> blocks(byte[] content, Guard guard) {
        String text = TextNormalizer.normalize(decode(content));
        guard.addCharacters(text.length());
        List<TextBlock> blocks = new ArrayList<>();
        int start = 0;
        int lines = 0;
        while (start <= text.length()) {
            int nl = text.indexOf('\n', start);
            int end = nl < 0 ? text.length() : nl;
            String line = TextNormalizer.normalizeBlock(text.substring(start, end));
            if (!line.isEmpty()) {
                blocks.add(TextBlock.of(line));
            }
            if ((++lines & 0xFFF) == 0) {
                guard.check();
            }
            if (nl < 0) {
                break;
            }
            start = nl + 1;
        }
        return blocks;
    }
}
