package org.maoni.diff;

/**
 * Thresholds for {@link ProvisionAligner}, all similarities between 0 and 1. {@code matchThreshold}: the least
 * similarity for two provisions to be linked in order (and the least share of a split or merged part's text that must
 * come from the whole). {@code moveThreshold}: the least similarity for an out-of-order link, which has no neighbours
 * to support it. {@code unchangedThreshold}: the similarity from which a linked pair counts as unchanged; 1 (the
 * default) means identical after normalisation. {@code splitMergeCoverage}: the least share of a provision's text
 * that its split or merged counterparts must cover.
 */
public record AlignmentSettings(
        double matchThreshold, double moveThreshold, double unchangedThreshold, double splitMergeCoverage) {

    public static final AlignmentSettings DEFAULTS = new AlignmentSettings(0.5, 0.7, 1.0, 0.8);

    public AlignmentSettings {
        check("matchThreshold", matchThreshold);
        check("moveThreshold", moveThreshold);
        check("unchangedThreshold", unchangedThreshold);
        check("splitMergeCoverage", splitMergeCoverage);
        if (moveThreshold < matchThreshold || unchangedThreshold < matchThreshold) {
            throw new IllegalArgumentException("moveThreshold and unchangedThreshold must not be below matchThreshold");
        }
    }

    private static void check(String name, double value) {
        if (!(value > 0 && value <= 1)) {
            throw new IllegalArgumentException(name + " must be in (0, 1]: " + value);
        }
    }
}
