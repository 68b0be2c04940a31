package org.maoni.diff;

/**
 * Thresholds for {@link ProvisionAligner}, all similarities between 0 and 1. {@code matchThreshold}: the least
 * similarity for two provisions to be linked (and the least share of a split or merged part that must come from the
 * whole). {@code unchangedThreshold}: the similarity from which a linked pair counts as unchanged; 1 (the default)
 * means identical after normalisation. {@code splitMergeCoverage}: the least share of a provision's text that its
 * split or merged counterparts must cover.
 */
public record AlignmentSettings(double matchThreshold, double unchangedThreshold, double splitMergeCoverage) {

    public static final AlignmentSettings DEFAULTS = new AlignmentSettings(0.5, 1.0, 0.8);

    public AlignmentSettings {
        check("matchThreshold", matchThreshold);
        check("unchangedThreshold", unchangedThreshold);
        check("splitMergeCoverage", splitMergeCoverage);
        if (unchangedThreshold < matchThreshold) {
            throw new IllegalArgumentException("unchangedThreshold must not be below matchThreshold");
        }
    }

    private static void check(String name, double value) {
        if (!(value > 0 && value <= 1)) {
            throw new IllegalArgumentException(name + " must be in (0, 1]: " + value);
        }
    }
}
