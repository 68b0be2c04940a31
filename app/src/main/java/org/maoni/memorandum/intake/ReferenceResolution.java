package org.maoni.memorandum.intake;

import java.util.List;
import java.util.Objects;

/**
 * What a free-text reference names in one bill version. {@code eIds} are the existing provisions it names, in the
 * order named; for an {@link Kind#INSERTION} they name the place instead (the provision the new one follows, or its
 * container when it would come first) and {@code newEId} is the eId the new provision would take. {@code closest}
 * (for {@link Kind#UNRESOLVED}) lists the nearest existing provisions in document order, and {@code problem} says in
 * words what is wrong; both are empty/null otherwise.
 */
public record ReferenceResolution(
        String reference, Kind kind, List<String> eIds, String newEId, List<String> closest, String problem) {

    /** How the reference resolved. */
    public enum Kind {
        /** Every provision named exists. */
        MATCHED,
        /** The reference proposes a new provision ("new clause 12A"); {@code eIds} give its place. */
        INSERTION,
        /** A provision was named but does not exist (or is ambiguous); see {@code closest}. */
        UNRESOLVED,
        /** The text names no provision at all ("General", "The whole Bill"). */
        NONE
    }

    public ReferenceResolution {
        Objects.requireNonNull(kind, "kind");
        reference = reference == null ? "" : reference;
        eIds = List.copyOf(eIds);
        closest = List.copyOf(closest);
    }

    static ReferenceResolution matched(String reference, List<String> eIds) {
        return new ReferenceResolution(reference, Kind.MATCHED, eIds, null, List.of(), null);
    }

    static ReferenceResolution insertion(String reference, String place, String newEId) {
        return new ReferenceResolution(
                reference, Kind.INSERTION, place == null ? List.of() : List.of(place), newEId, List.of(), null);
    }

    static ReferenceResolution unresolved(String reference, List<String> closest, String problem) {
        return new ReferenceResolution(reference, Kind.UNRESOLVED, List.of(), null, closest, problem);
    }

    static ReferenceResolution none(String reference) {
        return new ReferenceResolution(reference, Kind.NONE, List.of(), null, List.of(), null);
    }

    /** True when the reference names existing provisions or the place of a new one. */
    public boolean resolved() {
        return kind == Kind.MATCHED || kind == Kind.INSERTION;
    }
}
