package org.maoni.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.maoni.calendar.HolidayKind.STATUTORY;
import static org.maoni.calendar.HolidayKind.SUBSTITUTE;
import static org.maoni.calendar.HolidayKind.VARIABLE;
import static org.maoni.calendar.KenyanHolidays.BOXING_DAY;
import static org.maoni.calendar.KenyanHolidays.CHRISTMAS_DAY;
import static org.maoni.calendar.KenyanHolidays.EASTER_MONDAY;
import static org.maoni.calendar.KenyanHolidays.GENERAL_ELECTION_DAY;
import static org.maoni.calendar.KenyanHolidays.GOOD_FRIDAY;
import static org.maoni.calendar.KenyanHolidays.HUDUMA_DAY;
import static org.maoni.calendar.KenyanHolidays.IDD_UL_AZHA;
import static org.maoni.calendar.KenyanHolidays.IDD_UL_FITR;
import static org.maoni.calendar.KenyanHolidays.JAMHURI_DAY;
import static org.maoni.calendar.KenyanHolidays.LABOUR_DAY;
import static org.maoni.calendar.KenyanHolidays.MADARAKA_DAY;
import static org.maoni.calendar.KenyanHolidays.MASHUJAA_DAY;
import static org.maoni.calendar.KenyanHolidays.MAZINGIRA_DAY;
import static org.maoni.calendar.KenyanHolidays.MOI_DAY;
import static org.maoni.calendar.KenyanHolidays.NEW_YEARS_DAY;
import static org.maoni.calendar.KenyanHolidays.UTAMADUNI_DAY;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.chrono.HijrahDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class KenyanHolidaysTest {

    private final KenyanCalendar calendar = KenyanCalendar.withDefaults();

    private static LocalDate date(int year, int month, int day) {
        return LocalDate.of(year, month, day);
    }

    @Test
    void theHolidaysOf2026() {
        assertThat(calendar.holidays(2026))
                .extracting(Holiday::date, Holiday::name, Holiday::kind)
                .containsExactly(
                        tuple(date(2026, 1, 1), NEW_YEARS_DAY, STATUTORY),
                        tuple(date(2026, 3, 20), IDD_UL_FITR, VARIABLE),
                        tuple(date(2026, 4, 3), GOOD_FRIDAY, STATUTORY),
                        tuple(date(2026, 4, 6), EASTER_MONDAY, STATUTORY),
                        tuple(date(2026, 5, 1), LABOUR_DAY, STATUTORY),
                        tuple(date(2026, 5, 27), IDD_UL_AZHA, VARIABLE),
                        tuple(date(2026, 6, 1), MADARAKA_DAY, STATUTORY),
                        tuple(date(2026, 10, 10), MAZINGIRA_DAY, STATUTORY),
                        tuple(date(2026, 10, 20), MASHUJAA_DAY, STATUTORY),
                        tuple(date(2026, 12, 12), JAMHURI_DAY, STATUTORY),
                        tuple(date(2026, 12, 25), CHRISTMAS_DAY, STATUTORY),
                        tuple(date(2026, 12, 26), BOXING_DAY, STATUTORY));
    }

    @Test
    void theHolidaysOf2027WithTheirSundaySubstitutes() {
        assertThat(calendar.holidays(2027))
                .extracting(Holiday::date, Holiday::name, Holiday::kind, Holiday::substituteFor)
                .containsExactly(
                        tuple(date(2027, 1, 1), NEW_YEARS_DAY, STATUTORY, null),
                        tuple(date(2027, 3, 9), IDD_UL_FITR, VARIABLE, null),
                        tuple(date(2027, 3, 26), GOOD_FRIDAY, STATUTORY, null),
                        tuple(date(2027, 3, 29), EASTER_MONDAY, STATUTORY, null),
                        tuple(date(2027, 5, 1), LABOUR_DAY, STATUTORY, null),
                        tuple(date(2027, 5, 16), IDD_UL_AZHA, VARIABLE, null),
                        tuple(date(2027, 5, 17), IDD_UL_AZHA, SUBSTITUTE, date(2027, 5, 16)),
                        tuple(date(2027, 6, 1), MADARAKA_DAY, STATUTORY, null),
                        tuple(date(2027, 8, 10), GENERAL_ELECTION_DAY, STATUTORY, null),
                        tuple(date(2027, 10, 10), MAZINGIRA_DAY, STATUTORY, null),
                        tuple(date(2027, 10, 11), MAZINGIRA_DAY, SUBSTITUTE, date(2027, 10, 10)),
                        tuple(date(2027, 10, 20), MASHUJAA_DAY, STATUTORY, null),
                        tuple(date(2027, 12, 12), JAMHURI_DAY, STATUTORY, null),
                        tuple(date(2027, 12, 13), JAMHURI_DAY, SUBSTITUTE, date(2027, 12, 12)),
                        tuple(date(2027, 12, 25), CHRISTMAS_DAY, STATUTORY, null),
                        tuple(date(2027, 12, 26), BOXING_DAY, STATUTORY, null),
                        tuple(date(2027, 12, 27), BOXING_DAY, SUBSTITUTE, date(2027, 12, 26)));
    }

    @Test
    void jamhuriDayOnASunday2027MakesMonday13DecemberADayOff() {
        assertThat(date(2027, 12, 12).getDayOfWeek()).isEqualTo(DayOfWeek.SUNDAY);
        assertThat(calendar.isWorkingDay(date(2027, 12, 13))).isFalse();
        assertThat(calendar.holidaysOn(date(2027, 12, 13))).singleElement().satisfies(holiday -> {
            assertThat(holiday.name()).isEqualTo(JAMHURI_DAY);
            assertThat(holiday.substituteFor()).isEqualTo(date(2027, 12, 12));
        });
        assertThat(calendar.isWorkingDay(date(2027, 12, 14))).isTrue();
    }

    @Test
    void christmasOnASundayMovesPastBoxingDayAsGazettedIn2022() {
        // Gazetted: Tuesday 27 December 2022 in place of Christmas, Monday 2 January 2023 in place of New Year's Day.
        assertThat(calendar.holidaysOn(date(2022, 12, 26)))
                .extracting(Holiday::name, Holiday::kind)
                .containsExactly(tuple(BOXING_DAY, STATUTORY));
        assertThat(calendar.holidaysOn(date(2022, 12, 27)))
                .extracting(Holiday::name, Holiday::kind, Holiday::substituteFor)
                .containsExactly(tuple(CHRISTMAS_DAY, SUBSTITUTE, date(2022, 12, 25)));
        assertThat(calendar.holidaysOn(date(2023, 1, 2)))
                .extracting(Holiday::name, Holiday::kind)
                .containsExactly(tuple(NEW_YEARS_DAY, SUBSTITUTE));
        assertThat(calendar.isWorkingDay(date(2022, 12, 28))).isTrue();
    }

    @Test
    void otherSundayHolidaysKenyaActuallyMovedToMonday() {
        assertThat(calendar.isWorkingDay(date(2014, 6, 2))).isFalse(); // Madaraka Day 2014
        assertThat(calendar.isWorkingDay(date(2021, 10, 11))).isFalse(); // the first Utamaduni Day
        assertThat(calendar.holidaysOn(date(2021, 10, 11)))
                .extracting(Holiday::name)
                .containsExactly(UTAMADUNI_DAY);
        assertThat(calendar.isWorkingDay(date(2022, 5, 2))).isFalse(); // Labour Day 2022
    }

    @Test
    void boxingDayOnSundayAfterChristmasOnSaturdayMovesToMonday() {
        // 2021: Christmas on Saturday is simply lost, Boxing Day on Sunday moves to Monday 27th.
        assertThat(calendar.holidaysOn(date(2021, 12, 27)))
                .extracting(Holiday::name, Holiday::substituteFor)
                .containsExactly(tuple(BOXING_DAY, date(2021, 12, 26)));
        assertThat(calendar.isWorkingDay(date(2021, 12, 28))).isTrue();
    }

    @Test
    void saturdayHolidaysHaveNoSubstitute() {
        assertThat(date(2026, 12, 26).getDayOfWeek()).isEqualTo(DayOfWeek.SATURDAY);
        assertThat(calendar.holidays(2026)).noneMatch(holiday -> holiday.kind() == SUBSTITUTE);
        assertThat(calendar.isWorkingDay(date(2026, 12, 28))).isTrue();
    }

    @Test
    void theTenthOfOctoberThroughItsHistory() {
        for (int year = 2010; year <= 2017; year++) {
            assertThat(calendar.holidaysOn(date(year, 10, 10))).as("%d", year).isEmpty();
            assertThat(KenyanHolidays.tenthOfOctober(year)).isNull();
        }
        assertThat(KenyanHolidays.tenthOfOctober(2018)).isEqualTo(MOI_DAY);
        assertThat(KenyanHolidays.tenthOfOctober(2019)).isEqualTo(MOI_DAY);
        assertThat(KenyanHolidays.tenthOfOctober(2020)).isEqualTo(HUDUMA_DAY);
        assertThat(KenyanHolidays.tenthOfOctober(2021)).isEqualTo(UTAMADUNI_DAY);
        assertThat(KenyanHolidays.tenthOfOctober(2023)).isEqualTo(UTAMADUNI_DAY);
        assertThat(KenyanHolidays.tenthOfOctober(2024)).isEqualTo(MAZINGIRA_DAY);
        assertThat(KenyanHolidays.tenthOfOctober(2099)).isEqualTo(MAZINGIRA_DAY);
        assertThat(calendar.holidaysOn(date(2019, 10, 10)))
                .extracting(Holiday::name)
                .containsExactly(MOI_DAY);
        assertThat(calendar.holidaysOn(date(2024, 10, 10)))
                .extracting(Holiday::name)
                .containsExactly(MAZINGIRA_DAY);
        assertThat(calendar.isWorkingDay(date(2024, 10, 10))).isFalse();
    }

    @Test
    void generalElectionsAreHolidays() {
        assertThat(KenyanHolidays.generalElection(2013)).isEqualTo(date(2013, 3, 4));
        assertThat(KenyanHolidays.generalElection(2017)).isEqualTo(date(2017, 8, 8));
        assertThat(KenyanHolidays.generalElection(2022)).isEqualTo(date(2022, 8, 9));
        assertThat(KenyanHolidays.generalElection(2027)).isEqualTo(date(2027, 8, 10));
        assertThat(KenyanHolidays.generalElection(2032)).isEqualTo(date(2032, 8, 10));
        assertThat(KenyanHolidays.generalElection(2012)).isNull();
        assertThat(KenyanHolidays.generalElection(2018)).isNull();
        assertThat(KenyanHolidays.generalElection(2026)).isNull();
        for (int year = 2017; year <= 2100; year += 5) {
            LocalDate election = KenyanHolidays.generalElection(year);
            assertThat(election.getDayOfWeek()).isEqualTo(DayOfWeek.TUESDAY);
            assertThat(election.getDayOfMonth()).isBetween(8, 14);
            assertThat(calendar.isWorkingDay(election)).isFalse();
        }
    }

    @Test
    void theShippedIddDatesAreTheGazettedOnesAndOtherwiseWithinADayOfUmmAlQura() {
        Map<Integer, LocalDate> fitr = variable(IDD_UL_FITR);
        Map<Integer, LocalDate> azha = variable(IDD_UL_AZHA);
        assertThat(fitr).containsOnlyKeys(2024, 2025, 2026, 2027, 2028, 2029, 2030);
        assertThat(azha).containsOnlyKeys(2024, 2025, 2026, 2027, 2028, 2029, 2030);
        assertThat(fitr).containsEntry(2024, date(2024, 4, 10));
        assertThat(fitr).containsEntry(2025, date(2025, 3, 31));
        assertThat(fitr).containsEntry(2026, date(2026, 3, 20));
        assertThat(azha).containsEntry(2024, date(2024, 6, 17));
        assertThat(azha).containsEntry(2025, date(2025, 6, 6));
        // 1445 AH is 2024; the Hijri year of each Idd moves about 11 days earlier in each Gregorian year.
        for (int year = 2024; year <= 2030; year++) {
            int hijriYear = 1445 + (year - 2024);
            LocalDate shawwal = LocalDate.from(HijrahDate.of(hijriYear, 10, 1));
            LocalDate sacrifice = LocalDate.from(HijrahDate.of(hijriYear, 12, 10));
            assertThat(ChronoUnit.DAYS.between(shawwal, fitr.get(year)))
                    .as("Fitr %d", year)
                    .isBetween(0L, 1L);
            assertThat(ChronoUnit.DAYS.between(sacrifice, azha.get(year)))
                    .as("Azha %d", year)
                    .isBetween(0L, 1L);
        }
    }

    @Test
    void yearsWithoutShippedIddDatesAreReported() {
        assertThat(calendar.missingVariableHolidays(2027)).isEmpty();
        assertThat(calendar.missingVariableHolidays(2031)).containsExactly(IDD_UL_FITR, IDD_UL_AZHA);
        assertThat(calendar.missingVariableHolidays(2023)).containsExactly(IDD_UL_FITR, IDD_UL_AZHA);
        assertThat(calendar.holidays(2031)).extracting(Holiday::name).doesNotContain(IDD_UL_FITR, IDD_UL_AZHA);
        assertThatThrownBy(() -> calendar.missingVariableHolidays(2009)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void namesInEnglishAndKiswahili() {
        Locale kiswahili = Locale.forLanguageTag("sw-KE");
        assertThat(JAMHURI_DAY.in(kiswahili)).isEqualTo("Siku ya Jamhuri");
        assertThat(JAMHURI_DAY.in(Locale.forLanguageTag("sw"))).isEqualTo("Siku ya Jamhuri");
        assertThat(JAMHURI_DAY.in(Locale.ENGLISH)).isEqualTo("Jamhuri Day");
        assertThat(JAMHURI_DAY.in(Locale.FRENCH)).isEqualTo("Jamhuri Day");
        assertThat(List.of(
                        NEW_YEARS_DAY,
                        GOOD_FRIDAY,
                        EASTER_MONDAY,
                        LABOUR_DAY,
                        MADARAKA_DAY,
                        MASHUJAA_DAY,
                        JAMHURI_DAY,
                        CHRISTMAS_DAY,
                        BOXING_DAY,
                        MAZINGIRA_DAY,
                        IDD_UL_FITR))
                .extracting(name -> name.in(kiswahili))
                .containsExactly(
                        "Siku ya Mwaka Mpya",
                        "Ijumaa Kuu",
                        "Jumatatu ya Pasaka",
                        "Siku ya Wafanyakazi",
                        "Siku ya Madaraka",
                        "Siku ya Mashujaa",
                        "Siku ya Jamhuri",
                        "Siku ya Krismasi",
                        "Siku ya Kupeana Zawadi",
                        "Siku ya Mazingira",
                        "Idd-ul-Fitr");
        assertThatThrownBy(() -> JAMHURI_DAY.in(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void holidayNamesAreTrimmedAndNeverBlank() {
        assertThat(new HolidayName("  Tree Growing Day ", "Siku ya Kupanda Miti\n").english())
                .isEqualTo("Tree Growing Day");
        assertThatThrownBy(() -> new HolidayName(" ", "Siku")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new HolidayName("Day", "")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new HolidayName(null, "Siku")).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new HolidayName("Day", null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void everyYearHasItsFixedHolidaysAndEasterInTheSupportedRange() {
        for (int year = KenyanCalendar.FIRST_YEAR; year <= 2200; year++) {
            List<Holiday> holidays = calendar.holidays(year);
            assertThat(holidays).extracting(Holiday::date).isSorted();
            assertThat(holidays)
                    .extracting(Holiday::name)
                    .contains(NEW_YEARS_DAY, GOOD_FRIDAY, EASTER_MONDAY, LABOUR_DAY, MADARAKA_DAY, MASHUJAA_DAY)
                    .contains(JAMHURI_DAY, CHRISTMAS_DAY, BOXING_DAY);
            for (Holiday holiday : holidays) {
                assertThat(holiday.date().getYear()).isEqualTo(year);
                if (holiday.kind() == SUBSTITUTE) {
                    assertThat(holiday.substituteFor().getDayOfWeek()).isEqualTo(DayOfWeek.SUNDAY);
                    assertThat(holiday.date().getDayOfWeek()).isNotEqualTo(DayOfWeek.SUNDAY);
                }
            }
        }
    }

    @Test
    void theSupportedYears() {
        assertThat(calendar.holidays(2010)).isNotEmpty();
        assertThat(calendar.holidays(9999)).isNotEmpty();
        assertThatThrownBy(() -> calendar.holidays(2009))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2010");
        assertThatThrownBy(() -> calendar.holidays(10_000)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> calendar.holidays(Integer.MIN_VALUE)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> calendar.holidaysOn(date(1999, 12, 25))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> calendar.holidaysOn(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> calendar.isHoliday(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void theHolidayListIsUnmodifiable() {
        List<Holiday> holidays = calendar.holidays(2026);
        assertThatThrownBy(holidays::clear).isInstanceOf(UnsupportedOperationException.class);
        assertThat(calendar.holidays(2026)).hasSize(12);
    }

    @Test
    void aHolidayStatesWhetherItIsASubstitute() {
        LocalDate sunday = date(2027, 12, 12);
        assertThatThrownBy(() -> new Holiday(sunday, JAMHURI_DAY, SUBSTITUTE, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Holiday(sunday, JAMHURI_DAY, STATUTORY, sunday.minusDays(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Holiday(sunday, JAMHURI_DAY, SUBSTITUTE, sunday))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Holiday.of(null, JAMHURI_DAY, STATUTORY)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> Holiday.of(sunday, null, STATUTORY)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> Holiday.of(sunday, JAMHURI_DAY, null)).isInstanceOf(NullPointerException.class);
    }

    private static Map<Integer, LocalDate> variable(HolidayName name) {
        return KenyanHolidays.shippedVariableHolidays().stream()
                .filter(holiday -> holiday.name().equals(name))
                .findFirst()
                .orElseThrow()
                .datesByYear();
    }
}
