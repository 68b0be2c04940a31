package org.maoni.memorandum.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.maoni.memorandum.intake.IntakeFixtures.blocks;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.maoni.bill.ingest.TextBlock;

class RecommendationTableTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Bill Section\\tProposed Change to the Section\\tRationale",
                "Clause\\tProposed amendment\\tJustification",
                "Section\\tRecommendation\\tReason",
                "Kifungu\\tPendekezo\\tSababu",
                "CLAUSE\\tPROPOSED AMENDMENT\\tJUSTIFICATION",
                "Clause/Section\\tSuggested changes\\tReasons",
                "Provision of the Bill\\tOur proposal\\tExplanation",
                "Vifungu\\tMapendekezo\\tMaelezo",
            })
    void threeColumnLayouts(String header) {
        List<RecommendationTable> tables = RecommendationTable.find(blocks(
                "Intro",
                header,
                "Clause 5\\tDelete it.\\tToo costly.",
                "Clause 9(2)\\tReplace x with y\\tClarity",
                "End"));
        assertThat(tables).hasSize(1);
        RecommendationTable t = tables.get(0);
        assertThat(t.headerBlock()).isEqualTo(1);
        assertThat(t.lastBlock()).isEqualTo(3);
        assertThat(t.changes())
                .containsExactly(
                        new ProposedChange("Clause 5", "Delete it.", "Too costly.", 2),
                        new ProposedChange("Clause 9(2)", "Replace x with y", "Clarity", 3));
    }

    @Test
    void provisionAndCommentHasNoRationale() {
        List<RecommendationTable> tables =
                RecommendationTable.find(blocks("Provision\\tComment", "Clause 14\\tWe support this clause."));
        assertThat(tables.get(0).changes())
                .containsExactly(new ProposedChange("Clause 14", "We support this clause.", "", 1));
    }

    @Test
    void aCommentColumnBesideAProposalIsTheRationale() {
        List<RecommendationTable> tables = RecommendationTable.find(
                blocks("Clause\\tProposed amendment\\tComments", "Clause 3\\tDelete (b)\\tIt is vague"));
        assertThat(tables.get(0).changes())
                .containsExactly(new ProposedChange("Clause 3", "Delete (b)", "It is vague", 1));
    }

    @Test
    void serialNumberAndCurrentTextColumnsAreSkipped() {
        List<RecommendationTable> tables = RecommendationTable.find(blocks(
                "No.\\tClause\\tCurrent provision\\tProposed amendment\\tJustification",
                "1.\\tClause 17(3)\\tthirty days\\tfourteen days\\tDelay hurts traders"));
        assertThat(tables.get(0).changes())
                .containsExactly(new ProposedChange("Clause 17(3)", "fourteen days", "Delay hurts traders", 1));
    }

    @Test
    void wordContinuationRowsBesideASerialNumberColumn() {
        List<RecommendationTable> tables = RecommendationTable.find(blocks(
                "S/No\\tClause\\tProposed amendment\\tJustification",
                "1\\tClause 17(3)\\tFourteen days\\tDelay hurts traders",
                "and written reasons\\tArticle 47",
                "2\\tClause 22\\tLower the fine"));
        assertThat(tables.get(0).changes())
                .containsExactly(
                        new ProposedChange(
                                "Clause 17(3)",
                                "Fourteen days and written reasons",
                                "Delay hurts traders Article 47",
                                1),
                        new ProposedChange("Clause 22", "Lower the fine", "", 3));
    }

    @Test
    void rowsWithAnEmptyReferenceContinueThePreviousRow() {
        List<RecommendationTable> tables = RecommendationTable.find(blocks(
                "Clause\\tProposal\\tRationale",
                "Clause 15\\tGive ninety days' notice.\\tTraders need time.",
                "\\tConsult the traders first.\\tFair administrative action.",
                "\\t\\tArticle 47.",
                "Clause 21\\tIssue receipts.\\tAccountability."));
        assertThat(tables.get(0).changes())
                .containsExactly(
                        new ProposedChange(
                                "Clause 15",
                                "Give ninety days' notice. Consult the traders first.",
                                "Traders need time. Fair administrative action. Article 47.",
                                1),
                        new ProposedChange("Clause 21", "Issue receipts.", "Accountability.", 4));
    }

    @Test
    void aContinuationBeforeAnyRowIsKeptAsARowWithoutReference() {
        List<RecommendationTable> tables =
                RecommendationTable.find(blocks("Clause\\tProposal", "\\tGeneral: the Bill is good."));
        assertThat(tables.get(0).changes())
                .containsExactly(new ProposedChange("", "General: the Bill is good.", "", 1));
    }

    @Test
    void aRepeatedHeaderAndBlankLinesStayInTheTable() {
        List<RecommendationTable> tables = RecommendationTable.find(blocks(
                "Clause\\tProposal\\tRationale",
                "Clause 1\\tA\\tB",
                "",
                "Clause\\tProposal\\tRationale",
                "Clause 2\\tC\\tD",
                "After the table."));
        assertThat(tables).hasSize(1);
        assertThat(tables.get(0).lastBlock()).isEqualTo(4);
        assertThat(tables.get(0).changes())
                .extracting(ProposedChange::reference)
                .containsExactly("Clause 1", "Clause 2");
    }

    @Test
    void aWordRowWithOnlyItsFirstCellIsARowWhenTheTableGoesOn() {
        // the extractor drops a row's empty cells at both ends: "PART III" spanning the row and "Clause 11" with its
        // text in the next row lose their tabs, and the next row loses its leading one
        List<RecommendationTable> tables = RecommendationTable.find(blocks(
                "Clause\\tProposal\\tRationale",
                "PART III",
                "Clause 11",
                "Consider licensed shops.\\tFairness.",
                "Clause 12\\tTen per cent.",
                "(b) of clause 13\\tKeep it.",
                "Conclusion"));
        assertThat(tables.get(0).changes())
                .containsExactly(
                        new ProposedChange("Clause 11", "Consider licensed shops.", "Fairness.", 2),
                        new ProposedChange("Clause 12", "Ten per cent.", "", 4),
                        new ProposedChange("(b) of clause 13", "Keep it.", "", 5));
        assertThat(tables.get(0).lastBlock()).isEqualTo(5);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Clause 5",
                "clauses 4-6",
                "s. 12",
                "Kifungu cha 9",
                "Part III",
                "IV",
                "5(2)",
                "(b)",
                "First Schedule",
                "Long title",
                "New clause 12A",
                "The whole Bill",
                "General",
                "Interpretation",
                "Definition of market"
            })
    void referencesStartLikeReferences(String cell) {
        assertThat(RecommendationTable.looksLikeReference(cell)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Also delete clause 10(3).", "Consult traders.", "Clarify the fees", "Support it", ""})
    void continuationsDoNotStartLikeReferences(String cell) {
        assertThat(RecommendationTable.looksLikeReference(cell)).isFalse();
    }

    @Test
    void extraCellsGoToTheLastColumn() {
        List<RecommendationTable> tables =
                RecommendationTable.find(blocks("Clause\\tProposal\\tRationale", "Clause 1\\tA\\tB\\tC"));
        assertThat(tables.get(0).changes()).containsExactly(new ProposedChange("Clause 1", "A", "B C", 1));
    }

    @Test
    void severalTablesAreFoundInOrder() {
        List<RecommendationTable> tables = RecommendationTable.find(blocks(
                "Part A",
                "Clause\\tProposal",
                "Clause 1\\tA",
                "Between the tables.",
                "Kifungu\\tPendekezo\\tSababu",
                "Kifungu cha 2\\tKiondolewe\\tHakina maana"));
        assertThat(tables).hasSize(2);
        assertThat(tables.get(1).headerBlock()).isEqualTo(4);
        assertThat(tables.get(1).header()).containsExactly("Kifungu", "Pendekezo", "Sababu");
        assertThat(tables.get(1).changes())
                .containsExactly(new ProposedChange("Kifungu cha 2", "Kiondolewe", "Hakina maana", 5));
    }

    @Test
    void plainTextWithPipes() {
        List<RecommendationTable> tables = RecommendationTable.find(blocks(
                "Our recommendations:",
                "Bill Section | Proposed Change to the Section | Rationale",
                "Clause 9 | Delete the clause. | Double taxation.",
                "Clause 15(2) | Ninety days | Time to move",
                "Thank you."));
        assertThat(tables.get(0).changes())
                .containsExactly(
                        new ProposedChange("Clause 9", "Delete the clause.", "Double taxation.", 2),
                        new ProposedChange("Clause 15(2)", "Ninety days", "Time to move", 3));
    }

    @Test
    void markdownTables() {
        List<RecommendationTable> tables = RecommendationTable.find(blocks(
                "| Clause | Proposed amendment | Justification |",
                "|---|:---:|---|",
                "| Clause 22 | Reduce the fine | Proportionality |",
                "|  | and remove imprisonment | |"));
        assertThat(tables.get(0).changes())
                .containsExactly(new ProposedChange(
                        "Clause 22", "Reduce the fine and remove imprisonment", "Proportionality", 2));
    }

    @Test
    void notATable() {
        assertThat(RecommendationTable.find(
                        blocks("Name\\tCounty", "Jane\\tNairobi", "Clause 5\\tDelete", "Home | About | Contact")))
                .isEmpty();
        // a data row is not a header even when its words are column names
        assertThat(RecommendationTable.find(blocks("Clause 5\\tProposed amendment\\tRationale")))
                .isEmpty();
        // the reference column is required, and only one
        assertThat(RecommendationTable.find(blocks("Proposal\\tRationale", "A\\tB")))
                .isEmpty();
        assertThat(RecommendationTable.find(blocks("Clause\\tSection\\tProposal")))
                .isEmpty();
        // prose with a tab is not a header
        assertThat(RecommendationTable.find(
                        blocks("We have read every clause of the Bill and our proposals follow below\\tin the table")))
                .isEmpty();
    }

    @Test
    void aHeaderAtTheEndHasNoRows() {
        List<RecommendationTable> tables = RecommendationTable.find(blocks("Text", "Clause\\tProposal"));
        assertThat(tables).hasSize(1);
        assertThat(tables.get(0).changes()).isEmpty();
        assertThat(tables.get(0).lastBlock()).isEqualTo(1);
    }

    @Test
    void oddInput() {
        assertThat(RecommendationTable.find(List.of())).isEmpty();
        assertThat(RecommendationTable.find(List.of(TextBlock.of(null), TextBlock.of("\t"), TextBlock.of(" | "))))
                .isEmpty();
        List<RecommendationTable> tables = RecommendationTable.find(blocks(
                "Kifungu\\tPendekezo\\tSababu",
                "Kifungu cha 9 🙏\\tKiondolewe\u0000 kabisa\\tرسوم مزدوجة",
                "\u200fClause 5\\t😀\\t"));
        assertThat(tables.get(0).changes())
                .containsExactly(
                        new ProposedChange("Kifungu cha 9 🙏", "Kiondolewe\u0000 kabisa", "رسوم مزدوجة", 1),
                        new ProposedChange("\u200fClause 5", "😀", "", 2));
    }

    @Test
    void hugeTablesAreReadInOnePass() {
        List<String> lines = new ArrayList<>();
        lines.add("Clause\\tProposal\\tRationale");
        for (int i = 1; i <= 20_000; i++) {
            lines.add("Clause " + i + "\\tChange " + i + "\\tBecause " + i);
        }
        List<RecommendationTable> tables = RecommendationTable.find(blocks(lines.toArray(String[]::new)));
        assertThat(tables.get(0).changes()).hasSize(20_000);
        assertThat(tables.get(0).changes().get(19_999))
                .isEqualTo(new ProposedChange("Clause 20000", "Change 20000", "Because 20000", 20_000));
        String longCell = "x".repeat(1_000_000);
        assertThat(RecommendationTable.find(blocks("Clause\\tProposal", "Clause 1\\t" + longCell))
                        .get(0)
                        .changes()
                        .get(0)
                        .proposedText())
                .hasSize(1_000_000);
    }

    @Test
    void generatedWordTablesInSeveralLayouts() {
        for (List<String> header : List.of(
                List.of("Bill Section", "Proposed Change to the Section", "Rationale"),
                List.of("Clause", "Proposed amendment", "Justification"),
                List.of("Section", "Recommendation", "Reason"),
                List.of("Kifungu", "Pendekezo", "Sababu"))) {
            byte[] docx = IntakeFixtures.docxWithTable(
                    List.of("Memorandum", "Recommendations"),
                    List.of(
                            header,
                            List.of("Clause 9", "Delete the clause.", "Double taxation."),
                            Arrays.asList(null, "Also delete clause 10(3).", "It refers to clause 9."),
                            List.of("Clause 15(2)", "Ninety days.", "")),
                    List.of("Yours faithfully"));
            List<TextBlock> blocks = IntakeFixtures.extract("memo.docx", docx);
            List<RecommendationTable> tables = RecommendationTable.find(blocks);
            assertThat(tables).as("%s", header).hasSize(1);
            assertThat(tables.get(0).header()).isEqualTo(header);
            assertThat(tables.get(0).changes())
                    .as("%s", header)
                    .containsExactly(
                            new ProposedChange(
                                    "Clause 9",
                                    "Delete the clause. Also delete clause 10(3).",
                                    "Double taxation. It refers to clause 9.",
                                    3),
                            new ProposedChange("Clause 15(2)", "Ninety days.", "", 5));
        }
    }
}
