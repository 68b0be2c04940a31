package org.maoni.diff;

import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * Aligns the provisions of two versions of a bill by content, not by number: an order-preserving assignment that
 * maximises total similarity, then splits and merges among adjacent leftovers, then out-of-order moves. The result
 * lists every provision of both versions exactly once, in the new version's reading order with deletions after their
 * old predecessor. Pass one level of the tree (e.g. the sections), since a parent's text contains its children's.
 * Time and memory grow with the product of the two versions' sizes (two 300-clause versions take tens of
 * milliseconds). Thread-safe.
 */
public final class ProvisionAligner {

    private final AlignmentSettings settings;

    /** An aligner with {@link AlignmentSettings#DEFAULTS}. */
    public ProvisionAligner() {
        this(AlignmentSettings.DEFAULTS);
    }

    public ProvisionAligner(AlignmentSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    /** Aligns two versions, each given in reading order. */
    public List<Alignment> align(List<AlignableProvision> oldVersion, List<AlignableProvision> newVersion) {
        return align(oldVersion, newVersion, List.of(), List.of());
    }

    /**
     * Aligns two versions honouring a clerk's corrections: every {@code pinned} pair is linked (one old key pinned to
     * several new keys makes a split, and the reverse a merge), no {@code forbidden} pair is. Unknown keys, a pair both
     * pinned and forbidden, or pins linking several old to several new provisions are rejected with an
     * {@link IllegalArgumentException}.
     */
    public List<Alignment> align(
            List<AlignableProvision> oldVersion,
            List<AlignableProvision> newVersion,
            Collection<ProvisionLink> pinned,
            Collection<ProvisionLink> forbidden) {
        return new AlignmentRun(settings, oldVersion, newVersion, pinned, forbidden).run();
    }
}
