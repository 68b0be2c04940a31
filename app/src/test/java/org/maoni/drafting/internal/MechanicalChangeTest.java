package org.maoni.drafting.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.maoni.bill.DraftEdit;
import org.maoni.bill.Provision;
import org.maoni.bill.ProvisionType;
import org.maoni.drafting.ApplicationAction;
import org.maoni.memorandum.Decision;
import org.maoni.memorandum.Proposal;
import org.maoni.memorandum.ProposalDecision;
import org.maoni.memorandum.Stance;

/** Which accepted proposals apply mechanically, the edit each makes, and the reason when one does not. */
class MechanicalChangeTest {

    private static final Provision CLAUSE = new Provision(
            "sec_5",
            ProvisionType.SECTION,
            "5.",
            "Fees",
            "A trader shall pay a daily fee of fifty shillings.",
            null,
            List.of(),
            "L5");

    private static Proposal proposal(Stance stance, String text, String... eIds) {
        return new Proposal(
                1,
                0,
                "Clause 5",
                List.of(eIds),
                false,
                stance,
                text,
                "Because.",
                List.of(),
                List.of(),
                true,
                new ProposalDecision(Decision.ACCEPTED, "Agreed.", "committee", Instant.EPOCH));
    }

    private static MechanicalChange.Outcome plan(Proposal p, Provision original, Provision current) {
        return MechanicalChange.plan(p, original, current, eId -> eId.equals("sec_5") ? "5A." : "?");
    }

    @Test
    void quotedWordsAreReplaced() {
        var outcome = plan(
                proposal(Stance.AMEND, "Replace \u201Cfifty shillings\u201D with \u201Cten shillings\u201D.", "sec_5"),
                CLAUSE,
                CLAUSE);
        assertThat(outcome.action()).isEqualTo(ApplicationAction.REPLACE_WORDS);
        assertThat(outcome.edit())
                .isEqualTo(
                        new DraftEdit.Reword("sec_5", null, "A trader shall pay a daily fee of ten shillings.", null));
    }

    @Test
    void substituteForReadsTheQuotesTheOtherWayRound() {
        var outcome = plan(proposal(Stance.AMEND, "Substitute \"weekly\" for \"daily\".", "sec_5"), CLAUSE, CLAUSE);
        assertThat(((DraftEdit.Reword) outcome.edit()).text())
                .isEqualTo("A trader shall pay a weekly fee of fifty shillings.");
    }

    @Test
    void aQuoteNoLongerInTheDraftIsNotForced() {
        Provision changed = new Provision(
                "sec_5",
                ProvisionType.SECTION,
                "5.",
                "Fees",
                "A trader shall pay a monthly fee.",
                null,
                List.of(),
                "L5");
        var outcome =
                plan(proposal(Stance.AMEND, "Replace \"fifty shillings\" with \"ten\".", "sec_5"), CLAUSE, changed);
        assertThat(outcome.applicable()).isFalse();
        assertThat(outcome.code()).isEqualTo("quote-not-found");
        assertThat(outcome.reason()).contains("fifty shillings").contains("5.");
    }

    @Test
    void wholeTextReplacementOnlyWhenTheProvisionIsUnchanged() {
        var applies = plan(proposal(Stance.AMEND, "A trader shall pay no fee.", "sec_5"), CLAUSE, CLAUSE);
        assertThat(applies.action()).isEqualTo(ApplicationAction.REPLACE_TEXT);
        assertThat(((DraftEdit.Reword) applies.edit()).text()).isEqualTo("A trader shall pay no fee.");

        Provision edited = new Provision(
                "sec_5", ProvisionType.SECTION, "5.", "Fees", "A trader shall pay a fee.", null, List.of(), "L5");
        var refused = plan(proposal(Stance.AMEND, "A trader shall pay no fee.", "sec_5"), CLAUSE, edited);
        assertThat(refused.code()).isEqualTo("provision-changed");
    }

    @Test
    void aClauseWithSubclausesNeedsAQuoteOrASubclause() {
        Provision withChildren = new Provision(
                "sec_5",
                ProvisionType.SECTION,
                "5.",
                "Fees",
                null,
                null,
                List.of(new Provision(
                        "sec_5__subsec_1", ProvisionType.SUBSECTION, "(1)", null, "Pay.", null, List.of(), "L51")),
                "L5");
        assertThat(plan(proposal(Stance.AMEND, "New text.", "sec_5"), withChildren, withChildren)
                        .code())
                .isEqualTo("has-subprovisions");
    }

    @Test
    void deletionRemovesTheProvisionOrTheQuotedWords() {
        var whole = plan(proposal(Stance.DELETE, "Delete clause 5.", "sec_5"), CLAUSE, CLAUSE);
        assertThat(whole.action()).isEqualTo(ApplicationAction.DELETE_PROVISION);
        assertThat(whole.edit()).isEqualTo(new DraftEdit.Delete("sec_5"));

        var words = plan(proposal(Stance.DELETE, "Delete the word \"daily\".", "sec_5"), CLAUSE, CLAUSE);
        assertThat(words.action()).isEqualTo(ApplicationAction.DELETE_WORDS);
        assertThat(((DraftEdit.Reword) words.edit()).text()).isEqualTo("A trader shall pay a fee of fifty shillings.");
    }

    @Test
    void insertionAddsAClauseAfterOrWordsAfterOthers() {
        var clause =
                plan(proposal(Stance.INSERT, "Traders with disabilities shall pay no fee.", "sec_5"), CLAUSE, CLAUSE);
        assertThat(clause.action()).isEqualTo(ApplicationAction.INSERT_PROVISION);
        assertThat(clause.edit())
                .isEqualTo(new DraftEdit.Insert(
                        "sec_5",
                        null,
                        ProvisionType.SECTION,
                        "5A.",
                        null,
                        "Traders with disabilities shall pay no fee."));

        var words = plan(proposal(Stance.INSERT, "Insert \"registered\" after \"A trader\".", "sec_5"), CLAUSE, CLAUSE);
        assertThat(words.action()).isEqualTo(ApplicationAction.INSERT_WORDS);
        assertThat(((DraftEdit.Reword) words.edit()).text())
                .isEqualTo("A trader registered shall pay a daily fee of fifty shillings.");
    }

    @Test
    void proposalsThatCannotBeAppliedSayWhy() {
        assertThat(plan(proposal(Stance.SUPPORT, "We support clause 5.", "sec_5"), CLAUSE, CLAUSE)
                        .code())
                .isEqualTo("no-change-asked");
        assertThat(plan(proposal(Stance.AMEND, "Lower the fees."), null, null).code())
                .isEqualTo("no-provision");
        assertThat(plan(proposal(Stance.AMEND, "Lower.", "sec_5", "sec_6"), CLAUSE, CLAUSE)
                        .code())
                .isEqualTo("several-provisions");
        assertThat(plan(proposal(Stance.AMEND, "Lower.", "sec_5"), CLAUSE, null).code())
                .isEqualTo("provision-gone");
        assertThat(plan(proposal(Stance.AMEND, " ", "sec_5"), CLAUSE, CLAUSE).code())
                .isEqualTo("no-wording");
        assertThat(plan(proposal(Stance.AMEND, "Replace \"a\" with \"the\".", "sec_5"), CLAUSE, CLAUSE)
                        .code())
                .isEqualTo("quote-ambiguous");
        assertThat(plan(
                                proposal(
                                        Stance.DELETE,
                                        "Delete \"A trader shall pay a daily fee of fifty shillings.\"",
                                        "sec_5"),
                                CLAUSE,
                                CLAUSE)
                        .code())
                .isEqualTo("provision-emptied");
    }

    @Test
    void quotesAreReadInOrderInEitherStyle() {
        assertThat(MechanicalChange.quotes("Replace \u201Cone\u201D with \"two\" and \u201C \u201D"))
                .containsExactly("one", "two");
    }
}
