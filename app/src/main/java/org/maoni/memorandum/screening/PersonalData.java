package org.maoni.memorandum.screening;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds personal data in free text: Kenyan phone numbers, e-mail addresses, and national ID, passport and KRA PIN
 * numbers. ID and passport numbers count only next to a word that names them, so clause numbers, years, amounts and
 * Gazette numbers are left alone. Every pattern has bounded quantifiers only, so the cost per position is constant.
 */
final class PersonalData {

    /** What was found; the placeholder replaces the value in the redacted text. */
    enum Kind {
        PHONE("phone number", "phone numbers", "[phone removed]"),
        EMAIL("e-mail address", "e-mail addresses", "[e-mail removed]"),
        NATIONAL_ID("ID number", "ID numbers", "[ID number removed]"),
        PASSPORT("passport number", "passport numbers", "[passport number removed]"),
        KRA_PIN("KRA PIN", "KRA PINs", "[KRA PIN removed]");

        final String one;
        final String many;
        final String placeholder;

        Kind(String one, String many, String placeholder) {
            this.one = one;
            this.many = many;
            this.placeholder = placeholder;
        }
    }

    /** One value found at [start, end) of the text. */
    record Span(Kind kind, int start, int end) {}

    private static final String SEP = "[ \\-\\u00a0]?";
    /** +254 / 254 / 0 followed by a mobile (7xx, 1xx) number of nine digits, grouped or not. */
    private static final Pattern PHONE = Pattern.compile("(?<![\\w+])(?:(?:\\+" + SEP + "|00" + SEP + ")?254" + SEP
            + "(?:\\(0\\)" + SEP + ")?|0)[17][0-9]{2}" + SEP + "[0-9]{3}" + SEP + "[0-9]{3}(?![0-9])");
    /** The keyword, up to 25 characters without digits or line breaks ("No.:", "number", "nambari"), 7-8 digits. */
    private static final Pattern NATIONAL_ID = Pattern.compile(
            "(?<![\\p{L}\\p{N}])(?:national\\s{1,3}id|id|i\\.d\\.|identity\\s{1,3}card|identity\\s{1,3}number"
                    + "|kitambulisho|kipande)(?![\\p{L}\\p{N}])[^0-9\\n\\r]{0,25}?(?<![0-9])([0-9]{7,8})(?![0-9]|[.,][0-9])",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern PASSPORT = Pattern.compile(
            "(?<![\\p{L}\\p{N}])(?:passport|pasipoti)(?![\\p{L}\\p{N}])[^0-9\\n\\r]{0,25}?"
                    + "(?<![\\p{L}\\p{N}])([A-Za-z]{0,2}[0-9]{6,9})(?![\\p{L}\\p{N}])",
            Pattern.CASE_INSENSITIVE);
    /** A KRA PIN: a letter, nine digits, a letter, standing alone. */
    private static final Pattern KRA_PIN =
            Pattern.compile("(?<![\\p{L}\\p{N}])[A-Za-z][0-9]{9}[A-Za-z](?![\\p{L}\\p{N}])");

    private static final int MAX_LOCAL = 64;
    private static final int MAX_DOMAIN = 253;

    Result find(String text) {
        List<Span> spans = new ArrayList<>();
        addAll(spans, PHONE, text, Kind.PHONE, 0);
        emails(text, spans);
        addAll(spans, NATIONAL_ID, text, Kind.NATIONAL_ID, 1);
        addAll(spans, PASSPORT, text, Kind.PASSPORT, 1);
        addAll(spans, KRA_PIN, text, Kind.KRA_PIN, 0);
        spans.sort(Comparator.comparingInt(Span::start).thenComparing(s -> -s.end()));
        List<Span> kept = new ArrayList<>(spans.size());
        int end = -1;
        for (Span s : spans) {
            if (s.start() >= end) {
                kept.add(s);
                end = s.end();
            }
        }
        return new Result(kept);
    }

    private static void addAll(List<Span> spans, Pattern pattern, String text, Kind kind, int group) {
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            spans.add(new Span(kind, m.start(group), m.end(group)));
        }
    }

    /**
     * E-mail addresses by hand, outward from each '@' with bounded reach, because a regular expression for them
     * backtracks badly on long runs of address characters.
     */
    private static void emails(String text, List<Span> spans) {
        int n = text.length();
        int from = 0;
        int at;
        while ((at = text.indexOf('@', from)) >= 0) {
            from = at + 1;
            int start = at;
            while (start > 0 && at - start < MAX_LOCAL && isLocalChar(text.charAt(start - 1))) {
                start--;
            }
            while (start < at && text.charAt(start) == '.') {
                start++;
            }
            if (start == at) {
                continue;
            }
            int end = at + 1;
            while (end < n && end - at <= MAX_DOMAIN && isDomainChar(text.charAt(end))) {
                end++;
            }
            // a full stop ending the sentence is not part of the domain
            while (end > at + 1 && (text.charAt(end - 1) == '.' || text.charAt(end - 1) == '-')) {
                end--;
            }
            int lastDot = end - 1;
            while (lastDot > at && text.charAt(lastDot) != '.') {
                lastDot--;
            }
            if (lastDot <= at + 1 || end - lastDot - 1 < 2 || !isTld(text, lastDot + 1, end)) {
                continue;
            }
            spans.add(new Span(Kind.EMAIL, start, end));
            from = end;
        }
    }

    private static boolean isLocalChar(char c) {
        return (c >= 'a' && c <= 'z')
                || (c >= 'A' && c <= 'Z')
                || (c >= '0' && c <= '9')
                || c == '.'
                || c == '_'
                || c == '%'
                || c == '+'
                || c == '-';
    }

    private static boolean isDomainChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '-';
    }

    private static boolean isTld(String text, int from, int to) {
        if (to - from > 24) {
            return false;
        }
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))) {
                return false;
            }
        }
        return true;
    }

    /** The values found, in text order, none overlapping. */
    record Result(List<Span> spans) {

        /** "2 phone numbers, 1 e-mail address": kinds and counts, never the values. */
        String describe() {
            Map<Kind, Integer> counts = new EnumMap<>(Kind.class);
            for (Span s : spans) {
                counts.merge(s.kind(), 1, Integer::sum);
            }
            List<String> parts = new ArrayList<>();
            counts.forEach((kind, count) -> parts.add(count + " " + (count == 1 ? kind.one : kind.many)));
            return "Personal data to hide before publication: " + String.join(", ", parts) + ".";
        }

        String redact(String text) {
            StringBuilder out = new StringBuilder(text.length());
            int at = 0;
            for (Span s : spans) {
                out.append(text, at, s.start()).append(s.kind().placeholder);
                at = s.end();
            }
            return out.append(text, at, text.length()).toString();
        }
    }
}
