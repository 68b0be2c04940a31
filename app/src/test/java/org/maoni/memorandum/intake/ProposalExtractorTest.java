package org.maoni.memorandum.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.maoni.memorandum.intake.IntakeFixtures.blocks;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.maoni.bill.Provision;
import org.maoni.bill.ingest.TextBlock;
import org.maoni.memorandum.Stance;

class ProposalExtractorTest {

    private static final List<Provision> V1 = IntakeFixtures.demoBillV1();
    private final ProposalExtractor extractor = new ProposalExtractor();

    @Test
    void sokoHakiTrust() {
        MemorandumProposals found =
                extractor.extract(IntakeFixtures.seedMemorandum("memo-01-soko-haki-trust.docx"), V1);
        assertThat(found.proposals())
                .containsExactly(
                        new ExtractedProposal(
                                "Clause 9 (Market levies by ward administrators)",
                                List.of("sec_9"),
                                false,
                                "Delete the clause.",
                                "Traders already pay market fees. A second levy set by a ward administrator has no"
                                        + " basis in county finance legislation, duplicates the market fees that clause"
                                        + " 10(3) already applies to maintenance and invites extortion.",
                                Stance.DELETE,
                                List.of()),
                        new ExtractedProposal(
                                "Clause 15(2) (Relocation of street traders)",
                                List.of("sec_15__subsec_2"),
                                false,
                                "Replace “fourteen days'” with “ninety days'” and require consultation with the"
                                        + " affected traders and their associations.",
                                "Fourteen days is not enough to find a new site or to sell perishable stock."
                                        + " Consultation gives effect to the right to fair administrative action.",
                                Stance.AMEND,
                                List.of()),
                        new ExtractedProposal(
                                "Clause 21 (Seizure of goods)",
                                List.of("sec_21"),
                                false,
                                "Require a receipt listing the goods seized, and the return of perishable goods within"
                                        + " twenty-four hours.",
                                "Seizure without receipts is the most common complaint in our forums; seized"
                                        + " vegetables and fish rot long before the thirty days expire.",
                                Stance.AMEND,
                                List.of()),
                        new ExtractedProposal(
                                "Clause 12(1) (Reservation of trading spaces for persons with disabilities)",
                                List.of("sec_12__subsec_1"),
                                false,
                                "Raise the reservation from five to ten per cent.",
                                "Five per cent is below the share of traders with disabilities recorded in our forums"
                                        + " and leaves no room for growth.",
                                Stance.AMEND,
                                List.of()),
                        new ExtractedProposal(
                                "Clause 6(2)(b) (Market committees)",
                                List.of("sec_6__subsec_2__para_b"),
                                false,
                                "Provide for a representative of youth traders.",
                                "Young people are the majority of street traders but have no seat on market"
                                        + " committees.",
                                Stance.AMEND,
                                List.of()));
        assertThat(found.generalComment())
                .startsWith("Soko Haki Trust\nMemorandum\nTo: The Clerk of the National Assembly")
                .contains("3. Recommendations\n4. Conclusions\nWe urge the Committee")
                .endsWith("Naliaka Chebet, Programme Lead, Soko Haki Trust")
                .doesNotContain("Rationale", "Delete the clause");
    }

    @Test
    void federationOfTownCentreRetailers() {
        MemorandumProposals found = extractor.extract(
                IntakeFixtures.seedMemorandum("memo-05-federation-of-town-centre-retailers.docx"), V1);
        assertThat(found.proposals())
                .extracting(
                        ExtractedProposal::reference,
                        ExtractedProposal::eIds,
                        ExtractedProposal::insertion,
                        ExtractedProposal::stance)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                "Clause 11(2)", List.of("sec_11__subsec_2"), false, Stance.INSERT),
                        org.assertj.core.groups.Tuple.tuple("Clause 17", List.of("sec_17"), false, Stance.AMEND),
                        org.assertj.core.groups.Tuple.tuple("Clause 22", List.of("sec_22"), false, Stance.AMEND),
                        org.assertj.core.groups.Tuple.tuple(
                                "Clause 3(b)", List.of("sec_3__para_b"), false, Stance.AMEND));
        assertThat(found.proposals().get(3))
                .isEqualTo(new ExtractedProposal(
                        "Clause 3(b)",
                        List.of("sec_3__para_b"),
                        false,
                        "Replace “recognise street trading as a legitimate means of livelihood” with “regulate street"
                                + " trading”.",
                        "The objects of the Act should be regulatory.",
                        Stance.AMEND,
                        List.of()));
        assertThat(found.proposals().get(0).proposedText())
                .isEqualTo("Add a paragraph requiring the county to consider the interests of licensed businesses, and"
                        + " forbid trading zones within fifty metres of a licensed shop.");
        assertThat(found.generalComment())
                .contains("We oppose the Bill in its present form")
                .doesNotContain("Clause 17");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "memo-02-lake-basin-market-women-network.pdf",
                "memo-03-mwanaisha-juma.txt",
                "memo-04-milimani-estate-residents-association.txt",
                "memo-06-citizen-machakos.txt"
            })
    void memorandaWithoutATableAreAllGeneralComment(String file) {
        List<TextBlock> blocks = IntakeFixtures.seedMemorandum(file);
        MemorandumProposals found = extractor.extract(blocks, V1);
        assertThat(found.proposals()).isEmpty();
        assertThat(found.generalComment().split("\n")).hasSize(blocks.size());
    }

    @Test
    void kiswahiliMemorandumWithATable() {
        MemorandumProposals found = extractor.extract(
                blocks(
                        "Maoni kuhusu Mswada wa Masoko ya Kaunti",
                        "Tunaunga mkono nia ya Mswada.",
                        "Kifungu\\tPendekezo\\tSababu",
                        "Kifungu cha 9\\tKifungu hiki kiondolewe.\\tTunalipa ada tayari.",
                        "Kifungu cha 15(2)\\tNotisi iwe ya siku tisini.\\tMuda hautoshi.",
                        "Kifungu kipya cha 12A\\tKiongezwe kifungu kuhusu vijana.\\tVijana ni wengi.",
                        "Sehemu ya III\\tTunaunga mkono sehemu hii.\\t",
                        "Jedwali\\tTunapinga bahati nasibu.\\tSi haki.",
                        "Kifungu cha 40\\tKibadilishwe.\\tHakipo.",
                        "Wako mwaminifu,"),
                V1);
        assertThat(found.proposals())
                .extracting(
                        ExtractedProposal::eIds,
                        ExtractedProposal::insertion,
                        ExtractedProposal::stance,
                        ExtractedProposal::closestIfUnresolved)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(List.of("sec_9"), false, Stance.DELETE, List.of()),
                        org.assertj.core.groups.Tuple.tuple(
                                List.of("sec_15__subsec_2"), false, Stance.AMEND, List.of()),
                        org.assertj.core.groups.Tuple.tuple(List.of("sec_12"), true, Stance.INSERT, List.of()),
                        org.assertj.core.groups.Tuple.tuple(List.of("part_III"), false, Stance.SUPPORT, List.of()),
                        org.assertj.core.groups.Tuple.tuple(List.of("sched_1"), false, Stance.OPPOSE, List.of()),
                        org.assertj.core.groups.Tuple.tuple(
                                List.of(), false, Stance.AMEND, List.of("sec_21", "sec_22", "sec_23")));
        assertThat(found.proposals().get(5).unresolved()).isTrue();
        assertThat(found.generalComment())
                .isEqualTo("Maoni kuhusu Mswada wa Masoko ya Kaunti\nTunaunga mkono nia ya Mswada.\nWako mwaminifu,");
    }

    @Test
    void englishPlainTextWithPipesAndSeveralLayouts() {
        MemorandumProposals found = extractor.extract(
                blocks(
                        "Memorandum of the Hawkers' Forum",
                        "Section | Recommendation | Reason",
                        "s. 12 | We support this section. | Inclusion.",
                        "Clauses 4-6 | Amend to refer to hawkers. | Hawkers are traders too.",
                        "General | The Bill should be translated into Kiswahili. | Access.",
                        "Further comments follow.",
                        "Provision\\tComment",
                        "Interpretation\\tInsert a definition of “hawker”.",
                        "Clause 5(1A)\\tInsert a new subclause on night markets.",
                        "Clause 5(7)\\tDelete.",
                        "Long title\\tWe oppose the long title."),
                V1);
        assertThat(found.proposals())
                .extracting(
                        ExtractedProposal::reference,
                        ExtractedProposal::eIds,
                        ExtractedProposal::insertion,
                        ExtractedProposal::stance,
                        ExtractedProposal::closestIfUnresolved)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                "s. 12", List.of("sec_12"), false, Stance.SUPPORT, List.of()),
                        org.assertj.core.groups.Tuple.tuple(
                                "Clauses 4-6", List.of("sec_4", "sec_5", "sec_6"), false, Stance.AMEND, List.of()),
                        org.assertj.core.groups.Tuple.tuple("General", List.of(), false, Stance.AMEND, List.of()),
                        org.assertj.core.groups.Tuple.tuple(
                                "Interpretation", List.of("sec_2"), false, Stance.INSERT, List.of()),
                        org.assertj.core.groups.Tuple.tuple(
                                "Clause 5(1A)", List.of("sec_5__subsec_1"), true, Stance.INSERT, List.of()),
                        org.assertj.core.groups.Tuple.tuple(
                                "Clause 5(7)",
                                List.of(),
                                false,
                                Stance.DELETE,
                                List.of("sec_5__subsec_1", "sec_5__subsec_2", "sec_5__subsec_3")),
                        org.assertj.core.groups.Tuple.tuple(
                                "Long title", List.of("preface"), false, Stance.OPPOSE, List.of()));
        assertThat(found.proposals().get(2).unresolved()).isFalse();
        assertThat(found.generalComment()).isEqualTo("Memorandum of the Hawkers' Forum\nFurther comments follow.");
    }

    @Test
    void aGeneratedWordMemorandum() {
        byte[] docx = IntakeFixtures.docxWithTable(
                List.of("Memorandum", "We broadly support the Bill."),
                List.of(
                        List.of("Clause", "Proposed amendment", "Justification"),
                        List.of("Clause 21(2)", "Return perishable goods within twenty-four hours.", "Fish rots."),
                        java.util.Arrays.asList(null, "Keep other goods for sixty days.", null),
                        List.of("new clause 23A", "Insert a clause on market data.", "Transparency.")),
                List.of("Asanteni."));
        MemorandumProposals found = extractor.extract(IntakeFixtures.extract("memo.docx", docx), V1);
        assertThat(found.proposals())
                .containsExactly(
                        new ExtractedProposal(
                                "Clause 21(2)",
                                List.of("sec_21__subsec_2"),
                                false,
                                "Return perishable goods within twenty-four hours. Keep other goods for sixty days.",
                                "Fish rots.",
                                Stance.AMEND,
                                List.of()),
                        new ExtractedProposal(
                                "new clause 23A",
                                List.of("sec_23"),
                                true,
                                "Insert a clause on market data.",
                                "Transparency.",
                                Stance.INSERT,
                                List.of()));
        assertThat(found.generalComment()).isEqualTo("Memorandum\nWe broadly support the Bill.\nAsanteni.");
    }

    @Test
    void oddInput() {
        assertThat(extractor.extract(List.of(), V1)).isEqualTo(new MemorandumProposals(List.of(), ""));
        assertThat(extractor
                        .extract(blocks("Clause\\tProposal", "Clause 9\\tDelete."), List.of())
                        .proposals())
                .containsExactly(
                        new ExtractedProposal("Clause 9", List.of(), false, "Delete.", "", Stance.DELETE, List.of()));
        assertThatNullPointerException().isThrownBy(() -> extractor.extract(null, V1));
        assertThatNullPointerException().isThrownBy(() -> extractor.extract(List.of(), null));
        MemorandumProposals odd = extractor.extract(
                blocks("\u0000", "🙏🙏", "\u202eClause\\tComment", "Clause 9 \u202c\\t😀 delete 😀", "", "  "), V1);
        assertThat(odd.proposals())
                .containsExactly(new ExtractedProposal(
                        "Clause 9 \u202c", List.of("sec_9"), false, "😀 delete 😀", "", Stance.DELETE, List.of()));
        assertThat(odd.generalComment()).isEqualTo("\u0000\n🙏🙏");
    }

    @Test
    void aHugeMemorandum() {
        String[] lines = new String[50_001];
        lines[0] = "Clause\\tProposal";
        for (int i = 1; i < lines.length; i++) {
            lines[i] = "Clause " + (i % 23 + 1) + "\\tAmend.";
        }
        MemorandumProposals found = extractor.extract(blocks(lines), V1);
        assertThat(found.proposals())
                .hasSize(50_000)
                .allSatisfy(p -> assertThat(p.eIds()).hasSize(1));
        assertThat(found.generalComment()).isEmpty();
    }
}
