package org.maoni.memorandum.internal;

import org.maoni.bill.ingest.DocumentExtractor;
import org.maoni.bill.ingest.ExtractionLimits;
import org.maoni.calendar.CalendarSettings;
import org.maoni.calendar.HolidayName;
import org.maoni.calendar.KenyanCalendar;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The memorandum module's beans: the Kenyan calendar of response deadlines and the extractor for attached files. */
@Configuration
@EnableConfigurationProperties({MemorandaProperties.class, CalendarProperties.class})
class MemorandumConfiguration {

    @Bean
    KenyanCalendar kenyanCalendar(CalendarProperties properties) {
        CalendarSettings settings = CalendarSettings.DEFAULTS;
        if (properties.cutOff() != null) {
            settings = settings.withCutOff(properties.cutOff());
        }
        for (CalendarProperties.ExtraHoliday h : properties.extraHolidays()) {
            String english = h.english() == null || h.english().isBlank() ? "Public holiday" : h.english();
            String kiswahili = h.kiswahili() == null || h.kiswahili().isBlank() ? "Sikukuu ya umma" : h.kiswahili();
            settings = settings.withExtraHoliday(h.date(), new HolidayName(english, kiswahili));
        }
        for (var date : properties.removedDates()) {
            settings = settings.withRemovedDate(date);
        }
        return new KenyanCalendar(settings);
    }

    /** Attached files are read with the bill module's hardened extractor, within the memorandum file-size limit. */
    @Bean(destroyMethod = "close")
    MemorandumFileReader memorandumFileReader(MemorandaProperties properties) {
        return new MemorandumFileReader(new DocumentExtractor(ExtractionLimits.defaults()
                .withMaxBytes(properties.maxFileSize().toBytes())));
    }
}
