package org.maoni.bill.ingest;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Predicate;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Reads chosen entries of a ZIP held in memory, defending against zip bombs: the inflated size of all entries read is
 * capped, and so is the inflation ratio once past a small grace size (as POI's ZipSecureFile does, but without its
 * JVM-wide settings). Duplicate entry names (a zip-confusion trick) are refused.
 */
final class SecureZip {

    /** Largest ratio of inflated to compressed bytes tolerated (POI's default minimum inflate ratio is 0.01). */
    static final int MAX_RATIO = 100;
    /** Inflated bytes read before the ratio is checked. */
    static final long GRACE_BYTES = 1L << 20;

    private SecureZip() {}

    /** Thrown for a zip bomb or a malformed archive. */
    static final class ZipRejected extends IOException {

        private static final long serialVersionUID = 1L;

        ZipRejected(String message) {
            super(message);
        }
    }

    /**
     * Entries whose names {@code wanted} accepts, inflated. Entries not wanted are skipped without being inflated into
     * memory, but still count towards the ratio check as they stream past.
     */
    static Map<String, byte[]> read(
            byte[] zip, Predicate<String> wanted, long maxInflatedBytes, long maxKeptBytes, Guard guard)
            throws IOException {
        CountingInputStream raw = new CountingInputStream(new ByteArrayInputStream(zip));
        Map<String, byte[]> entries = new HashMap<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        long inflatedTotal = 0;
        long kept = 0;
        byte[] buf = new byte[16384];
        try (ZipInputStream zin = new ZipInputStream(raw)) {
            ZipEntry entry;
            while ((entry = zin.getNextEntry()) != null) {
                guard.check();
                String name = entry.getName();
                if (!seen.add(name)) {
                    throw new ZipRejected("The archive contains the entry " + name + " twice.");
                }
                boolean keep = !entry.isDirectory() && wanted.test(name);
                ByteArrayOutputStream out = keep ? new ByteArrayOutputStream() : null;
                int n;
                while ((n = zin.read(buf)) > 0) {
                    inflatedTotal += n;
                    if (inflatedTotal > maxInflatedBytes) {
                        throw new ZipRejected("The archive inflates to more than " + maxInflatedBytes + " bytes.");
                    }
                    if (inflatedTotal > GRACE_BYTES && inflatedTotal > raw.count() * MAX_RATIO) {
                        throw new ZipRejected(
                                "The archive is compressed more than " + MAX_RATIO + " to 1, which marks a zip bomb.");
                    }
                    if (out != null) {
                        kept += n;
                        if (kept > maxKeptBytes) {
                            throw new Guard.Abort(new DocumentRejectedException(
                                    DocumentRejectedException.Reason.TOO_LARGE,
                                    "The document's text parts are larger than " + (maxKeptBytes >> 20)
                                            + " MB when unpacked."));
                        }
                        out.write(buf, 0, n);
                    }
                    if ((inflatedTotal & 0xFFFFF) < n) {
                        guard.check();
                    }
                }
                if (out != null) {
                    entries.put(name, out.toByteArray());
                }
            }
        }
        return entries;
    }

    /**
     * The entry names in a ZIP's central directory, read without inflating anything; empty when there is no readable
     * directory (or it is a ZIP64 one).
     */
    static java.util.List<String> names(byte[] zip) {
        java.util.List<String> names = new java.util.ArrayList<>();
        int eocd = -1;
        for (int i = zip.length - 22; i >= 0 && i >= zip.length - 22 - 65535; i--) {
            if (u32(zip, i) == 0x06054b50L) {
                eocd = i;
                break;
            }
        }
        if (eocd < 0) {
            return names;
        }
        int count = u16(zip, eocd + 10);
        long offset = u32(zip, eocd + 16);
        if (count == 0xFFFF || offset >= zip.length) {
            return names;
        }
        int p = (int) offset;
        for (int i = 0; i < count && i < 100_000; i++) {
            if (p + 46 > zip.length || u32(zip, p) != 0x02014b50L) {
                break;
            }
            int nameLength = u16(zip, p + 28);
            int extraLength = u16(zip, p + 30);
            int commentLength = u16(zip, p + 32);
            if (p + 46 + nameLength > zip.length) {
                break;
            }
            names.add(new String(zip, p + 46, nameLength, java.nio.charset.StandardCharsets.UTF_8));
            p += 46 + nameLength + extraLength + commentLength;
        }
        return names;
    }

    private static int u16(byte[] b, int i) {
        return i + 1 < b.length && i >= 0 ? (b[i] & 0xFF) | (b[i + 1] & 0xFF) << 8 : -1;
    }

    private static long u32(byte[] b, int i) {
        if (i < 0 || i + 3 >= b.length) {
            return -1;
        }
        return (b[i] & 0xFFL) | (b[i + 1] & 0xFFL) << 8 | (b[i + 2] & 0xFFL) << 16 | (b[i + 3] & 0xFFL) << 24;
    }

    private static final class CountingInputStream extends FilterInputStream {

        private long count;

        CountingInputStream(InputStream in) {
            super(in);
        }

        long count() {
            return count;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count += n;
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long s = super.skip(n);
            count += s;
            return s;
        }
    }
}
