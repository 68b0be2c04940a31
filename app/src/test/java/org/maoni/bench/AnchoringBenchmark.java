package org.maoni.bench;

import java.util.Locale;
import java.util.Map;
import org.maoni.annotation.anchoring.ReanchoringScenarios;
import org.maoni.annotation.anchoring.ReanchoringScenarios.EditKind;
import org.maoni.annotation.anchoring.ReanchoringScenarios.Tally;

/**
 * Measures re-anchoring on generated edits of synthetic 40-clause bills (the generator of
 * {@code ReanchoringAccuracyTest}, more seeds): per kind of edit, how many quotes land on the right text, are missed
 * (orphaned although their text is still there) or land on wrong text. Asserts nothing.
 */
public final class AnchoringBenchmark {

    private static final int SEEDS = 20;
    private static final int PER_KIND = 25;

    public static void main(String[] args) {
        long[] seeds = new long[SEEDS];
        for (int i = 0; i < SEEDS; i++) {
            seeds[i] = 1000 + i;
        }
        long t0 = System.nanoTime();
        Map<EditKind, Tally> tallies = new ReanchoringScenarios().run(seeds, PER_KIND);
        long elapsed = System.nanoTime() - t0;
        System.out.printf(
                Locale.ROOT,
                "%-24s %7s %7s %7s %7s %8s %13s%n",
                "edit",
                "trials",
                "right",
                "miss",
                "wrong",
                "right %",
                "exact bounds");
        int trials = 0;
        int right = 0;
        int wrong = 0;
        for (Map.Entry<EditKind, Tally> e : tallies.entrySet()) {
            Tally t = e.getValue();
            System.out.printf(
                    Locale.ROOT,
                    "%-24s %7d %7d %7d %7d %7.1f%% %13d%n",
                    e.getKey(),
                    t.trials,
                    t.right,
                    t.miss,
                    t.wrong,
                    100.0 * t.right / t.trials,
                    t.exactBounds);
            trials += t.trials;
            right += t.right;
            wrong += t.wrong;
        }
        for (Map.Entry<EditKind, Tally> e : tallies.entrySet()) {
            e.getValue().failures.forEach(f -> System.out.println("  not right: " + f));
        }
        System.out.printf(
                Locale.ROOT,
                "%-24s %7d %7d %7s %7d %7.1f%%%n%n%d seeds x %d quotes per kind; %.1f ms per trial (alignment and"
                        + " re-anchoring); right = overlap >= %.2f of the true span, or orphaned when the text is"
                        + " gone%n",
                "all",
                trials,
                right,
                "",
                wrong,
                100.0 * right / trials,
                SEEDS,
                PER_KIND,
                elapsed / 1e6 / trials,
                ReanchoringScenarios.RIGHT_OVERLAP);
    }
}
