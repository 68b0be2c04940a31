package org.maoni.diff;

import java.util.Objects;

/**
 * One provision of a bill version as the aligner sees it: {@code key} identifies it within its version (the eId),
 * {@code kind} says what it is (e.g. "SECTION"; only provisions of the same kind are matched), {@code num} is its
 * printed number, {@code text} its full text including its children, and {@code container} the Part (eId or heading)
 * it sits in. Only {@code key} is required; a missing value counts as empty.
 */
public record AlignableProvision(String key, String kind, String num, String heading, String text, String container) {

    public AlignableProvision {
        Objects.requireNonNull(key, "key");
        kind = kind == null ? "" : kind;
        num = num == null ? "" : num;
        heading = heading == null ? "" : heading;
        text = text == null ? "" : text;
        container = container == null ? "" : container;
    }
}
