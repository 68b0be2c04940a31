package org.maoni.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import org.junit.jupiter.api.Test;

class EasterTest {

    // Published Easter Sunday dates for 2000-2035, checked against dateutil's independent implementation.
    private static final String[] EASTER_2000_TO_2035 = {
        "2000-04-23", "2001-04-15", "2002-03-31", "2003-04-20", "2004-04-11", "2005-03-27", "2006-04-16",
        "2007-04-08", "2008-03-23", "2009-04-12", "2010-04-04", "2011-04-24", "2012-04-08", "2013-03-31",
        "2014-04-20", "2015-04-05", "2016-03-27", "2017-04-16", "2018-04-01", "2019-04-21", "2020-04-12",
        "2021-04-04", "2022-04-17", "2023-04-09", "2024-03-31", "2025-04-20", "2026-04-05", "2027-03-28",
        "2028-04-16", "2029-04-01", "2030-04-21", "2031-04-13", "2032-03-28", "2033-04-17", "2034-04-09",
        "2035-03-25"
    };

    @Test
    void matchesThePublishedDatesFrom2000To2035() {
        for (int k = 0; k < EASTER_2000_TO_2035.length; k++) {
            assertThat(Easter.sunday(2000 + k)).isEqualTo(LocalDate.parse(EASTER_2000_TO_2035[k]));
        }
    }

    @Test
    void wellKnownRecentDates() {
        assertThat(Easter.sunday(2024)).isEqualTo(LocalDate.of(2024, 3, 31));
        assertThat(Easter.sunday(2025)).isEqualTo(LocalDate.of(2025, 4, 20));
        assertThat(Easter.sunday(2026)).isEqualTo(LocalDate.of(2026, 4, 5));
    }

    @Test
    void theEarliestAndLatestPossibleDates() {
        assertThat(Easter.sunday(1818)).isEqualTo(LocalDate.of(1818, 3, 22));
        assertThat(Easter.sunday(2285)).isEqualTo(LocalDate.of(2285, 3, 22));
        assertThat(Easter.sunday(1943)).isEqualTo(LocalDate.of(1943, 4, 25));
        assertThat(Easter.sunday(2038)).isEqualTo(LocalDate.of(2038, 4, 25));
        assertThat(Easter.sunday(1583)).isEqualTo(LocalDate.of(1583, 4, 10));
    }

    @Test
    void isAlwaysASundayBetween22MarchAnd25April() {
        MonthDay earliest = MonthDay.of(3, 22);
        MonthDay latest = MonthDay.of(4, 25);
        for (int year = 1583; year <= 9999; year++) {
            LocalDate easter = Easter.sunday(year);
            assertThat(easter.getDayOfWeek()).isEqualTo(DayOfWeek.SUNDAY);
            assertThat(MonthDay.from(easter)).isBetween(earliest, latest);
            assertThat(easter.getYear()).isEqualTo(year);
        }
    }

    @Test
    void refusesYearsBeforeTheGregorianCalendar() {
        assertThatThrownBy(() -> Easter.sunday(1582)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Easter.sunday(-1)).isInstanceOf(IllegalArgumentException.class);
    }
}
