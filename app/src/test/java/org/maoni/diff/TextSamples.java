package org.maoni.diff;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Random text for property tests: legal English, Kiswahili, RTL scripts, emoji, punctuation, odd whitespace, NUL. */
final class TextSamples {

    static final String[] WORDS = {
        "the",
        "Cabinet",
        "Secretary",
        "shall",
        "may",
        "by",
        "notice",
        "in",
        "Gazette",
        "make",
        "regulations",
        "county",
        "government",
        "Authority",
        "section",
        "subsection",
        "(1)",
        "person",
        "licence",
        "Sheria",
        "hii",
        "itaitwa",
        "Mswada",
        "wa",
        "Bunge",
        "ng'ombe",
        "ng’ombe",
        "kaunti",
        "wananchi",
        "maoni",
        "Waziri",
        "atachapisha",
        "mamlaka",
        "kwa",
        "mujibu",
        "القانون",
        "المادة",
        "חוק",
        "סעיף",
        "naïve",
        "café",
        "Ærø",
        "𝔘𝔫𝔦𝔠𝔬𝔡𝔢",
        "𠜎𠜱",
        "1,000",
        "2019",
        "Kshs.",
        "30th",
        "co-operative",
        "ūrūgūrū"
    };

    static final String[] SYMBOLS = {
        ",",
        ".",
        ";",
        ":",
        "—",
        "–",
        "-",
        "(",
        ")",
        "\"",
        "'",
        "“",
        "”",
        "?",
        "!",
        "&",
        "<",
        ">",
        "§",
        "%",
        "😀",
        "😁",
        "👍🏽",
        "👨‍👩‍👧",
        "🇰🇪",
        "🇹🇿",
        "❤️",
        "1️⃣",
        "\u0000",
        "\u200F",
        "\u200E",
        "\u00AD",
        "\uFFFD",
        "𝟙"
    };

    static final String[] SPACES = {" ", " ", " ", "  ", "\t", "\n", "\r\n", "\u00A0", "\u2003", "\n\n"};

    private TextSamples() {}

    static String piece(Random random) {
        int roll = random.nextInt(10);
        if (roll < 6) {
            return WORDS[random.nextInt(WORDS.length)];
        }
        if (roll < 8) {
            return SYMBOLS[random.nextInt(SYMBOLS.length)];
        }
        return randomCodePoints(random, 1 + random.nextInt(3));
    }

    static String randomCodePoints(Random random, int count) {
        StringBuilder text = new StringBuilder();
        for (int k = 0; k < count; k++) {
            int cp = switch (random.nextInt(5)) {
                case 0 -> 0x1F300 + random.nextInt(0x300);
                case 1 -> 0x20000 + random.nextInt(0x1000);
                case 2 -> 0x0600 + random.nextInt(0x100);
                case 3 -> 0x0300 + random.nextInt(0x70);
                default -> 'a' + random.nextInt(26);
            };
            text.appendCodePoint(cp);
        }
        return text.toString();
    }

    /** A random text of about {@code pieces} words and symbols separated by assorted whitespace. */
    static List<String> pieces(Random random, int pieces) {
        List<String> parts = new ArrayList<>();
        for (int k = 0; k < pieces; k++) {
            parts.add(piece(random));
            parts.add(random.nextInt(5) == 0 ? "" : SPACES[random.nextInt(SPACES.length)]);
        }
        return parts;
    }

    /** Applies one to a few random edits: words or symbols inserted, deleted or replaced, or spacing changed. */
    static List<String> edit(Random random, List<String> parts) {
        List<String> edited = new ArrayList<>(parts);
        int edits = 1 + random.nextInt(4);
        for (int e = 0; e < edits; e++) {
            int at = edited.isEmpty() ? 0 : random.nextInt(edited.size());
            switch (random.nextInt(7)) {
                case 0 -> edited.add(at, piece(random) + " ");
                case 1 -> {
                    if (!edited.isEmpty()) {
                        edited.remove(at);
                    }
                }
                case 2 -> {
                    if (!edited.isEmpty()) {
                        edited.set(at, piece(random));
                    }
                }
                case 3 -> edited.add(at, SYMBOLS[random.nextInt(SYMBOLS.length)]);
                case 4 -> edited.add(at, SPACES[random.nextInt(SPACES.length)]);
                case 5 -> edited.add(at, randomCodePoints(random, 1 + random.nextInt(2)));
                default -> {
                    int from = edited.isEmpty() ? 0 : random.nextInt(edited.size());
                    int to = Math.min(edited.size(), from + random.nextInt(6));
                    edited.subList(from, to).clear();
                }
            }
        }
        return edited;
    }
}
