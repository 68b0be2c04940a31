package org.maoni.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class WorkingDaysTest {

    private final KenyanCalendar calendar = KenyanCalendar.withDefaults();

    private static LocalDate date(int year, int month, int day) {
        return LocalDate.of(year, month, day);
    }

    /** The n-th working day on or after start (day 0 the first), one day at a time: the slow, obvious reference. */
    private LocalDate stepByStep(LocalDate start, int n) {
        LocalDate day = start;
        while (!calendar.isWorkingDay(day)) {
            day = day.plusDays(1);
        }
        for (int k = 0; k < n; k++) {
            day = day.plusDays(1);
            while (!calendar.isWorkingDay(day)) {
                day = day.plusDays(1);
            }
        }
        return day;
    }

    @Test
    void weekdaysWorkWeekendsAndHolidaysDoNot() {
        assertThat(calendar.isWorkingDay(date(2026, 11, 23))).isTrue(); // Monday
        assertThat(calendar.isWorkingDay(date(2026, 11, 27))).isTrue(); // Friday
        assertThat(calendar.isWorkingDay(date(2026, 11, 28))).isFalse(); // Saturday
        assertThat(calendar.isWorkingDay(date(2026, 11, 29))).isFalse(); // Sunday
        assertThat(calendar.isWorkingDay(date(2026, 10, 20))).isFalse(); // Mashujaa Day, a Tuesday
        assertThat(calendar.isWorkingDay(date(2026, 4, 3))).isFalse(); // Good Friday
        assertThat(calendar.isWorkingDay(date(2026, 4, 6))).isFalse(); // Easter Monday
        assertThat(calendar.isWorkingDay(date(2026, 3, 20))).isFalse(); // Idd-ul-Fitr
        assertThat(calendar.isHoliday(date(2026, 10, 20))).isTrue();
        assertThat(calendar.isHoliday(date(2026, 11, 28))).isFalse();
    }

    @Test
    void leapDaysAreOrdinaryDays() {
        assertThat(calendar.isWorkingDay(date(2024, 2, 29))).isTrue(); // Thursday
        assertThat(calendar.isWorkingDay(date(2028, 2, 29))).isTrue(); // Tuesday
        assertThat(calendar.isWorkingDay(date(2032, 2, 29))).isFalse(); // Sunday
        assertThat(calendar.plusWorkingDays(date(2028, 2, 28), 1)).isEqualTo(date(2028, 2, 29));
        assertThat(calendar.plusWorkingDays(date(2028, 2, 25), 2)).isEqualTo(date(2028, 2, 29));
        assertThat(calendar.plusWorkingDays(date(2027, 2, 26), 1)).isEqualTo(date(2027, 3, 1));
        // 2028: 366 days from a Saturday, so 52 weeks and one more Saturday and Sunday: 106 weekend days.
        assertThat(calendar.workingDaysBetween(date(2028, 1, 1), date(2029, 1, 1)))
                .isEqualTo(366 - 106 - weekdayHolidays(2028));
        assertThat(calendar.workingDaysBetween(date(2028, 12, 31), date(2029, 1, 1)))
                .isZero();
    }

    @Test
    void dayZeroIsTheStartWhenItWorksAndOtherwiseTheNextWorkingDay() {
        assertThat(calendar.plusWorkingDays(date(2026, 11, 23), 0)).isEqualTo(date(2026, 11, 23));
        assertThat(calendar.plusWorkingDays(date(2026, 11, 28), 0)).isEqualTo(date(2026, 11, 30));
        assertThat(calendar.plusWorkingDays(date(2026, 11, 28), 1)).isEqualTo(date(2026, 12, 1));
        // Friday + 3: Monday is day 1, Wednesday day 3.
        assertThat(calendar.plusWorkingDays(date(2026, 11, 27), 3)).isEqualTo(date(2026, 12, 2));
        // Friday 16 October 2026 + 2: Monday 19th is day 1, Mashujaa Day (Tuesday) is skipped, Wednesday is day 2.
        assertThat(calendar.plusWorkingDays(date(2026, 10, 16), 2)).isEqualTo(date(2026, 10, 21));
        // Easter 2026: Thursday before Good Friday + 1 is the Tuesday after Easter Monday.
        assertThat(calendar.plusWorkingDays(date(2026, 4, 2), 1)).isEqualTo(date(2026, 4, 7));
    }

    @Test
    void tenWorkingDaysFrom22December2026SkipChristmasBoxingDayWeekendsAndNewYear() {
        assertThat(calendar.plusWorkingDays(date(2026, 12, 22), 10)).isEqualTo(date(2027, 1, 7));
        assertThat(calendar.workingDaysBetween(date(2026, 12, 22), date(2027, 1, 7)))
                .isEqualTo(10);
    }

    @Test
    void acrossTheChristmasOf2027WithBoxingDayMovedToMonday() {
        // Friday 24 December 2027 + 1: Christmas (Saturday), Boxing Day (Sunday) and its substitute Monday 27th.
        assertThat(calendar.plusWorkingDays(date(2027, 12, 24), 1)).isEqualTo(date(2027, 12, 28));
    }

    @Test
    void tenThousandWorkingDays() {
        LocalDate start = date(2026, 11, 23);
        LocalDate end = calendar.plusWorkingDays(start, 10_000);
        assertThat(end).isEqualTo(stepByStep(start, 10_000));
        assertThat(end.getYear()).isBetween(2065, 2067);
        assertThat(calendar.workingDaysBetween(start, end)).isEqualTo(10_000);
        assertThat(calendar.workingDaysBetween(end, start)).isEqualTo(-10_000);
    }

    @Test
    void agreesWithStepByStepCountingEverywhere() {
        LocalDate first = date(2023, 12, 1);
        for (int offset = 0; offset < 800; offset += 3) {
            LocalDate start = first.plusDays(offset);
            for (int n : new int[] {0, 1, 2, 5, 10, 21, 30, 60, 250, 400}) {
                LocalDate end = calendar.plusWorkingDays(start, n);
                assertThat(end).as("%s + %d", start, n).isEqualTo(stepByStep(start, n));
                assertThat(calendar.isWorkingDay(end)).isTrue();
                assertThat(calendar.workingDaysBetween(start, end)).isEqualTo(n);
            }
        }
    }

    @Test
    void workingDaysBetweenCountsTheStartButNotTheEnd() {
        LocalDate monday = date(2026, 11, 23);
        assertThat(calendar.workingDaysBetween(monday, monday)).isZero();
        assertThat(calendar.workingDaysBetween(monday, monday.plusDays(1))).isEqualTo(1);
        assertThat(calendar.workingDaysBetween(monday, monday.plusDays(7))).isEqualTo(5);
        assertThat(calendar.workingDaysBetween(monday.plusDays(7), monday)).isEqualTo(-5);
        assertThat(calendar.workingDaysBetween(date(2026, 11, 28), date(2026, 11, 30)))
                .isZero();
        assertThat(calendar.workingDaysBetween(date(2026, 1, 1), date(2027, 1, 1)))
                .isEqualTo(252);
        assertThat(calendar.workingDaysBetween(date(2024, 1, 1), date(2027, 1, 1)))
                .isEqualTo(calendar.workingDaysBetween(date(2024, 1, 1), date(2025, 1, 1))
                        + calendar.workingDaysBetween(date(2025, 1, 1), date(2026, 1, 1))
                        + 252);
    }

    @Test
    void upToTheLastSupportedDay() {
        LocalDate first = date(9900, 1, 1);
        LocalDate last = date(KenyanCalendar.LAST_YEAR, 12, 31); // a Friday, and no holiday
        int all = calendar.workingDaysBetween(first, last);
        assertThat(all).isBetween(250 * 100, 262 * 100);
        assertThat(calendar.plusWorkingDays(first, all)).isEqualTo(last);
        assertThat(calendar.plusWorkingDays(last, 0)).isEqualTo(last);
        assertThatThrownBy(() -> calendar.plusWorkingDays(last, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("9999");
        assertThatThrownBy(() -> calendar.plusWorkingDays(first, all + 1)).isInstanceOf(IllegalArgumentException.class);
        // Boxing Day 9999 is a Sunday moved to Monday 27th: only four working days remain, 28th to 31st.
        assertThatThrownBy(() -> calendar.plusWorkingDays(date(9999, 12, 26), 5))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(calendar.plusWorkingDays(date(9999, 12, 26), 3)).isEqualTo(last);
    }

    @Test
    void refusesNegativeAndImpossibleCounts() {
        LocalDate start = date(2026, 11, 23);
        assertThatThrownBy(() -> calendar.plusWorkingDays(start, -1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("-1");
        assertThatThrownBy(() -> calendar.plusWorkingDays(start, Integer.MIN_VALUE))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> calendar.plusWorkingDays(start, Integer.MAX_VALUE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("9999");
    }

    @Test
    void refusesNullsAndDatesOutsideTheSupportedYears() {
        LocalDate start = date(2026, 11, 23);
        assertThatThrownBy(() -> calendar.isWorkingDay(null))
                .isInstanceOf(NullPointerException.class)
                .hasMessageContaining("date");
        assertThatThrownBy(() -> calendar.plusWorkingDays(null, 1))
                .isInstanceOf(NullPointerException.class)
                .hasMessageContaining("start");
        assertThatThrownBy(() -> calendar.workingDaysBetween(null, start)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> calendar.workingDaysBetween(start, null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> calendar.isWorkingDay(date(2009, 12, 31)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> calendar.isWorkingDay(LocalDate.MAX)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> calendar.plusWorkingDays(LocalDate.MIN, 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> calendar.workingDaysBetween(start, date(10_000, 1, 1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void answersTheSameFromManyThreadsAtOnce() {
        KenyanCalendar fresh = new KenyanCalendar(CalendarSettings.DEFAULTS);
        LocalDate start = date(2030, 12, 20);
        List<LocalDate> expected = IntStream.range(0, 400)
                .mapToObj(n -> calendar.plusWorkingDays(start, n))
                .toList();
        List<LocalDate> concurrent = IntStream.range(0, 400)
                .parallel()
                .mapToObj(n -> fresh.plusWorkingDays(start, n))
                .toList();
        assertThat(concurrent).isEqualTo(expected);
    }

    private int weekdayHolidays(int year) {
        return (int) calendar.holidays(year).stream()
                .map(Holiday::date)
                .distinct()
                .filter(day -> day.getDayOfWeek().getValue() <= 5)
                .count();
    }
}
