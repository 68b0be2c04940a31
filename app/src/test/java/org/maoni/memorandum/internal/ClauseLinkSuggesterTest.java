package org.maoni.memorandum.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.maoni.bill.Provision;
import org.maoni.bill.ProvisionType;
import org.maoni.memorandum.LinkSuggestions.Basis;
import org.maoni.memorandum.LinkSuggestions.ParagraphLinks;
import org.maoni.memorandum.LinkSuggestions.Suggestion;

class ClauseLinkSuggesterTest {

    private static final List<Provision> TREE = List.of(
            clause(
                    "4",
                    "Market levies",
                    "A county government may impose a levy on traders operating in a designated market.",
                    List.of(new Provision(
                            "sec_4__subsec_2",
                            ProvisionType.SUBSECTION,
                            "(2)",
                            null,
                            "The levy shall not exceed five per cent of the daily takings.",
                            null,
                            List.of()))),
            clause(
                    "5",
                    "Street vending permits",
                    "No person shall vend goods on a street without a permit issued by the county executive.",
                    List.of()),
            clause(
                    "12",
                    "Offences and penalties",
                    "A person who obstructs an inspector commits an offence and is liable to a fine.",
                    List.of()));

    private static Provision clause(String num, String heading, String text, List<Provision> children) {
        return new Provision("sec_" + num, ProvisionType.SECTION, num + ".", heading, text, null, children);
    }

    @Test
    void explicitReferencesAreResolvedToTheProvisionsTheyName() {
        List<ParagraphLinks> links = ClauseLinkSuggester.suggest(
                "Dear Clerk,\n\nWe propose that clause 4(2) be amended to cap the charge at two per cent.\n\n"
                        + "Section 12 is too harsh on small traders and should be deleted.",
                TREE);
        assertThat(links).hasSize(2);
        assertThat(links.get(0).suggestions().get(0))
                .isEqualTo(new Suggestion("sec_4__subsec_2", Basis.REFERENCE, 1.0, "clause 4(2)"));
        assertThat(links.get(1).suggestions().get(0).eId()).isEqualTo("sec_12");
        assertThat(links.get(1).suggestions().get(0).basis()).isEqualTo(Basis.REFERENCE);
    }

    @Test
    void paragraphsWithoutReferencesAreMatchedByTheirWords() {
        List<ParagraphLinks> links = ClauseLinkSuggester.suggest(
                "Hawkers need a permit to vend goods on the street; the county executive takes months to issue one.",
                TREE);
        assertThat(links).hasSize(1);
        Suggestion best = links.get(0).suggestions().get(0);
        assertThat(best.eId()).isEqualTo("sec_5");
        assertThat(best.basis()).isEqualTo(Basis.SIMILARITY);
        assertThat(best.score()).isBetween(ClauseLinkSuggester.MIN_SCORE, 1.0);
    }

    @Test
    void unrelatedTextGetsNoSuggestion() {
        assertThat(ClauseLinkSuggester.suggest(
                        "Thank you for the opportunity to take part in this important exercise today.", TREE))
                .isEmpty();
        assertThat(ClauseLinkSuggester.suggest("", TREE)).isEmpty();
    }
}
