package org.maoni.annotation.anchoring;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.bitbucket.cowwoc.diffmatchpatch.DiffMatchPatch;

/**
 * Finds a quote again in the successors of its provision. An exact occurrence is taken when its context (prefix and
 * suffix, allowing a few inserted words) agrees; otherwise candidates are gathered from a character diff of the old
 * text against the new and from diff-match-patch's bitap matcher (the quote's head and tail, and the context's
 * ends, each at most 32 characters) and each is verified: it must resemble the quote and sit in the quote's context,
 * or the quote is orphaned. Nothing is ever anchored on similarity or context alone. Thread-safe.
 */
public final class Reanchorer {

    /** A provision the old one became: its key (eId) and full text. */
    public record Successor(String key, String text) {

        public Successor {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(text, "text");
        }
    }

    /** Where a quote went, in code units of one successor's text. */
    record Match(int successor, int from, int to, AnchorStatus status, double similarity, String note) {}

    private static final String SEPARATOR = "\n\u0000\n";
    private static final int SLACK = 40;
    private static final int BITAP_MAX = 32;
    // How far (code units) from the mapped old place a non-unique exact quote may be taken.
    private static final int NEAR = 64;
    // What each character between the context and the candidate costs, in edits: inserted words cost a little.
    private static final double GAP_COST = 0.1;
    // Context agreement an exact occurrence needs; a fuzzy candidate needs more when it resembles the quote less.
    private static final double EXACT_CONTEXT = 0.7;
    private static final double FUZZY_CONTEXT = 0.75;
    private static final double WEAK_MATCH_CONTEXT = 0.85;
    private static final double MIN_SIMILARITY = 0.5;
    private static final double GOOD_SIMILARITY = 0.7;
    private static final int LEVENSHTEIN_LIMIT = 2_000;

    /**
     * Re-anchors {@code old}, a quote in {@code oldText} (the full text of its provision), in the successors of that
     * provision; the anchored quote's eId is the successor's key and its positions count in that successor's text.
     */
    public Outcome reanchor(AnchoredQuote old, String oldText, List<Successor> successors) {
        Objects.requireNonNull(old, "old");
        Objects.requireNonNull(oldText, "oldText");
        int from = CodePoints.toUnits(oldText, old.start());
        int to = CodePoints.toUnits(oldText, old.end());
        if (from < 0 || to < 0 || !oldText.substring(from, to).equals(old.exact())) {
            int at = oldText.indexOf(old.exact());
            from = at;
            to = at < 0 ? -1 : at + old.exact().length();
        }
        List<String> texts = successors.stream().map(Successor::text).toList();
        // Where the old place is known, the context is read from the whole old text, which may reach beyond the
        // annotated provision's own text (its prefix and suffix stop at that provision's ends).
        String prefix = from < 0 ? old.prefix() : CodePoints.before(oldText, from, AnchoredQuote.CONTEXT);
        String suffix = from < 0 ? old.suffix() : CodePoints.after(oldText, to, AnchoredQuote.CONTEXT);
        Match match = locate(oldText, from, to, old.exact(), prefix, suffix, texts);
        if (match == null) {
            return Outcome.orphaned(
                    old, successors.isEmpty() ? "the provision was deleted" : "the quoted text is gone");
        }
        Successor successor = successors.get(match.successor());
        String text = successor.text();
        AnchoredQuote anchored = AnchoredQuote.at(
                successor.key(), text, CodePoints.toPoints(text, match.from()), CodePoints.toPoints(text, match.to()));
        return new Outcome(match.status(), old, anchored, match.similarity(), match.note());
    }

    /**
     * The quote's new place among {@code texts}, or null. {@code from} and {@code to} are its code-unit range in
     * {@code oldText}, or -1 when unknown.
     */
    Match locate(String oldText, int from, int to, String exact, String prefix, String suffix, List<String> texts) {
        if (texts.isEmpty() || exact.isEmpty()) {
            return null;
        }
        StringBuilder joined = new StringBuilder();
        int[] starts = new int[texts.size() + 1];
        for (int k = 0; k < texts.size(); k++) {
            if (k > 0) {
                joined.append(SEPARATOR);
            }
            starts[k] = joined.length();
            joined.append(texts.get(k));
        }
        starts[texts.size()] = joined.length() + SEPARATOR.length();
        String all = joined.toString();
        Search search = new Search(all, starts, exact, prefix, suffix, oldText, from, to);
        Candidate best = search.exact();
        if (best == null) {
            best = search.fuzzy();
        }
        if (best == null) {
            return null;
        }
        int k = search.segment(best.from);
        String found = all.substring(best.from, best.to);
        AnchorStatus status = found.equals(exact) ? AnchorStatus.ANCHORED : AnchorStatus.ANCHORED_WITH_CHANGES;
        String note = status == AnchorStatus.ANCHORED ? "same text" : "text changed";
        return new Match(k, best.from - starts[k], best.to - starts[k], status, best.similarity, note);
    }

    private record Candidate(int from, int to, double similarity, double context) {

        double score() {
            return similarity + context;
        }
    }

    /** The state of one search: the successors' texts joined, and the quote's old place mapped into them. */
    private static final class Search {
        final String all;
        final int[] starts;
        final String exact;
        final String prefix;
        final String suffix;
        final int mappedFrom;
        final int mappedTo;
        final boolean wordStart;
        final boolean wordEnd;
        final int oldOccurrences;
        // The share of the quote's old characters that the diff keeps in place (0 when its text was deleted there).
        final double survived;

        Search(String all, int[] starts, String exact, String prefix, String suffix, String oldText, int from, int to) {
            this.all = all;
            this.starts = starts;
            this.exact = exact;
            this.prefix = prefix;
            this.suffix = suffix;
            if (from >= 0) {
                DiffMatchPatch dmp = new DiffMatchPatch();
                dmp.diffTimeout = 0.5f;
                LinkedList<DiffMatchPatch.Diff> diffs = dmp.diffMain(oldText, all, false);
                // What survived is read from the raw diff: the clean-up below turns a short quote between two
                // insertions into a deletion and a re-insertion.
                this.survived = survived(diffs, from, to);
                // Without the clean-up, inserted words share stray letters with their neighbours and the mapped place
                // drifts into them.
                dmp.diffCleanupSemantic(diffs);
                this.mappedFrom = dmp.diffXIndex(diffs, from);
                this.mappedTo = Math.max(mappedFrom, dmp.diffXIndex(diffs, to));
            } else {
                this.survived = 0;
                this.mappedFrom = 0;
                this.mappedTo = Math.min(all.length(), exact.length());
            }
            this.oldOccurrences = QuoteValidator.occurrences(oldText, exact).size();
            this.wordStart = CodePoints.isWordChar(exact.codePointAt(0))
                    && (prefix.isEmpty() || !CodePoints.isWordChar(prefix.codePointBefore(prefix.length())));
            this.wordEnd = CodePoints.isWordChar(exact.codePointBefore(exact.length()))
                    && (suffix.isEmpty() || !CodePoints.isWordChar(suffix.codePointAt(0)));
        }

        private static double survived(List<DiffMatchPatch.Diff> diffs, int from, int to) {
            if (to <= from) {
                return 0;
            }
            int at = 0;
            int kept = 0;
            for (DiffMatchPatch.Diff d : diffs) {
                if (d.operation == DiffMatchPatch.Operation.INSERT) {
                    continue;
                }
                int end = at + d.text.length();
                if (d.operation == DiffMatchPatch.Operation.EQUAL) {
                    kept += Math.max(0, Math.min(end, to) - Math.max(at, from));
                }
                at = end;
            }
            return (double) kept / (to - from);
        }

        int segment(int offset) {
            int k = 0;
            while (k + 1 < starts.length - 1 && starts[k + 1] <= offset) {
                k++;
            }
            return k;
        }

        int segmentEnd(int k) {
            return starts[k + 1] - SEPARATOR.length();
        }

        Candidate exact() {
            List<Integer> occurrences = QuoteValidator.occurrences(all, exact);
            Candidate best = null;
            for (int at : occurrences) {
                int end = at + exact.length();
                if (segment(at) != segment(end) || end > segmentEnd(segment(at)) || breaksWord(at, end)) {
                    continue;
                }
                Candidate c = new Candidate(at, end, 1.0, context(at, end));
                if (best == null || ranking(c) > ranking(best)) {
                    best = c;
                }
            }
            if (best == null || best.context() < EXACT_CONTEXT) {
                return null;
            }
            // A quote that is not unique in both versions could have gone while a copy stayed: the copy is taken
            // only where the diff of the two texts says the old place went.
            boolean unique = occurrences.size() == 1 && oldOccurrences == 1;
            int near = Math.max(NEAR, 2 * exact.length());
            return unique || survived >= 0.5 && Math.abs(best.from() - mappedFrom) <= near ? best : null;
        }

        /** Whether the span cuts a word where the quote did not (a short quote inside a longer word). */
        private boolean breaksWord(int f, int e) {
            return wordStart && f > 0 && CodePoints.isWordChar(all.codePointBefore(f))
                    || wordEnd && e < all.length() && CodePoints.isWordChar(all.codePointAt(e));
        }

        /** Context agreement, less a little for distance from where the diff maps the old place. */
        private double ranking(Candidate c) {
            return c.context() - 0.3 * Math.min(1.0, Math.abs(c.from() - mappedFrom) / 100.0);
        }

        Candidate fuzzy() {
            if (survived == 0) {
                // None of the quote's characters is left where it stood: its text is gone, whatever looks alike.
                return null;
            }
            DiffMatchPatch dmp = new DiffMatchPatch();
            dmp.matchThreshold = 0.4f;
            dmp.matchDistance = 200;
            Set<Integer> froms = new HashSet<>();
            Set<Integer> tos = new HashSet<>();
            froms.add(mappedFrom);
            tos.add(mappedTo);
            String head = CodePoints.after(exact, 0, BITAP_MAX);
            head = head.length() > BITAP_MAX ? head.substring(0, BITAP_MAX - 1) : head;
            int h = bitap(dmp, head, mappedFrom);
            if (h >= 0) {
                froms.add(h);
                tos.add(h + exact.length());
            }
            String tail = tailOf(exact);
            int t = bitap(dmp, tail, mappedTo - tail.length());
            if (t >= 0) {
                tos.add(t + tail.length());
                froms.add(t + tail.length() - exact.length());
            }
            if (!prefix.isEmpty()) {
                String end = tailOf(prefix);
                int p = bitap(dmp, end, mappedFrom - end.length());
                if (p >= 0) {
                    froms.add(p + end.length());
                }
            }
            if (!suffix.isEmpty()) {
                String start = CodePoints.after(suffix, 0, BITAP_MAX);
                start = start.length() > BITAP_MAX ? start.substring(0, BITAP_MAX - 1) : start;
                int s = bitap(dmp, start, mappedTo);
                if (s >= 0) {
                    tos.add(s);
                }
            }
            Candidate best = null;
            Set<Long> seen = new HashSet<>();
            for (int f : froms) {
                for (int e : tos) {
                    int[] span = snap(f, e);
                    if (span == null || !seen.add(((long) span[0] << 32) | span[1])) {
                        continue;
                    }
                    Candidate c = verify(span[0], span[1]);
                    if (c != null && (best == null || c.score() > best.score())) {
                        best = c;
                    }
                }
            }
            return best;
        }

        private int bitap(DiffMatchPatch dmp, String pattern, int loc) {
            if (pattern.isEmpty() || pattern.length() > BITAP_MAX) {
                return -1;
            }
            return dmp.matchMain(all, pattern, Math.max(0, Math.min(all.length(), loc)));
        }

        private static String tailOf(String s) {
            String tail = CodePoints.before(s, s.length(), BITAP_MAX);
            return tail.length() > BITAP_MAX ? tail.substring(tail.length() - BITAP_MAX + 1) : tail;
        }

        /** The span moved to whole words where the quote was whole words, trimmed of outer spaces; null if empty. */
        private int[] snap(int f, int e) {
            if (f < 0 || e > all.length() || f >= e) {
                return null;
            }
            int k = segment(f);
            if (k != segment(e - 1) || e > segmentEnd(k)) {
                return null;
            }
            if (!CodePoints.onBoundary(all, f) || !CodePoints.onBoundary(all, e)) {
                return null;
            }
            if (wordStart) {
                while (f < e && !CodePoints.isWordChar(all.codePointAt(f))) {
                    f += Character.charCount(all.codePointAt(f));
                }
                while (f > starts[k] && CodePoints.isWordChar(all.codePointBefore(f))) {
                    f -= Character.charCount(all.codePointBefore(f));
                }
            }
            if (wordEnd) {
                while (e > f && !CodePoints.isWordChar(all.codePointBefore(e))) {
                    e -= Character.charCount(all.codePointBefore(e));
                }
                while (e < segmentEnd(k) && CodePoints.isWordChar(all.codePointAt(e))) {
                    e += Character.charCount(all.codePointAt(e));
                }
            }
            return f < e ? new int[] {f, e} : null;
        }

        private Candidate verify(int f, int e) {
            int length = e - f;
            if (length < exact.length() / 2 - 2 || length > 2 * exact.length() + 10) {
                return null;
            }
            String candidate = all.substring(f, e);
            if (candidate.contains(exact)) {
                // The exact occurrence was judged on its own; a wider span around it is no better evidence.
                return null;
            }
            double similarity = similarity(candidate, exact);
            if (similarity < MIN_SIMILARITY) {
                return null;
            }
            double context = context(f, e);
            double needed = similarity >= GOOD_SIMILARITY ? FUZZY_CONTEXT : WEAK_MATCH_CONTEXT;
            return context >= needed ? new Candidate(f, e, similarity, context) : null;
        }

        /** How well the text around {@code [f, e)} agrees with the prefix and suffix (0 to 1). */
        double context(int f, int e) {
            int k = segment(f);
            int low = starts[k];
            int high = segmentEnd(k);
            double before;
            if (prefix.isEmpty()) {
                before = f == low ? 1.0 : 0.5;
            } else {
                String window = all.substring(Math.max(low, f - prefix.length() - SLACK), f);
                before = Math.max(0, 1.0 - fitBefore(prefix, window) / prefix.length());
            }
            double after;
            if (suffix.isEmpty()) {
                after = e == high ? 1.0 : 0.5;
            } else {
                String window = all.substring(e, Math.min(high, e + suffix.length() + SLACK));
                after = Math.max(0, 1.0 - fitAfter(suffix, window) / suffix.length());
            }
            return (before + after) / 2;
        }
    }

    /**
     * How badly {@code prefix} fits the end of {@code window}: the edit distance to the substring it fits best
     * (Sellers), plus {@link #GAP_COST} for each character between that substring and the window's end.
     */
    static double fitBefore(String prefix, String window) {
        int[] ends = fitDistances(prefix, window);
        double best = prefix.length();
        for (int j = 0; j < ends.length; j++) {
            best = Math.min(best, ends[j] + GAP_COST * (window.length() - j));
        }
        return best;
    }

    /** How badly {@code suffix} fits the start of {@code window}, as {@link #fitBefore} does for the end. */
    static double fitAfter(String suffix, String window) {
        String reversedSuffix = new StringBuilder(suffix).reverse().toString();
        String reversedWindow = new StringBuilder(window).reverse().toString();
        return fitBefore(reversedSuffix, reversedWindow);
    }

    /** For each end position j in {@code window}, the least edit distance of {@code pattern} to a substring ending at j. */
    static int[] fitDistances(String pattern, String window) {
        int n = pattern.length();
        int[] previous = new int[window.length() + 1];
        int[] current = new int[window.length() + 1];
        for (int i = 1; i <= n; i++) {
            current[0] = i;
            char c = pattern.charAt(i - 1);
            for (int j = 1; j <= window.length(); j++) {
                int cost = c == window.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous;
    }

    /** The better of a character-level and a word-level (Levenshtein) similarity, 0 to 1. */
    static double similarity(String a, String b) {
        if (a.equals(b)) {
            return 1.0;
        }
        double words = wordSimilarity(a, b);
        if (a.length() > LEVENSHTEIN_LIMIT || b.length() > LEVENSHTEIN_LIMIT) {
            return words;
        }
        int distance = levenshtein(a, b);
        double chars = 1.0 - (double) distance / Math.max(a.length(), b.length());
        return Math.max(words, chars);
    }

    /** 1 less the word-level edit distance over the longer word count: word order matters. */
    private static double wordSimilarity(String a, String b) {
        List<String> x = words(a);
        List<String> y = words(b);
        if (x.isEmpty() || y.isEmpty()) {
            return 0;
        }
        int[] previous = new int[y.size() + 1];
        int[] current = new int[y.size() + 1];
        for (int j = 0; j <= y.size(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= x.size(); i++) {
            current[0] = i;
            for (int j = 1; j <= y.size(); j++) {
                int cost = x.get(i - 1).equals(y.get(j - 1)) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return 1.0 - (double) previous[y.size()] / Math.max(x.size(), y.size());
    }

    private static List<String> words(String s) {
        List<String> out = new ArrayList<>();
        for (String w : s.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}\\p{M}]+")) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }

    private static int levenshtein(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
