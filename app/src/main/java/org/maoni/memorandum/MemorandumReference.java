package org.maoni.memorandum;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.regex.Pattern;

/** The public reference of an accepted memorandum, {@code MEM-<year>-<six or more digits>}, e.g. {@code MEM-2026-000123}. */
public record MemorandumReference(@JsonValue String value) {

    private static final Pattern FORMAT = Pattern.compile("MEM-\\d{4}-\\d{6,}");

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public MemorandumReference {
        Objects.requireNonNull(value, "value");
        if (!FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException("Not a memorandum reference: " + value);
        }
    }

    /** The reference numbered {@code sequence} within {@code year}. */
    public static MemorandumReference of(int year, long sequence) {
        return new MemorandumReference(String.format("MEM-%04d-%06d", year, sequence));
    }

    /** The reference as typed by a person (any case, surrounding spaces), or empty when it is not one. */
    public static java.util.Optional<MemorandumReference> parse(String text) {
        if (text == null) {
            return java.util.Optional.empty();
        }
        String value = text.strip().toUpperCase(java.util.Locale.ROOT);
        return FORMAT.matcher(value).matches()
                ? java.util.Optional.of(new MemorandumReference(value))
                : java.util.Optional.empty();
    }

    @Override
    public String toString() {
        return value;
    }
}
