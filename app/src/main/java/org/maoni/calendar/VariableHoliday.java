package org.maoni.calendar;

import java.time.LocalDate;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A holiday whose date is gazetted year by year, with its date for each year it is known; a year without an entry has
 * no such holiday. The map's keys must be the years of their dates.
 */
public record VariableHoliday(HolidayName name, Map<Integer, LocalDate> datesByYear) {

    public VariableHoliday {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(datesByYear, "datesByYear");
        TreeMap<Integer, LocalDate> sorted = new TreeMap<>();
        datesByYear.forEach((year, date) -> {
            Objects.requireNonNull(year, "year");
            Objects.requireNonNull(date, "date of " + name.english() + " in " + year);
            if (date.getYear() != year) {
                throw new IllegalArgumentException(
                        name.english() + ": the date given for " + year + " is in another year: " + date);
            }
            sorted.put(year, date);
        });
        datesByYear = Collections.unmodifiableSortedMap(sorted);
    }

    /** This holiday with its date for {@code date}'s year set to {@code date}, replacing any date for that year. */
    public VariableHoliday withDate(LocalDate date) {
        Objects.requireNonNull(date, "date");
        TreeMap<Integer, LocalDate> dates = new TreeMap<>(datesByYear);
        dates.put(date.getYear(), date);
        return new VariableHoliday(name, dates);
    }

    /** This holiday without a date for {@code year}. */
    public VariableHoliday withoutYear(int year) {
        TreeMap<Integer, LocalDate> dates = new TreeMap<>(datesByYear);
        dates.remove(year);
        return new VariableHoliday(name, dates);
    }
}
