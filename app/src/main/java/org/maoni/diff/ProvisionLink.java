package org.maoni.diff;

import java.util.Objects;

/** A link between a provision of the old version and one of the new, by key: a clerk's pin or prohibition. */
public record ProvisionLink(String oldKey, String newKey) {

    public ProvisionLink {
        Objects.requireNonNull(oldKey, "oldKey");
        Objects.requireNonNull(newKey, "newKey");
    }
}
