package org.maoni.bill.parsing;

import java.util.List;
import java.util.Locale;

/** Ordinal words of schedule headings ("FIRST SCHEDULE"). */
final class ScheduleWords {

    static final List<String> ORDINALS = List.of(
            "first",
            "second",
            "third",
            "fourth",
            "fifth",
            "sixth",
            "seventh",
            "eighth",
            "ninth",
            "tenth",
            "eleventh",
            "twelfth",
            "thirteenth",
            "fourteenth",
            "fifteenth");

    private ScheduleWords() {}

    /** Do these letters start with "schedule" or an ordinal and "schedule"? */
    static boolean startsWithSchedule(String letters) {
        if (letters.startsWith("schedule")) {
            return true;
        }
        for (String o : ORDINALS) {
            if (letters.startsWith(o + "schedule")) {
                return true;
            }
        }
        return false;
    }

    /** "FIRST SCHEDULE" for the letters "firstschedule(s.7)"; "SCHEDULE" when no ordinal. */
    static String scheduleNum(String text) {
        String l = Text.letters(text);
        for (String o : ORDINALS) {
            if (l.startsWith(o + "schedule")) {
                return o.toUpperCase(Locale.ROOT) + " SCHEDULE";
            }
        }
        return "SCHEDULE";
    }
}
