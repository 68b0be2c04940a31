package org.maoni.bill.synthetic;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The entries of a ZIP container (DOCX) by name, as text for comparison: two files with the same entries hold the same
 * document even when the ZIP timestamps differ.
 */
final class ZipEntries {

    private ZipEntries() {}

    static Map<String, String> of(byte[] zip) {
        Map<String, String> entries = new TreeMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                byte[] content = in.readAllBytes();
                String name = entry.getName();
                entries.put(
                        name,
                        name.endsWith(".xml") || name.endsWith(".rels")
                                ? new String(content, StandardCharsets.UTF_8)
                                : Base64.getEncoder().encodeToString(content));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return entries;
    }
}
