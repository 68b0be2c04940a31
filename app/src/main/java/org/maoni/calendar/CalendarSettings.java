package org.maoni.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What a {@link KenyanCalendar} takes from configuration: the non-working weekdays, the daily cut-off after which a
 * submission counts from the next working day, the year-by-year dates of variable holidays, one-off gazetted extra
 * holidays, and dates that are no longer holidays. All collections are copied and unmodifiable.
 */
public record CalendarSettings(
        Set<DayOfWeek> nonWorkingDays,
        LocalTime cutOff,
        List<VariableHoliday> variableHolidays,
        Map<LocalDate, HolidayName> extraHolidays,
        Set<LocalDate> removedDates) {

    /** Saturday and Sunday, the weekend of the public service. */
    public static final Set<DayOfWeek> WEEKEND =
            Collections.unmodifiableSet(EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY));

    /** 17:00 in Nairobi, when government offices close. */
    public static final LocalTime DEFAULT_CUT_OFF = LocalTime.of(17, 0);

    /** The weekend, the 17:00 cut-off, the shipped Idd dates, no extra and no removed days. */
    public static final CalendarSettings DEFAULTS = new CalendarSettings(
            WEEKEND, DEFAULT_CUT_OFF, KenyanHolidays.shippedVariableHolidays(), Map.of(), Set.of());

    public CalendarSettings {
        Objects.requireNonNull(nonWorkingDays, "nonWorkingDays");
        Objects.requireNonNull(cutOff, "cutOff");
        Objects.requireNonNull(variableHolidays, "variableHolidays");
        Objects.requireNonNull(extraHolidays, "extraHolidays");
        Objects.requireNonNull(removedDates, "removedDates");

        EnumSet<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (DayOfWeek day : nonWorkingDays) {
            days.add(Objects.requireNonNull(day, "a non-working day is null"));
        }
        if (days.size() == DayOfWeek.values().length) {
            // Working-day arithmetic would never end.
            throw new IllegalArgumentException("at least one weekday must be a working day");
        }
        nonWorkingDays = Collections.unmodifiableSet(days);

        Set<String> names = new HashSet<>();
        for (VariableHoliday holiday : variableHolidays) {
            Objects.requireNonNull(holiday, "a variable holiday is null");
            if (!names.add(key(holiday.name()))) {
                throw new IllegalArgumentException(
                        "variable holiday listed twice: " + holiday.name().english());
            }
            holiday.datesByYear()
                    .values()
                    .forEach(date -> requireSupported(date, holiday.name().english()));
        }
        variableHolidays = List.copyOf(variableHolidays);

        TreeMap<LocalDate, HolidayName> extras = new TreeMap<>();
        extraHolidays.forEach((date, name) -> {
            requireSupported(Objects.requireNonNull(date, "an extra holiday's date is null"), "extra holiday");
            extras.put(date, Objects.requireNonNull(name, "the name of the extra holiday on " + date));
        });
        extraHolidays = Collections.unmodifiableSortedMap(extras);

        TreeSet<LocalDate> removed = new TreeSet<>();
        for (LocalDate date : removedDates) {
            requireSupported(Objects.requireNonNull(date, "a removed date is null"), "removed date");
            if (extras.containsKey(date)) {
                throw new IllegalArgumentException(date + " is both an extra holiday and a removed date");
            }
            removed.add(date);
        }
        removedDates = Collections.unmodifiableSortedSet(removed);
    }

    /** These settings with other non-working weekdays. */
    public CalendarSettings withNonWorkingDays(Set<DayOfWeek> days) {
        return new CalendarSettings(days, cutOff, variableHolidays, extraHolidays, removedDates);
    }

    /** These settings with another daily cut-off (Nairobi time). */
    public CalendarSettings withCutOff(LocalTime time) {
        return new CalendarSettings(nonWorkingDays, time, variableHolidays, extraHolidays, removedDates);
    }

    /**
     * These settings with {@code name} falling on {@code date} in that date's year, replacing the date it had that
     * year; a variable holiday of that English name (any case) is added if there is none.
     */
    public CalendarSettings withVariableDate(HolidayName name, LocalDate date) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(date, "date");
        List<VariableHoliday> holidays = new ArrayList<>(variableHolidays);
        int index = indexOf(name);
        if (index < 0) {
            holidays.add(new VariableHoliday(name, Map.of(date.getYear(), date)));
        } else {
            holidays.set(index, holidays.get(index).withDate(date));
        }
        return new CalendarSettings(nonWorkingDays, cutOff, holidays, extraHolidays, removedDates);
    }

    /** These settings without a date for {@code name} in {@code year}: that year then has no such holiday. */
    public CalendarSettings withoutVariableDate(HolidayName name, int year) {
        Objects.requireNonNull(name, "name");
        int index = indexOf(name);
        if (index < 0) {
            throw new IllegalArgumentException("no variable holiday named " + name.english());
        }
        List<VariableHoliday> holidays = new ArrayList<>(variableHolidays);
        holidays.set(index, holidays.get(index).withoutYear(year));
        return new CalendarSettings(nonWorkingDays, cutOff, holidays, extraHolidays, removedDates);
    }

    /**
     * These settings with a one-off gazetted holiday on {@code date}, replacing any extra holiday on that date and
     * taking the date off the removed dates.
     */
    public CalendarSettings withExtraHoliday(LocalDate date, HolidayName name) {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(name, "name");
        Map<LocalDate, HolidayName> extras = new TreeMap<>(extraHolidays);
        extras.put(date, name);
        Set<LocalDate> removed = new TreeSet<>(removedDates);
        removed.remove(date);
        return new CalendarSettings(nonWorkingDays, cutOff, variableHolidays, extras, removed);
    }

    /**
     * These settings with {@code date} no longer a holiday, dropping any extra holiday on it (see {@link
     * KenyanCalendar} for the effect on listed holidays and their substitutes).
     */
    public CalendarSettings withRemovedDate(LocalDate date) {
        Objects.requireNonNull(date, "date");
        Map<LocalDate, HolidayName> extras = new TreeMap<>(extraHolidays);
        extras.remove(date);
        Set<LocalDate> removed = new TreeSet<>(removedDates);
        removed.add(date);
        return new CalendarSettings(nonWorkingDays, cutOff, variableHolidays, extras, removed);
    }

    private int indexOf(HolidayName name) {
        for (int i = 0; i < variableHolidays.size(); i++) {
            if (key(variableHolidays.get(i).name()).equals(key(name))) {
                return i;
            }
        }
        return -1;
    }

    private static String key(HolidayName name) {
        return name.english().toLowerCase(Locale.ROOT);
    }

    private static void requireSupported(LocalDate date, String what) {
        if (date.getYear() < KenyanCalendar.FIRST_YEAR || date.getYear() > KenyanCalendar.LAST_YEAR) {
            throw new IllegalArgumentException(what + " " + date + " is outside the supported years "
                    + KenyanCalendar.FIRST_YEAR + "–" + KenyanCalendar.LAST_YEAR);
        }
    }
}
