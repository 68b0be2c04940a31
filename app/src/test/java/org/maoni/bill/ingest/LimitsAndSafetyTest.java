package org.maoni.bill.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.maoni.bill.ingest.DocumentRejectedException.Reason;

class LimitsAndSafetyTest {

    private static Reason reasonOf(ThrowingRunnable r) {
        try {
            r.run();
        } catch (DocumentRejectedException e) {
            return e.reason();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        throw new AssertionError("not rejected");
    }

    private static byte[] longPdf;

    /** 200 pages: PDFBox needs well over the short time limits used here to read them. */
    private static synchronized byte[] longPdf() {
        if (longPdf == null) {
            List<List<Fixtures.Line>> pages = new ArrayList<>();
            for (int i = 0; i < 100; i++) {
                pages.addAll(PdfExtractionTest.bill());
            }
            longPdf = Fixtures.pdf(pages);
        }
        return longPdf;
    }

    @FunctionalInterface
    interface ThrowingRunnable {
        void run() throws Exception;
    }

    @Test
    void rejectsFilesOverTheByteLimitFromArraysStreamsAndPaths(@TempDir Path dir) throws Exception {
        byte[] text = Fixtures.utf8("x".repeat(2048));
        Path file = dir.resolve("big.txt");
        Files.write(file, text);
        try (DocumentExtractor small =
                new DocumentExtractor(ExtractionLimits.defaults().withMaxBytes(1024))) {
            assertThat(reasonOf(() -> small.extract("big.txt", text))).isEqualTo(Reason.TOO_LARGE);
            assertThat(reasonOf(() -> small.extract("big.txt", new ByteArrayInputStream(text))))
                    .isEqualTo(Reason.TOO_LARGE);
            assertThat(reasonOf(() -> small.extract(file))).isEqualTo(Reason.TOO_LARGE);
            assertThat(small.extract("ok.txt", new ByteArrayInputStream(Fixtures.utf8("fits")))
                            .text())
                    .isEqualTo("fits\n");
        }
    }

    @Test
    void rejectsTextOverTheCharacterLimit() {
        try (DocumentExtractor small =
                new DocumentExtractor(ExtractionLimits.defaults().withMaxCharacters(1000))) {
            String line = "This line is part of a long document.\n";
            assertThat(reasonOf(() -> small.extract("long.txt", Fixtures.utf8(line.repeat(100)))))
                    .isEqualTo(Reason.TOO_LARGE);
            assertThat(reasonOf(() -> small.extract(
                            "long.docx", Fixtures.docx(Fixtures.p(line.strip()).repeat(100)))))
                    .isEqualTo(Reason.TOO_LARGE);
            assertThat(reasonOf(() -> small.extract(
                            "long.html", Fixtures.utf8("<html><body>" + ("<p>" + line + "</p>").repeat(100)))))
                    .isEqualTo(Reason.TOO_LARGE);
        }
    }

    @Test
    void timesOutAndFreesTheWorker() throws Exception {
        // the parse must stop at its next check, freeing the only worker
        byte[] longPdf = longPdf();
        ExtractionLimits limits =
                ExtractionLimits.defaults().withTimeout(Duration.ofMillis(60)).withMaxConcurrent(1);
        try (DocumentExtractor quick = new DocumentExtractor(limits)) {
            assertThat(reasonOf(() -> quick.extract("long.pdf", longPdf))).isEqualTo(Reason.TIMEOUT);
            // the single worker is free again (it gave up at its next check) and reads a small file in time
            long deadline = System.nanoTime() + 5_000_000_000L;
            ExtractedDocument small = null;
            while (small == null && System.nanoTime() < deadline) {
                try {
                    small = quick.extract("small.txt", Fixtures.utf8("small"));
                } catch (DocumentRejectedException e) {
                    assertThat(e.reason()).isIn(Reason.TIMEOUT, Reason.BUSY);
                    Thread.sleep(50);
                }
            }
            assertThat(small).isNotNull();
        }
    }

    @Test
    void turnsCallersAwayWhenAllWorkersAndTheQueueAreTaken() throws Exception {
        byte[] longPdf = longPdf();
        ExtractionLimits limits =
                ExtractionLimits.defaults().withTimeout(Duration.ofSeconds(30)).withMaxConcurrent(1);
        java.util.concurrent.ExecutorService callers = java.util.concurrent.Executors.newFixedThreadPool(5);
        try {
            List<java.util.concurrent.Future<Reason>> calls = new ArrayList<>();
            Reason busy;
            try (DocumentExtractor one = new DocumentExtractor(limits)) {
                for (int i = 0; i < 5; i++) {
                    calls.add(callers.submit(() -> reasonOf(() -> one.extract("long.pdf", longPdf))));
                }
                long deadline = System.nanoTime() + 10_000_000_000L;
                while (one.waiting() < 4 && System.nanoTime() < deadline) {
                    Thread.sleep(10);
                }
                assertThat(one.waiting()).isEqualTo(4);
                busy = reasonOf(() -> one.extract("small.txt", Fixtures.utf8("small")));
            }
            assertThat(busy).isEqualTo(Reason.BUSY);
            // closing stops the running parse and cancels the waiting ones: every caller gets an answer soon
            for (java.util.concurrent.Future<Reason> call : calls) {
                assertThat(call.get(10, java.util.concurrent.TimeUnit.SECONDS)).isIn(Reason.TIMEOUT, Reason.BUSY);
            }
        } finally {
            callers.shutdownNow();
        }
    }

    @Test
    void timesOutImmediatelyWithAZeroBudget() {
        try (DocumentExtractor none =
                new DocumentExtractor(ExtractionLimits.defaults().withTimeout(Duration.ofNanos(1)))) {
            assertThat(reasonOf(() -> none.extract("bill.docx", Fixtures.docx(Fixtures.p("text")))))
                    .isEqualTo(Reason.TIMEOUT);
        }
    }

    @Test
    void limitsAreValidated() {
        assertThatThrownBy(() -> ExtractionLimits.defaults().withMaxBytes(0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ExtractionLimits.defaults().withTimeout(Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(ExtractionLimits.defaults().maxBytes()).isEqualTo(50L * 1024 * 1024);
        assertThat(ExtractionLimits.defaults().timeout()).isEqualTo(Duration.ofSeconds(60));
    }

    @Test
    void leavesNoTemporaryFiles() throws Exception {
        // fixtures first: writing an encrypted DOCX makes POI create its temp folder
        byte[] pdf = Fixtures.pdf(PdfExtractionTest.bill());
        byte[] docx = Fixtures.poiDocx();
        byte[] encrypted = Fixtures.encryptedDocx();
        byte[] bomb = Fixtures.docxZipBomb(4L * 1024 * 1024);
        File tmp = new File(System.getProperty("java.io.tmpdir"));
        Set<String> before = listing(tmp);
        try (DocumentExtractor extractor = new DocumentExtractor()) {
            extractor.extract("a.pdf", pdf);
            extractor.extract("a.docx", docx);
            extractor.extract("a.odt", Fixtures.odt("text"));
            extractor.extract("a.rtf", Fixtures.utf8("{\\rtf1\\ansi \\pard Hello.\\par}"));
            extractor.extract("a.html", Fixtures.utf8("<p>Hello</p>"));
            extractor.extract("a.txt", Fixtures.utf8("Hello"));
            reasonOf(() -> extractor.extract("a.docx", encrypted));
            reasonOf(() -> extractor.extract("a.docx", bomb));
            reasonOf(() -> extractor.extract("a.pdf", Arrays.copyOf(pdf, 500)));
        }
        // the temp folder is shared with other processes, whose parsers come and go: only files that stay count
        Set<String> leaked = new HashSet<>();
        long deadline = System.nanoTime() + 3_000_000_000L;
        do {
            leaked = new HashSet<>(listing(tmp));
            leaked.removeAll(before);
            leaked.removeIf(n -> !(n.startsWith("apache-tika")
                    || n.startsWith("poifiles")
                    || n.startsWith("+~JF")
                    || n.toLowerCase().contains("pdfbox")
                    || n.toLowerCase().startsWith("tika")));
            if (!leaked.isEmpty()) {
                Thread.sleep(100);
            }
        } while (!leaked.isEmpty() && System.nanoTime() < deadline);
        assertThat(leaked).isEmpty();
    }

    /** Names in the temp folder, and in POI's "poifiles" folder inside it as "poifiles/NAME". */
    private static Set<String> listing(File dir) {
        Set<String> names = new HashSet<>();
        String[] top = dir.list();
        if (top != null) {
            names.addAll(Arrays.asList(top));
        }
        String[] poi = new File(dir, "poifiles").list();
        if (poi != null) {
            for (String n : poi) {
                names.add("poifiles/" + n);
            }
        }
        return names;
    }
}
