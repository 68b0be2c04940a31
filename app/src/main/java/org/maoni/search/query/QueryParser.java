package org.maoni.search.query;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.maoni.search.query.ParsedQuery.Atom;
import org.maoni.search.query.ParsedQuery.Phrase;
import org.maoni.search.query.ParsedQuery.Prefix;
import org.maoni.search.query.ParsedQuery.Word;

/**
 * Parses the search box's syntax into a {@link ParsedQuery}; pure and total: any string either parses or is refused
 * with an {@link InvalidQueryException}, at a cost linear in its length.
 *
 * <p>Syntax: words separated by white space must all match; {@code "a quoted phrase"} (straight or curly quotes) must
 * match as a phrase, and a quote left open runs to the end; {@code -word} or {@code -"a phrase"} excludes; {@code OR}
 * (upper case) between two words or phrases makes either enough, and binds tighter than the implicit AND ({@code a b OR
 * c} means a and (b or c)); an {@code OR} without a word or phrase on both sides is ignored; {@code word*} matches
 * words beginning with at least three letters or digits. Control and formatting characters (NUL, direction marks)
 * count as white space; a word without any letter or digit is ignored.
 *
 * <p>Refused: more than {@link #MAX_LENGTH} characters, more than {@link #MAX_ATOMS} words and phrases, more than
 * {@link #MAX_PREFIXES} wildcards, and a {@code *} anywhere but at the end of three or more letters and digits (a
 * leading wildcard would scan the whole term dictionary).
 */
public final class QueryParser {

    /** Longest query accepted, in UTF-16 code units. */
    public static final int MAX_LENGTH = 1000;
    /** Most words and phrases (required and excluded) in one query. */
    public static final int MAX_ATOMS = 32;
    /** Most {@code word*} wildcards in one query. */
    public static final int MAX_PREFIXES = 4;
    /** Fewest letters or digits before a trailing {@code *}. */
    public static final int MIN_PREFIX = 3;

    private QueryParser() {}

    /** One operand or operator as scanned, before OR is resolved. */
    private record Token(Atom atom, boolean excluded, boolean or) {}

    /** Parses {@code text}; null or blank is the query that matches everything. */
    public static ParsedQuery parse(String text) {
        if (text == null) {
            return ParsedQuery.ALL;
        }
        if (text.length() > MAX_LENGTH) {
            throw new InvalidQueryException(
                    "query-too-long",
                    "The query has " + text.length() + " characters; at most " + MAX_LENGTH + " are allowed.");
        }
        List<Token> tokens = scan(clean(text));
        return combine(tokens);
    }

    private static String clean(String text) {
        StringBuilder out = new StringBuilder(text.length());
        String normal = Normalizer.normalize(text, Normalizer.Form.NFC);
        normal.codePoints().forEach(cp -> {
            int type = Character.getType(cp);
            boolean invisible = type == Character.CONTROL
                    || type == Character.FORMAT
                    || type == Character.LINE_SEPARATOR
                    || type == Character.PARAGRAPH_SEPARATOR
                    || type == Character.SURROGATE
                    || type == Character.UNASSIGNED
                    || type == Character.PRIVATE_USE;
            out.appendCodePoint(invisible || Character.isWhitespace(cp) || Character.isSpaceChar(cp) ? ' ' : cp);
        });
        return out.toString();
    }

    private static boolean isQuote(char c) {
        return c == '"' || c == '\u201C' || c == '\u201D' || c == '\u201E';
    }

    private static List<Token> scan(String s) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        int n = s.length();
        while (i < n) {
            char c = s.charAt(i);
            if (c == ' ') {
                i++;
                continue;
            }
            boolean excluded = false;
            if (c == '-' && i + 1 < n && s.charAt(i + 1) != ' ') {
                excluded = true;
                i++;
                c = s.charAt(i);
            }
            if (isQuote(c)) {
                int end = i + 1;
                while (end < n && !isQuote(s.charAt(end))) {
                    end++;
                }
                String phrase = s.substring(i + 1, end).strip();
                i = Math.min(end + 1, n);
                if (hasLetterOrDigit(phrase)) {
                    tokens.add(new Token(new Phrase(phrase.replaceAll(" +", " ")), excluded, false));
                }
                continue;
            }
            int end = i;
            while (end < n && s.charAt(end) != ' ' && !isQuote(s.charAt(end))) {
                end++;
            }
            String word = s.substring(i, end);
            i = end;
            if (!excluded && word.equals("OR")) {
                tokens.add(new Token(null, false, true));
                continue;
            }
            Atom atom = word(word);
            if (atom != null) {
                tokens.add(new Token(atom, excluded, false));
            }
        }
        return tokens;
    }

    private static Atom word(String word) {
        int star = word.indexOf('*');
        if (star < 0) {
            return hasLetterOrDigit(word) ? new Word(word) : null;
        }
        String stem = word.replaceAll("\\*+$", "");
        if (stem.indexOf('*') >= 0
                || stem.codePointCount(0, stem.length()) < MIN_PREFIX
                || !stem.codePoints().allMatch(Character::isLetterOrDigit)) {
            throw new InvalidQueryException(
                    "invalid-wildcard",
                    "'" + abbreviate(word) + "': a * may only end a word of at least " + MIN_PREFIX
                            + " letters or digits (as in parliam*).");
        }
        StringBuilder lower = new StringBuilder(stem.length());
        // Per code point, as the analysers' lower-case filter does (String.toLowerCase differs for a few letters).
        stem.codePoints().map(Character::toLowerCase).forEach(lower::appendCodePoint);
        return new Prefix(lower.toString());
    }

    private static ParsedQuery combine(List<Token> tokens) {
        List<List<Atom>> required = new ArrayList<>();
        List<Atom> excluded = new ArrayList<>();
        int atoms = 0;
        int prefixes = 0;
        List<Atom> previousGroup = null;
        for (int k = 0; k < tokens.size(); k++) {
            Token t = tokens.get(k);
            if (t.or()) {
                continue;
            }
            atoms++;
            if (t.atom() instanceof Prefix) {
                prefixes++;
            }
            if (t.excluded()) {
                excluded.add(t.atom());
                previousGroup = null;
                continue;
            }
            boolean joined = previousGroup != null && k > 0 && tokens.get(k - 1).or();
            if (joined) {
                previousGroup.add(t.atom());
            } else {
                previousGroup = new ArrayList<>();
                previousGroup.add(t.atom());
                required.add(previousGroup);
            }
        }
        if (atoms > MAX_ATOMS) {
            throw new InvalidQueryException(
                    "too-many-terms",
                    "The query has " + atoms + " words and phrases; at most " + MAX_ATOMS + " are allowed.");
        }
        if (prefixes > MAX_PREFIXES) {
            throw new InvalidQueryException(
                    "too-many-terms",
                    "The query has " + prefixes + " wildcards; at most " + MAX_PREFIXES + " are allowed.");
        }
        return new ParsedQuery(required, excluded);
    }

    private static boolean hasLetterOrDigit(String s) {
        return s.codePoints().anyMatch(Character::isLetterOrDigit);
    }

    private static String abbreviate(String s) {
        return s.length() <= 40 ? s : s.substring(0, 40) + "…";
    }
}
