package org.maoni.annotation.anchoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.maoni.annotation.anchoring.ReanchoringScenarios.EditKind;
import org.maoni.annotation.anchoring.ReanchoringScenarios.Tally;

/** Issue #7's bar on generated edits of synthetic bills: at least 95% land on the right text, none on wrong text. */
class ReanchoringAccuracyTest {

    private static final long[] SEEDS = {11, 23, 37, 41, 59};
    private static final int PER_KIND = 20;

    @Test
    void reanchoringMeetsTheBarForEveryKindOfEdit() {
        Map<EditKind, Tally> tallies = new ReanchoringScenarios().run(SEEDS, PER_KIND);
        int trials = 0;
        int right = 0;
        for (Map.Entry<EditKind, Tally> e : tallies.entrySet()) {
            Tally t = e.getValue();
            System.out.printf(
                    "%-24s %4d right %4d miss %3d wrong %3d exact %4d %s %s%n",
                    e.getKey(), t.trials, t.right, t.miss, t.wrong, t.exactBounds, t.statuses, t.failures);
        }
        for (Map.Entry<EditKind, Tally> e : tallies.entrySet()) {
            Tally t = e.getValue();
            assertThat(t.trials).as("trials of %s", e.getKey()).isEqualTo(SEEDS.length * PER_KIND);
            assertThat(t.wrong)
                    .as("wrong anchors after %s: %s", e.getKey(), t.failures)
                    .isZero();
            assertThat((double) t.right / t.trials)
                    .as("share right after %s: %s", e.getKey(), t.failures)
                    .isGreaterThanOrEqualTo(0.95);
            trials += t.trials;
            right += t.right;
        }
        assertThat((double) right / trials).isGreaterThanOrEqualTo(0.95);
    }
}
