package org.maoni.bill.synthetic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.maoni.bill.Provision;
import org.maoni.bill.ProvisionType;

class ClauseScoreTest {

    private final SyntheticBill bill = SyntheticBill.generate(20, 3);

    @Test
    void theGroundTruthItselfScoresFull() {
        ClauseScore score = bill.score(bill.expectedProvisions());

        assertThat(score.expected()).isEqualTo(20);
        assertThat(score.found()).isEqualTo(20);
        assertThat(score.headingsMatched()).isEqualTo(20);
        assertThat(score.structureMatched()).isEqualTo(20);
        assertThat(score.missing()).isEmpty();
        assertThat(score.extra()).isEmpty();
        assertThat(score.score()).isEqualTo(1.0);
    }

    @Test
    void headingsMatchIgnoringCaseSpacingAndTheClosingStop() {
        List<Provision> sections = sections(bill.expectedProvisions());
        List<Provision> restyled = sections.stream()
                .map(s -> withHeading(s, "  " + s.heading().toUpperCase(Locale.ROOT) + ". "))
                .map(s -> new Provision(
                        s.eId(), s.type(), s.num().replace(".", ""), s.heading(), s.text(), s.wrapUp(), s.children()))
                .toList();

        assertThat(bill.score(restyled).headingsMatched()).isEqualTo(20);
    }

    @Test
    void missingWrongAndInventedClausesLowerTheScore() {
        List<Provision> sections = new ArrayList<>(sections(bill.expectedProvisions()));
        sections.remove(6);
        sections.set(2, withHeading(sections.get(2), "Something else"));
        sections.add(new Provision("sec_27A", ProvisionType.SECTION, "27A.", "Quoted section", "text", null, null));

        ClauseScore score = bill.score(sections);

        assertThat(score.found()).isEqualTo(19);
        assertThat(score.headingsMatched()).isEqualTo(18);
        assertThat(score.missing()).containsExactly("7");
        assertThat(score.extra()).containsExactly("27A");
        assertThat(score.parsed()).isEqualTo(20);
        assertThat(score.score()).isCloseTo(17 / 20.0, within(1e-9));
    }

    @Test
    void aNumberSeenTwiceCountsAsInvented() {
        List<Provision> sections = new ArrayList<>(sections(bill.expectedProvisions()));
        sections.add(sections.get(0));

        assertThat(bill.score(sections).extra()).containsExactly("1");
    }

    @Test
    void anEmptyParseFindsNothing() {
        ClauseScore score = bill.score(List.of());

        assertThat(score.found()).isZero();
        assertThat(score.missing()).hasSize(20);
        assertThat(score.score()).isZero();
    }

    private static List<Provision> sections(List<Provision> top) {
        return top.stream()
                .filter(p -> p.type() == ProvisionType.PART)
                .flatMap(p -> p.children().stream())
                .toList();
    }

    private static Provision withHeading(Provision p, String heading) {
        return new Provision(p.eId(), p.type(), p.num(), heading, p.text(), p.wrapUp(), p.children());
    }
}
