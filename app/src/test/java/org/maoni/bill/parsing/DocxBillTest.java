package org.maoni.bill.parsing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.maoni.bill.ParseReport;
import org.maoni.bill.Provision;
import org.maoni.bill.ProvisionType;
import org.maoni.bill.ingest.TextBlock;

/** DOCX-like bills (one block per paragraph), a county bill and a document that is no bill. */
class DocxBillTest {

    private static final ParsedBill ROAD = new BillParser().parse(Fixtures.blocks("docx-bill-with-notes.txt"));

    @Test
    void readsTheSenateCover() {
        assertThat(ROAD.metadata())
                .isEqualTo(new BillMetadata(
                        "The Road Safety Bill, 2022",
                        "Senate",
                        "Senate Bills No. 31",
                        2022,
                        "Kenya Gazette Supplement No. 140",
                        LocalDate.of(2022, 7, 21)));
    }

    @Test
    void treeWithDivisionsAndARepeatedSubclauseNumber() {
        assertThat(Fixtures.eIds(ROAD))
                .as(Fixtures.dump(ROAD))
                .containsExactly(
                        "preface",
                        "preamble",
                        "part_I",
                        "sec_1",
                        "sec_2",
                        "sec_3",
                        "part_II",
                        "part_II__dvs_1",
                        "sec_4",
                        "sec_4__subsec_1",
                        "sec_4__subsec_2",
                        "sec_4__subsec_2-2",
                        "sec_4__subsec_3",
                        "sec_5",
                        "sec_5__para_a",
                        "sec_5__para_b",
                        "sec_5__para_c",
                        "sec_5__para_c__subpara_i",
                        "sec_5__para_c__subpara_ii",
                        "sec_5__para_d",
                        "sec_6",
                        "part_II__dvs_2",
                        "sec_8",
                        "sec_9",
                        "sched_1",
                        "sched_1__para_1",
                        "sched_1__para_2",
                        "objectsAndReasons");
        assertThat(ROAD.report().warnings())
                .contains(new ParseReport.Warning(
                        "duplicate-eid",
                        "The number of sec_4__subsec_2 occurs more than once; renamed sec_4__subsec_2-2",
                        "sec_4__subsec_2-2"));
        assertThat(Fixtures.find(ROAD, "sec_4__subsec_2-2").num()).isEqualTo("(2)");
    }

    @Test
    void divisionsAndSplitPartHeading() {
        assertThat(Fixtures.find(ROAD, "part_II").heading()).isEqualTo("THE ROAD SAFETY COUNCIL");
        Provision division = Fixtures.find(ROAD, "part_II__dvs_1");
        assertThat(division.type()).isEqualTo(ProvisionType.DIVISION);
        assertThat(division.num()).isEqualTo("Division 1");
        assertThat(division.heading()).isEqualTo("Establishment");
        assertThat(division.children()).extracting(Provision::eId).containsExactly("sec_4", "sec_5", "sec_6");
    }

    @Test
    void anchoredAndSeparateMarginalNotesBecomeHeadings() {
        assertThat(Fixtures.find(ROAD, "sec_1").heading()).isEqualTo("Short title");
        // printed as paragraphs of their own after the clause (a column break in the DOCX)
        assertThat(Fixtures.find(ROAD, "sec_2").heading()).isEqualTo("Interpretation");
        assertThat(Fixtures.find(ROAD, "sec_3").heading()).isEqualTo("Object of the Act");
        assertThat(Fixtures.find(ROAD, "sec_5").heading()).isEqualTo("Functions of the Council");
        assertThat(Fixtures.find(ROAD, "sec_4").heading()).isEqualTo("Establishment of the Council");
        // the note paragraphs and the margin's reference to another Act are not text
        assertThat(Fixtures.find(ROAD, "sec_2").text())
                .doesNotContain("Interpretation.")
                .doesNotContain("Cap. 403");
        assertThat(Fixtures.find(ROAD, "sec_3").text())
                .isEqualTo("The object of this Act is to reduce deaths and injuries" + " on roads.");
    }

    @Test
    void definitionsAndTheirParagraphsStayInTheText() {
        Provision two = Fixtures.find(ROAD, "sec_2");
        assertThat(two.children()).isEmpty();
        assertThat(two.text())
                .isEqualTo("In this Act—\n"
                        + "“Council” means the Road Safety Council established under section 4;\n"
                        + "“motor vehicle” has the meaning assigned to it in the Traffic Act; and\n"
                        + "“road user” includes—\n"
                        + "(a) a pedestrian; and\n"
                        + "(b) a cyclist.");
    }

    @Test
    void provisoAfterParagraphsIsTheClauseWrapUp() {
        Provision five = Fixtures.find(ROAD, "sec_5");
        assertThat(five.text()).isEqualTo("The functions of the Council are to—");
        assertThat(five.wrapUp()).isEqualTo("Provided that the Council shall not license drivers.");
        assertThat(Fixtures.find(ROAD, "sec_5__para_d").text())
                .isEqualTo("perform any other function conferred by law.");
    }

    @Test
    void crossCheckAgainstTheArrangement() {
        ParseReport r = ROAD.report();
        assertThat(r.arrangementClauses()).isEqualTo(8);
        assertThat(r.bodyClauses()).isEqualTo(8);
        assertThat(r.matchedClauses()).isEqualTo(6);
        assertThat(r.score()).isEqualTo(0.75);
        assertThat(r.missing()).containsExactly("sec_7");
        assertThat(r.extra()).containsExactly("sec_9");
        assertThat(r.warnings())
                .contains(
                        new ParseReport.Warning(
                                "heading-mismatch",
                                "Clause 6. is headed \"Removal from office\" but the arrangement says \"Tenure of office\"",
                                "sec_6"),
                        new ParseReport.Warning(
                                "clause-missing",
                                "Clause 7 (Staff of the Council) of the arrangement was not found in the body",
                                "sec_7"),
                        new ParseReport.Warning(
                                "clause-extra", "Clause 9. is not in the arrangement of clauses", "sec_9"));
        // the heading printed beside the clause wins over the arrangement's
        assertThat(Fixtures.find(ROAD, "sec_6").heading()).isEqualTo("Removal from office");
        assertThat(Fixtures.find(ROAD, "sec_9").heading()).isEqualTo("Other staff");
    }

    @Test
    void scheduleWithoutOrdinal() {
        Provision s = Fixtures.find(ROAD, "sched_1");
        assertThat(s.num()).isEqualTo("SCHEDULE");
        assertThat(s.heading()).isEqualTo("MATTERS FOR THE ROAD SAFETY PLAN");
        assertThat(Fixtures.find(ROAD, "sched_1__para_1").text()).isEqualTo("Speed limits on county roads.");
    }

    @Test
    void memorandumKeepsItsParagraphs() {
        assertThat(Fixtures.find(ROAD, "objectsAndReasons").text())
                .isEqualTo("Statement of the Objects and Reasons for the Bill\n"
                        + "The principal object of this Bill is to provide for the promotion of road safety.\n"
                        + "Statement on how the Bill concerns county governments\n"
                        + "The Bill concerns county governments in terms of Article 110(1)(a) of the Constitution.\n"
                        + "Dated the 12th July, 2022.\n"
                        + "AMINA HASSAN,\n"
                        + "Senator.");
    }

    @Test
    void countyAssemblyBill() {
        ParsedBill county = new BillParser().parse(Fixtures.blocks("county-bill.txt"));
        assertThat(county.metadata())
                .isEqualTo(new BillMetadata(
                        "The Nairobi City County Markets Bill, 2023",
                        "County Assembly of Nairobi City",
                        "Nairobi City County Assembly Bills No. 4",
                        2023,
                        "Nairobi City County Gazette Supplement No. 12",
                        LocalDate.of(2023, 2, 6)));
        assertThat(Fixtures.eIds(county))
                .containsExactly(
                        "preface",
                        "preamble",
                        "sec_1",
                        "sec_2",
                        "sec_3",
                        "sec_3__subsec_1",
                        "sec_3__subsec_2",
                        "objectsAndReasons");
        assertThat(Fixtures.find(county, "preamble").text())
                .isEqualTo("ENACTED by the County Assembly of Nairobi City County, as follows—");
        assertThat(Fixtures.find(county, "sec_3").heading()).isEqualTo("Designation of markets");
        assertThat(Fixtures.find(county, "sec_2").text())
                .isEqualTo("In this Act—\n“market” means a place designated by the county for the sale of goods;\n"
                        + "“trader” means a person who sells goods in a market.");
    }

    @Test
    void arrangementWithNumberedEntriesAndTitleCaseParts() {
        ParsedBill bill = new BillParser()
                .parse(List.of(
                        TextBlock.of("THE BEES BILL, 2023"),
                        TextBlock.of("ARRANGEMENT OF CLAUSES"),
                        TextBlock.of("Part I—Preliminary"),
                        TextBlock.of("1. Short title. 2. Interpretation."),
                        TextBlock.of("Part II—Beekeeping"),
                        TextBlock.of("3. Registration of beekeepers."),
                        TextBlock.of("THE BEES BILL, 2023"),
                        TextBlock.of("A Bill for"),
                        TextBlock.of("AN ACT of Parliament to regulate beekeeping"),
                        TextBlock.of("ENACTED by the Parliament of Kenya, as follows—"),
                        TextBlock.of("Part I—Preliminary"),
                        new TextBlock("1. This Act may be cited as the Bees Act, 2023.", "Short title.", 0),
                        new TextBlock("2. In this Act, “hive” means a home for bees.", "Interpretation.", 0),
                        TextBlock.of("Part II—Beekeeping"),
                        new TextBlock("3. Every beekeeper shall register.", "Registration of beekeepers.", 0)));
        assertThat(Fixtures.eIds(bill))
                .containsExactly("preface", "preamble", "part_I", "sec_1", "sec_2", "part_II", "sec_3");
        assertThat(Fixtures.find(bill, "part_II").heading()).isEqualTo("Beekeeping");
        assertThat(bill.report().arrangementClauses()).isEqualTo(3);
        assertThat(bill.report().score()).isEqualTo(1.0);
        assertThat(bill.metadata().title()).isEqualTo("The Bees Bill, 2023");
    }

    @Test
    void wordsLikeFollowingOrNewSectionInABillThatAmendsNothingStartNoQuotation() {
        ParsedBill bill = new BillParser()
                .parse(List.of(
                        TextBlock.of("ENACTED by the Parliament of Kenya, as follows—"),
                        TextBlock.of("1. This Act may be cited as the Fund Act, 2024."),
                        TextBlock.of("2. (1) The Treasury may open a new section of the Fund for research."),
                        TextBlock.of("(2) The following sections of the Public Finance Act shall apply to the Fund—"),
                        TextBlock.of("(a) section 12; and"),
                        TextBlock.of("(b) section 13."),
                        TextBlock.of("3. The Cabinet Secretary may make regulations.")));
        assertThat(Fixtures.eIds(bill))
                .containsExactly(
                        "preamble",
                        "sec_1",
                        "sec_2",
                        "sec_2__subsec_1",
                        "sec_2__subsec_2",
                        "sec_2__subsec_2__para_a",
                        "sec_2__subsec_2__para_b",
                        "sec_3");
    }

    @Test
    void aLetterIsNotABill() {
        ParsedBill letter = new BillParser().parse(Fixtures.blocks("not-a-bill-letter.txt"));
        assertThat(BillParser.isBill(letter)).isFalse();
        assertThat(Fixtures.count(letter, ProvisionType.SECTION)).isZero();
        assertThat(Fixtures.warningCodes(letter)).contains(BillParser.NOT_A_BILL);
        assertThat(letter.report().score()).isZero();
        assertThat(letter.metadata().title()).isNull();
    }
}
