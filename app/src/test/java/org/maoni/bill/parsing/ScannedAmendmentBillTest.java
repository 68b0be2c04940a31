package org.maoni.bill.parsing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.maoni.bill.Provision;
import org.maoni.bill.ProvisionType;

/** A scanned amendment bill: OCR noise, stamps, running headers, quoted text, notes printed apart. */
class ScannedAmendmentBillTest {

    private static ParsedBill bill;

    @BeforeAll
    static void parse() {
        bill = new BillParser().parse(Fixtures.blocks("scanned-amendment-bill.txt"));
    }

    @Test
    void readsTheCover() {
        assertThat(bill.metadata())
                .isEqualTo(new BillMetadata(
                        "The Water Services (Amendment) Bill, 2024",
                        "National Assembly",
                        "National Assembly Bills No. 19",
                        2024,
                        "Kenya Gazette Supplement No. 71",
                        LocalDate.of(2024, 5, 3)));
    }

    @Test
    void buildsTheTreeWithoutCoverStampsHeadersOrQuotedNumbers() {
        assertThat(Fixtures.eIds(bill))
                .as(Fixtures.dump(bill))
                .containsExactly(
                        "preface",
                        "preamble",
                        "sec_1",
                        "sec_2",
                        "sec_2__para_a",
                        "sec_2__para_b",
                        "sec_3",
                        "sec_4",
                        "sec_5",
                        "objectsAndReasons");
    }

    @Test
    void longTitleAndEnactingFormula() {
        assertThat(Fixtures.find(bill, "preface").text())
                .isEqualTo(
                        "A Bill for AN ACT of Parliament to amend the Water Services Act and for connected purposes");
        assertThat(Fixtures.find(bill, "preface").type()).isEqualTo(ProvisionType.PREFACE);
        assertThat(Fixtures.find(bill, "preamble").text()).isEqualTo("ENACTED by the Parliament of Kenya, as follows—");
    }

    @Test
    void repairsTheOcrCommaAfterAClauseNumberAndJoinsLines() {
        Provision first = Fixtures.find(bill, "sec_1");
        assertThat(first.num()).isEqualTo("1.");
        assertThat(first.text()).isEqualTo("This Act may be cited as the Water Services (Amendment) Act, 2024.");
    }

    @Test
    void marginalNotesPrintedApartBecomeHeadings() {
        assertThat(Fixtures.find(bill, "sec_1").heading()).isEqualTo("Short title");
        assertThat(Fixtures.find(bill, "sec_2").heading()).isEqualTo("Amendment of section 3 of");
        assertThat(Fixtures.find(bill, "sec_3").heading()).isEqualTo("Amendment of section 12 of");
        assertThat(Fixtures.find(bill, "sec_4").heading()).isEqualTo("Insertion of new section 12A");
        // glued to the end of the clause's line, and taken off its text
        assertThat(Fixtures.find(bill, "sec_5").heading()).isEqualTo("Repeal of section 20");
        assertThat(Fixtures.find(bill, "sec_5").text()).isEqualTo("Section 20 of the principal Act is repealed.");
    }

    @Test
    void quotedSubsectionsStayInTheQuotingParagraph() {
        Provision a = Fixtures.find(bill, "sec_2__para_a");
        assertThat(a.num()).isEqualTo("(a)");
        assertThat(a.children()).isEmpty();
        assertThat(a.text())
                .isEqualTo("by inserting the following new subsections immediately after subsection (1)—\n"
                        + "“(l A) A water service provider shall publish its tariffs in the Gazette.\n"
                        + "(1B) The Cabinet Secretary shall review the tariffs published under subsection (1A) every"
                        + " three years.”");
        assertThat(Fixtures.find(bill, "sec_2__para_b").text())
                .isEqualTo("in subsection (2) by deleting the word “may” and substituting therefor the word “shall”.");
    }

    @Test
    void aQuotedSectionForInsertionCreatesNoClauseOrSubclause() {
        Provision four = Fixtures.find(bill, "sec_4");
        assertThat(four.children()).isEmpty();
        assertThat(four.text())
                .isEqualTo("The principal Act is amended by inserting the following new section immediately after"
                        + " section 12—\n"
                        + "12A. (1) Every county government shall keep a register of boreholes in the county.\n"
                        + "(2) The register shall contain—\n"
                        + "(a) the location of each borehole; and\n"
                        + "(b) the name of its owner.");
        assertThat(Fixtures.count(bill, ProvisionType.SECTION)).isEqualTo(5);
        assertThat(Fixtures.count(bill, ProvisionType.SUBSECTION)).isZero();
    }

    @Test
    void memorandumEndsBeforeTheExtractOfTheActAmended() {
        Provision memo = Fixtures.find(bill, "objectsAndReasons");
        assertThat(memo.type()).isEqualTo(ProvisionType.OBJECTS_AND_REASONS);
        assertThat(memo.text())
                .startsWith("The principal object of this Bill is to amend the Water Services Act to require water"
                        + " service providers to publish their tariffs.\n")
                .contains("Dated the 2nd April, 2024.")
                .endsWith("JANE WANJIRU,\nMember of Parliament.")
                .doesNotContain("Transitional");
        assertThat(Fixtures.warningCodes(bill)).contains("trailing-text-ignored");
    }

    @Test
    void reportsABillWithoutArrangementAsComplete() {
        assertThat(bill.report().arrangementClauses()).isZero();
        assertThat(bill.report().bodyClauses()).isEqualTo(5);
        assertThat(bill.report().score()).isEqualTo(1.0);
        assertThat(bill.report().missing()).isEmpty();
        assertThat(Fixtures.warningCodes(bill)).contains("no-arrangement").doesNotContain(BillParser.NOT_A_BILL);
        assertThat(BillParser.isBill(bill)).isTrue();
    }

    @Test
    void noBoilerplateLeaksIntoTheText() {
        String all = Fixtures.dump(bill);
        assertThat(all)
                .doesNotContain("LIBRARY")
                .doesNotContain("REPORTING")
                .doesNotContain("642")
                .doesNotContain("GOVERNMENT PRINTER")
                .doesNotContain("Bil l");
    }
}
