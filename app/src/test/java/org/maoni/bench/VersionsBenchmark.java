package org.maoni.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.maoni.bill.Provision;
import org.maoni.bill.ingest.DocumentExtractor;
import org.maoni.bill.ingest.ExtractionLimits;
import org.maoni.bill.ingest.TextBlock;
import org.maoni.bill.internal.VersionAlignment;
import org.maoni.bill.parsing.BillParser;
import org.maoni.bill.synthetic.SyntheticBill;
import org.maoni.diff.AlignableProvision;
import org.maoni.diff.Alignment;
import org.maoni.diff.ChangeKind;
import org.maoni.diff.ProvisionAligner;
import org.maoni.diff.Redline;
import org.maoni.diff.WordDiff;

/**
 * Times comparing two versions of a bill (alignment of every clause, then word diffs and redlines of the changed
 * ones) and counts what the alignment calls inserted or deleted when a bill is compared with a copy of itself carrying
 * fresh OCR-like noise (letter-spacing, l/1 and rn/m confusions, dropped punctuation, doubled spaces), which should be
 * nothing. Uses a generated 300-clause bill and every PDF/DOCX in the folders given as arguments. Asserts nothing.
 */
public final class VersionsBenchmark {

    private static final int WARMUP = 3;
    private static final int RUNS = 10;

    private final BillParser parser = new BillParser();
    private final ProvisionAligner aligner = new ProvisionAligner();
    private final WordDiff words = new WordDiff(java.time.Duration.ofMillis(200));

    public static void main(String[] args) throws Exception {
        new VersionsBenchmark().run(args);
    }

    private void run(String[] folders) throws Exception {
        System.out.printf(
                Locale.ROOT,
                "%-58s %7s %9s %9s %9s %9s%n",
                "bill compared with a noisy copy of itself",
                "clauses",
                "align",
                "+diffs",
                "inserted",
                "deleted");
        SyntheticBill synthetic = SyntheticBill.generate(300, 2026);
        measure("synthetic 300-clause bill", synthetic.textBlocks());
        try (DocumentExtractor extractor = new DocumentExtractor(ExtractionLimits.defaults())) {
            for (String folder : folders) {
                List<Path> files = new ArrayList<>();
                try (Stream<Path> listing = Files.list(Path.of(folder))) {
                    listing.filter(p -> p.toString().toLowerCase(Locale.ROOT).matches(".*\\.(pdf|docx)$"))
                            .filter(p -> !p.getFileName()
                                    .toString()
                                    .toLowerCase(Locale.ROOT)
                                    .contains("memorandum"))
                            .sorted()
                            .forEach(files::add);
                }
                for (Path file : files) {
                    List<TextBlock> blocks = extractor
                            .extract(file.getFileName().toString(), Files.readAllBytes(file))
                            .blocks();
                    measure(file.getFileName().toString(), blocks);
                }
            }
        }
        System.out.printf(
                Locale.ROOT,
                "%nmedian of %d runs after %d warm-up runs; times in ms; %d cores%n",
                RUNS,
                WARMUP,
                Runtime.getRuntime().availableProcessors());
    }

    private void measure(String label, List<TextBlock> blocks) {
        List<Provision> original = parser.parse(blocks).provisions();
        List<Provision> noisy =
                parser.parse(noisy(blocks, new Random(label.hashCode()))).provisions();
        List<AlignableProvision> before = VersionAlignment.alignable(original);
        List<AlignableProvision> after = VersionAlignment.alignable(noisy);
        long[] alignTimes = new long[RUNS];
        long[] totalTimes = new long[RUNS];
        List<Alignment> result = List.of();
        for (int i = -WARMUP; i < RUNS; i++) {
            long t0 = System.nanoTime();
            result = aligner.align(before, after);
            long t1 = System.nanoTime();
            diffAll(result, before, after);
            long t2 = System.nanoTime();
            if (i >= 0) {
                alignTimes[i] = t1 - t0;
                totalTimes[i] = t2 - t0;
            }
        }
        Map<ChangeKind, Integer> counts = new EnumMap<>(ChangeKind.class);
        result.forEach(a -> counts.merge(a.kind(), 1, Integer::sum));
        System.out.printf(
                Locale.ROOT,
                "%-58s %7d %9.1f %9.1f %9d %9d%n",
                label.length() > 58 ? label.substring(0, 58) : label,
                before.size(),
                median(alignTimes) / 1e6,
                median(totalTimes) / 1e6,
                counts.getOrDefault(ChangeKind.INSERTED, 0),
                counts.getOrDefault(ChangeKind.DELETED, 0));
    }

    private int diffAll(List<Alignment> alignments, List<AlignableProvision> before, List<AlignableProvision> after) {
        Map<String, AlignableProvision> olds = new java.util.HashMap<>();
        before.forEach(p -> olds.put(p.key(), p));
        Map<String, AlignableProvision> news = new java.util.HashMap<>();
        after.forEach(p -> news.put(p.key(), p));
        int size = 0;
        for (Alignment a : alignments) {
            if (!a.textChanged()) {
                continue;
            }
            String oldText = String.join(
                    "\n", a.oldKeys().stream().map(k -> olds.get(k).text()).toList());
            String newText = String.join(
                    "\n", a.newKeys().stream().map(k -> news.get(k).text()).toList());
            size += Redline.inline(words.diff(oldText, newText)).length();
        }
        return size;
    }

    /** The same blocks as a second scan might read them: OCR noise in words, never in clause numbers. */
    static List<TextBlock> noisy(List<TextBlock> blocks, Random random) {
        List<TextBlock> out = new ArrayList<>(blocks.size());
        for (TextBlock block : blocks) {
            String[] tokens = block.text().split(" ", -1);
            for (int i = 0; i < tokens.length; i++) {
                String t = tokens[i];
                boolean number = t.matches(".*\\d.*") || t.matches("\\(?[a-z]{1,4}\\)") || i == 0;
                if (number || t.length() < 3 || random.nextDouble() > 0.08) {
                    continue;
                }
                tokens[i] = switch (random.nextInt(4)) {
                    case 0 -> String.join(" ", t.split("")).replace("  ", " ");
                    case 1 -> t.replace('l', '1');
                    case 2 -> t.replace("m", "rn");
                    default -> t.replaceAll("[,;.]", "") + " ";
                };
            }
            out.add(new TextBlock(String.join(" ", tokens), block.marginNote(), block.page()));
        }
        return out;
    }

    private static double median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
