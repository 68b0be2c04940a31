package org.maoni.bill;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;

/** The identity of a bill, stable across all its versions. */
public record BillId(UUID value) {

    public BillId {
        Objects.requireNonNull(value, "value");
    }

    public static BillId random() {
        return new BillId(UUID.randomUUID());
    }

    /** Reads the canonical UUID text form; throws IllegalArgumentException for anything else. */
    @JsonCreator
    public static BillId valueOf(String text) {
        return new BillId(UUID.fromString(text));
    }

    @JsonValue
    @Override
    public String toString() {
        return value.toString();
    }
}
