package org.maoni.bill;

import java.time.Instant;
import java.util.UUID;

/**
 * A clerk's correction of the alignment between version {@code toVersion - 1} and {@code toVersion}: LINK says the two
 * provisions are the same provision, UNLINK says they are not. Corrections are kept and applied whenever that pair of
 * versions is aligned again.
 */
public record AlignmentCorrection(
        UUID id, int toVersion, String oldEId, String newEId, Action action, String createdBy, Instant createdAt) {

    /** What the clerk says of the pair. */
    public enum Action {
        LINK,
        UNLINK
    }
}
