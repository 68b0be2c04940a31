package org.maoni.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.maoni.diff.DiffOp.delete;
import static org.maoni.diff.DiffOp.equal;
import static org.maoni.diff.DiffOp.insert;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.bitbucket.cowwoc.diffmatchpatch.DiffMatchPatch;
import org.junit.jupiter.api.Test;

class WordDiffTest {

    private final WordDiff words = new WordDiff();

    @Test
    void replacesAWholeWord() {
        TextDiff diff = words.diff("The Cabinet Secretary shall publish", "The Cabinet Secretary may publish");

        assertThat(diff.operations())
                .containsExactly(equal("The Cabinet Secretary "), delete("shall"), insert("may"), equal(" publish"));
        assertThat(diff.approximate()).isFalse();
        assertThat(diff.approximations()).isEmpty();
    }

    @Test
    void neverCutsAWordInHalf() {
        // A character diff would keep "regulat" and change only the endings.
        TextDiff diff = words.diff("make regulations", "make regulators");

        assertThat(diff.operations()).containsExactly(equal("make "), delete("regulations"), insert("regulators"));
    }

    @Test
    void semanticCleanupJoinsChangesAcrossShortEqualities() {
        TextDiff diff = words.diff("the quick brown fox", "a slow red fox");

        assertThat(diff.operations()).containsExactly(delete("the quick brown"), insert("a slow red"), equal(" fox"));
    }

    @Test
    void emptyAndIdenticalTexts() {
        assertThat(words.diff("", "").operations()).isEmpty();
        assertThat(words.diff("", "").unchanged()).isTrue();
        assertThat(words.diff("", "Sheria hii").operations()).containsExactly(insert("Sheria hii"));
        assertThat(words.diff("Sheria hii", "").operations()).containsExactly(delete("Sheria hii"));
        TextDiff same = words.diff("Sheria hii itaitwa", "Sheria hii itaitwa");
        assertThat(same.operations()).containsExactly(equal("Sheria hii itaitwa"));
        assertThat(same.unchanged()).isTrue();
        assertThat(words.diff("a", "b").unchanged()).isFalse();
    }

    @Test
    void whitespaceOnlyChangesAreKept() {
        assertThat(words.diff("shall  publish", "shall publish").operations())
                .containsExactly(equal("shall"), delete("  "), insert(" "), equal("publish"));
        assertThat(words.diff("shall\npublish", "shall publish").operations())
                .containsExactly(equal("shall"), delete("\n"), insert(" "), equal("publish"));
        assertThat(words.diff("   ", "\t").operations()).containsExactly(delete("   "), insert("\t"));
    }

    @Test
    void punctuationOnlyChangesAreKept() {
        assertThat(words.diff("shall, if required, publish", "shall if required publish")
                        .operations())
                .containsExactly(equal("shall"), delete(","), equal(" if required"), delete(","), equal(" publish"));
        assertThat(words.diff("?!", "!?").newText()).isEqualTo("!?");
    }

    @Test
    void emojiNeverLoseHalfASurrogatePair() {
        // 😀 and 😁 share their high surrogate; a character diff would keep it as an EQUAL of half a pair.
        TextDiff diff = words.diff("Habari 😀 yako", "Habari 😁 yako");

        assertThat(diff.operations()).containsExactly(equal("Habari "), delete("😀"), insert("😁"), equal(" yako"));
        assertThat(words.diff("👍🏽", "👍🏿").operations()).containsExactly(delete("👍🏽"), insert("👍🏿"));
        assertThat(words.diff("🇰🇪🇹🇿", "🇰🇪🇺🇬").operations())
                .containsExactly(equal("🇰🇪"), delete("🇹🇿"), insert("🇺🇬"));
        assertThat(words.diff("👨‍👩‍👧 ok", "👨‍👩‍👦 ok").operations())
                .containsExactly(delete("👨‍👩‍👧"), insert("👨‍👩‍👦"), equal(" ok"));
    }

    @Test
    void theLibraryAloneWouldSplitSurrogatePairs() {
        // Why the token mapping matters: diff-match-patch on raw text keeps the shared high surrogate as an EQUAL.
        LinkedList<DiffMatchPatch.Diff> raw = new DiffMatchPatch().diffMain("😀", "😁");

        assertThat(raw).anySatisfy(d -> assertThat(hasUnpairedSurrogate(d.text)).isTrue());
        assertWellFormed(words.diff("😀", "😁"));
    }

    @Test
    void kiswahiliApostrophesStayInsideWords() {
        assertThat(WordTokens.split("ng'ombe wa ng’ombe")).containsExactly("ng'ombe", " ", "wa", " ", "ng’ombe");
        assertThat(WordTokens.split("'wa'")).containsExactly("'", "wa", "'");
        assertThat(words.diff("ng'ombe wa Mzee", "ng'ombe za Mzee").operations())
                .containsExactly(equal("ng'ombe "), delete("wa"), insert("za"), equal(" Mzee"));
    }

    @Test
    void tokensFollowScriptsMarksAndSpaces() {
        assertThat(WordTokens.split("café—naïve")).containsExactly("café", "—", "naïve");
        assertThat(WordTokens.split("cafe\u0301 x")).containsExactly("cafe\u0301", " ", "x");
        assertThat(WordTokens.split("المادة 5، القانون")).containsExactly("المادة", " ", "5", "،", " ", "القانون");
        assertThat(WordTokens.split("a\u00A0\u2003b")).containsExactly("a", "\u00A0\u2003", "b");
        assertThat(WordTokens.split("x\u0000y")).containsExactly("x", "\u0000", "y");
        assertThat(WordTokens.split("1️⃣❤️")).containsExactly("1️⃣", "❤️");
        assertThat(WordTokens.split("𝔘𝔫𝔦 𠜎")).containsExactly("𝔘𝔫𝔦", " ", "𠜎");
        assertThat(WordTokens.split("")).isEmpty();
    }

    @Test
    void nulBytesAndRightToLeftText() {
        TextDiff nul = words.diff("a\u0000b c", "a\u0000c c");
        assertThat(nul.operations()).containsExactly(equal("a\u0000"), delete("b"), insert("c"), equal(" c"));

        TextDiff rtl = words.diff("\u200Fהחוק הזה\u200F", "\u200Fהחוק החדש\u200F");
        assertThat(rtl.operations())
                .containsExactly(equal("\u200Fהחוק "), delete("הזה"), insert("החדש"), equal("\u200F"));
    }

    @Test
    void tokenCodesAvoidSurrogatesAndPlaceholders() {
        Set<Character> seen = new HashSet<>();
        char previous = 0;
        for (int ordinal = 0; ordinal < WordDiff.MAX_SHARED_TOKENS; ordinal++) {
            char code = WordDiff.code(ordinal);
            assertThat(Character.isSurrogate(code)).as("ordinal %d", ordinal).isFalse();
            assertThat(code).isNotIn(WordDiff.OLD_ONLY, WordDiff.NEW_ONLY).isGreaterThan(previous);
            seen.add(code);
            previous = code;
        }
        assertThat(seen).hasSize(WordDiff.MAX_SHARED_TOKENS);
        assertThat(WordDiff.code(WordDiff.MAX_SHARED_TOKENS - 1)).isEqualTo('\uFFFF');
        assertThatThrownBy(() -> WordDiff.code(WordDiff.MAX_SHARED_TOKENS))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void tooManyDistinctSharedWordsFallBackToAnExactButApproximateDiff() {
        WordDiff small = new WordDiff(WordDiff.DEFAULT_TIMEOUT, 4);
        String before = "x alpha beta gamma delta epsilon zeta eta y";
        String after = "z alpha beta gamma delta epsilon zeta eta w";

        TextDiff diff = small.diff(before, after);

        assertThat(diff.approximations()).containsExactly(TextDiff.Approximation.TOKEN_LIMIT);
        assertThat(diff.approximate()).isTrue();
        assertThat(diff.oldText()).isEqualTo(before);
        assertThat(diff.newText()).isEqualTo(after);
        assertThat(apply(diff, before)).isEqualTo(after);
    }

    @Test
    void sharedWordsJustWithinCapacityAreExact() {
        // Four shared tokens in the changed middle: "alpha", " ", "beta", "gamma" is one too many for three.
        String before = "x alpha beta gamma y";
        String after = "z alpha beta gamma w";
        assertThat(new WordDiff(WordDiff.DEFAULT_TIMEOUT, 4).diff(before, after).approximate())
                .isFalse();
        assertThat(new WordDiff(WordDiff.DEFAULT_TIMEOUT, 3).diff(before, after).approximate())
                .isTrue();
    }

    @Test
    void moreDistinctWordsThanTheBasicMultilingualPlaneHolds() {
        int distinct = WordDiff.MAX_SHARED_TOKENS + 40;
        List<String> vocabulary = new ArrayList<>();
        for (int k = 0; k < distinct; k++) {
            vocabulary.add("w" + Integer.toString(k, 36));
        }
        String before = "START " + String.join(" ", vocabulary) + " 😀 END";
        List<String> changed = new ArrayList<>(vocabulary);
        changed.set(distinct - 10, "kubadilishwa");
        changed.remove(distinct - 20);
        String after = "BEGIN " + String.join(" ", changed) + " 😁 FINISH";

        TextDiff diff = words.diff(before, after);

        assertThat(diff.approximations()).contains(TextDiff.Approximation.TOKEN_LIMIT);
        assertThat(diff.oldText()).isEqualTo(before);
        assertThat(diff.newText()).isEqualTo(after);
        assertThat(apply(diff, before)).isEqualTo(after);
        assertWellFormed(diff);
    }

    @Test
    void aDiffThatHitsTheTimeLimitIsMarkedApproximateAndStillExact() {
        Random random = new Random(7);
        List<String> a = new ArrayList<>();
        List<String> b = new ArrayList<>();
        for (int k = 0; k < 20_000; k++) {
            a.add("w" + random.nextInt(5_000));
            b.add("w" + random.nextInt(5_000));
        }
        String before = String.join(" ", a);
        String after = String.join(" ", b);

        // Twenty thousand shuffled words cannot be diffed in a millisecond, so the search must give up.
        TextDiff diff = new WordDiff(Duration.ofMillis(1)).diff(before, after);

        assertThat(diff.approximations()).containsExactly(TextDiff.Approximation.TIMEOUT);
        assertThat(diff.oldText()).isEqualTo(before);
        assertThat(diff.newText()).isEqualTo(after);
        assertWellFormed(diff);
    }

    @Test
    void rejectsBadSettings() {
        assertThatThrownBy(() -> new WordDiff(Duration.ofMillis(-1))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new WordDiff(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> words.diff(null, "")).isInstanceOf(NullPointerException.class);
        assertThat(new WordDiff(Duration.ZERO).diff("a b", "a c").operations())
                .containsExactly(equal("a "), delete("b"), insert("c"));
    }

    @Test
    void textDiffIsCanonical() {
        TextDiff diff = TextDiff.of(List.of(
                equal("a"), equal(""), insert("x"), delete("b"), insert("y"), delete(""), equal("c"), equal("d")));

        assertThat(diff.operations()).containsExactly(equal("a"), delete("b"), insert("xy"), equal("cd"));
        assertThat(diff.oldText()).isEqualTo("abcd");
        assertThat(diff.newText()).isEqualTo("axycd");
    }

    @Test
    void randomEditsRoundTripExactly() {
        Random random = new Random(20261123L);
        for (int iteration = 0; iteration < 3_000; iteration++) {
            List<String> parts = TextSamples.pieces(random, random.nextInt(40));
            String before = String.join("", parts);
            String after = String.join("", TextSamples.edit(random, parts));

            TextDiff diff = words.diff(before, after);

            String context = "iteration " + iteration + ": " + escape(before) + " -> " + escape(after);
            assertThat(diff.oldText()).as(context).isEqualTo(before);
            assertThat(diff.newText()).as(context).isEqualTo(after);
            assertThat(apply(diff, before)).as(context).isEqualTo(after);
            assertThat(diff.approximate()).as(context).isFalse();
            assertWellFormed(diff);
            assertCutsOnlyAtTokenBoundaries(diff, before, after, context);
        }
    }

    @Test
    void randomCodePointSoupRoundTripsWithoutBrokenPairs() {
        Random random = new Random(99);
        for (int iteration = 0; iteration < 2_000; iteration++) {
            String before = TextSamples.randomCodePoints(random, random.nextInt(30));
            String after = TextSamples.randomCodePoints(random, random.nextInt(30));

            TextDiff diff = words.diff(before, after);

            assertThat(apply(diff, before)).isEqualTo(after);
            assertThat(diff.oldText()).isEqualTo(before);
            assertWellFormed(diff);
        }
    }

    @Test
    void aHugeClauseWithScatteredEditsDiffsExactly() {
        Random random = new Random(5);
        List<String> parts = TextSamples.pieces(random, 60_000);
        String before = String.join("", parts);
        List<String> edited = new ArrayList<>(parts);
        for (int k = 0; k < 300; k++) {
            edited.set(random.nextInt(edited.size()), TextSamples.piece(random));
        }
        String after = String.join("", edited);

        TextDiff diff = words.diff(before, after);

        assertThat(apply(diff, before)).isEqualTo(after);
        assertThat(diff.oldText()).isEqualTo(before);
        assertWellFormed(diff);
    }

    /** Applies a diff to the old text: EQUAL and DELETE runs must be found there in order. */
    static String apply(TextDiff diff, String before) {
        StringBuilder after = new StringBuilder();
        int at = 0;
        for (DiffOp op : diff.operations()) {
            switch (op.kind()) {
                case EQUAL -> {
                    assertThat(before.startsWith(op.text(), at)).isTrue();
                    after.append(op.text());
                    at += op.text().length();
                }
                case DELETE -> {
                    assertThat(before.startsWith(op.text(), at)).isTrue();
                    at += op.text().length();
                }
                case INSERT -> after.append(op.text());
            }
        }
        assertThat(at).isEqualTo(before.length());
        return after.toString();
    }

    static void assertWellFormed(TextDiff diff) {
        DiffOp previous = null;
        for (DiffOp op : diff.operations()) {
            assertThat(op.text()).isNotEmpty();
            assertThat(hasUnpairedSurrogate(op.text()))
                    .as("unpaired surrogate in %s", op)
                    .isFalse();
            if (previous != null) {
                assertThat(op.kind()).isNotEqualTo(previous.kind());
                assertThat(previous.kind() == DiffOp.Kind.INSERT && op.kind() == DiffOp.Kind.DELETE)
                        .isFalse();
            }
            previous = op;
        }
    }

    static boolean hasUnpairedSurrogate(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return true;
            }
        }
        return false;
    }

    private static void assertCutsOnlyAtTokenBoundaries(TextDiff diff, String before, String after, String context) {
        Set<Integer> oldCuts = boundaries(before);
        Set<Integer> newCuts = boundaries(after);
        int oldAt = 0;
        int newAt = 0;
        for (DiffOp op : diff.operations()) {
            if (op.kind() != DiffOp.Kind.INSERT) {
                oldAt += op.text().length();
            }
            if (op.kind() != DiffOp.Kind.DELETE) {
                newAt += op.text().length();
            }
            assertThat(oldCuts).as(context).contains(oldAt);
            assertThat(newCuts).as(context).contains(newAt);
        }
    }

    private static Set<Integer> boundaries(String text) {
        Set<Integer> cuts = new HashSet<>();
        cuts.add(0);
        int at = 0;
        for (String token : WordTokens.split(text)) {
            at += token.length();
            cuts.add(at);
        }
        assertThat(at).isEqualTo(text.length());
        return cuts;
    }

    private static String escape(String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().forEach(cp -> {
            if (cp < 0x20 || cp > 0x7E) {
                out.append(String.format("\\u{%X}", cp));
            } else {
                out.append((char) cp);
            }
        });
        return out.toString();
    }
}
