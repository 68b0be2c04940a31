package org.maoni.diff;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Prints median timings for aligning and word-diffing two 300-clause versions, and for diffing huge clauses. Run from
 * the worktree root:
 *
 * <pre>
 * ./mvnw -q -pl app test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test
 * java -XX:ActiveProcessorCount=1 -cp app/target/test-classes:app/target/classes:$(cat app/target/cp.txt) \
 *     org.maoni.diff.DiffBenchmark
 * </pre>
 */
public final class DiffBenchmark {

    private static final int WARM_UP = 10;
    private static final int RUNS = 21;

    private DiffBenchmark() {}

    public static void main(String[] args) {
        SyntheticBill generator = new SyntheticBill(new Random(300));
        EditScenario edits = new EditScenario(generator, generator.bill(300, 12))
                .insertNearStart()
                .deleteOne()
                .splitOne()
                .mergeTwo()
                .movePart()
                .moveClauseToNextPart()
                .reword(0.5);
        List<AlignableProvision> before = edits.oldVersion();
        List<AlignableProvision> after = edits.newVersion();
        ProvisionAligner aligner = new ProvisionAligner();
        WordDiff words = new WordDiff();

        report("align 300 clauses", () -> aligner.align(before, after).size());
        report("align + word diff + redline, 300 clauses", () -> alignAndDiff(aligner, words, before, after));

        Random random = new Random(5);
        List<String> parts = TextSamples.pieces(random, 50_000);
        List<String> edited = new ArrayList<>(parts);
        for (int k = 0; k < 500; k++) {
            edited.set(random.nextInt(edited.size()), TextSamples.piece(random));
        }
        String hugeBefore = String.join("", parts);
        String hugeAfter = String.join("", edited);
        report(
                "word diff, huge clause (" + hugeBefore.length() + " chars, 500 edits)",
                () -> words.diff(hugeBefore, hugeAfter).operations().size());

        StringBuilder bigOld = new StringBuilder();
        StringBuilder bigNew = new StringBuilder();
        for (int k = 0; k < 20_000; k++) {
            bigOld.append("w").append(random.nextInt(20_000)).append(' ');
            bigNew.append("w").append(random.nextInt(20_000)).append(' ');
        }
        report(
                "word diff, two unrelated 20,000-word texts (hits the 1 s limit)",
                () -> words.diff(bigOld.toString(), bigNew.toString())
                        .operations()
                        .size());
    }

    private static int alignAndDiff(
            ProvisionAligner aligner, WordDiff words, List<AlignableProvision> before, List<AlignableProvision> after) {
        Map<String, AlignableProvision> olds =
                before.stream().collect(Collectors.toMap(AlignableProvision::key, Function.identity()));
        Map<String, AlignableProvision> news =
                after.stream().collect(Collectors.toMap(AlignableProvision::key, Function.identity()));
        int size = 0;
        for (Alignment alignment : aligner.align(before, after)) {
            String oldText = alignment.oldKeys().stream()
                    .map(k -> olds.get(k).heading() + "\n" + olds.get(k).text())
                    .collect(Collectors.joining("\n"));
            String newText = alignment.newKeys().stream()
                    .map(k -> news.get(k).heading() + "\n" + news.get(k).text())
                    .collect(Collectors.joining("\n"));
            size += Redline.inline(words.diff(oldText, newText)).length();
        }
        return size;
    }

    private static void report(String name, java.util.function.IntSupplier task) {
        for (int k = 0; k < WARM_UP; k++) {
            task.getAsInt();
        }
        long[] times = new long[RUNS];
        for (int k = 0; k < RUNS; k++) {
            long start = System.nanoTime();
            task.getAsInt();
            times[k] = System.nanoTime() - start;
        }
        Arrays.sort(times);
        System.out.printf(
                "%-70s median %8.2f ms  (min %.2f, max %.2f)%n",
                name, times[RUNS / 2] / 1e6, times[0] / 1e6, times[RUNS - 1] / 1e6);
    }
}
