package org.maoni.bill.parsing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

/** The English words (lower case) that letter-spacing repair may rebuild; loaded once, immutable, thread-safe. */
final class Vocabulary {

    /** Words of one or two letters that count as words on their own; other short tokens are OCR fragments. */
    private static final Set<String> SHORT_WORDS = Set.of(
            "a", "i", "an", "as", "at", "be", "by", "do", "go", "he", "if", "in", "is", "it", "me", "my", "no", "of",
            "on", "or", "so", "to", "up", "us", "we", "am", "oh", "ok");

    private static final Set<String> WORDS = load();

    private Vocabulary() {}

    private static Set<String> load() {
        Set<String> words = new HashSet<>(60_000);
        try (InputStream in = Vocabulary.class.getResourceAsStream("english-words.txt")) {
            if (in == null) {
                return Set.copyOf(words);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isEmpty() && line.charAt(0) != '#') {
                    words.add(line.strip());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(words);
    }

    /** Is the lower-case {@code word} a dictionary word (short words only from the closed list)? */
    static boolean isWord(String word) {
        if (word.length() <= 2) {
            return SHORT_WORDS.contains(word);
        }
        return WORDS.contains(word);
    }

    /** Is the lower-case {@code word} a dictionary word that a join may produce (any length of two or more)? */
    static boolean isJoinTarget(String word) {
        if (word.length() < 2) {
            return false;
        }
        return word.length() == 2 ? SHORT_WORDS.contains(word) : WORDS.contains(word);
    }

    static int size() {
        return WORDS.size();
    }
}
