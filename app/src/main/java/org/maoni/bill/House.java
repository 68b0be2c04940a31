package org.maoni.bill;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import java.util.Optional;

/**
 * The house a bill is before: the National Assembly, the Senate, or the county assembly of one of the 47 counties. Its
 * text form is "National Assembly", "Senate" or "County Assembly of Nakuru".
 */
public record House(Kind kind, County county) {

    /** Which kind of legislature. */
    public enum Kind {
        NATIONAL_ASSEMBLY,
        SENATE,
        COUNTY_ASSEMBLY
    }

    public House {
        if ((kind == Kind.COUNTY_ASSEMBLY) != (county != null)) {
            throw new IllegalArgumentException("A county assembly, and only a county assembly, names its county");
        }
    }

    public static final House NATIONAL_ASSEMBLY = new House(Kind.NATIONAL_ASSEMBLY, null);
    public static final House SENATE = new House(Kind.SENATE, null);

    /** Reads "National Assembly", "Senate", "County Assembly of Nakuru" or "Nakuru County Assembly". */
    public static Optional<House> fromText(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String t = text.trim().replaceAll("\\s+", " ");
        String lower = t.toLowerCase(Locale.ROOT);
        if (lower.equals("national assembly")) {
            return Optional.of(NATIONAL_ASSEMBLY);
        }
        if (lower.equals("senate")) {
            return Optional.of(SENATE);
        }
        String county = null;
        if (lower.startsWith("county assembly of ")) {
            county = t.substring("county assembly of ".length());
        } else if (lower.endsWith(" county assembly")) {
            county = t.substring(0, t.length() - " county assembly".length());
        }
        return Optional.ofNullable(county).flatMap(County::fromName).map(c -> new House(Kind.COUNTY_ASSEMBLY, c));
    }

    @JsonCreator
    static House parse(String text) {
        return fromText(text)
                .orElseThrow(() -> new IllegalArgumentException("Unknown house: expected \"National Assembly\","
                        + " \"Senate\" or \"County Assembly of <county>\""));
    }

    @JsonValue
    @Override
    public String toString() {
        return switch (kind) {
            case NATIONAL_ASSEMBLY -> "National Assembly";
            case SENATE -> "Senate";
            case COUNTY_ASSEMBLY -> "County Assembly of " + county.displayName();
        };
    }
}
