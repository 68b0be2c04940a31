package org.maoni.bill.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Reads the real sample bills in place (they are never copied into the repository) and prints what came out: blocks,
 * marginal notes, time. Runs only when asked, e.g.
 * {@code ./mvnw -pl app test -Dtest=SampleBillsCheck -Dmaoni.samples=../shared/sample-bills}.
 */
@EnabledIfSystemProperty(named = "maoni.samples", matches = ".+")
class SampleBillsCheck {

    @Test
    void readsEverySample() throws Exception {
        Path dir = Path.of(System.getProperty("maoni.samples"));
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(Files::isRegularFile).sorted().toList();
        }
        assertThat(files).isNotEmpty();
        try (DocumentExtractor extractor = new DocumentExtractor()) {
            for (Path f : files) {
                long start = System.nanoTime();
                ExtractedDocument doc = extract(extractor, f);
                long ms = (System.nanoTime() - start) / 1_000_000;
                long notes = doc.blocks().stream()
                        .filter(b -> b.marginNote() != null)
                        .count();
                System.out.printf(
                        "%-70s %-10s blocks=%5d notes=%3d pages=%3d %5d ms%n",
                        f.getFileName(),
                        doc.mediaType()
                                .substring(doc.mediaType().lastIndexOf('/') + 1)
                                .replaceAll("^vnd.*\\.", ""),
                        doc.blocks().size(),
                        notes,
                        doc.pageCount(),
                        ms);
                assertThat(doc.blocks()).isNotEmpty();
            }
        }
    }

    private static ExtractedDocument extract(DocumentExtractor extractor, Path f) throws IOException {
        try {
            return extractor.extract(f);
        } catch (DocumentRejectedException e) {
            throw new AssertionError(f + " rejected: " + e.reason() + " " + e.getMessage(), e);
        }
    }
}
