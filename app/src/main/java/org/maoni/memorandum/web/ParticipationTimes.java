package org.maoni.memorandum.web;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.maoni.calendar.KenyanCalendar;
import org.maoni.memorandum.MemorandumProblem.FieldError;

/**
 * The date-times of a clerk's participation request: ISO-8601 with an offset or zone, a local date-time (Nairobi), or
 * a bare date (the start of that day for an opening, its last second for a closing). Pure.
 */
public final class ParticipationTimes {

    private ParticipationTimes() {}

    /** Parses an ISO date-time, a local date-time (Nairobi) or a date (start or end of the day in Nairobi). */
    public static ZonedDateTime parse(String text, String field, boolean endOfDay, List<FieldError> errors) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.strip();
        try {
            return ZonedDateTime.parse(t).withZoneSameInstant(KenyanCalendar.NAIROBI);
        } catch (DateTimeParseException notZoned) {
            // try the next form
        }
        try {
            return OffsetDateTime.parse(t).atZoneSameInstant(KenyanCalendar.NAIROBI);
        } catch (DateTimeParseException notOffset) {
            // try the next form
        }
        try {
            return LocalDateTime.parse(t).atZone(KenyanCalendar.NAIROBI);
        } catch (DateTimeParseException notLocal) {
            // try the next form
        }
        try {
            LocalDate date = LocalDate.parse(t);
            return (endOfDay ? date.atTime(LocalTime.of(23, 59, 59)) : date.atStartOfDay())
                    .atZone(KenyanCalendar.NAIROBI);
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(field, "is not an ISO-8601 date or date-time: '" + t + "'"));
            return null;
        }
    }
}
