package org.maoni.annotation.anchoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.maoni.annotation.anchoring.Reanchorer.Successor;
import org.maoni.bill.Provision;
import org.maoni.bill.ProvisionType;
import org.maoni.diff.Alignment;
import org.maoni.diff.ChangeKind;

class ReanchorerTest {

    private static final String OLD = "5. Licences\n(1) The Authority may issue a licence to any person who applies in"
            + " the prescribed form.\n(2) The Authority may revoke a licence for cause.";
    private final Reanchorer reanchorer = new Reanchorer();

    private AnchoredQuote quote(String text, String exact, int occurrence) {
        int at = -1;
        for (int i = 0; i <= occurrence; i++) {
            at = text.indexOf(exact, at + 1);
        }
        int start = text.codePointCount(0, at);
        return AnchoredQuote.at("sec_5", text, start, start + exact.codePointCount(0, exact.length()));
    }

    @Test
    void theSameTextIsAnchoredAndTheRightOccurrenceChosen() {
        String now = OLD.replace("(2) The Authority", "(2) Subject to section 9, the Authority");
        Outcome o = reanchorer.reanchor(quote(OLD, "may", 1), OLD, List.of(new Successor("sec_6", now)));
        assertThat(o.status()).isEqualTo(AnchorStatus.ANCHORED);
        assertThat(o.anchored().eId()).isEqualTo("sec_6");
        assertThat(o.anchored().start()).isEqualTo(now.lastIndexOf("may"));
    }

    @Test
    void changedWordingIsAnchoredWithChangesAndBothTextsKept() {
        String now = OLD.replace("may issue a licence", "shall issue a licence");
        AnchoredQuote old = quote(OLD, "The Authority may issue a licence", 0);
        Outcome o = reanchorer.reanchor(old, OLD, List.of(new Successor("sec_5", now)));
        assertThat(o.status()).isEqualTo(AnchorStatus.ANCHORED_WITH_CHANGES);
        assertThat(o.anchored().exact()).isEqualTo("The Authority shall issue a licence");
        assertThat(o.original()).isEqualTo(old);
        assertThat(o.similarity()).isBetween(0.5, 1.0);
    }

    @Test
    void goneTextIsOrphanedNotAnchoredToACopyElsewhere() {
        String now = OLD.replace(" may issue a licence to any person who applies in the prescribed form", "");
        Outcome o = reanchorer.reanchor(quote(OLD, "may", 0), OLD, List.of(new Successor("sec_5", now)));
        assertThat(o.status()).isEqualTo(AnchorStatus.ORPHANED);
        assertThat(o.anchored()).isNull();
        assertThat(reanchorer.reanchor(quote(OLD, "may", 0), OLD, List.of()).note())
                .contains("deleted");
    }

    @Test
    void unrelatedTextIsNeverAnchored() {
        Outcome o = reanchorer.reanchor(
                quote(OLD, "issue a licence to any person", 0),
                OLD,
                List.of(new Successor("sec_5", "5. Fees\nThe Cabinet Secretary shall prescribe fees by regulations.")));
        assertThat(o.status()).isEqualTo(AnchorStatus.ORPHANED);
        assertThat(reanchorer
                        .reanchor(quote(OLD, "may", 0), OLD, List.of(new Successor("sec_5", "")))
                        .status())
                .isEqualTo(AnchorStatus.ORPHANED);
    }

    @Test
    void oddTextSurvives() {
        String old = "1. Jina\n😀 Serikali ya kaunti itatoa leseni 🇰🇪 مرحبا بالعالم وداعا";
        String now = old.replace("Serikali", "Serikali kuu");
        for (String exact : List.of("kaunti itatoa", "🇰🇪", "مرحبا بالعالم")) {
            Outcome o = reanchorer.reanchor(quote(old, exact, 0), old, List.of(new Successor("sec_1", now)));
            assertThat(o.status()).as(exact).isEqualTo(AnchorStatus.ANCHORED);
            assertThat(o.anchored().exact()).isEqualTo(exact);
        }
        String huge = "neno ".repeat(20_000) + "mwisho wa kifungu";
        Outcome o = reanchorer.reanchor(
                quote(huge, "mwisho wa kifungu", 0), huge, List.of(new Successor("sec_1", "mwanzo " + huge)));
        assertThat(o.status()).isEqualTo(AnchorStatus.ANCHORED);
        String withNul = "a\u0000b quoted words here";
        Outcome nul = reanchorer.reanchor(
                quote(withNul, "quoted words", 0), withNul, List.of(new Successor("sec_1", withNul)));
        assertThat(nul.status()).isEqualTo(AnchorStatus.ANCHORED);
    }

    @Test
    void aWholeBillPassFollowsARenumberedClauseIntoItsSubsection() {
        Provision old = section("sec_5", "5.", "The Authority may issue a licence.");
        Provision now = section("sec_6", "6.", "The Authority shall issue a licence.");
        String subsection = old.children().get(0).fullText();
        int start = subsection.indexOf("The Authority");
        AnchoredQuote q =
                AnchoredQuote.at("sec_5__subsec_1", subsection, start, start + "The Authority may issue".length());
        int may = subsection.indexOf("may");
        // A one-word quote whose only word is replaced has lost its text: it is orphaned, not guessed.
        AnchoredQuote word = AnchoredQuote.at("sec_5__subsec_1", subsection, may, may + 3);
        List<Outcome> out = new BillReanchorer()
                .reanchor(
                        List.of(old),
                        List.of(now),
                        List.of(new Alignment(ChangeKind.MODIFIED, List.of("sec_5"), List.of("sec_6"), 0.8, true)),
                        List.of(q, new AnchoredQuote("sec_99", "x", "", "", 0, 1), word));
        assertThat(out.get(0).status()).isEqualTo(AnchorStatus.ANCHORED_WITH_CHANGES);
        assertThat(out.get(0).anchored().eId()).isEqualTo("sec_6__subsec_1");
        assertThat(out.get(0).anchored().exact()).isEqualTo("The Authority shall issue");
        assertThat(out.get(0).anchored().start()).isEqualTo(4);
        assertThat(out.get(1).status()).isEqualTo(AnchorStatus.ORPHANED);
        assertThat(out.get(2).status()).isEqualTo(AnchorStatus.ORPHANED);
    }

    @Test
    void theLayoutMatchesProvisionFullText() {
        Provision part = new Provision(
                "part_I",
                ProvisionType.PART,
                "PART I",
                "PRELIMINARY",
                null,
                null,
                List.of(section("sec_1", "1.", "Short title."), section("sec_2", "2.", "Interpretation.")));
        ProvisionLayout layout = ProvisionLayout.of(List.of(part));
        assertThat(layout.alignedText("part_I")).isEqualTo(part.fullText());
        for (Provision p : Provision.flatten(List.of(part))) {
            ProvisionLayout.Placement placement = layout.placement(p.eId());
            String whole = layout.alignedText(placement.alignedKey());
            assertThat(whole.substring(
                            placement.offset(),
                            placement.offset() + placement.text().length()))
                    .isEqualTo(p.fullText());
        }
        assertThat(layout.placement("sec_2__subsec_1").alignedKey()).isEqualTo("sec_2");
    }

    private static Provision section(String eId, String num, String text) {
        Provision subsection =
                new Provision(eId + "__subsec_1", ProvisionType.SUBSECTION, "(1)", null, text, null, List.of());
        Provision second = new Provision(
                eId + "__subsec_2", ProvisionType.SUBSECTION, "(2)", null, "A licence lasts a year.", null, List.of());
        return new Provision(eId, ProvisionType.SECTION, num, "Licences", null, null, List.of(subsection, second));
    }
}
