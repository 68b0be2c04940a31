package org.maoni.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The names of Kenya's public holidays, the rules of the Public Holidays Act (Cap. 110) and the Constitution of 2010
 * for each year from 2010, and the shipped dates of the holidays gazetted year by year. Sources and assumptions are
 * recorded in {@code docs/calendar.md}.
 */
public final class KenyanHolidays {

    public static final HolidayName NEW_YEARS_DAY = new HolidayName("New Year's Day", "Siku ya Mwaka Mpya");
    public static final HolidayName GOOD_FRIDAY = new HolidayName("Good Friday", "Ijumaa Kuu");
    public static final HolidayName EASTER_MONDAY = new HolidayName("Easter Monday", "Jumatatu ya Pasaka");
    public static final HolidayName LABOUR_DAY = new HolidayName("Labour Day", "Siku ya Wafanyakazi");
    public static final HolidayName MADARAKA_DAY = new HolidayName("Madaraka Day", "Siku ya Madaraka");
    public static final HolidayName MOI_DAY = new HolidayName("Moi Day", "Siku ya Moi");
    public static final HolidayName HUDUMA_DAY = new HolidayName("Huduma Day", "Siku ya Huduma");
    public static final HolidayName UTAMADUNI_DAY = new HolidayName("Utamaduni Day", "Siku ya Utamaduni");
    public static final HolidayName MAZINGIRA_DAY = new HolidayName("Mazingira Day", "Siku ya Mazingira");
    public static final HolidayName MASHUJAA_DAY = new HolidayName("Mashujaa Day", "Siku ya Mashujaa");
    public static final HolidayName JAMHURI_DAY = new HolidayName("Jamhuri Day", "Siku ya Jamhuri");
    public static final HolidayName CHRISTMAS_DAY = new HolidayName("Christmas Day", "Siku ya Krismasi");
    public static final HolidayName BOXING_DAY = new HolidayName("Boxing Day", "Siku ya Kupeana Zawadi");
    public static final HolidayName GENERAL_ELECTION_DAY =
            new HolidayName("General Election Day", "Siku ya Uchaguzi Mkuu");
    public static final HolidayName IDD_UL_FITR = new HolidayName("Idd-ul-Fitr", "Idd-ul-Fitr");
    public static final HolidayName IDD_UL_AZHA = new HolidayName("Idd-ul-Azha", "Idd-ul-Azha");

    /** The first general election under Article 101(1) of the Constitution: every fifth year from this one. */
    static final int FIRST_AUGUST_ELECTION = 2017;

    private KenyanHolidays() {}

    /**
     * Idd-ul-Fitr and Idd-ul-Azha for 2024 to 2030: the dates gazetted up to the time of writing (Idd-ul-Fitr
     * 2024–2026, Idd-ul-Azha 2024–2025), then the expected dates of the Umm al-Qura calendar, which Kenya's moon
     * sighting has matched or followed by one day. Override them by configuration once the Gazette notice is out.
     */
    public static List<VariableHoliday> shippedVariableHolidays() {
        return List.of(
                new VariableHoliday(
                        IDD_UL_FITR,
                        Map.of(
                                2024, LocalDate.of(2024, 4, 10), // gazetted
                                2025, LocalDate.of(2025, 3, 31), // gazetted
                                2026, LocalDate.of(2026, 3, 20), // gazetted
                                2027, LocalDate.of(2027, 3, 9),
                                2028, LocalDate.of(2028, 2, 26),
                                2029, LocalDate.of(2029, 2, 14),
                                2030, LocalDate.of(2030, 2, 4))),
                new VariableHoliday(
                        IDD_UL_AZHA,
                        Map.of(
                                2024, LocalDate.of(2024, 6, 17), // gazetted (the festival fell on Sunday 16 June)
                                2025, LocalDate.of(2025, 6, 6), // gazetted
                                2026, LocalDate.of(2026, 5, 27),
                                2027, LocalDate.of(2027, 5, 16),
                                2028, LocalDate.of(2028, 5, 5),
                                2029, LocalDate.of(2029, 4, 24),
                                2030, LocalDate.of(2030, 4, 13))));
    }

    /** The holidays the law fixes for {@code year}, before the Sunday rule and before configuration. */
    static List<Holiday> statutory(int year) {
        List<Holiday> days = new ArrayList<>();
        LocalDate easter = Easter.sunday(year);
        add(days, LocalDate.of(year, Month.JANUARY, 1), NEW_YEARS_DAY);
        add(days, easter.minusDays(2), GOOD_FRIDAY);
        add(days, easter.plusDays(1), EASTER_MONDAY);
        add(days, LocalDate.of(year, Month.MAY, 1), LABOUR_DAY);
        add(days, LocalDate.of(year, Month.JUNE, 1), MADARAKA_DAY);
        HolidayName tenthOfOctober = tenthOfOctober(year);
        if (tenthOfOctober != null) {
            add(days, LocalDate.of(year, Month.OCTOBER, 10), tenthOfOctober);
        }
        add(days, LocalDate.of(year, Month.OCTOBER, 20), MASHUJAA_DAY);
        add(days, LocalDate.of(year, Month.DECEMBER, 12), JAMHURI_DAY);
        add(days, LocalDate.of(year, Month.DECEMBER, 25), CHRISTMAS_DAY);
        add(days, LocalDate.of(year, Month.DECEMBER, 26), BOXING_DAY);
        LocalDate election = generalElection(year);
        if (election != null) {
            add(days, election, GENERAL_ELECTION_DAY);
        }
        return days;
    }

    /**
     * The holiday on 10 October, or {@code null} in the years it was not kept. Moi Day lapsed with the Constitution of
     * 2010; the High Court (JR 292 of 2017, November 2017) held that the Act still required it, so it was kept in 2018
     * and 2019; the Government kept it as Huduma Day in 2020; Act No. 20 of 2020 renamed it Utamaduni Day (first kept
     * 2021); Act No. 3 of 2024 renamed it Mazingira Day from 2024.
     */
    static HolidayName tenthOfOctober(int year) {
        if (year >= 2024) {
            return MAZINGIRA_DAY;
        }
        if (year >= 2021) {
            return UTAMADUNI_DAY;
        }
        if (year == 2020) {
            return HUDUMA_DAY;
        }
        if (year >= 2018) {
            return MOI_DAY;
        }
        return null;
    }

    /**
     * The day of the general election in {@code year}, a public holiday under section 2(4) of the Act, or {@code
     * null}: the transitional election of 4 March 2013, then the second Tuesday of August in every fifth year from
     * 2017 (Article 101(1)). An early election after a dissolution is not foreseen; configure it as an extra day.
     */
    static LocalDate generalElection(int year) {
        if (year == 2013) {
            return LocalDate.of(2013, Month.MARCH, 4);
        }
        if (year < FIRST_AUGUST_ELECTION || (year - FIRST_AUGUST_ELECTION) % 5 != 0) {
            return null;
        }
        return LocalDate.of(year, Month.AUGUST, 1).with(TemporalAdjusters.dayOfWeekInMonth(2, DayOfWeek.TUESDAY));
    }

    private static void add(List<Holiday> days, LocalDate date, HolidayName name) {
        days.add(Holiday.of(date, name, HolidayKind.STATUTORY));
    }
}
