package org.maoni.bill.parsing;

/** Edit-distance helpers for comparing OCR text; inputs are expected short (headings, titles). */
final class Fuzzy {

    private static final int MAX_LEN = 400;

    private Fuzzy() {}

    /** Levenshtein distance, capped at {@code max + 1} once it is known to exceed {@code max}. */
    static int distance(String a, String b, int max) {
        if (a.length() > MAX_LEN) {
            a = a.substring(0, MAX_LEN);
        }
        if (b.length() > MAX_LEN) {
            b = b.substring(0, MAX_LEN);
        }
        if (Math.abs(a.length() - b.length()) > max) {
            return max + 1;
        }
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            int rowMin = cur[0];
            char ca = a.charAt(i - 1);
            for (int j = 1; j <= b.length(); j++) {
                int cost = ca == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
                rowMin = Math.min(rowMin, cur[j]);
            }
            if (rowMin > max) {
                return max + 1;
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return Math.min(prev[b.length()], max + 1);
    }

    /** 1 minus the normalised edit distance: 1.0 for equal strings. */
    static double similarity(String a, String b) {
        int len = Math.max(a.length(), b.length());
        if (len == 0) {
            return 1.0;
        }
        return 1.0 - (double) distance(a, b, len) / len;
    }

    /**
     * Smallest edit distance between {@code pattern} and any substring of {@code text} (Sellers' algorithm);
     * {@code end[0]} receives the end offset in {@code text} of the best match when {@code end} is not null.
     */
    static int substringDistance(String pattern, String text, int[] end) {
        if (pattern.length() > MAX_LEN) {
            pattern = pattern.substring(0, MAX_LEN);
        }
        if (text.length() > MAX_LEN * 4) {
            text = text.substring(0, MAX_LEN * 4);
        }
        int m = pattern.length();
        int n = text.length();
        int[] prev = new int[m + 1];
        int[] cur = new int[m + 1];
        for (int i = 0; i <= m; i++) {
            prev[i] = i;
        }
        int best = prev[m];
        int bestEnd = 0;
        for (int j = 1; j <= n; j++) {
            cur[0] = 0;
            char ct = text.charAt(j - 1);
            for (int i = 1; i <= m; i++) {
                int cost = pattern.charAt(i - 1) == ct ? 0 : 1;
                cur[i] = Math.min(Math.min(cur[i - 1] + 1, prev[i] + 1), prev[i - 1] + cost);
            }
            if (cur[m] < best) {
                best = cur[m];
                bestEnd = j;
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        if (end != null) {
            end[0] = bestEnd;
        }
        return best;
    }

    /** Smallest edit distance between {@code pattern} and a prefix of {@code text}. */
    static int prefixDistance(String pattern, String text) {
        int m = pattern.length();
        String t = text.length() > m * 2 + 4 ? text.substring(0, m * 2 + 4) : text;
        int best = Integer.MAX_VALUE;
        for (int k = Math.max(0, m - 4 - m / 4); k <= Math.min(t.length(), m + 4 + m / 4); k++) {
            best = Math.min(best, distance(pattern, t.substring(0, k), m));
        }
        return best;
    }
}
