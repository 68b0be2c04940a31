package org.maoni.calendar;

import java.util.Locale;
import java.util.Objects;

/**
 * A holiday's name in English and Kiswahili; both are required and never blank.
 */
public record HolidayName(String english, String kiswahili) {

    public HolidayName {
        english = requireText(english, "english");
        kiswahili = requireText(kiswahili, "kiswahili");
    }

    /** The Kiswahili name for a Kiswahili locale ({@code sw}, {@code sw-KE}, ...), the English name otherwise. */
    public String in(Locale locale) {
        Objects.requireNonNull(locale, "locale");
        return "sw".equals(locale.getLanguage()) ? kiswahili : english;
    }

    private static String requireText(String value, String field) {
        Objects.requireNonNull(value, field);
        String trimmed = value.strip();
        if (trimmed.isEmpty()) {
            throw new IllegalArgumentException(field + " name must not be blank");
        }
        return trimmed;
    }
}
