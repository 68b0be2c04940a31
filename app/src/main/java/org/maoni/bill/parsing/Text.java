package org.maoni.bill.parsing;

import java.text.Normalizer;
import java.util.Locale;

/** Small string helpers shared by the parser's stages. */
final class Text {

    private Text() {}

    /** Lower-case ASCII letters only, accents folded: the form used to compare noisy OCR text. */
    static String letters(String s) {
        if (s == null || s.isEmpty()) {
            return "";
        }
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 'a' && c <= 'z') {
                sb.append(c);
            } else if (c >= 'A' && c <= 'Z') {
                sb.append((char) (c + 32));
            } else if (c > 127 && Character.isLetter(c)) {
                String folded = fold(String.valueOf(c));
                for (int j = 0; j < folded.length(); j++) {
                    char f = Character.toLowerCase(folded.charAt(j));
                    if (f >= 'a' && f <= 'z') {
                        sb.append(f);
                    }
                }
            }
        }
        return sb.toString();
    }

    /** Lower-case ASCII letters and digits only. */
    static String alnum(String s) {
        if (s == null || s.isEmpty()) {
            return "";
        }
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                sb.append(c);
            } else if (c >= 'A' && c <= 'Z') {
                sb.append((char) (c + 32));
            }
        }
        return sb.toString();
    }

    static String fold(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    }

    static int letterCount(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (Character.isLetter(s.charAt(i))) {
                n++;
            }
        }
        return n;
    }

    static int digitCount(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                n++;
            }
        }
        return n;
    }

    /** True when at least {@code ratio} of the (at least three) letters are upper case. */
    static boolean upperHeavy(String s, double ratio) {
        int letters = 0;
        int upper = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
                if (Character.isUpperCase(c)) {
                    upper++;
                }
            }
        }
        return letters >= 3 && upper >= ratio * letters;
    }

    static boolean startsUpper(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetter(c)) {
                return Character.isUpperCase(c);
            }
            if (Character.isDigit(c)) {
                return false;
            }
        }
        return false;
    }

    static boolean startsLower(String s) {
        return !s.isEmpty() && Character.isLowerCase(s.charAt(0));
    }

    static String collapseSpaces(String s) {
        return s.replaceAll("\\s+", " ").trim();
    }

    /** "THE PENSIONS (AMENDMENT) BILL, 2024" to "The Pensions (Amendment) Bill, 2024". */
    static String titleCase(String s) {
        String[] words = s.toLowerCase(Locale.ROOT).split(" ");
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            if (i > 0) {
                sb.append(' ');
            }
            String core = w.replaceAll("^[^a-z]+", "");
            boolean small = i > 0 && SMALL_WORDS.contains(core.replaceAll("[^a-z]", "")) && core.equals(w);
            if (small) {
                sb.append(w);
            } else {
                sb.append(capitalizeParts(w));
            }
        }
        return sb.toString();
    }

    private static String capitalizeParts(String w) {
        StringBuilder sb = new StringBuilder(w.length());
        boolean start = true;
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (Character.isLetter(c)) {
                sb.append(start ? Character.toUpperCase(c) : c);
                start = false;
            } else {
                sb.append(c);
                start = c == '-' || c == '(' || c == '/' || c == '“' || c == '"';
            }
        }
        return sb.toString();
    }

    private static final java.util.Set<String> SMALL_WORDS = java.util.Set.of(
            "of", "and", "the", "for", "on", "in", "to", "a", "an", "or", "by", "at", "with", "into", "from");

    /** Removes trailing spaces and one trailing full stop. */
    static String stripFinalStop(String s) {
        String t = s.strip();
        while (t.endsWith(".") || t.endsWith(",") || t.endsWith(";") || t.endsWith(":")) {
            t = t.substring(0, t.length() - 1).strip();
        }
        return t;
    }

    static boolean endsWithAny(String s, String... suffixes) {
        for (String suffix : suffixes) {
            if (s.endsWith(suffix)) {
                return true;
            }
        }
        return false;
    }
}
