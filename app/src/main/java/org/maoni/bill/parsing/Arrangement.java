package org.maoni.bill.parsing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The bill's ARRANGEMENT OF CLAUSES as read from its lines: clause entries ("1—Short title."), possibly several per
 * line and wrapped across lines, under Part headings, and the Schedules it lists.
 */
final class Arrangement {

    /** One clause of the arrangement; {@code key} is the number as text ("5", "5A"). */
    record Entry(String key, int number, String title, String part) {}

    /** One schedule of the arrangement: "FIRST SCHEDULE" and its title. */
    record ScheduleEntry(String num, String title) {}

    static final Arrangement EMPTY = new Arrangement(List.of(), List.of(), List.of());

    private static final Pattern ENTRY =
            Pattern.compile("(?:^|(?<=[\\s.;,]))[^\\w\\s(]{0,2}(\\d(?:\\s?\\d){0,2}\\s?[A-Z]?)\\s*[—–~_−-]+\\s*(?=\\S)"
                    + "|(?:^|(?<=\\.\\s))(\\d{1,3}[A-Z]?)\\.\\s+(?=[A-Z])");
    private static final Pattern ENTRY_NO_DASH = Pattern.compile("^[^\\w\\s(]{0,2}(\\d{1,3}[A-Z]?)\\s+(?=[A-Z])");
    private static final Pattern ENTRY_NO_NUMBER = Pattern.compile("^[^\\w]{0,6}?[~—–-]\\s*(?=[A-Z])");
    static final Pattern PART = Pattern.compile(
            "^[^\\w\\s]{0,2}(?:P\\s?A\\s?R\\s?T|Part)\\s*([IVXLCHMmnil1]{1,6}|\\d{1,2}|[A-Z]{1,4})\\b\\s*[-—–:.~_]*\\s*(.*)$");
    private static final Pattern DIVISION_LINE =
            Pattern.compile("^(?:DIVISION|Division|Sub-?[Pp]art)\\s+\\S{1,5}\\s*[-—–:.]");
    private static final Pattern TRAILING_JUNK = Pattern.compile("[\\s^:;>«'\"*.,_~|\\\\/-]+$");
    private static final Pattern LEADING_JUNK = Pattern.compile("^[\\s^:;>«'\"*.,_~|\\\\/—–-]+");
    private static final List<String> FUNCTION_WORDS =
            List.of("of", "and", "or", "the", "to", "for", "in", "on", "by", "with", "a", "an", "from", "under");

    final List<Entry> clauses;
    final List<String[]> parts;
    final List<ScheduleEntry> schedules;
    private final Map<String, Entry> byKey = new LinkedHashMap<>();
    private final Map<Integer, Entry> byNumber = new LinkedHashMap<>();

    private Arrangement(List<Entry> clauses, List<String[]> parts, List<ScheduleEntry> schedules) {
        this.clauses = List.copyOf(clauses);
        this.parts = List.copyOf(parts);
        this.schedules = List.copyOf(schedules);
        for (Entry e : this.clauses) {
            byKey.putIfAbsent(e.key(), e);
            if (e.key().equals(String.valueOf(e.number()))) {
                byNumber.putIfAbsent(e.number(), e);
            }
        }
    }

    boolean isEmpty() {
        return clauses.isEmpty();
    }

    Entry clause(int number) {
        return byNumber.get(number);
    }

    Entry clause(String key) {
        return byKey.get(key);
    }

    /** The heading's letters for clause {@code number}, or null. */
    String titleLetters(int number) {
        Entry e = byNumber.get(number);
        return e == null ? null : Text.letters(e.title());
    }

    static final Pattern LEADING_REF = Pattern.compile("^\\(\\s*[sS]\\.?\\s*\\d[^)]*\\)+\\s*");

    static boolean isScheduleHeading(String text) {
        text = LEADING_REF.matcher(text).replaceFirst("");
        String l = Text.letters(text);
        return ScheduleWords.startsWithSchedule(l) && Text.upperHeavy(text, 0.7) && text.length() < 160;
    }

    /** Parses the arrangement's lines (boilerplate already skipped). */
    static Arrangement read(List<Line> lines, Findings findings) {
        List<Entry> clauses = new ArrayList<>();
        List<String[]> parts = new ArrayList<>();
        List<ScheduleEntry> schedules = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        List<StringBuilder> titles = new ArrayList<>();
        List<String> partOf = new ArrayList<>();
        String currentPart = null;
        int mode = 0; // 0 none, 1 after clause entry, 2 after part heading, 3 after schedule heading
        StringBuilder partHeading = null;
        StringBuilder scheduleTitle = null;
        for (Line line : lines) {
            if (line.skip) {
                continue;
            }
            String t = line.text.strip();
            String l = line.letters;
            if (l.equals("clause")
                    || l.equals("clauses")
                    || l.equals("section")
                    || l.equals("sections")
                    || l.equals("page")
                    || l.equals("schedules")
                    || l.equals("arrangementofclauses")) {
                continue;
            }
            if (DIVISION_LINE.matcher(t).find()) {
                mode = 2;
                continue;
            }
            Matcher pm = PART.matcher(t);
            if (pm.matches()
                    && (pm.group(2).isEmpty()
                            || Text.upperHeavy(pm.group(2), 0.6)
                            || t.matches("^Part\\s+[IVXLC]{1,6}\\s*[—–-]\\s*[A-Z].*"))) {
                currentPart = pm.group(1);
                partHeading = new StringBuilder(clean(pm.group(2)));
                parts.add(new String[] {currentPart, ""});
                mode = 2;
                continue;
            }
            if (Arrangement.isScheduleHeading(t)) {
                String[] split = t.split("\\s*[—–-]\\s*", 2);
                String num = ScheduleWords.scheduleNum(split[0]);
                scheduleTitle = new StringBuilder(split.length > 1 ? clean(split[1]) : "");
                schedules.add(new ScheduleEntry(num, ""));
                mode = 3;
                continue;
            }
            List<int[]> starts = new ArrayList<>();
            List<String> nums = new ArrayList<>();
            Matcher em = ENTRY.matcher(t);
            while (em.find()) {
                starts.add(new int[] {em.start(), em.end()});
                nums.add((em.group(1) != null ? em.group(1) : em.group(2)).replace(" ", ""));
            }
            if (starts.isEmpty()) {
                Matcher nd = ENTRY_NO_DASH.matcher(t);
                Matcher nn = ENTRY_NO_NUMBER.matcher(t);
                if (nd.find() && mode != 2) {
                    starts.add(new int[] {nd.start(), nd.end()});
                    nums.add(nd.group(1));
                } else if (nn.find()) {
                    starts.add(new int[] {nn.start(), nn.end()});
                    nums.add("?");
                }
            }
            if (starts.isEmpty()) {
                // a continuation line
                if (mode == 2 && Text.upperHeavy(t, 0.7)) {
                    appendTo(partHeading, t);
                } else if (mode == 3 && Text.upperHeavy(t, 0.7)) {
                    appendTo(scheduleTitle, t);
                } else if (mode == 1 && !titles.isEmpty()) {
                    StringBuilder last = titles.get(titles.size() - 1);
                    if (continues(last.toString(), t)) {
                        appendTo(last, t);
                    }
                }
                updateHeadings(parts, partHeading, schedules, scheduleTitle);
                continue;
            }
            String before = t.substring(0, starts.get(0)[0]).strip();
            if (!before.isEmpty() && mode == 1 && !titles.isEmpty() && Text.letterCount(before) > 2) {
                StringBuilder last = titles.get(titles.size() - 1);
                if (continues(last.toString(), before)) {
                    appendTo(last, before);
                }
            }
            for (int i = 0; i < starts.size(); i++) {
                int end = i + 1 < starts.size() ? starts.get(i + 1)[0] : t.length();
                keys.add(nums.get(i));
                titles.add(new StringBuilder(t.substring(starts.get(i)[1], end).strip()));
                partOf.add(currentPart);
            }
            mode = 1;
            updateHeadings(parts, partHeading, schedules, scheduleTitle);
        }
        updateHeadings(parts, partHeading, schedules, scheduleTitle);
        // numbers: fill unknown ones from the sequence, mend OCR misreads
        int prev = 0;
        for (int i = 0; i < keys.size(); i++) {
            String key = keys.get(i);
            int n = leadingInt(key);
            int next = i + 1 < keys.size() ? leadingInt(keys.get(i + 1)) : -1;
            String suffix = key.replaceAll("^\\d+", "").replace("?", "");
            boolean misread = suffix.isEmpty() && n != prev + 1 && next == prev + 2;
            if (n < 0 || misread) {
                n = prev + 1;
                key = String.valueOf(n);
                findings.warn(
                        "arrangement-number-repaired",
                        "The arrangement's entry \"" + clean(titles.get(i).toString()) + "\" has no readable number; "
                                + "taken as " + n,
                        "sec_" + n);
            }
            if (n > prev || !suffix.isEmpty()) {
                prev = Math.max(prev, n);
            }
            String title = clean(titles.get(i).toString());
            clauses.add(new Entry(key, n, title, partOf.get(i)));
        }
        return new Arrangement(clauses, parts, schedules);
    }

    private static void updateHeadings(
            List<String[]> parts, StringBuilder partHeading, List<ScheduleEntry> schedules, StringBuilder schedTitle) {
        if (!parts.isEmpty() && partHeading != null) {
            parts.get(parts.size() - 1)[1] = partHeading.toString();
        }
        if (!schedules.isEmpty() && schedTitle != null) {
            ScheduleEntry last = schedules.get(schedules.size() - 1);
            schedules.set(schedules.size() - 1, new ScheduleEntry(last.num(), clean(schedTitle.toString())));
        }
    }

    /** Does {@code line} carry on the title {@code last} (wrapped), rather than being stray text? */
    private static boolean continues(String last, String line) {
        if (line.length() > 90 || Text.upperHeavy(line, 0.8)) {
            return false;
        }
        if (Text.startsLower(line.strip())) {
            return true;
        }
        String l = last.strip();
        if (l.endsWith(".")) {
            return false;
        }
        String[] words = l.split("\\s+");
        return FUNCTION_WORDS.contains(words[words.length - 1].toLowerCase(java.util.Locale.ROOT));
    }

    private static void appendTo(StringBuilder sb, String t) {
        if (sb == null) {
            return;
        }
        if (sb.length() > 0) {
            sb.append(' ');
        }
        sb.append(t.strip());
    }

    static String clean(String title) {
        String t = Text.collapseSpaces(title);
        t = TRAILING_JUNK.matcher(t).replaceAll("");
        t = LEADING_JUNK.matcher(t).replaceAll("");
        return t;
    }

    private static int leadingInt(String key) {
        int i = 0;
        while (i < key.length() && Character.isDigit(key.charAt(i))) {
            i++;
        }
        if (i == 0 || i > 4) {
            return -1;
        }
        return Integer.parseInt(key.substring(0, i));
    }
}
