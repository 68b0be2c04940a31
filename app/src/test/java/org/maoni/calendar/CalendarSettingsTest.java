package org.maoni.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.maoni.calendar.KenyanHolidays.BOXING_DAY;
import static org.maoni.calendar.KenyanHolidays.CHRISTMAS_DAY;
import static org.maoni.calendar.KenyanHolidays.IDD_UL_AZHA;
import static org.maoni.calendar.KenyanHolidays.IDD_UL_FITR;
import static org.maoni.calendar.KenyanHolidays.JAMHURI_DAY;
import static org.maoni.calendar.KenyanHolidays.NEW_YEARS_DAY;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CalendarSettingsTest {

    private static final CalendarSettings DEFAULTS = CalendarSettings.DEFAULTS;
    private static final HolidayName TREE_GROWING_DAY =
            new HolidayName("National Tree Growing Day", "Siku ya Kitaifa ya Upandaji Miti");

    private static LocalDate date(int year, int month, int day) {
        return LocalDate.of(year, month, day);
    }

    @Test
    void theDefaults() {
        assertThat(DEFAULTS.nonWorkingDays()).containsExactlyInAnyOrder(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
        assertThat(DEFAULTS.cutOff()).isEqualTo(LocalTime.of(17, 0));
        assertThat(DEFAULTS.variableHolidays())
                .extracting(VariableHoliday::name)
                .containsExactly(IDD_UL_FITR, IDD_UL_AZHA);
        assertThat(DEFAULTS.extraHolidays()).isEmpty();
        assertThat(DEFAULTS.removedDates()).isEmpty();
        assertThat(KenyanCalendar.withDefaults().settings()).isEqualTo(DEFAULTS);
    }

    @Test
    void aNewlyGazettedIddDateReplacesTheExpectedOne() {
        CalendarSettings settings = DEFAULTS.withVariableDate(IDD_UL_FITR, date(2027, 3, 10));
        KenyanCalendar calendar = new KenyanCalendar(settings);

        assertThat(calendar.isWorkingDay(date(2027, 3, 9))).isTrue();
        assertThat(calendar.isWorkingDay(date(2027, 3, 10))).isFalse();
        assertThat(calendar.holidays(2027))
                .filteredOn(h -> h.name().equals(IDD_UL_FITR))
                .hasSize(1);
        // Other years and the other Idd keep their dates.
        assertThat(calendar.isWorkingDay(date(2028, 2, 28))).isTrue();
        assertThat(calendar.holidaysOn(date(2028, 2, 26)))
                .extracting(Holiday::name)
                .containsExactly(IDD_UL_FITR);
        assertThat(calendar.isWorkingDay(date(2027, 5, 17))).isFalse();
        // The names match regardless of case, and the shipped name is kept.
        CalendarSettings lower = DEFAULTS.withVariableDate(new HolidayName("idd-ul-fitr", "idd"), date(2031, 1, 24));
        assertThat(lower.variableHolidays()).hasSize(2);
        assertThat(new KenyanCalendar(lower).holidaysOn(date(2031, 1, 24)))
                .extracting(Holiday::name)
                .containsExactly(IDD_UL_FITR);
    }

    @Test
    void variableHolidaysBeyond2030AndNewOnesCanBeAdded() {
        HolidayName diwali = new HolidayName("Diwali", "Diwali");
        CalendarSettings settings = DEFAULTS.withVariableDate(IDD_UL_FITR, date(2031, 1, 24))
                .withVariableDate(IDD_UL_AZHA, date(2031, 4, 2))
                .withVariableDate(diwali, date(2031, 11, 14));
        KenyanCalendar calendar = new KenyanCalendar(settings);

        assertThat(calendar.missingVariableHolidays(2031)).isEmpty();
        assertThat(calendar.missingVariableHolidays(2030)).containsExactly(diwali);
        assertThat(calendar.isWorkingDay(date(2031, 11, 14))).isFalse();
        assertThat(calendar.holidaysOn(date(2031, 11, 14)))
                .extracting(Holiday::name, Holiday::kind)
                .containsExactly(tuple(diwali, HolidayKind.VARIABLE));
    }

    @Test
    void aVariableDateCanBeWithdrawn() {
        CalendarSettings settings = DEFAULTS.withoutVariableDate(IDD_UL_AZHA, 2027);
        KenyanCalendar calendar = new KenyanCalendar(settings);

        assertThat(calendar.isWorkingDay(date(2027, 5, 17))).isTrue();
        assertThat(calendar.missingVariableHolidays(2027)).containsExactly(IDD_UL_AZHA);
        assertThat(settings.withoutVariableDate(IDD_UL_AZHA, 2027)).isEqualTo(settings);
        assertThatThrownBy(() -> DEFAULTS.withoutVariableDate(new HolidayName("Diwali", "Diwali"), 2027))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aVariableHolidayOnASundayMovesLikeAnyOther() {
        // 10 December 2028 is a Sunday.
        HolidayName test = new HolidayName("Test Day", "Siku ya Majaribio");
        KenyanCalendar calendar = new KenyanCalendar(DEFAULTS.withVariableDate(test, date(2028, 12, 10)));
        assertThat(calendar.holidaysOn(date(2028, 12, 11)))
                .extracting(Holiday::name, Holiday::kind, Holiday::substituteFor)
                .containsExactly(tuple(test, HolidayKind.SUBSTITUTE, date(2028, 12, 10)));
    }

    @Test
    void twoHolidaysOnOneSundayGetTwoSubstituteDays() {
        // Christmas 2022 is a Sunday and Boxing Day the Monday: a second holiday on that Sunday takes Wednesday.
        HolidayName test = new HolidayName("Test Day", "Siku ya Majaribio");
        KenyanCalendar calendar = new KenyanCalendar(DEFAULTS.withVariableDate(test, date(2022, 12, 25)));
        assertThat(calendar.holidays(2022))
                .filteredOn(holiday -> holiday.kind() == HolidayKind.SUBSTITUTE
                        && holiday.date().getMonthValue() == 12)
                .extracting(Holiday::date, Holiday::name)
                .containsExactly(tuple(date(2022, 12, 27), CHRISTMAS_DAY), tuple(date(2022, 12, 28), test));
        assertThat(calendar.plusWorkingDays(date(2022, 12, 23), 1)).isEqualTo(date(2022, 12, 29));
    }

    @Test
    void aSubstituteCrossesIntoTheNextYearAndStepsOverNewYearsDay() {
        // 31 December 2028 is a Sunday; Monday 1 January 2029 is New Year's Day, so the substitute is Tuesday.
        HolidayName test = new HolidayName("Test Day", "Siku ya Majaribio");
        KenyanCalendar calendar = new KenyanCalendar(DEFAULTS.withVariableDate(test, date(2028, 12, 31)));

        assertThat(calendar.holidays(2028)).extracting(Holiday::date).doesNotContain(date(2029, 1, 2));
        assertThat(calendar.holidays(2028)
                        .get(calendar.holidays(2028).size() - 1)
                        .date())
                .isEqualTo(date(2028, 12, 31));
        assertThat(calendar.holidaysOn(date(2029, 1, 1)))
                .extracting(Holiday::name, Holiday::kind)
                .containsExactly(tuple(NEW_YEARS_DAY, HolidayKind.STATUTORY));
        assertThat(calendar.holidaysOn(date(2029, 1, 2)))
                .extracting(Holiday::name, Holiday::substituteFor)
                .containsExactly(tuple(test, date(2028, 12, 31)));
        assertThat(calendar.plusWorkingDays(date(2028, 12, 29), 1)).isEqualTo(date(2029, 1, 3));
    }

    @Test
    void aOneOffGazettedHoliday() {
        CalendarSettings settings = DEFAULTS.withExtraHoliday(date(2027, 3, 1), TREE_GROWING_DAY);
        KenyanCalendar calendar = new KenyanCalendar(settings);

        assertThat(calendar.isWorkingDay(date(2027, 3, 1))).isFalse();
        assertThat(calendar.holidaysOn(date(2027, 3, 1)))
                .extracting(Holiday::name, Holiday::kind)
                .containsExactly(tuple(TREE_GROWING_DAY, HolidayKind.EXTRA));
        assertThat(calendar.plusWorkingDays(date(2027, 2, 26), 1)).isEqualTo(date(2027, 3, 2));
        // The default calendar is not affected.
        assertThat(KenyanCalendar.withDefaults().isWorkingDay(date(2027, 3, 1))).isTrue();
    }

    @Test
    void anExtraHolidayIsTakenAsGazettedAndNeverMoves() {
        // Sunday 7 March 2027.
        KenyanCalendar calendar = new KenyanCalendar(DEFAULTS.withExtraHoliday(date(2027, 3, 7), TREE_GROWING_DAY));
        assertThat(calendar.isHoliday(date(2027, 3, 7))).isTrue();
        assertThat(calendar.isWorkingDay(date(2027, 3, 8))).isTrue();
    }

    @Test
    void anExtraHolidayBlocksASubstitute() {
        // Jamhuri Day 2027 is a Sunday; with Monday 13th gazetted for something else, its substitute is Tuesday.
        KenyanCalendar calendar = new KenyanCalendar(DEFAULTS.withExtraHoliday(date(2027, 12, 13), TREE_GROWING_DAY));
        assertThat(calendar.holidaysOn(date(2027, 12, 14)))
                .extracting(Holiday::name, Holiday::kind)
                .containsExactly(tuple(JAMHURI_DAY, HolidayKind.SUBSTITUTE));
    }

    @Test
    void removingAHolidayRemovesItsSubstituteToo() {
        KenyanCalendar calendar = new KenyanCalendar(DEFAULTS.withRemovedDate(date(2027, 12, 12)));
        assertThat(calendar.isHoliday(date(2027, 12, 12))).isFalse();
        assertThat(calendar.isWorkingDay(date(2027, 12, 13))).isTrue();
    }

    @Test
    void removingOnlyTheSubstituteKeepsTheHolidayListed() {
        KenyanCalendar calendar = new KenyanCalendar(DEFAULTS.withRemovedDate(date(2027, 12, 13)));
        assertThat(calendar.holidaysOn(date(2027, 12, 12)))
                .extracting(Holiday::name)
                .containsExactly(JAMHURI_DAY);
        assertThat(calendar.isWorkingDay(date(2027, 12, 13))).isTrue();
        assertThat(calendar.isWorkingDay(date(2027, 12, 14))).isTrue();
    }

    @Test
    void removingAWeekdayHolidayMakesItAWorkingDay() {
        KenyanCalendar calendar = new KenyanCalendar(DEFAULTS.withRemovedDate(date(2026, 10, 20)));
        assertThat(calendar.isWorkingDay(date(2026, 10, 20))).isTrue();
        assertThat(calendar.holidays(2026)).hasSize(11);
        // A removed date that was no holiday changes nothing.
        KenyanCalendar same = new KenyanCalendar(DEFAULTS.withRemovedDate(date(2026, 11, 24)));
        assertThat(same.holidays(2026)).isEqualTo(KenyanCalendar.withDefaults().holidays(2026));
    }

    @Test
    void aRemovedDateIsNeverAHolidayNotEvenASubstitute() {
        // Without Boxing Day 2022, Christmas (a Sunday) would move to Monday 26th, which is removed as well.
        KenyanCalendar calendar = new KenyanCalendar(DEFAULTS.withRemovedDate(date(2022, 12, 26)));
        assertThat(calendar.holidaysOn(date(2022, 12, 26))).isEmpty();
        assertThat(calendar.isWorkingDay(date(2022, 12, 26))).isTrue();
        assertThat(calendar.isWorkingDay(date(2022, 12, 27))).isTrue();
        assertThat(calendar.holidays(2022)).extracting(Holiday::name).doesNotContain(BOXING_DAY);
        assertThat(calendar.holidaysOn(date(2022, 12, 25)))
                .extracting(Holiday::name)
                .containsExactly(CHRISTMAS_DAY);
    }

    @Test
    void theLastOfAddingAndRemovingADateWins() {
        LocalDate day = date(2027, 3, 1);
        CalendarSettings removed =
                DEFAULTS.withExtraHoliday(day, TREE_GROWING_DAY).withRemovedDate(day);
        assertThat(removed.extraHolidays()).isEmpty();
        assertThat(removed.removedDates()).containsExactly(day);
        CalendarSettings added = removed.withExtraHoliday(day, TREE_GROWING_DAY);
        assertThat(added.removedDates()).isEmpty();
        assertThat(added.extraHolidays()).containsEntry(day, TREE_GROWING_DAY);
    }

    @Test
    void otherNonWorkingWeekdays() {
        KenyanCalendar sundaysOnly = new KenyanCalendar(DEFAULTS.withNonWorkingDays(Set.of(DayOfWeek.SUNDAY)));
        assertThat(sundaysOnly.isWorkingDay(date(2026, 11, 28))).isTrue();
        assertThat(sundaysOnly.isWorkingDay(date(2026, 11, 29))).isFalse();
        assertThat(sundaysOnly.isWorkingDay(date(2026, 12, 26))).isFalse(); // Boxing Day, a Saturday
        assertThat(sundaysOnly.plusWorkingDays(date(2026, 11, 27), 1)).isEqualTo(date(2026, 11, 28));
        // The Sunday rule is the law's, whatever the working week.
        assertThat(sundaysOnly.isWorkingDay(date(2027, 12, 13))).isFalse();

        KenyanCalendar everyDay = new KenyanCalendar(DEFAULTS.withNonWorkingDays(Set.of()));
        assertThat(everyDay.isWorkingDay(date(2026, 11, 29))).isTrue();
        assertThat(everyDay.isWorkingDay(date(2027, 12, 12))).isFalse();
        assertThat(everyDay.workingDaysBetween(date(2026, 1, 1), date(2027, 1, 1)))
                .isEqualTo(365 - KenyanCalendar.withDefaults().holidays(2026).size());

        KenyanCalendar fridays =
                new KenyanCalendar(DEFAULTS.withNonWorkingDays(EnumSet.of(DayOfWeek.FRIDAY, DayOfWeek.SATURDAY)));
        assertThat(fridays.isWorkingDay(date(2026, 11, 29))).isTrue();
        assertThat(fridays.isWorkingDay(date(2026, 11, 27))).isFalse();
    }

    @Test
    void refusesAWeekWithoutWorkingDays() {
        assertThatThrownBy(() -> DEFAULTS.withNonWorkingDays(EnumSet.allOf(DayOfWeek.class)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesNulls() {
        assertThatThrownBy(() -> new CalendarSettings(null, LocalTime.NOON, List.of(), Map.of(), Set.of()))
                .isInstanceOf(NullPointerException.class)
                .hasMessageContaining("nonWorkingDays");
        assertThatThrownBy(() -> new CalendarSettings(Set.of(), null, List.of(), Map.of(), Set.of()))
                .isInstanceOf(NullPointerException.class)
                .hasMessageContaining("cutOff");
        assertThatThrownBy(() -> new CalendarSettings(Set.of(), LocalTime.NOON, null, Map.of(), Set.of()))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new CalendarSettings(Set.of(), LocalTime.NOON, List.of(), null, Set.of()))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new CalendarSettings(Set.of(), LocalTime.NOON, List.of(), Map.of(), null))
                .isInstanceOf(NullPointerException.class);

        Set<DayOfWeek> withNull = new HashSet<>();
        withNull.add(null);
        assertThatThrownBy(() -> DEFAULTS.withNonWorkingDays(withNull)).isInstanceOf(NullPointerException.class);
        List<VariableHoliday> nullHoliday = new ArrayList<>();
        nullHoliday.add(null);
        assertThatThrownBy(() -> new CalendarSettings(Set.of(), LocalTime.NOON, nullHoliday, Map.of(), Set.of()))
                .isInstanceOf(NullPointerException.class);
        Map<LocalDate, HolidayName> nullName = new HashMap<>();
        nullName.put(date(2027, 3, 1), null);
        assertThatThrownBy(() -> new CalendarSettings(Set.of(), LocalTime.NOON, List.of(), nullName, Set.of()))
                .isInstanceOf(NullPointerException.class);
        Set<LocalDate> nullDate = new HashSet<>();
        nullDate.add(null);
        assertThatThrownBy(() -> new CalendarSettings(Set.of(), LocalTime.NOON, List.of(), Map.of(), nullDate))
                .isInstanceOf(NullPointerException.class);

        assertThatThrownBy(() -> DEFAULTS.withCutOff(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> DEFAULTS.withExtraHoliday(null, TREE_GROWING_DAY))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> DEFAULTS.withExtraHoliday(date(2027, 3, 1), null))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> DEFAULTS.withRemovedDate(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> DEFAULTS.withVariableDate(null, date(2027, 3, 1)))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> DEFAULTS.withVariableDate(IDD_UL_FITR, null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new KenyanCalendar(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void refusesContradictionsAndUnsupportedYears() {
        LocalDate day = date(2027, 3, 1);
        assertThatThrownBy(() -> new CalendarSettings(
                        Set.of(), LocalTime.NOON, List.of(), Map.of(day, TREE_GROWING_DAY), Set.of(day)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2027-03-01");
        VariableHoliday fitr = DEFAULTS.variableHolidays().get(0);
        VariableHoliday sameName = new VariableHoliday(new HolidayName("IDD-UL-FITR", "Idd"), Map.of());
        assertThatThrownBy(() ->
                        new CalendarSettings(Set.of(), LocalTime.NOON, List.of(fitr, sameName), Map.of(), Set.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("twice");
        assertThatThrownBy(() -> DEFAULTS.withExtraHoliday(date(2009, 12, 31), TREE_GROWING_DAY))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DEFAULTS.withRemovedDate(date(10_000, 1, 1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DEFAULTS.withVariableDate(IDD_UL_FITR, date(2009, 9, 20)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aVariableHolidaysDatesMustLieInTheirYears() {
        assertThatThrownBy(() -> new VariableHoliday(IDD_UL_FITR, Map.of(2027, date(2028, 2, 26))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2027");
        Map<Integer, LocalDate> nullDate = new HashMap<>();
        nullDate.put(2027, null);
        assertThatThrownBy(() -> new VariableHoliday(IDD_UL_FITR, nullDate)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new VariableHoliday(null, Map.of())).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new VariableHoliday(IDD_UL_FITR, null)).isInstanceOf(NullPointerException.class);
        assertThat(new VariableHoliday(IDD_UL_FITR, Map.of(2028, date(2028, 2, 26), 2027, date(2027, 3, 9)))
                        .datesByYear()
                        .keySet())
                .containsExactly(2027, 2028);
    }

    @Test
    void copiesWhatItIsGivenAndHandsOutUnmodifiableCollections() {
        Set<DayOfWeek> days = new HashSet<>(Set.of(DayOfWeek.SUNDAY));
        Map<LocalDate, HolidayName> extras = new HashMap<>(Map.of(date(2027, 3, 1), TREE_GROWING_DAY));
        Set<LocalDate> removed = new HashSet<>(Set.of(date(2027, 12, 13)));
        List<VariableHoliday> variables = new ArrayList<>(DEFAULTS.variableHolidays());
        Map<Integer, LocalDate> dates = new HashMap<>(Map.of(2027, date(2027, 3, 9)));
        VariableHoliday fitr = new VariableHoliday(IDD_UL_FITR, dates);
        CalendarSettings settings = new CalendarSettings(days, LocalTime.NOON, variables, extras, removed);

        days.add(DayOfWeek.MONDAY);
        extras.clear();
        removed.clear();
        variables.clear();
        dates.clear();

        assertThat(settings.nonWorkingDays()).containsExactly(DayOfWeek.SUNDAY);
        assertThat(settings.extraHolidays()).hasSize(1);
        assertThat(settings.removedDates()).hasSize(1);
        assertThat(settings.variableHolidays()).hasSize(2);
        assertThat(fitr.datesByYear()).hasSize(1);
        assertThatThrownBy(() -> settings.nonWorkingDays().add(DayOfWeek.MONDAY))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> settings.extraHolidays().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> settings.removedDates().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> settings.variableHolidays().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> fitr.datesByYear().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> CalendarSettings.WEEKEND.add(DayOfWeek.FRIDAY))
                .isInstanceOf(UnsupportedOperationException.class);
    }
}
