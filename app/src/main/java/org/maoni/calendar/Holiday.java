package org.maoni.calendar;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One public holiday on one date. {@code substituteFor} is the Sunday it replaces when {@code kind} is
 * {@link HolidayKind#SUBSTITUTE} (the name is then the replaced holiday's) and {@code null} otherwise.
 */
public record Holiday(LocalDate date, HolidayName name, HolidayKind kind, LocalDate substituteFor) {

    public Holiday {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        if ((kind == HolidayKind.SUBSTITUTE) != (substituteFor != null)) {
            throw new IllegalArgumentException("substituteFor is required for, and only for, a substitute holiday");
        }
        if (substituteFor != null && !substituteFor.isBefore(date)) {
            throw new IllegalArgumentException("a substitute holiday comes after the day it replaces");
        }
    }

    /** A holiday that is not a substitute. */
    public static Holiday of(LocalDate date, HolidayName name, HolidayKind kind) {
        return new Holiday(date, name, kind, null);
    }
}
