package org.maoni.memorandum.screening;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Finds listed abusive words and threat phrases as whole words, after normalising case, diacritics, simple
 * leetspeak and stretched letters. Matching whole normalised words (never substrings) keeps "Scunthorpe",
 * "assessment" and "shitaka" clean.
 */
final class AbusiveLanguage {

    static final String RESOURCE = "/org/maoni/memorandum/screening/abusive-words.txt";

    /** No listed word is this long; longer tokens are not normalised at all, which bounds the work per token. */
    private static final int MAX_TOKEN = 40;

    /** A listed entry: its words, normalised, and the same words with letter runs collapsed. */
    private record Entry(List<String> words, List<String> collapsed) {}

    /** One word of the text at [start, end) with its normalised and collapsed forms. */
    record Token(int start, String normal, String collapsed, boolean stretched) {}

    private final Map<String, List<Entry>> byFirstWord = new HashMap<>();
    private final Map<String, List<Entry>> byFirstCollapsed = new HashMap<>();
    private final int maxWords;

    AbusiveLanguage(List<String> entries) {
        int longest = 1;
        for (String line : entries) {
            List<String> words = new ArrayList<>();
            List<String> collapsed = new ArrayList<>();
            Tokenizer tokenizer = new Tokenizer(line);
            for (Token t = tokenizer.next(); t != null; t = tokenizer.next()) {
                words.add(t.normal());
                collapsed.add(t.collapsed());
            }
            if (words.isEmpty()) {
                continue;
            }
            Entry entry = new Entry(List.copyOf(words), List.copyOf(collapsed));
            longest = Math.max(longest, words.size());
            byFirstWord.computeIfAbsent(words.get(0), k -> new ArrayList<>()).add(entry);
            byFirstCollapsed
                    .computeIfAbsent(collapsed.get(0), k -> new ArrayList<>())
                    .add(entry);
        }
        this.maxWords = longest;
    }

    static AbusiveLanguage fromResource() {
        try (InputStream in = AbusiveLanguage.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            List<String> entries = new ArrayList<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String t = line.strip();
                if (!t.isEmpty() && !t.startsWith("#")) {
                    entries.add(t);
                }
            }
            return new AbusiveLanguage(entries);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** How many listed words or phrases occur, and the character offset of the first (-1 when none). */
    record Result(int count, int firstOffset) {

        String describe() {
            return count + (count == 1 ? " match" : " matches") + " of abusive or threatening language; the first at"
                    + " character " + firstOffset + ".";
        }
    }

    Result find(String text) {
        Tokenizer tokenizer = new Tokenizer(text);
        // a window as long as the longest phrase, so memory stays constant however long the text
        List<Token> window = new ArrayList<>(maxWords);
        int count = 0;
        int first = -1;
        while (true) {
            while (window.size() < maxWords) {
                Token t = tokenizer.next();
                if (t == null) {
                    break;
                }
                window.add(t);
            }
            if (window.isEmpty()) {
                return new Result(count, first);
            }
            int length = matchAtStart(window);
            if (length > 0) {
                count++;
                if (first < 0) {
                    first = window.get(0).start();
                }
            }
            window.subList(0, Math.max(1, length)).clear();
        }
    }

    /** The number of tokens the longest entry matching at the window's start covers, or 0. */
    private int matchAtStart(List<Token> tokens) {
        Token t = tokens.get(0);
        if (t.normal().isEmpty()) {
            return 0;
        }
        int best = 0;
        for (Entry e : byFirstWord.getOrDefault(t.normal(), List.of())) {
            best = Math.max(best, matches(tokens, 0, e));
        }
        if (t.stretched()) {
            for (Entry e : byFirstCollapsed.getOrDefault(t.collapsed(), List.of())) {
                best = Math.max(best, matches(tokens, 0, e));
            }
        }
        return best;
    }

    private static int matches(List<Token> tokens, int i, Entry e) {
        int n = e.words().size();
        if (i + n > tokens.size()) {
            return 0;
        }
        for (int k = 0; k < n; k++) {
            Token t = tokens.get(i + k);
            boolean same = t.normal().equals(e.words().get(k))
                    || (t.stretched() && t.collapsed().equals(e.collapsed().get(k)));
            if (!same) {
                return 0;
            }
        }
        return n;
    }

    /**
     * Splits text into words: runs of letters, digits, combining marks and the leetspeak symbols '@' and '$'. Tokens
     * longer than any listed word keep an empty normal form.
     */
    static final class Tokenizer {

        private final String text;
        private int i;

        Tokenizer(String text) {
            this.text = text;
        }

        Token next() {
            int n = text.length();
            while (i < n) {
                int cp = text.codePointAt(i);
                if (!isWordChar(cp)) {
                    i += Character.charCount(cp);
                    continue;
                }
                int start = i;
                while (i < n) {
                    cp = text.codePointAt(i);
                    if (isWordChar(cp)) {
                        i += Character.charCount(cp);
                    } else if (cp == '-' && i + 1 < n && isWordChar(text.codePointAt(i + 1))) {
                        i++; // a hyphenated compound such as "fool-proof" is one word, not an insult
                    } else {
                        break;
                    }
                }
                return token(text, start, i);
            }
            return null;
        }
    }

    private static boolean isWordChar(int cp) {
        return Character.isLetterOrDigit(cp)
                || cp == '@'
                || cp == '$'
                || Character.getType(cp) == Character.NON_SPACING_MARK
                || Character.getType(cp) == Character.COMBINING_SPACING_MARK;
    }

    private static Token token(String text, int start, int end) {
        if (end - start > MAX_TOKEN) {
            return new Token(start, "", "", false);
        }
        String raw = Normalizer.normalize(text.substring(start, end), Normalizer.Form.NFKD);
        boolean hasLetter = false;
        StringBuilder letters = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); ) {
            int cp = raw.codePointAt(i);
            i += Character.charCount(cp);
            int type = Character.getType(cp);
            if (type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK) {
                continue; // diacritics: "idiöt" reads as "idiot"
            }
            hasLetter |= Character.isLetter(cp);
            letters.appendCodePoint(cp);
        }
        String lower = letters.toString().toLowerCase(Locale.ROOT);
        // leetspeak only inside words that have letters, so that "100" and "2026" stay numbers
        String normal = hasLetter ? deLeet(lower) : lower;
        String collapsed = collapse(normal);
        return new Token(start, normal, collapsed, hasRunOfThree(normal));
    }

    private static String deLeet(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            out.append(
                    switch (c) {
                        case '0' -> 'o';
                        case '1' -> 'i';
                        case '3' -> 'e';
                        case '4', '@' -> 'a';
                        case '5', '$' -> 's';
                        case '7' -> 't';
                        default -> c;
                    });
        }
        return out.toString();
    }

    private static String collapse(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (out.isEmpty() || out.charAt(out.length() - 1) != c) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Three or more of the same letter in a row ("fuuuck", "idiooot") is deliberate stretching, not spelling. */
    private static boolean hasRunOfThree(String s) {
        for (int i = 2; i < s.length(); i++) {
            if (s.charAt(i) == s.charAt(i - 1) && s.charAt(i) == s.charAt(i - 2)) {
                return true;
            }
        }
        return false;
    }
}
