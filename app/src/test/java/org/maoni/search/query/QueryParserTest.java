package org.maoni.search.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.maoni.search.query.ParsedQuery.Atom;
import org.maoni.search.query.ParsedQuery.Phrase;
import org.maoni.search.query.ParsedQuery.Prefix;
import org.maoni.search.query.ParsedQuery.Word;

/** The search box syntax, parsed without any backend. */
class QueryParserTest {

    private static ParsedQuery parse(String q) {
        return QueryParser.parse(q);
    }

    private static List<List<Atom>> required(Atom... groups) {
        return java.util.Arrays.stream(groups).map(a -> List.of(a)).toList();
    }

    private static Word w(String s) {
        return new Word(s);
    }

    private static Phrase p(String s) {
        return new Phrase(s);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"", " ", "\t\n", "\u0000", "\u0000\u0000 \u200F", "---", "\"\"", "\" \"", "OR", "OR OR", "- -"})
    void emptyOrMeaninglessInputMatchesEverything(String q) {
        assertThat(parse(q)).isEqualTo(ParsedQuery.ALL);
        assertThat(parse(q).matchesAll()).isTrue();
    }

    @Test
    void nullMatchesEverything() {
        assertThat(parse(null)).isEqualTo(ParsedQuery.ALL);
    }

    @Test
    void wordsAreAllRequired() {
        assertThat(parse("county  budget\tlevy"))
                .isEqualTo(new ParsedQuery(required(w("county"), w("budget"), w("levy")), List.of()));
    }

    @Test
    void wordsKeepTheirCaseAndInnerPunctuationForTheAnalyser() {
        assertThat(parse("E-mail s.5(2)").required()).containsExactly(List.of(w("E-mail")), List.of(w("s.5(2)")));
    }

    @Test
    void quotesMakePhrases() {
        assertThat(parse("\"county  assembly\" levy"))
                .isEqualTo(new ParsedQuery(required(p("county assembly"), w("levy")), List.of()));
    }

    @Test
    void curlyQuotesMakePhrasesToo() {
        assertThat(parse("“county assembly”").required()).containsExactly(List.of(p("county assembly")));
    }

    @Test
    void anUnbalancedQuoteRunsToTheEnd() {
        assertThat(parse("levy \"county assembly"))
                .isEqualTo(new ParsedQuery(required(w("levy"), p("county assembly")), List.of()));
        assertThat(parse("\"a\" \"b")).isEqualTo(new ParsedQuery(required(p("a"), p("b")), List.of()));
        assertThat(parse("\"")).isEqualTo(ParsedQuery.ALL);
    }

    @Test
    void aQuoteInsideAWordStartsAPhrase() {
        assertThat(parse("levy\"county assembly\"").required())
                .containsExactly(List.of(w("levy")), List.of(p("county assembly")));
    }

    @Test
    void minusExcludesWordsAndPhrases() {
        assertThat(parse("levy -water -\"county assembly\""))
                .isEqualTo(new ParsedQuery(required(w("levy")), List.of(w("water"), p("county assembly"))));
    }

    @Test
    void aMinusInsideAWordOrStandingAloneIsNotAnExclusion() {
        assertThat(parse("e-mail - levy")).isEqualTo(new ParsedQuery(required(w("e-mail"), w("levy")), List.of()));
    }

    @Test
    void onlyExclusionsAreAllowed() {
        ParsedQuery q = parse("-water");
        assertThat(q.required()).isEmpty();
        assertThat(q.excluded()).containsExactly(w("water"));
        assertThat(q.matchesAll()).isFalse();
    }

    @Test
    void orJoinsNeighboursAndBindsTighterThanAnd() {
        assertThat(parse("a b OR c").required()).containsExactly(List.of(w("a")), List.of(w("b"), w("c")));
        assertThat(parse("a OR b OR \"c d\"").required()).containsExactly(List.of(w("a"), w("b"), p("c d")));
        assertThat(parse("a OR OR b").required()).containsExactly(List.of(w("a"), w("b")));
    }

    @Test
    void lowerCaseOrIsAWord() {
        assertThat(parse("a or b").required()).containsExactly(List.of(w("a")), List.of(w("or")), List.of(w("b")));
    }

    @Test
    void orWithoutTwoPositiveNeighboursIsIgnored() {
        assertThat(parse("OR a")).isEqualTo(new ParsedQuery(required(w("a")), List.of()));
        assertThat(parse("a OR")).isEqualTo(new ParsedQuery(required(w("a")), List.of()));
        assertThat(parse("-a OR b")).isEqualTo(new ParsedQuery(required(w("b")), List.of(w("a"))));
        assertThat(parse("a OR -b c")).isEqualTo(new ParsedQuery(required(w("a"), w("c")), List.of(w("b"))));
    }

    @Test
    void minusOrIsTheWordOrExcluded() {
        assertThat(parse("a -OR").excluded()).containsExactly(w("OR"));
    }

    @Test
    void trailingWildcardIsAPrefixInLowerCase() {
        assertThat(parse("Parliam* levy").required())
                .containsExactly(List.of(new Prefix("parliam")), List.of(w("levy")));
        assertThat(parse("bud**").required()).containsExactly(List.of(new Prefix("bud")));
        assertThat(parse("-BUNGE*").excluded()).containsExactly(new Prefix("bunge"));
    }

    @Test
    void prefixesLowerCaseEachCodePointLikeTheAnalysers() {
        assertThat(parse("İSTANBUL*").required()).containsExactly(List.of(new Prefix("istanbul")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"*", "**", "*levy", "le*vy", "ab*", "a*", "e-ma*", "*bajeti*", "-*water", "?*"})
    void leadingInnerOrShortWildcardsAreRefused(String q) {
        assertThatThrownBy(() -> parse(q))
                .isInstanceOf(InvalidQueryException.class)
                .satisfies(e -> assertThat(((InvalidQueryException) e).slug()).isEqualTo("invalid-wildcard"))
                .hasMessageContaining("*");
    }

    @Test
    void aWildcardInsideAPhraseIsJustText() {
        assertThat(parse("\"*levy\"").required()).containsExactly(List.of(p("*levy")));
    }

    @Test
    void tooManyWildcardsAreRefused() {
        assertThat(parse("aaa* bbb* ccc* ddd*").required()).hasSize(4);
        assertThatThrownBy(() -> parse("aaa* bbb* ccc* ddd* eee*"))
                .isInstanceOf(InvalidQueryException.class)
                .satisfies(e -> assertThat(((InvalidQueryException) e).slug()).isEqualTo("too-many-terms"));
    }

    @Test
    void atMost32WordsAndPhrases() {
        String ok = "w ".repeat(QueryParser.MAX_ATOMS);
        assertThat(parse(ok).required()).hasSize(QueryParser.MAX_ATOMS);
        assertThatThrownBy(() -> parse(ok + "-x"))
                .isInstanceOf(InvalidQueryException.class)
                .satisfies(e -> assertThat(((InvalidQueryException) e).slug()).isEqualTo("too-many-terms"))
                .hasMessageContaining("33");
    }

    @Test
    void tenThousandTermsAreRefusedForLength() {
        String huge = "levy ".repeat(10_000);
        assertThatThrownBy(() -> parse(huge))
                .isInstanceOf(InvalidQueryException.class)
                .satisfies(e -> assertThat(((InvalidQueryException) e).slug()).isEqualTo("query-too-long"));
    }

    @Test
    void aQueryAtTheLengthLimitIsAccepted() {
        String q = "a".repeat(QueryParser.MAX_LENGTH);
        assertThat(parse(q).required()).containsExactly(List.of(w(q)));
        assertThatThrownBy(() -> parse(q + "a")).isInstanceOf(InvalidQueryException.class);
    }

    @Test
    void kiswahiliRtlAndEmojiAreKept() {
        assertThat(parse("bajeti ya kaunti").required())
                .containsExactly(List.of(w("bajeti")), List.of(w("ya")), List.of(w("kaunti")));
        assertThat(parse("الميزانية \"مجلس المقاطعة\"").required())
                .containsExactly(List.of(w("الميزانية")), List.of(p("مجلس المقاطعة")));
        assertThat(parse("maji💧 💧").required()).containsExactly(List.of(w("maji💧")));
    }

    @Test
    void controlAndDirectionCharactersSeparateWords() {
        assertThat(parse("levy\u0000water\u200Fbudget\u2028roads").required())
                .containsExactly(List.of(w("levy")), List.of(w("water")), List.of(w("budget")), List.of(w("roads")));
    }

    @Test
    void decomposedAccentsAreComposed() {
        assertThat(parse("cafe\u0301").required()).containsExactly(List.of(w("café")));
    }

    @Test
    void loneSurrogatesAreDropped() {
        assertThat(parse("levy\uD800 \uDC00").required()).containsExactly(List.of(w("levy")));
    }

    @Test
    void positiveAtomsListsWhatToHighlight() {
        assertThat(parse("a b OR \"c d\" -e").positiveAtoms()).containsExactly(w("a"), w("b"), p("c d"));
    }

    @Test
    void anyInputEitherParsesOrIsRefusedWithAReason() {
        Random random = new Random(42);
        String alphabet = "ab \"-*OR\u0000\u200F💧ي\\()[]{}:^~?!/";
        for (int i = 0; i < 5_000; i++) {
            StringBuilder q = new StringBuilder();
            int length = random.nextInt(80);
            for (int k = 0; k < length; k++) {
                q.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            try {
                ParsedQuery parsed = parse(q.toString());
                assertThat(parsed.required().size() + parsed.excluded().size())
                        .isLessThanOrEqualTo(QueryParser.MAX_ATOMS);
                parsed.positiveAtoms().forEach(a -> assertThat(a).isNotNull());
            } catch (InvalidQueryException e) {
                assertThat(e.slug()).isIn("invalid-wildcard", "too-many-terms", "query-too-long");
                assertThat(e.getMessage()).isNotBlank();
            }
        }
    }
}
