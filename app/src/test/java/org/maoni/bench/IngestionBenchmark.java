package org.maoni.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.maoni.bill.ParseReport;
import org.maoni.bill.Provision;
import org.maoni.bill.ProvisionType;
import org.maoni.bill.ingest.DocumentExtractor;
import org.maoni.bill.ingest.ExtractedDocument;
import org.maoni.bill.ingest.ExtractionLimits;
import org.maoni.bill.parsing.BillParser;
import org.maoni.bill.parsing.ParsedBill;
import org.maoni.bill.synthetic.SyntheticBill;

/**
 * Times the ingestion of bills (extraction plus parsing, no database): generated Kenyan-layout bills of 300 clauses as
 * DOCX and PDF, and every PDF/DOCX in the folders given as arguments, with each bill's clause score. Prints a table;
 * asserts nothing (figures go in closing notes, not in tests).
 */
public final class IngestionBenchmark {

    private static final int WARMUP = 3;
    private static final int RUNS = 10;

    private final DocumentExtractor extractor = new DocumentExtractor(ExtractionLimits.defaults());
    private final BillParser parser = new BillParser();

    public static void main(String[] args) throws Exception {
        new IngestionBenchmark().run(args);
    }

    private void run(String[] folders) throws Exception {
        System.out.printf(
                Locale.ROOT,
                "%-58s %8s %7s %9s %9s %9s %6s %6s %7s%n",
                "document",
                "KiB",
                "pages",
                "extract",
                "parse",
                "total",
                "arr.",
                "found",
                "score");
        SyntheticBill synthetic = SyntheticBill.generate(300, 2026);
        measure("synthetic 300-clause bill (DOCX)", "synthetic.docx", synthetic.toDocx());
        measure("synthetic 300-clause bill (PDF)", "synthetic.pdf", synthetic.toPdf());
        for (String folder : folders) {
            List<Path> files = new ArrayList<>();
            try (Stream<Path> listing = Files.list(Path.of(folder))) {
                listing.filter(p -> p.toString().toLowerCase(Locale.ROOT).matches(".*\\.(pdf|docx)$"))
                        .sorted()
                        .forEach(files::add);
            }
            for (Path file : files) {
                if (file.getFileName().toString().toLowerCase(Locale.ROOT).contains("memorandum")) {
                    continue;
                }
                measure(file.getFileName().toString(), file.getFileName().toString(), Files.readAllBytes(file));
            }
        }
        System.out.printf(
                Locale.ROOT,
                "%nmedian of %d runs after %d warm-up runs; times in ms; JVM %s, %d cores%n",
                RUNS,
                WARMUP,
                System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors());
    }

    private void measure(String label, String fileName, byte[] content) throws Exception {
        long[] extract = new long[RUNS];
        long[] parse = new long[RUNS];
        ExtractedDocument document = null;
        ParsedBill parsed = null;
        for (int i = -WARMUP; i < RUNS; i++) {
            long t0 = System.nanoTime();
            document = extractor.extract(fileName, content);
            long t1 = System.nanoTime();
            parsed = parser.parse(document.blocks());
            long t2 = System.nanoTime();
            if (i >= 0) {
                extract[i] = t1 - t0;
                parse[i] = t2 - t1;
            }
        }
        ParseReport report = parsed.report();
        System.out.printf(
                Locale.ROOT,
                "%-58s %8d %7d %9.1f %9.1f %9.1f %6d %6d %7.3f%n",
                label.length() > 58 ? label.substring(0, 58) : label,
                content.length / 1024,
                document.pageCount(),
                median(extract) / 1e6,
                median(parse) / 1e6,
                (median(extract) + median(parse)) / 1e6,
                report.arrangementClauses(),
                countSections(parsed.provisions()),
                report.score());
        if (!report.missing().isEmpty()) {
            System.out.println("    missing: " + report.missing());
        }
    }

    private static int countSections(List<Provision> nodes) {
        int n = 0;
        for (Provision p : nodes) {
            n += (p.type() == ProvisionType.SECTION ? 1 : 0) + countSections(p.children());
        }
        return n;
    }

    private static double median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
