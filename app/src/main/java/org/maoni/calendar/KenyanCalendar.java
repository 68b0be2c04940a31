package org.maoni.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Kenya's public holidays and working days for the years {@value #FIRST_YEAR} to {@value #LAST_YEAR} under given
 * {@link CalendarSettings}, immutable and safe to share between threads. Dates outside those years are refused with an
 * {@link IllegalArgumentException}, nulls with a {@link NullPointerException}.
 */
public final class KenyanCalendar {

    /** The first supported year: the Constitution of 2010 reshaped the list of holidays and is modelled from then. */
    public static final int FIRST_YEAR = 2010;

    /** The last supported year, the last of four-digit ISO years. */
    public static final int LAST_YEAR = 9999;

    /** The time zone of every cut-off and deadline. */
    public static final ZoneId NAIROBI = ZoneId.of("Africa/Nairobi");

    /** The last millisecond of a day, when a deadline expires. */
    public static final LocalTime END_OF_DAY = LocalTime.of(23, 59, 59, 999_000_000);

    private static final KenyanCalendar DEFAULT = new KenyanCalendar(CalendarSettings.DEFAULTS);

    private final CalendarSettings settings;
    /** Whether each weekday, by {@link DayOfWeek#ordinal()}, is a non-working day. */
    private final boolean[] nonWorking = new boolean[7];

    private final Map<Integer, YearTable> years = new ConcurrentHashMap<>();

    public KenyanCalendar(CalendarSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
        settings.nonWorkingDays().forEach(day -> nonWorking[day.ordinal()] = true);
    }

    /** The calendar with {@link CalendarSettings#DEFAULTS}. */
    public static KenyanCalendar withDefaults() {
        return DEFAULT;
    }

    public CalendarSettings settings() {
        return settings;
    }

    /**
     * Every holiday of {@code year} in date order: the statutory ones ({@link KenyanHolidays}), the configured variable
     * and extra ones, and a substitute for each statutory or variable holiday on a Sunday, on the first following day
     * that is not itself a holiday (Public Holidays Act, s. 4), so Christmas on a Sunday moves past Boxing Day to the
     * Tuesday. The Sunday holiday stays listed before its substitute. A removed date is never a holiday: the holiday on
     * it goes together with its substitute, and a substitute that would fall on it goes too. Extra holidays are taken
     * as gazetted and never move.
     */
    public List<Holiday> holidays(int year) {
        return table(requireSupported(year)).holidays();
    }

    /** The holidays on {@code date}: usually none or one, more when holidays coincide. */
    public List<Holiday> holidaysOn(LocalDate date) {
        requireSupported(date, "date");
        return holidays(date.getYear()).stream()
                .filter(holiday -> holiday.date().equals(date))
                .toList();
    }

    public boolean isHoliday(LocalDate date) {
        return !holidaysOn(date).isEmpty();
    }

    /** Whether {@code date} is neither a non-working weekday nor a holiday. */
    public boolean isWorkingDay(LocalDate date) {
        requireSupported(date, "date");
        return table(date.getYear()).working().get(date.getDayOfYear() - 1);
    }

    /**
     * The day {@code n} working days after {@code start}, where day 0 is {@code start} itself if it is a working day
     * and the next working day otherwise: a response due 3 working days after a receipt on Friday is due on the
     * following Wednesday (Monday is day 1), or on Thursday if that Monday is a holiday.
     *
     * @throws IllegalArgumentException if {@code n} is negative or the result lies after {@value #LAST_YEAR}
     */
    public LocalDate plusWorkingDays(LocalDate start, int n) {
        requireSupported(start, "start");
        if (n < 0) {
            throw new IllegalArgumentException("n must not be negative: " + n);
        }
        // n working days take at least n + 1 calendar days (days 0 to n); refuse at once what cannot fit.
        if (n >= ChronoUnit.DAYS.between(start, LocalDate.of(LAST_YEAR, 12, 31)) + 1) {
            throw beyondLastYear(start, n);
        }
        long wanted = (long) n + 1;
        int year = start.getYear();
        int from = start.getDayOfYear() - 1;
        while (true) {
            YearTable table = table(year);
            int available = table.count(from, table.length());
            if (wanted <= available) {
                return LocalDate.ofYearDay(year, table.nth(from, (int) wanted) + 1);
            }
            wanted -= available;
            if (year == LAST_YEAR) {
                throw beyondLastYear(start, n);
            }
            year++;
            from = 0;
        }
    }

    /**
     * The number of working days from {@code from} (included) to {@code to} (excluded), negated when {@code to} comes
     * first; so {@code workingDaysBetween(d, plusWorkingDays(d, n)) == n} for every day {@code d}.
     */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        requireSupported(from, "from");
        requireSupported(to, "to");
        if (to.isBefore(from)) {
            return -countFrom(to, from);
        }
        return countFrom(from, to);
    }

    /**
     * The working day a submission received at {@code received} counts from: its day in Nairobi, or the next day when
     * it arrives at or after the cut-off, moved on to the next working day when that day is not one.
     */
    public LocalDate receiptDay(ZonedDateTime received) {
        Objects.requireNonNull(received, "received");
        ZonedDateTime local = received.withZoneSameInstant(NAIROBI);
        LocalDate day = local.toLocalDate();
        if (!local.toLocalTime().isBefore(settings.cutOff())) {
            day = day.plusDays(1);
        }
        return plusWorkingDays(day, 0);
    }

    /**
     * The end (23:59:59.999, Nairobi time) of the day {@code workingDays} working days after the {@link
     * #receiptDay(ZonedDateTime) receipt day}: the latest moment a response due that many working days after receipt
     * may be given. With 0 the response is due by the end of the receipt day itself.
     */
    public ZonedDateTime responseDeadline(ZonedDateTime received, int workingDays) {
        if (workingDays < 0) {
            throw new IllegalArgumentException("workingDays must not be negative: " + workingDays);
        }
        return plusWorkingDays(receiptDay(received), workingDays)
                .atTime(END_OF_DAY)
                .atZone(NAIROBI);
    }

    /**
     * The variable holidays with no date for {@code year}: holidays that year is missing until configuration supplies
     * them, which shortens deadlines that run through it.
     */
    public List<HolidayName> missingVariableHolidays(int year) {
        requireSupported(year);
        return settings.variableHolidays().stream()
                .filter(holiday -> !holiday.datesByYear().containsKey(year))
                .map(VariableHoliday::name)
                .toList();
    }

    private int countFrom(LocalDate from, LocalDate to) {
        int fromIndex = from.getDayOfYear() - 1;
        int toIndex = to.getDayOfYear() - 1;
        if (from.getYear() == to.getYear()) {
            return table(from.getYear()).count(fromIndex, toIndex);
        }
        YearTable first = table(from.getYear());
        int count = first.count(fromIndex, first.length());
        for (int year = from.getYear() + 1; year < to.getYear(); year++) {
            YearTable between = table(year);
            count += between.count(0, between.length());
        }
        return count + table(to.getYear()).count(0, toIndex);
    }

    private YearTable table(int year) {
        return years.computeIfAbsent(year, this::build);
    }

    private YearTable build(int year) {
        // The neighbouring years take part because a substitute may cross the year boundary, and a holiday early in
        // January blocks a substitute from late December.
        List<Holiday> listed = new ArrayList<>();
        for (int y = year - 1; y <= year + 1; y++) {
            if (y >= FIRST_YEAR && y <= LAST_YEAR) {
                listed.addAll(listed(y));
            }
        }
        listed.sort(Comparator.comparing(Holiday::date));
        Set<LocalDate> taken = new HashSet<>();
        listed.forEach(holiday -> taken.add(holiday.date()));

        List<Holiday> holidays = new ArrayList<>();
        for (Holiday holiday : listed) {
            holidays.add(holiday);
            if (holiday.kind() != HolidayKind.EXTRA && holiday.date().getDayOfWeek() == DayOfWeek.SUNDAY) {
                LocalDate substitute = holiday.date().plusDays(1);
                while (taken.contains(substitute)) {
                    substitute = substitute.plusDays(1);
                }
                taken.add(substitute);
                if (!settings.removedDates().contains(substitute)) {
                    holidays.add(new Holiday(substitute, holiday.name(), HolidayKind.SUBSTITUTE, holiday.date()));
                }
            }
        }
        List<Holiday> ofYear = holidays.stream()
                .filter(holiday -> holiday.date().getYear() == year)
                .sorted(Comparator.comparing(Holiday::date)
                        .thenComparing(holiday -> holiday.kind() == HolidayKind.SUBSTITUTE))
                .toList();

        LocalDate first = LocalDate.of(year, 1, 1);
        int length = first.lengthOfYear();
        BitSet off = new BitSet(length);
        ofYear.forEach(holiday -> off.set(holiday.date().getDayOfYear() - 1));
        int firstWeekday = first.getDayOfWeek().ordinal();
        BitSet working = new BitSet(length);
        for (int i = 0; i < length; i++) {
            if (!nonWorking[(firstWeekday + i) % 7] && !off.get(i)) {
                working.set(i);
            }
        }
        return new YearTable(ofYear, working, length);
    }

    /** The holidays of {@code year} before the Sunday rule: statutory, variable and extra, less the removed dates. */
    private List<Holiday> listed(int year) {
        List<Holiday> listed = new ArrayList<>(KenyanHolidays.statutory(year));
        for (VariableHoliday variable : settings.variableHolidays()) {
            LocalDate date = variable.datesByYear().get(year);
            if (date != null) {
                listed.add(Holiday.of(date, variable.name(), HolidayKind.VARIABLE));
            }
        }
        settings.extraHolidays().forEach((date, name) -> {
            if (date.getYear() == year) {
                listed.add(Holiday.of(date, name, HolidayKind.EXTRA));
            }
        });
        listed.removeIf(holiday -> settings.removedDates().contains(holiday.date()));
        return listed;
    }

    private static int requireSupported(int year) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw new IllegalArgumentException(
                    "year " + year + " is outside the supported years " + FIRST_YEAR + "–" + LAST_YEAR);
        }
        return year;
    }

    private static void requireSupported(LocalDate date, String name) {
        Objects.requireNonNull(date, name);
        if (date.getYear() < FIRST_YEAR || date.getYear() > LAST_YEAR) {
            throw new IllegalArgumentException(
                    name + " " + date + " is outside the supported years " + FIRST_YEAR + "–" + LAST_YEAR);
        }
    }

    private static IllegalArgumentException beyondLastYear(LocalDate start, int n) {
        return new IllegalArgumentException(
                n + " working days after " + start + " fall after the last supported year " + LAST_YEAR);
    }

    /** One year's holidays and, by day of the year from 0, which days are working days. */
    private record YearTable(List<Holiday> holidays, BitSet working, int length) {

        /** Working days among the days {@code from} (included) to {@code to} (excluded). */
        int count(int from, int to) {
            if (from == 0 && to == length) {
                return working.cardinality();
            }
            int count = 0;
            for (int i = working.nextSetBit(from); i >= 0 && i < to; i = working.nextSetBit(i + 1)) {
                count++;
            }
            return count;
        }

        /** The {@code k}-th working day (from 1) at or after {@code from}; the caller ensures there is one. */
        int nth(int from, int k) {
            int i = working.nextSetBit(from);
            for (int seen = 1; seen < k; seen++) {
                i = working.nextSetBit(i + 1);
            }
            return i;
        }
    }
}
