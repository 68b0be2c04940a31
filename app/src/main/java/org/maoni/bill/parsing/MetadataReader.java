package org.maoni.bill.parsing;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads a bill's title and cover particulars (house, bill number, Gazette supplement, date). */
final class MetadataReader {

    private static final Pattern TITLE = Pattern.compile(
            "^(?:The|THE|TH E|Th e)\\s+(.{2,160}?)\\s*\\b(?:Bill|BILL|Bil l|BIL L|BUI|Bi ll)\\b[\\s.,]*(.*)$");
    private static final Pattern DOT_LEADER = Pattern.compile("\\s*\\.{3,}.*$");
    private static final Pattern YEAR = Pattern.compile("(?<!\\d)((?:19|20)\\d\\d)(?!\\d)");
    private static final Pattern GAZETTE =
            Pattern.compile("(Kenya|[A-Z][A-Za-z ]{2,40}?County)\\s*Gazette\\s*Supplement\\s*No\\.?\\s*(\\d{1,4})");
    private static final Pattern BILL_NUMBER = Pattern.compile(
            "\\(\\s*((?:National\\s*Assembly|Senate|[A-Za-z' ]{2,40}?County\\s*Assembly|County\\s*Assembly(?:\\s*of\\s*[A-Za-z' ]{2,40})?)"
                    + ")\\s*Bills?\\s*No\\.?\\s*(\\d{1,4})",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern BILL_NO_OF =
            Pattern.compile("Bill\\s*No\\.?\\s*(\\d{1,4})\\s*of\\s*((?:19|20)\\d\\d)", Pattern.CASE_INSENSITIVE);
    private static final Pattern COUNTY_ASSEMBLY_OF = Pattern.compile(
            "County\\s+Assembly\\s+of\\s+([A-Za-z][A-Za-z' -]{1,40}?)(?=\\s*(?:,|\\.|—|-|\\bas\\b|\\bBills?\\b|\\(|$))",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern X_COUNTY_ASSEMBLY =
            Pattern.compile("([A-Z][A-Za-z' -]{1,40}?)\\s+County\\s+Assembly\\s+Bills?", Pattern.CASE_INSENSITIVE);
    private static final Pattern DATE = Pattern.compile(
            "NAIROBI\\s*,?\\s*(\\d{1,2})\\s*(?:st|nd|rd|th)?\\s*,?\\s*([A-Za-z]{3,12})\\s*,?\\s*((?:19|20)\\d\\d)",
            Pattern.CASE_INSENSITIVE);
    private static final String[] MONTHS = {
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december"
    };

    private MetadataReader() {}

    /** The letters of the name in a "The ... Bill" line, or null when the line is not one. */
    static String titleKey(String text) {
        String t = DOT_LEADER.matcher(text.replaceFirst("^[\\d\\s]+", "")).replaceFirst("");
        Matcher m = TITLE.matcher(t);
        if (!m.matches()) {
            return null;
        }
        String tail = m.group(2);
        if (tail.length() > 14 || Text.letterCount(tail) > 2) {
            return null;
        }
        return Text.letters(m.group(1));
    }

    /** A title as found: the name between "The" and "Bill", and the year. */
    record Title(String text, String key, Integer year) {}

    private record Candidate(String name, String key, Integer year, int index) {}

    /**
     * Finds the bill's title among "The ... Bill, 2024" lines (cover contents, title, running headers): the body title
     * nearest before {@code prefaceIndex} when it reads cleanly, else the most frequent form.
     */
    static Title findTitle(List<Line> lines, int prefaceIndex) {
        List<Candidate> candidates = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            if (line.text.length() > 220) {
                continue;
            }
            String t =
                    DOT_LEADER.matcher(line.text.replaceFirst("^[\\d\\s]+", "")).replaceFirst("");
            Matcher m = TITLE.matcher(t);
            if (!m.matches()) {
                continue;
            }
            String tail = m.group(2);
            if (tail.length() > 14 || Text.letterCount(tail) > 2) {
                continue;
            }
            String name = Text.collapseSpaces(m.group(1))
                    .replaceAll("\\(\\s+", "(")
                    .replaceAll("\\s+\\)", ")")
                    .replaceAll("[,.]+$", "")
                    .strip();
            if (Text.letterCount(name) < 3) {
                continue;
            }
            Integer year = year(tail);
            if (year == null && tail.isBlank() && i + 1 < lines.size()) {
                year = year(lines.get(i + 1).text.length() <= 6 ? lines.get(i + 1).text : "");
            }
            candidates.add(new Candidate(name, Text.letters(name), year, i));
        }
        if (candidates.isEmpty()) {
            return null;
        }
        // cluster around the most frequent key
        Candidate best = null;
        int bestCount = -1;
        for (Candidate c : candidates) {
            int count = 0;
            for (Candidate o : candidates) {
                if (Fuzzy.similarity(c.key, o.key) >= 0.85) {
                    count++;
                }
            }
            if (count > bestCount) {
                best = c;
                bestCount = count;
            }
        }
        List<Candidate> cluster = new ArrayList<>();
        for (Candidate o : candidates) {
            if (Fuzzy.similarity(best.key, o.key) >= 0.85) {
                cluster.add(o);
            }
        }
        String name = null;
        Candidate bodyTitle = null;
        for (Candidate c : cluster) {
            if (prefaceIndex >= 0 && c.index < prefaceIndex && prefaceIndex - c.index <= 12) {
                bodyTitle = c;
            }
        }
        if (bodyTitle != null && readsCleanly(bodyTitle.name)) {
            name = bodyTitle.name;
        }
        if (name == null) {
            Map<String, Integer> counts = new LinkedHashMap<>();
            for (Candidate c : cluster) {
                if (!Text.upperHeavy(c.name, 0.8) && readsCleanly(c.name)) {
                    counts.merge(c.name, 1, Integer::sum);
                }
            }
            name = counts.entrySet().stream()
                    .max(Map.Entry.comparingByValue())
                    .map(Map.Entry::getKey)
                    .orElse(null);
        }
        if (name == null) {
            name = (bodyTitle != null ? bodyTitle : best).name;
        }
        if (Text.upperHeavy(name, 0.8)) {
            name = Text.titleCase(name);
        }
        Map<Integer, Integer> years = new LinkedHashMap<>();
        for (Candidate c : cluster) {
            if (c.year != null) {
                years.merge(c.year, 1, Integer::sum);
            }
        }
        Integer year = years.entrySet().stream()
                .max(Map.Entry.comparingByValue())
                .map(Map.Entry::getKey)
                .orElse(null);
        String title = "The " + name + " Bill" + (year != null ? ", " + year : "");
        return new Title(title, Text.letters(name), year);
    }

    /** Every word alphabetic; upper-case words (titles) must also be dictionary words. */
    private static boolean readsCleanly(String name) {
        for (String word : name.split("\\s+")) {
            String w = word.replaceAll("^[(“\"]+|[)”\",.]+$", "");
            if (!w.matches("[A-Za-z][A-Za-z'’-]*")) {
                return false;
            }
            boolean upper = w.equals(w.toUpperCase(Locale.ROOT));
            for (String part : w.split("[-'’]")) {
                String lower = part.toLowerCase(Locale.ROOT);
                if (lower.length() >= 3
                        && !Vocabulary.isWord(lower)
                        && (upper || Character.isLowerCase(part.charAt(0)))) {
                    return false;
                }
            }
        }
        return true;
    }

    static Integer year(String s) {
        if (s == null) {
            return null;
        }
        Matcher m = YEAR.matcher(s.replace(" ", ""));
        return m.find() ? Integer.valueOf(m.group(1)) : null;
    }

    /** Reads the cover particulars from the given lines (the cover and title page). */
    static BillMetadata read(List<Line> cover, Title title, String enactingLine) {
        StringBuilder all = new StringBuilder();
        for (Line l : cover) {
            all.append(l.text).append('\n');
        }
        String text = all.toString();
        String gazette = null;
        Matcher g = GAZETTE.matcher(text);
        if (g.find()) {
            gazette = Text.collapseSpaces(g.group(1)) + " Gazette Supplement No. " + Integer.parseInt(g.group(2));
        }
        String house = null;
        String billNumber = null;
        Matcher b = BILL_NUMBER.matcher(text);
        if (b.find()) {
            house = house(b.group(1));
            billNumber = houseBills(house) + " No. " + Integer.parseInt(b.group(2));
        }
        if (house == null) {
            String letters = Text.letters(text);
            if (letters.contains("nationalassemblybills") || letters.contains("introductionintothenationalassembly")) {
                house = "National Assembly";
            } else if (letters.contains("senatebills") || letters.contains("introductionintothesenate")) {
                house = "Senate";
            } else {
                house = countyHouse(text);
            }
        }
        if (house == null && enactingLine != null) {
            String letters = Text.letters(enactingLine);
            if (letters.contains("parliamentofkenya") || letters.contains("bytheparliament")) {
                house = null;
            }
            String county = countyHouse(enactingLine);
            if (county != null) {
                house = county;
            }
        }
        if (billNumber == null) {
            Matcher n = BILL_NO_OF.matcher(text);
            if (n.find() && house != null) {
                billNumber = houseBills(house) + " No. " + Integer.parseInt(n.group(1));
            }
        }
        LocalDate date = null;
        Matcher d = DATE.matcher(text);
        if (d.find()) {
            date = date(d.group(1), d.group(2), d.group(3));
        }
        Integer year = title != null ? title.year() : null;
        if (year == null) {
            Matcher y = Pattern.compile("BILLS\\s*,?\\s*((?:19|20)\\d\\d)").matcher(text);
            if (y.find()) {
                year = Integer.valueOf(y.group(1));
            } else if (date != null) {
                year = date.getYear();
            }
        }
        String titleText = title != null ? title.text() : null;
        if (titleText != null && title.year() == null && year != null) {
            titleText = titleText + ", " + year;
        }
        return new BillMetadata(titleText, house, billNumber, year, gazette, date);
    }

    private static String house(String printed) {
        String p = Text.collapseSpaces(printed);
        String letters = Text.letters(p);
        if (letters.equals("nationalassembly")) {
            return "National Assembly";
        }
        if (letters.equals("senate")) {
            return "Senate";
        }
        String county = countyHouse(p + " Bills");
        return county != null ? county : Text.titleCase(p.toLowerCase(Locale.ROOT));
    }

    private static String houseBills(String house) {
        if (house.startsWith("County Assembly of ")) {
            return house.substring("County Assembly of ".length()) + " County Assembly Bills";
        }
        return house + " Bills";
    }

    private static String countyHouse(String text) {
        Matcher m = COUNTY_ASSEMBLY_OF.matcher(text);
        if (m.find()) {
            return "County Assembly of " + Text.titleCase(Text.collapseSpaces(m.group(1)));
        }
        Matcher x = X_COUNTY_ASSEMBLY.matcher(text);
        if (x.find()) {
            String name = Text.collapseSpaces(x.group(1)).replaceAll("(?i)^(the)\\s+", "");
            if (!Text.letters(name).endsWith("national")) {
                return "County Assembly of " + Text.titleCase(name);
            }
        }
        return null;
    }

    private static LocalDate date(String day, String month, String year) {
        String m = month.toLowerCase(Locale.ROOT);
        int best = -1;
        double bestSim = 0;
        for (int i = 0; i < MONTHS.length; i++) {
            double sim = MONTHS[i].startsWith(m) && m.length() >= 3 ? 1.0 : Fuzzy.similarity(m, MONTHS[i]);
            if (sim > bestSim) {
                bestSim = sim;
                best = i;
            }
        }
        if (best < 0 || bestSim < 0.6) {
            return null;
        }
        try {
            return LocalDate.of(Integer.parseInt(year), best + 1, Integer.parseInt(day));
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }
}
