package org.maoni.bill.parsing;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Gives each clause its heading (the marginal note found in the body, or the arrangement's title) and checks the body
 * against the ARRANGEMENT OF CLAUSES: clauses missing or extra, headings that disagree.
 */
final class Reconciler {

    /** The cross-check's outcome; {@code confirmed} counts headings that a body marginal note agreed with. */
    record Result(int matched, double score, List<String> missing, List<String> extra, int confirmed) {}

    private Reconciler() {}

    static Result reconcile(BodyParser body, Arrangement arr, boolean lineMode, Findings findings) {
        int matched = 0;
        int confirmed = 0;
        List<String> unconfirmed = new ArrayList<>();
        Set<String> seenKeys = new HashSet<>();
        List<String> extra = new ArrayList<>();
        for (Node c : body.clauses) {
            String note = bodyNote(c);
            Arrangement.Entry entry = seenKeys.add(c.key) ? arr.clause(c.key) : null;
            if (entry == null) {
                c.heading = note;
                if (!arr.isEmpty()) {
                    extra.add(c.eId);
                    findings.warn("clause-extra", "Clause " + c.num + " is not in the arrangement of clauses", c.eId);
                }
                continue;
            }
            String title = Text.stripFinalStop(entry.title());
            if (note == null) {
                c.heading = title.isEmpty() ? null : title;
                matched++;
                unconfirmed.add(c.eId);
            } else if (matches(note, title, lineMode) || fragmentsAlign(c, title)) {
                c.heading = prefer(note, title, lineMode);
                matched++;
                confirmed++;
            } else if (lineMode && wordRatio(note) < 0.5) {
                c.heading = title.isEmpty() ? null : title;
                matched++;
                findings.warn(
                        "heading-unreadable",
                        "The marginal note beside clause " + c.num + " is unreadable (\"" + note
                                + "\"); its heading is the arrangement's",
                        c.eId);
            } else {
                c.heading = !lineMode || wordRatio(note) >= 0.8 ? note : title;
                findings.warn(
                        "heading-mismatch",
                        "Clause " + c.num + " is headed \"" + note + "\" but the arrangement says \"" + title + "\"",
                        c.eId);
            }
        }
        if (!unconfirmed.isEmpty()) {
            findings.warn(
                    "heading-from-arrangement",
                    unconfirmed.size()
                            + " clause headings come from the arrangement: no marginal note was found beside "
                            + String.join(", ", unconfirmed),
                    null);
        }
        List<String> missing = new ArrayList<>();
        if (!arr.isEmpty()) {
            Set<String> found = new HashSet<>();
            for (Node c : body.clauses) {
                found.add(c.key);
            }
            for (Arrangement.Entry e : arr.clauses) {
                if (!found.contains(e.key())) {
                    missing.add("sec_" + e.key());
                    findings.warn(
                            "clause-missing",
                            "Clause " + e.key() + " (" + e.title() + ") of the arrangement was not found in the body",
                            "sec_" + e.key());
                }
            }
            if (arr.schedules.size() > body.schedules.size()) {
                findings.warn(
                        "schedule-missing",
                        "The arrangement lists " + arr.schedules.size() + " schedules; the body has "
                                + body.schedules.size(),
                        "sched_" + (body.schedules.size() + 1));
            }
            double score = arr.clauses.isEmpty() ? 0.0 : (double) matched / arr.clauses.size();
            return new Result(matched, score, missing, extra, confirmed);
        }
        if (!body.clauses.isEmpty()) {
            findings.warn("no-arrangement", "The bill has no arrangement of clauses to check the body against", null);
        }
        int max = 0;
        Set<Integer> numbers = new HashSet<>();
        for (Node c : body.clauses) {
            if (c.key.equals(String.valueOf(c.number))) {
                numbers.add(c.number);
                max = Math.max(max, c.number);
            }
        }
        for (int n = 1; n <= max; n++) {
            if (!numbers.contains(n)) {
                missing.add("sec_" + n);
                findings.warn(
                        "clause-sequence-gap", "No clause " + n + " was found between its neighbours", "sec_" + n);
            }
        }
        double score = max == 0 ? 0.0 : (double) (max - missing.size()) / max;
        return new Result(0, score, missing, extra, 0);
    }

    /** The clause's marginal note as found in the body: anchored by the extractor, or pieced from fragments. */
    static String bodyNote(Node c) {
        String note = c.anchoredNote;
        if (note == null && !c.noteFragments.isEmpty()) {
            StringBuilder sb = new StringBuilder();
            for (String f : c.noteFragments) {
                Node.append(sb, f, false);
            }
            note = sb.toString();
        }
        if (note == null) {
            return null;
        }
        String n = Arrangement.clean(Text.stripFinalStop(Text.collapseSpaces(stripCitations(note))));
        return n.isEmpty() || Text.letterCount(n) < 3 ? null : n;
    }

    private static final java.util.regex.Pattern CITATION = java.util.regex.Pattern.compile(
            "(?:Cap\\s?\\.?\\s*\\d[\\d ]*[A-Z]?|(?:Act\\s+)?No\\s?\\.?\\s*\\d[\\d ]*\\s*o\\s?[fr]\\s*\\d[\\d ]*"
                    + "|L\\.\\s?N\\.\\s*\\d+(?:/\\d+)?)\\s*[.,;]?",
            java.util.regex.Pattern.CASE_INSENSITIVE);

    /** Removes references to other Acts ("Cap. 487.", "No. 4 of 2012.") printed in the margin with a note. */
    static String stripCitations(String note) {
        return CITATION.matcher(note).replaceAll(" ").strip();
    }

    /** Do a body note and an arrangement title name the same heading (OCR noise and partial notes allowed)? */
    static boolean matches(String note, String title, boolean ocr) {
        String a = Text.letters(note);
        String b = Text.letters(title);
        if (a.isEmpty() || b.isEmpty()) {
            return false;
        }
        if (Fuzzy.similarity(a, b) >= (ocr ? 0.6 : 0.75)) {
            return true;
        }
        if (a.length() <= b.length()) {
            return a.length() * 10 >= b.length() * 4
                    && Fuzzy.substringDistance(a, b, null) <= Math.max(1, a.length() / 5);
        }
        return b.length() * 10 >= a.length() * 6 && Fuzzy.substringDistance(b, a, null) <= Math.max(1, b.length() / 5);
    }

    /** Do the note pieces found in the body follow the title in order (OCR may have lost some in between)? */
    static boolean fragmentsAlign(Node c, String title) {
        if (c.anchoredNote != null || c.noteFragments.isEmpty()) {
            return false;
        }
        String t = Text.letters(title);
        int cursor = 0;
        for (String f : c.noteFragments) {
            int e = BodyParser.noteMatch(Text.letters(f), t, cursor);
            if (e < 0) {
                return false;
            }
            cursor = e;
        }
        return cursor * 10 >= t.length() * 4;
    }

    private static String prefer(String note, String title, boolean lineMode) {
        if (!lineMode) {
            return note;
        }
        return wordRatio(note) > wordRatio(title)
                        && Text.letters(note).length() >= Text.letters(title).length()
                ? note
                : title;
    }

    /** Share of a heading's words that are dictionary words: how cleanly OCR read it. */
    static double wordRatio(String s) {
        String[] words = s.split("\\s+");
        int ok = 0;
        int total = 0;
        for (String w : words) {
            String l = w.replaceAll("[^A-Za-z]", "").toLowerCase(Locale.ROOT);
            if (l.isEmpty()) {
                continue;
            }
            total++;
            if (Vocabulary.isWord(l)) {
                ok++;
            }
        }
        return total == 0 ? 0 : (double) ok / total;
    }
}
