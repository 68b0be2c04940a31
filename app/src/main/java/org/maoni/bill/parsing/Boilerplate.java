package org.maoni.bill.parsing;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Recognises what is printed on a bill's pages but is not its text: library stamps, running headers ("520 The
 * Pensions (Amendment) Bill, 2024"), page numbers, the printer's imprint, and OCR specks (lines of one or two letters).
 */
final class Boilerplate {

    /** "The ... Bill, 2024" with page numbers around it, as a running header prints it. */
    static final Pattern RUNNING_HEADER = Pattern.compile(
            "^[\\d\\s]*(?:The|THE|TH E|Th e)\\s.{2,160}?\\b(?:Bill|BILL|Bil l|BIL L)[sS]?\\b[\\s.,]*\\d[\\dA-Za-z]{0,3}(?:\\s?[\\dA-Za-z]){0,3}[\\s\\d.]*$");

    private static final Pattern ITEM = Pattern.compile("^\\S{0,2}\\(\\s*[0-9A-Za-z]{1,4}\\s*\\)|^\\d{1,3}[A-Z]?\\.$");
    private static final Pattern DATE_STAMP =
            Pattern.compile("^\\W{0,4}\\d{1,2}\\s*[A-Za-z]{3,4}\\.?\\s*[\\dA-Za-z«]{2,5}\\W{0,4}$");
    private static final Pattern EXTRACTOR_ARTEFACT = Pattern.compile("^image\\d+\\.[a-z]{3,4}$");

    private Boilerplate() {}

    static boolean isStamp(Line line) {
        String l = line.letters;
        if (l.contains("lawreport") || l.contains("libraryarchive") || l.contains("nationalcouncilfor")) {
            return true;
        }
        if (l.equals("library") || l.equals("nationalcouncil") || l.equals("archive")) {
            return true;
        }
        return line.text.length() <= 16 && DATE_STAMP.matcher(line.text).matches();
    }

    static boolean isPrinterImprint(Line line) {
        return line.letters.contains("printedandpublished") || line.letters.contains("governmentprinter");
    }

    /** A line with no item number and at most two letters: page numbers, "o r", "4 4", OCR specks. */
    static boolean isNoise(Line line) {
        String t = line.text;
        if (t.isEmpty()) {
            return true;
        }
        if (EXTRACTOR_ARTEFACT.matcher(t).matches()) {
            return true;
        }
        if (line.letters.length() > 2 || line.raw.indexOf('\t') >= 0 || line.raw.contains("   ")) {
            return false; // words, or a table row (cells apart)
        }
        return !ITEM.matcher(t).find();
    }

    /** Running header of this bill: its title, give or take OCR noise, with or without a page number. */
    static boolean isRunningHeader(Line line, String titleKey) {
        String t = line.text;
        if (t.length() > 200) {
            return false;
        }
        if (RUNNING_HEADER.matcher(t).matches()) {
            return true;
        }
        if (titleKey == null || titleKey.length() < 6) {
            return false;
        }
        String key = MetadataReader.titleKey(t);
        if (key != null) {
            int tolerance = Math.max(2, titleKey.length() / 6);
            if (Fuzzy.distance(key, titleKey, tolerance) <= tolerance) {
                return true;
            }
        }
        // "The Political Parties (Amendment) Hill, 2021": compare all the line's letters with "the ... bill"
        String full = "the" + titleKey + "bill";
        int tolerance = Math.max(2, full.length() / 8);
        return Fuzzy.distance(line.letters, full, tolerance) <= tolerance;
    }

    /** Marks boilerplate lines as skipped. */
    static void mark(List<Line> lines, String titleKey) {
        for (Line line : lines) {
            if (isNoise(line) || isStamp(line) || isPrinterImprint(line) || isRunningHeader(line, titleKey)) {
                line.skip = true;
            }
        }
    }
}
