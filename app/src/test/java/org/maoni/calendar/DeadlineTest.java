package org.maoni.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

class DeadlineTest {

    private static final ZoneId NAIROBI = ZoneId.of("Africa/Nairobi");

    private final KenyanCalendar calendar = KenyanCalendar.withDefaults();

    private static ZonedDateTime nairobi(int year, int month, int day, int hour, int minute) {
        return ZonedDateTime.of(year, month, day, hour, minute, 0, 0, NAIROBI);
    }

    private static ZonedDateTime endOf(int year, int month, int day) {
        return ZonedDateTime.of(LocalDate.of(year, month, day), LocalTime.of(23, 59, 59, 999_000_000), NAIROBI);
    }

    @Test
    void tenWorkingDaysAfterASubmissionOn22December2026() {
        ZonedDateTime deadline = calendar.responseDeadline(nairobi(2026, 12, 22, 10, 30), 10);

        assertThat(deadline).isEqualTo(endOf(2027, 1, 7));
        assertThat(deadline.getZone()).isEqualTo(NAIROBI);
        assertThat(deadline.getOffset()).isEqualTo(ZoneOffset.ofHours(3));
        assertThat(deadline.toLocalDateTime()).isEqualTo(LocalDateTime.of(2027, 1, 7, 23, 59, 59, 999_000_000));
    }

    @Test
    void theCutOffIsInclusive() {
        LocalDate tuesday = LocalDate.of(2026, 11, 24);
        ZonedDateTime justBefore = ZonedDateTime.of(tuesday, LocalTime.of(16, 59, 59, 999_999_999), NAIROBI);
        ZonedDateTime atCutOff = ZonedDateTime.of(tuesday, LocalTime.of(17, 0), NAIROBI);

        assertThat(calendar.receiptDay(justBefore)).isEqualTo(tuesday);
        assertThat(calendar.receiptDay(atCutOff)).isEqualTo(tuesday.plusDays(1));
        assertThat(calendar.receiptDay(nairobi(2026, 11, 24, 0, 0))).isEqualTo(tuesday);
        assertThat(calendar.receiptDay(nairobi(2026, 11, 24, 23, 59))).isEqualTo(tuesday.plusDays(1));
        assertThat(calendar.responseDeadline(justBefore, 1)).isEqualTo(endOf(2026, 11, 25));
        assertThat(calendar.responseDeadline(atCutOff, 1)).isEqualTo(endOf(2026, 11, 26));
    }

    @Test
    void zeroWorkingDaysMeansTheEndOfTheReceiptDay() {
        assertThat(calendar.responseDeadline(nairobi(2026, 11, 24, 9, 0), 0)).isEqualTo(endOf(2026, 11, 24));
        assertThat(calendar.responseDeadline(nairobi(2026, 11, 28, 9, 0), 0)).isEqualTo(endOf(2026, 11, 30));
    }

    @Test
    void lateOrNonWorkingDayReceiptsCountFromTheNextWorkingDay() {
        // Friday evening, Saturday and Sunday all count from Monday.
        assertThat(calendar.receiptDay(nairobi(2026, 11, 27, 18, 0))).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(calendar.receiptDay(nairobi(2026, 11, 28, 9, 0))).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(calendar.receiptDay(nairobi(2026, 11, 29, 16, 0))).isEqualTo(LocalDate.of(2026, 11, 30));
        // Christmas Eve 2026 after hours: Christmas (Friday), the weekend with Boxing Day, then Monday 28th.
        assertThat(calendar.receiptDay(nairobi(2026, 12, 24, 17, 30))).isEqualTo(LocalDate.of(2026, 12, 28));
        // On Mashujaa Day itself.
        assertThat(calendar.receiptDay(nairobi(2026, 10, 20, 10, 0))).isEqualTo(LocalDate.of(2026, 10, 21));
    }

    @Test
    void otherTimeZonesAreReadInNairobiTime() {
        // 14:30 UTC is 17:30 in Nairobi: after the cut-off.
        ZonedDateTime utc = ZonedDateTime.of(2026, 11, 24, 14, 30, 0, 0, ZoneOffset.UTC);
        assertThat(calendar.receiptDay(utc)).isEqualTo(LocalDate.of(2026, 11, 25));
        // 22:30 on Sunday in London is 01:30 on Monday in Nairobi (no British summer time in November).
        ZonedDateTime london = ZonedDateTime.of(2026, 11, 29, 22, 30, 0, 0, ZoneId.of("Europe/London"));
        assertThat(calendar.receiptDay(london)).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(calendar.responseDeadline(utc, 0).getZone()).isEqualTo(NAIROBI);
    }

    @Test
    void aConfiguredCutOff() {
        KenyanCalendar early = new KenyanCalendar(CalendarSettings.DEFAULTS.withCutOff(LocalTime.of(16, 0)));
        assertThat(early.receiptDay(nairobi(2026, 11, 24, 16, 30))).isEqualTo(LocalDate.of(2026, 11, 25));
        assertThat(early.receiptDay(nairobi(2026, 11, 24, 15, 59))).isEqualTo(LocalDate.of(2026, 11, 24));

        KenyanCalendar noCutOff = new KenyanCalendar(CalendarSettings.DEFAULTS.withCutOff(LocalTime.MAX));
        assertThat(noCutOff.receiptDay(nairobi(2026, 11, 24, 23, 59))).isEqualTo(LocalDate.of(2026, 11, 24));

        KenyanCalendar midnight = new KenyanCalendar(CalendarSettings.DEFAULTS.withCutOff(LocalTime.MIDNIGHT));
        assertThat(midnight.receiptDay(nairobi(2026, 11, 24, 0, 0))).isEqualTo(LocalDate.of(2026, 11, 25));
    }

    @Test
    void deadlinesAcrossTheEasterAndIddOf2027() {
        // Tuesday 23 March 2027 + 5: 24, 25 (days 1, 2), Good Friday 26, weekend, Easter Monday 29, then 30, 31, 1
        // April.
        assertThat(calendar.responseDeadline(nairobi(2027, 3, 23, 9, 0), 5)).isEqualTo(endOf(2027, 4, 1));
        // Monday 8 March 2027 + 1 skips the expected Idd-ul-Fitr on Tuesday 9th.
        assertThat(calendar.responseDeadline(nairobi(2027, 3, 8, 9, 0), 1)).isEqualTo(endOf(2027, 3, 10));
    }

    @Test
    void refusesNullsNegativeCountsAndUnsupportedYears() {
        ZonedDateTime received = nairobi(2026, 11, 24, 9, 0);
        assertThatThrownBy(() -> calendar.responseDeadline(null, 1))
                .isInstanceOf(NullPointerException.class)
                .hasMessageContaining("received");
        assertThatThrownBy(() -> calendar.receiptDay(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> calendar.responseDeadline(received, -1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> calendar.responseDeadline(nairobi(2009, 6, 1, 9, 0), 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> calendar.responseDeadline(nairobi(9999, 12, 31, 18, 0), 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(calendar.responseDeadline(nairobi(9999, 12, 31, 9, 0), 0)).isEqualTo(endOf(9999, 12, 31));
    }
}
