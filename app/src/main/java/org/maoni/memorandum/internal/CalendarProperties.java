package org.maoni.memorandum.internal;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The calendar of response deadlines ({@code maoni.calendar.*}): the daily cut-off after which a submission counts from
 * the next day, holidays gazetted on short notice, and dates that are no longer holidays.
 */
@ConfigurationProperties("maoni.calendar")
public record CalendarProperties(LocalTime cutOff, List<ExtraHoliday> extraHolidays, List<LocalDate> removedDates) {

    /** A one-off public holiday declared by gazette notice, named in English and Kiswahili. */
    public record ExtraHoliday(LocalDate date, String english, String kiswahili) {}

    public CalendarProperties {
        extraHolidays = extraHolidays == null ? List.of() : List.copyOf(extraHolidays);
        removedDates = removedDates == null ? List.of() : List.copyOf(removedDates);
    }
}
