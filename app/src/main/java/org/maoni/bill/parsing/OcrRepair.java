package org.maoni.bill.parsing;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Cleans one line of extracted text: drops control characters (NUL included), normalises spaces, rejoins words that
 * OCR split into letters or fragments ("T H E  K ENY A N" to "THE KENYAN", "Bil l" to "Bill"), and tidies the space
 * around punctuation. A join is made only when the result is a dictionary word (or a run of single capitals), and
 * never across a token holding a digit, so numbers such as "5 19" stay as printed. Immutable and thread-safe.
 */
final class OcrRepair {

    private static final int MAX_JOIN_TOKENS = 20;
    private static final int MAX_JOIN_LENGTH = 30;
    private static final int MAX_REPAIRED_LINE = 20_000;
    private static final Pattern SPACE_BEFORE_CLOSER = Pattern.compile(" +([,.;:)\\]”’])(?=\\s|$|[,.;:)\\]”’—–-])");
    private static final Pattern SPACE_AFTER_OPENER = Pattern.compile("([(\\[“‘]) +");
    private static final String LEADING_PUNCT = "(“\"‘'[";
    private static final String TRAILING_PUNCT = ".,;:)”\"’']—–-!?";

    private final Set<String> documentWords;

    OcrRepair(Set<String> documentWords) {
        this.documentWords = Set.copyOf(documentWords);
    }

    /** Words of four letters or more, not in the dictionary, that the document prints whole at least three times. */
    static Set<String> documentWords(List<String> lines) {
        Map<String, Integer> counts = new HashMap<>();
        for (String line : lines) {
            for (String token : sanitize(line).split(" +")) {
                String core = core(token);
                if (core.length() >= 4 && core.length() <= MAX_JOIN_LENGTH && isAsciiLetters(core)) {
                    String lower = core.toLowerCase(java.util.Locale.ROOT);
                    if (!Vocabulary.isWord(lower)) {
                        counts.merge(lower, 1, Integer::sum);
                    }
                }
            }
        }
        Set<String> words = new HashSet<>();
        counts.forEach((w, n) -> {
            if (n >= 3) {
                words.add(w);
            }
        });
        return words;
    }

    /**
     * Removes what is never text: NUL and other control characters, zero-width and bidi controls, combining marks
     * stuck by OCR on ASCII characters; turns tabs into a wide gap and other spaces into plain ones.
     */
    static String sanitize(String raw) {
        if (raw == null || raw.isEmpty()) {
            return "";
        }
        String s = Normalizer.isNormalized(raw, Normalizer.Form.NFC)
                ? raw
                : Normalizer.normalize(raw, Normalizer.Form.NFC);
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int type = Character.getType(c);
            if (c == '\t') {
                sb.append("   ");
            } else if (c == '\n' || c == '\r' || c == '\f' || c == '\u000B') {
                sb.append(' ');
            } else if (c < 0x20 || (c >= 0x7F && c < 0xA0)) {
                // control character: dropped
            } else if (c == '\u00A0' || (c >= '\u2000' && c <= '\u200A') || c == '\u3000' || c == '\u202F') {
                sb.append(' ');
            } else if ((c >= '\u200B' && c <= '\u200F')
                    || (c >= '\u202A' && c <= '\u202E')
                    || (c >= '\u2060' && c <= '\u2069')
                    || c == '\uFEFF') {
                // zero-width and bidi controls: dropped
            } else if ((type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK)
                    && (sb.length() == 0 || sb.charAt(sb.length() - 1) < 128)) {
                // combining mark glued by OCR on an ASCII character or a space: dropped
            } else if (c == '\u2015') {
                sb.append('—');
            } else if (Character.isSurrogate(c)) {
                if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                    sb.append(c).append(s.charAt(i + 1));
                    i++;
                }
            } else if (type == Character.UNASSIGNED || type == Character.PRIVATE_USE) {
                // nothing printable
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** The repaired line: sanitised, words rejoined, single-spaced, trimmed. */
    String clean(String raw) {
        String s = sanitize(raw).strip();
        if (s.isEmpty()) {
            return "";
        }
        if (s.length() > MAX_REPAIRED_LINE) {
            // no line of a bill is this long: keep the text, skip the word repair
            return s.replaceAll(" {2,}", " ");
        }
        List<String> tokens = new ArrayList<>();
        List<Integer> gaps = new ArrayList<>();
        int i = 0;
        int n = s.length();
        while (i < n) {
            int start = i;
            while (i < n && s.charAt(i) != ' ') {
                i++;
            }
            tokens.add(s.substring(start, i));
            int gapStart = i;
            while (i < n && s.charAt(i) == ' ') {
                i++;
            }
            if (i < n) {
                gaps.add(i - gapStart);
            }
        }
        int wide = 0;
        int single = 0;
        for (int g : gaps) {
            if (g >= 2) {
                wide++;
            } else {
                single++;
            }
        }
        boolean wideSpaced = wide >= 2 && wide * 4 >= wide + single;
        StringBuilder out = new StringBuilder(s.length());
        int runStart = 0;
        for (int t = 0; t < tokens.size(); t++) {
            boolean runEnds = t == tokens.size() - 1 || gaps.get(t) >= 2;
            if (runEnds) {
                if (out.length() > 0) {
                    out.append(' ');
                }
                out.append(joinRun(tokens.subList(runStart, t + 1), wideSpaced));
                runStart = t + 1;
            }
        }
        String result = SPACE_BEFORE_CLOSER.matcher(out).replaceAll("$1");
        result = SPACE_AFTER_OPENER.matcher(result).replaceAll("$1");
        return result;
    }

    /** Segments a run of single-spaced tokens into words, joining fragments where the join is a word. */
    private String joinRun(List<String> run, boolean wideSpaced) {
        int n = run.size();
        if (n == 1) {
            return run.get(0);
        }
        int[] cost = new int[n + 1];
        int[] segments = new int[n + 1];
        int[] from = new int[n + 1];
        java.util.Arrays.fill(cost, Integer.MAX_VALUE);
        cost[0] = 0;
        StringBuilder joined = new StringBuilder();
        for (int i = 0; i < n; i++) {
            if (cost[i] == Integer.MAX_VALUE) {
                continue;
            }
            relax(cost, segments, from, i, i + 1, isWordish(run.get(i)) ? 0 : 1);
            // joins of run[i..j), built incrementally
            joined.setLength(0);
            boolean allSingle = true;
            boolean allRoman = true;
            int words = 0;
            for (int j = i + 1; j <= Math.min(n, i + MAX_JOIN_TOKENS); j++) {
                String token = run.get(j - 1);
                int lead = leadingPunct(token);
                int trail = trailingPunct(token);
                if ((lead > 0 && j - 1 != i) || lead + trail >= token.length()) {
                    break;
                }
                String core = token.substring(lead, token.length() - trail);
                if (!isAsciiLetters(core)) {
                    break;
                }
                joined.append(core);
                if (joined.length() > MAX_JOIN_LENGTH) {
                    break;
                }
                allSingle &= core.length() == 1;
                allRoman &= core.length() == 1 && "IVX".indexOf(core.charAt(0)) >= 0;
                if (Vocabulary.isWord(core.toLowerCase(java.util.Locale.ROOT))) {
                    words++;
                }
                int pieces = j - i;
                if (pieces >= 2) {
                    int c = joinCost(joined.toString(), pieces, words, allSingle, allRoman, wideSpaced);
                    if (c >= 0) {
                        relax(cost, segments, from, i, j, c);
                    }
                }
                if (trail > 0) {
                    break;
                }
            }
        }
        List<String> out = new ArrayList<>();
        int j = n;
        while (j > 0) {
            int i = from[j];
            StringBuilder w = new StringBuilder();
            for (int k = i; k < j; k++) {
                w.append(run.get(k));
            }
            out.add(w.toString());
            j = i;
        }
        java.util.Collections.reverse(out);
        return String.join(" ", out);
    }

    private static void relax(int[] cost, int[] segments, int[] from, int i, int j, int c) {
        int total = cost[i] + c;
        int segs = segments[i] + 1;
        if (total < cost[j] || (total == cost[j] && segs < segments[j])) {
            cost[j] = total;
            segments[j] = segs;
            from[j] = i;
        }
    }

    /**
     * The cost of joining {@code pieces} tokens into {@code joined}: 0 for a dictionary word or roman numeral, 1 for
     * a run of single capitals that makes no word, -1 when the join is not allowed.
     */
    private int joinCost(
            String joined, int pieces, int words, boolean allSingle, boolean allRoman, boolean wideSpaced) {
        String lower = joined.toLowerCase(java.util.Locale.ROOT);
        boolean word = Vocabulary.isJoinTarget(lower) || documentWords.contains(lower);
        if (allSingle && (pieces >= 3 || allRoman)) {
            return word || allRoman ? 0 : 1;
        }
        if (!word) {
            return -1;
        }
        if (words == pieces) {
            return wideSpaced ? 0 : -1;
        }
        return wideSpaced || pieces - words >= words ? 0 : -1;
    }

    private boolean isWordish(String token) {
        String core = core(token);
        if (core.isEmpty() || !isAsciiLetters(core)) {
            return true;
        }
        String lower = core.toLowerCase(java.util.Locale.ROOT);
        return Vocabulary.isWord(lower) || documentWords.contains(lower);
    }

    private static String core(String token) {
        int lead = leadingPunct(token);
        int trail = trailingPunct(token);
        if (lead + trail >= token.length()) {
            return "";
        }
        return token.substring(lead, token.length() - trail);
    }

    private static int leadingPunct(String token) {
        int i = 0;
        while (i < token.length() && LEADING_PUNCT.indexOf(token.charAt(i)) >= 0) {
            i++;
        }
        return i;
    }

    private static int trailingPunct(String token) {
        int i = 0;
        while (i < token.length() && TRAILING_PUNCT.indexOf(token.charAt(token.length() - 1 - i)) >= 0) {
            i++;
        }
        return i;
    }

    private static boolean isAsciiLetters(String s) {
        if (s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))) {
                return false;
            }
        }
        return true;
    }
}
