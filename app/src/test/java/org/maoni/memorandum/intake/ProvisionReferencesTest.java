package org.maoni.memorandum.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.maoni.memorandum.intake.ReferenceResolution.Kind;

class ProvisionReferencesTest {

    private static final ProvisionReferences DEMO = new ProvisionReferences(IntakeFixtures.demoBillV1());
    private static final ProvisionReferences HAND = new ProvisionReferences(IntakeFixtures.handTree());

    private static List<String> eIds(ProvisionReferences refs, String reference) {
        ReferenceResolution r = refs.resolve(reference);
        assertThat(r.kind()).as("%s: %s", reference, r.problem()).isEqualTo(Kind.MATCHED);
        return r.eIds();
    }

    @Nested
    class OnTheDemoBill {

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', textBlock = """
                Clause 5(2)(a)                                  | sec_5__subsec_2__para_a
                clause 5 (2) (a)                                | sec_5__subsec_2__para_a
                CLAUSE 5(2)(A)                                  | sec_5__subsec_2__para_a
                Section 12                                      | sec_12
                s. 12                                           | sec_12
                S.12                                            | sec_12
                cl. 12(1)                                       | sec_12__subsec_1
                sections 12 and 13                              | sec_12,sec_13
                Clauses 4-6                                     | sec_4,sec_5,sec_6
                Clauses 4 – 6                                   | sec_4,sec_5,sec_6
                clauses 4 to 6                                  | sec_4,sec_5,sec_6
                clauses 6, 9 and 12                             | sec_6,sec_9,sec_12
                Part III                                        | part_III
                PART 3                                          | part_III
                Part Three                                      | part_III
                Parts I and II                                  | part_I,part_II
                First Schedule                                  | sched_1
                the Schedule                                    | sched_1
                Schedule                                        | sched_1
                paragraph 2 of the Schedule                     | sched_1__para_2
                paragraph (b) of clause 7                       | sec_7__para_b
                paragraph (c) of subclause (2) of clause 5      | sec_5__subsec_2__para_c
                subclause (2) of clause 15                      | sec_15__subsec_2
                sub-clause (2) of clause 15                     | sec_15__subsec_2
                clause 15, subclause (2)                        | sec_15__subsec_2
                clause 5(2)(a) and paragraph (b)                | sec_5__subsec_2__para_a,sec_5__subsec_2__para_b
                subclauses (1) and (3) of clause 5              | sec_5__subsec_1,sec_5__subsec_3
                clause 5(2)(a) and (b)                          | sec_5__subsec_2__para_a,sec_5__subsec_2__para_b
                clause 5(1) and (3)                             | sec_5__subsec_1,sec_5__subsec_3
                clause 3(a)-(c)                                 | sec_3__para_a,sec_3__para_b,sec_3__para_c
                Kifungu cha 5                                   | sec_5
                kifungu 5(2)                                    | sec_5__subsec_2
                Vifungu vya 12 na 13                            | sec_12,sec_13
                vifungu 4 hadi 6                                | sec_4,sec_5,sec_6
                Sehemu ya III                                   | part_III
                Sehemu ya Tatu                                  | part_III
                Jedwali la Kwanza                               | sched_1
                aya (b) ya kifungu cha 7                        | sec_7__para_b
                kifungu kidogo cha (2) cha kifungu cha 15       | sec_15__subsec_2
                Clause 9 (Market levies by ward administrators) | sec_9
                Clause 6(2)(b) (Market committees)              | sec_6__subsec_2__para_b
                9                                               | sec_9
                15(2)                                           | sec_15__subsec_2
                Long title                                      | preface
                The long title                                  | preface
                Preamble                                        | preamble
                Memorandum of Objects and Reasons               | objectsAndReasons
                Interpretation                                  | sec_2
                Clause 2 (Interpretation)                       | sec_2
                definition of 'market'                          | sec_2
                Definition of “street trader”                   | sec_2
                Seizure of goods                                | sec_21
                the Short Title.                                | sec_1
                """)
        void resolves(String reference, String expected) {
            assertThat(eIds(DEMO, reference)).containsExactly(expected.split(","));
        }

        @Test
        void aNumberAndAHeadingOfDifferentClausesAreNotSettledByGuessing() {
            ReferenceResolution r = DEMO.resolve("Clause 12 (Relocation of street traders)");
            assertThat(r.kind()).isEqualTo(Kind.UNRESOLVED);
            assertThat(r.closest()).containsExactly("sec_12", "sec_15");
            assertThat(r.problem())
                    .isEqualTo("the number names sec_12 but “Relocation of street traders” is the heading of sec_15");
        }

        @Test
        void aParaphrasedHeadingIsNoConflict() {
            assertThat(eIds(DEMO, "Clause 9 (ward levies)")).containsExactly("sec_9");
            assertThat(eIds(DEMO, "Clause 15(2) (Relocation of street traders)"))
                    .containsExactly("sec_15__subsec_2");
        }

        @Test
        void aSubclauseThatDoesNotExistIsReportedWithItsNeighbours() {
            ReferenceResolution r = DEMO.resolve("clause 5(7)");
            assertThat(r.kind()).isEqualTo(Kind.UNRESOLVED);
            assertThat(r.eIds()).isEmpty();
            assertThat(r.closest()).containsExactly("sec_5__subsec_1", "sec_5__subsec_2", "sec_5__subsec_3");
            assertThat(r.problem())
                    .isEqualTo(
                            "clause 5(7) does not exist; closest: sec_5__subsec_1, sec_5__subsec_2, sec_5__subsec_3");
        }

        @Test
        void aClauseBeyondTheLastIsReportedWithTheLastOnes() {
            ReferenceResolution r = DEMO.resolve("Clause 40");
            assertThat(r.kind()).isEqualTo(Kind.UNRESOLVED);
            assertThat(r.closest()).containsExactly("sec_21", "sec_22", "sec_23");
            assertThat(r.problem()).startsWith("clause 40 does not exist");
        }

        @Test
        void aParagraphThatDoesNotExistListsTheParagraphsThatDo() {
            ReferenceResolution r = DEMO.resolve("Clause 7(z)");
            assertThat(r.kind()).isEqualTo(Kind.UNRESOLVED);
            assertThat(r.closest()).containsExactly("sec_7__para_c", "sec_7__para_d", "sec_7__para_e");
        }

        @Test
        void aPartThatDoesNotExistIsUnresolved() {
            ReferenceResolution r = DEMO.resolve("Part VII");
            assertThat(r.kind()).isEqualTo(Kind.UNRESOLVED);
            assertThat(r.closest()).contains("part_V");
            assertThat(r.problem()).startsWith("Part VII does not exist");
        }

        @Test
        void aSecondScheduleDoesNotExist() {
            ReferenceResolution r = DEMO.resolve("Second Schedule");
            assertThat(r.kind()).isEqualTo(Kind.UNRESOLVED);
            assertThat(r.closest()).containsExactly("sched_1");
        }

        @Test
        void aLetterSuffixThatDoesNotExistIsNotGuessed() {
            ReferenceResolution r = DEMO.resolve("Clause 5(1A)");
            assertThat(r.kind()).isEqualTo(Kind.UNRESOLVED);
            assertThat(r.closest()).contains("sec_5__subsec_1");
        }

        @Test
        void aLetterSuffixIsAnInsertionWhenTheProposalSaysSo() {
            ReferenceResolution r = DEMO.resolve("Clause 5(1A)", true);
            assertThat(r.kind()).isEqualTo(Kind.INSERTION);
            assertThat(r.eIds()).containsExactly("sec_5__subsec_1");
            assertThat(r.newEId()).isEqualTo("sec_5__subsec_1A");
        }

        @Test
        void aNewClauseIsAPlaceNotAProvision() {
            ReferenceResolution r = DEMO.resolve("new clause 12A");
            assertThat(r.kind()).isEqualTo(Kind.INSERTION);
            assertThat(r.eIds()).containsExactly("sec_12");
            assertThat(r.newEId()).isEqualTo("sec_12A");
            assertThat(r.resolved()).isTrue();
        }

        @Test
        void aNewClauseInKiswahili() {
            ReferenceResolution r = DEMO.resolve("Kifungu kipya cha 3A");
            assertThat(r.kind()).isEqualTo(Kind.INSERTION);
            assertThat(r.eIds()).containsExactly("sec_3");
            assertThat(r.newEId()).isEqualTo("sec_3A");
        }

        @Test
        void aNewParagraphAfterTheLast() {
            ReferenceResolution r = DEMO.resolve("insert new paragraph (e) in clause 11(2)");
            assertThat(r.kind()).isEqualTo(Kind.INSERTION);
            assertThat(r.eIds()).containsExactly("sec_11__subsec_2__para_d");
            assertThat(r.newEId()).isEqualTo("sec_11__subsec_2__para_e");
        }

        @Test
        void anInsertionIntoAnExistingProvisionNamesItsContainer() {
            ReferenceResolution r = DEMO.resolve("new paragraph in clause 11(2)");
            assertThat(r.kind()).isEqualTo(Kind.INSERTION);
            assertThat(r.eIds()).containsExactly("sec_11__subsec_2");
            assertThat(r.newEId()).isNull();
        }

        @Test
        void aNewDefinitionGoesToTheInterpretationClause() {
            ReferenceResolution r = DEMO.resolve("new definition of 'hawker'");
            assertThat(r.kind()).isEqualTo(Kind.INSERTION);
            assertThat(r.eIds()).containsExactly("sec_2");
        }

        @Test
        void theHintDoesNotInventClausesFarBeyondTheEnd() {
            assertThat(DEMO.resolve("Clause 40", true).kind()).isEqualTo(Kind.UNRESOLVED);
            assertThat(DEMO.resolve("Clause 24", true).kind()).isEqualTo(Kind.INSERTION);
            assertThat(DEMO.resolve("Clause 24", true).eIds()).containsExactly("sec_23");
        }

        @Test
        void theHintLeavesExistingProvisionsMatched() {
            ReferenceResolution r = DEMO.resolve("Clause 11(2)", true);
            assertThat(r.kind()).isEqualTo(Kind.MATCHED);
            assertThat(r.eIds()).containsExactly("sec_11__subsec_2");
        }

        @Test
        void aMisspelledHeadingSuggestsButDoesNotMatch() {
            ReferenceResolution r = DEMO.resolve("Interpretaton");
            assertThat(r.kind()).isEqualTo(Kind.UNRESOLVED);
            assertThat(r.closest()).containsExactly("sec_2");
            assertThat(r.eIds()).isEmpty();
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', textBlock = """
                General
                The whole Bill
                Maoni ya jumla
                ''
                """)
        void textNamingNoProvisionNamesNone(String reference) {
            ReferenceResolution r = DEMO.resolve(reference);
            assertThat(r.kind()).isEqualTo(Kind.NONE);
            assertThat(r.eIds()).isEmpty();
            assertThat(r.closest()).isEmpty();
        }

        @Test
        void aUnitWithoutANumberIsUnresolvedNotGuessed() {
            ReferenceResolution r = DEMO.resolve("Clause");
            assertThat(r.kind()).isEqualTo(Kind.UNRESOLVED);
            assertThat(r.eIds()).isEmpty();
        }

        @Test
        void aSubclauseWithoutItsClauseIsUnresolved() {
            ReferenceResolution r = DEMO.resolve("subclause (2)");
            assertThat(r.kind()).isEqualTo(Kind.UNRESOLVED);
            assertThat(r.problem()).contains("does not say which clause");
        }

        @Test
        void aBackwardRangeIsUnresolved() {
            ReferenceResolution r = DEMO.resolve("clauses 6-4");
            assertThat(r.kind()).isEqualTo(Kind.UNRESOLVED);
            assertThat(r.closest()).containsExactly("sec_6", "sec_4");
        }

        @Test
        void numbersInProseAfterTheReferenceAreIgnored() {
            assertThat(eIds(DEMO, "Clause 5 of the County Governments Act No. 17 of 2012"))
                    .containsExactly("sec_5");
        }

        @Test
        void aDanglingRangeIsItsStart() {
            assertThat(eIds(DEMO, "clauses 4-")).containsExactly("sec_4");
        }

        @Test
        void repeatedProvisionsAreListedOnce() {
            assertThat(eIds(DEMO, "clause 5 and clause 5")).containsExactly("sec_5");
        }

        @Test
        void anAmbiguousHeadingIsUnresolved() {
            // no heading is shared in the demo bill; the hand tree has two clauses numbered 13
            ReferenceResolution r = HAND.resolve("clause 13");
            assertThat(r.kind()).isEqualTo(Kind.UNRESOLVED);
            assertThat(r.closest()).containsExactly("sec_13", "sec_13-2");
            assertThat(r.problem()).contains("ambiguous");
        }
    }

    @Nested
    class OnTheHandTree {

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', textBlock = """
                Clause 5(1A)                  | sec_5__subsec_1A
                clause 5 (1a)                 | sec_5__subsec_1A
                Clause 12A                    | sec_12A
                clauses 12 to 12A             | sec_12,sec_12A
                clause 5(2)(a)(ii)            | sec_5__subsec_2__para_a__subpara_ii
                clause 5(2)(a)(i) and (ii)    | sec_5__subsec_2__para_a__subpara_i,sec_5__subsec_2__para_a__subpara_ii
                clause 5(2)(a)(ii) and (b)    | sec_5__subsec_2__para_a__subpara_ii,sec_5__subsec_2__para_b
                subparagraph (i) of clause 5  | sec_5__subsec_2__para_a__subpara_i
                Second Schedule               | sched_2
                Schedule 2                    | sched_2
                2nd Schedule                  | sched_2
                paragraph 1 of the First Schedule | sched_1__para_1
                Part II                       | part_II
                Division 1 of Part II         | part_II__dvs_1
                clause 5 of Part II           | sec_5
                Waiver of fees                | sec_12A
                Long title                    | preface
                """)
        void resolves(String reference, String expected) {
            assertThat(eIds(HAND, reference)).containsExactly(expected.split(","));
        }

        @Test
        void theScheduleIsAmbiguousWhenThereAreTwo() {
            ReferenceResolution r = HAND.resolve("the Schedule");
            assertThat(r.kind()).isEqualTo(Kind.UNRESOLVED);
            assertThat(r.closest()).containsExactly("sched_1", "sched_2");
        }

        @Test
        void anExistingLetterSuffixIsNotAnInsertion() {
            assertThat(HAND.resolve("Clause 12A", true).kind()).isEqualTo(Kind.MATCHED);
        }

        @Test
        void aNewClauseBetweenSuffixes() {
            ReferenceResolution r = HAND.resolve("new clause 12B");
            assertThat(r.eIds()).containsExactly("sec_12A");
            assertThat(r.newEId()).isEqualTo("sec_12B");
        }

        @Test
        void aNewFirstClauseHasNoPlaceBefore() {
            ReferenceResolution r = HAND.resolve("new clause 0A");
            assertThat(r.kind()).isEqualTo(Kind.INSERTION);
            assertThat(r.eIds()).isEmpty();
            assertThat(r.newEId()).isEqualTo("sec_0A");
        }

        @Test
        void aMissingLongTitleIsUnresolved() {
            ReferenceResolution r = new ProvisionReferences(List.of()).resolve("Long title");
            assertThat(r.kind()).isEqualTo(Kind.UNRESOLVED);
            assertThat(r.problem()).contains("long title");
        }
    }

    @Nested
    class OddInput {

        @Test
        void nullAndBlank() {
            assertThat(DEMO.resolve(null).kind()).isEqualTo(Kind.NONE);
            assertThat(DEMO.resolve(null).reference()).isEmpty();
            assertThat(DEMO.resolve("   \t ").kind()).isEqualTo(Kind.NONE);
        }

        @Test
        void anEmptyTreeResolvesNothing() {
            ReferenceResolution r = new ProvisionReferences(List.of()).resolve("Clause 5");
            assertThat(r.kind()).isEqualTo(Kind.UNRESOLVED);
            assertThat(r.closest()).isEmpty();
        }

        @Test
        void aNullTreeIsRejected() {
            assertThatNullPointerException().isThrownBy(() -> new ProvisionReferences(null));
        }

        @Test
        void controlCharactersAndInvisibleMarksAreSpaces() {
            assertThat(eIds(DEMO, "Clause\u00005(2)")).containsExactly("sec_5__subsec_2");
            assertThat(eIds(DEMO, "\u200fClause 5\u200e(2)")).containsExactly("sec_5__subsec_2");
            assertThat(eIds(DEMO, "\ufeffClause\u00a05(2)")).containsExactly("sec_5__subsec_2");
        }

        @Test
        void emojiAndOtherScriptsAroundAReference() {
            assertThat(eIds(DEMO, "👉 Clause 9 🙏")).containsExactly("sec_9");
            assertThat(eIds(DEMO, "البند Clause 9 المادة")).containsExactly("sec_9");
            assertThat(DEMO.resolve("🙏🙏🙏").kind()).isEqualTo(Kind.NONE);
            assertThat(DEMO.resolve("المادة ٥").kind()).isEqualTo(Kind.NONE);
        }

        @Test
        void fullWidthDigitsAreDigits() {
            assertThat(eIds(DEMO, "Clause ５")).containsExactly("sec_5");
        }

        @Test
        void hugeNumbersDoNotOverflow() {
            ReferenceResolution r = DEMO.resolve("Clause 99999999999999999999(2)");
            assertThat(r.kind()).isNotEqualTo(Kind.MATCHED);
            assertThat(DEMO.resolve("Part MMMMMMMMMMMMMMMMMMMMMMMM").kind()).isNotEqualTo(Kind.MATCHED);
        }

        @Test
        void hugeTextIsCutAndCheap() {
            String huge = "Clause 9 " + "and clause 5 ".repeat(200_000);
            ReferenceResolution r = DEMO.resolve(huge);
            assertThat(r.kind()).isEqualTo(Kind.MATCHED);
            assertThat(r.eIds()).containsExactly("sec_9", "sec_5");
            assertThat(r.reference()).isSameAs(huge);
        }

        @Test
        void unbalancedParentheses() {
            assertThat(eIds(DEMO, "Clause 5(2")).containsExactly("sec_5");
            assertThat(eIds(DEMO, "Clause 5)2(")).containsExactly("sec_5");
        }
    }
}
