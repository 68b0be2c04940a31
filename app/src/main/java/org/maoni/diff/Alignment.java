package org.maoni.diff;

import java.util.List;
import java.util.Objects;

/**
 * One entry of an alignment: which old provisions (keys, in old order) became which new ones (keys, in new order), how
 * they changed, how similar their texts are (0 to 1; exactly 1 when identical after normalising case, whitespace,
 * punctuation and common OCR confusions; 0 for insertions and deletions), and whether the text differs at all beyond
 * whitespace.
 */
public record Alignment(
        ChangeKind kind, List<String> oldKeys, List<String> newKeys, double similarity, boolean textChanged) {

    public Alignment {
        Objects.requireNonNull(kind, "kind");
        oldKeys = List.copyOf(oldKeys);
        newKeys = List.copyOf(newKeys);
        if (oldKeys.isEmpty() && newKeys.isEmpty()) {
            throw new IllegalArgumentException("an alignment needs at least one key");
        }
    }

    /** The only old key, or null when there is none or more than one. */
    public String oldKey() {
        return oldKeys.size() == 1 ? oldKeys.get(0) : null;
    }

    /** The only new key, or null when there is none or more than one. */
    public String newKey() {
        return newKeys.size() == 1 ? newKeys.get(0) : null;
    }
}
