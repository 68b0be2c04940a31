package org.maoni.bill.parsing;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads clause and item numbers at the start of a line, tolerating the usual OCR confusions. */
final class Numbering {

    /** A clause number found in a line, with any text glued before it (a marginal note) and the rest. */
    record ClauseMatch(
            String prefix, String key, int number, String suffix, String sep, String rest, boolean repaired) {}

    /** An item number "(1)", "(1A)", "(a)", "(iv)" found at the start of a line. */
    record ItemMatch(String junk, String token, String rest, boolean unclosed) {

        boolean quoted() {
            return junk.indexOf('“') >= 0
                    || junk.indexOf('"') >= 0
                    || junk.indexOf('‘') >= 0
                    || junk.indexOf('\'') >= 0;
        }
    }

    private static final Pattern CLAUSE = Pattern.compile(
            "^(?<pre>.{0,80}?)(?<![\\d(])(?<num>\\d{1,3}|[lI]\\d{1,2}|\\d[lIO]"
                    + "|[lI](?=[.,]\\s))(?<suf>[A-Z]{1,2}(?=[.,\\s]))?(?<sep>\\s?[.,:;](?!\\d))?\\s*(?<rest>[(“\"‘A-Z].*|)$");
    private static final Pattern ITEM = Pattern.compile("^(?<junk>[^\\p{L}\\p{N}(\\s]{0,2}\\s?|[a-z](?=\\())\\(\\s*"
            + "(?<tok>[0-9A-Za-z]{1,4}(?:\\s[0-9A-Za-z]{1,2})?)\\s*\\.?\\s*\\)\\s*(?<rest>.*)$");
    private static final Pattern ITEM_UNCLOSED = Pattern.compile("^\\((?<tok>[a-z0])\\s+(?<rest>[a-z].*)$");
    private static final Pattern NUMERIC =
            Pattern.compile("^([0-9]{1,3}|[Il|][0-9]{0,2}|[0-9][Il0O]{1,2})([A-Z]{0,2})$");

    private Numbering() {}

    static ClauseMatch clause(String text) {
        Matcher m = CLAUSE.matcher(text);
        if (!m.matches()) {
            return null;
        }
        String raw = m.group("num");
        String digits = raw.replace('l', '1').replace('I', '1').replace('O', '0');
        int n;
        try {
            n = Integer.parseInt(digits);
        } catch (NumberFormatException e) {
            return null;
        }
        String suffix = m.group("suf") == null ? "" : m.group("suf");
        String sep = m.group("sep") == null ? "" : m.group("sep").strip();
        String rest = m.group("rest");
        if (rest.isEmpty() && !(sep.equals(".") && m.group("pre").isBlank())) {
            return null;
        }
        boolean spaced = m.end("num") < text.length()
                && (m.group("sep") != null
                        || m.group("suf") != null
                        || Character.isWhitespace(text.charAt(m.end("num"))));
        if (!spaced
                && !(rest.length() > 1
                        && Character.isUpperCase(rest.charAt(0))
                        && Character.isLowerCase(rest.charAt(1)))) {
            return null;
        }
        return new ClauseMatch(m.group("pre"), n + suffix, n, suffix, sep, rest, !raw.equals(digits));
    }

    static ItemMatch item(String text) {
        Matcher m = ITEM.matcher(text);
        if (m.matches()) {
            return new ItemMatch(m.group("junk"), m.group("tok").replace(" ", ""), m.group("rest"), false);
        }
        Matcher u = ITEM_UNCLOSED.matcher(text);
        if (u.matches()) {
            return new ItemMatch("", u.group("tok"), u.group("rest"), true);
        }
        return null;
    }

    /** "(1)", "(1A)", "(l A)", "(ID)": the subsection number and suffix, or null. */
    static int[] numeric(String token) {
        Matcher m = NUMERIC.matcher(token);
        if (!m.matches()) {
            return null;
        }
        String digits =
                m.group(1).replace('l', '1').replace('I', '1').replace('|', '1').replace('O', '0');
        try {
            return new int[] {Integer.parseInt(digits), m.group(1).equals(digits) ? 0 : 1};
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static String numericSuffix(String token) {
        Matcher m = NUMERIC.matcher(token);
        return m.matches() ? m.group(2) : "";
    }

    /** Value of a lower-case roman numeral, or -1. */
    static int roman(String s) {
        if (s.isEmpty() || s.length() > 8) {
            return -1;
        }
        int total = 0;
        int prev = 0;
        for (int i = s.length() - 1; i >= 0; i--) {
            int v = switch (s.charAt(i)) {
                case 'i' -> 1;
                case 'v' -> 5;
                case 'x' -> 10;
                case 'l' -> 50;
                case 'c' -> 100;
                default -> -1;
            };
            if (v < 0) {
                return -1;
            }
            total += v < prev ? -v : v;
            prev = Math.max(prev, v);
        }
        return toRoman(total).equals(s) ? total : -1;
    }

    static String toRoman(int n) {
        if (n <= 0 || n > 399) {
            return "";
        }
        int[] values = {100, 90, 50, 40, 10, 9, 5, 4, 1};
        String[] symbols = {"c", "xc", "l", "xl", "x", "ix", "v", "iv", "i"};
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < values.length; i++) {
            while (n >= values[i]) {
                sb.append(symbols[i]);
                n -= values[i];
            }
        }
        return sb.toString();
    }

    /** Upper-case roman value of a Part number as printed, mending OCR ("HI" to III); -1 when unreadable. */
    static int partRoman(String printed) {
        String s = printed.toLowerCase(Locale.ROOT).replace('1', 'i').replace('|', 'i');
        int v = roman(s);
        if (v > 0) {
            return v;
        }
        String mended =
                s.replace("h", "ii").replace("n", "ii").replace("m", "iii").replace("u", "ii");
        v = roman(mended);
        return v;
    }

    /** The next paragraph letter: "a" to "b", "z" to "aa", "aa" to "bb". */
    static String nextLetter(String s) {
        if (s == null || s.isEmpty()) {
            return "a";
        }
        char c = s.charAt(0);
        boolean repeated = s.chars().allMatch(ch -> ch == c);
        if (repeated) {
            if (c == 'z') {
                return "a".repeat(s.length() + 1);
            }
            return String.valueOf((char) (c + 1)).repeat(s.length());
        }
        // inserted letters such as "ha": next is "hb"
        char last = s.charAt(s.length() - 1);
        return last == 'z' ? s + "a" : s.substring(0, s.length() - 1) + (char) (last + 1);
    }

    /** The subsection suffix after {@code s}: "" to "A", "A" to "B". */
    static String nextSuffix(String s) {
        if (s.isEmpty()) {
            return "A";
        }
        char last = s.charAt(s.length() - 1);
        return last == 'Z' ? s + "A" : s.substring(0, s.length() - 1) + (char) (last + 1);
    }
}
