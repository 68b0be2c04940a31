package org.maoni.bill.parsing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.maoni.bill.ParseReport;
import org.maoni.bill.Provision;
import org.maoni.bill.ProvisionType;

/** A scanned bill with an ARRANGEMENT OF CLAUSES, Parts, Schedules and heavy OCR noise. */
class ScannedArrangementBillTest {

    private static ParsedBill bill;

    @BeforeAll
    static void parse() {
        bill = new BillParser().parse(Fixtures.blocks("scanned-bill-with-arrangement.txt"));
    }

    @Test
    void readsTheCover() {
        assertThat(bill.metadata())
                .isEqualTo(new BillMetadata(
                        "The Fisheries Levy Bill, 2024",
                        "National Assembly",
                        "National Assembly Bills No. 21",
                        2024,
                        "Kenya Gazette Supplement No. 58",
                        LocalDate.of(2024, 3, 19)));
    }

    @Test
    void everyArrangementClauseIsFoundWithItsHeading() {
        ParseReport r = bill.report();
        assertThat(r.arrangementClauses()).isEqualTo(8);
        assertThat(r.bodyClauses()).isEqualTo(8);
        assertThat(r.matchedClauses()).as(Fixtures.dump(bill)).isEqualTo(8);
        assertThat(r.score()).isEqualTo(1.0);
        assertThat(r.missing()).isEmpty();
        assertThat(r.extra()).isEmpty();
        assertThat(Fixtures.warningCodes(bill)).doesNotContain("heading-mismatch", "clause-missing", "clause-extra");
        // the arrangement entry whose number OCR lost is numbered from its neighbours, with a warning
        assertThat(r.warnings())
                .contains(new ParseReport.Warning(
                        "arrangement-number-repaired",
                        "The arrangement's entry \"Offences\" has no readable number; taken as 7",
                        "sec_7"));
    }

    @Test
    void treeOfPartsClausesAndSchedules() {
        assertThat(Fixtures.eIds(bill))
                .as(Fixtures.dump(bill))
                .containsExactly(
                        "preface",
                        "preamble",
                        "part_I",
                        "sec_1",
                        "sec_2",
                        "sec_2__subsec_1",
                        "sec_2__subsec_2",
                        "sec_3",
                        "sec_3__para_a",
                        "sec_3__para_b",
                        "part_II",
                        "sec_4",
                        "sec_4__subsec_1",
                        "sec_4__subsec_1A",
                        "sec_4__subsec_2",
                        "sec_4__subsec_2__para_a",
                        "sec_4__subsec_2__para_b",
                        "sec_4__subsec_2__para_c",
                        "sec_5",
                        "sec_5__para_a",
                        "sec_5__para_b",
                        "sec_5__para_c",
                        "sec_5__para_d",
                        "sec_5__para_e",
                        "sec_5__para_f",
                        "sec_5__para_g",
                        "sec_5__para_h",
                        "sec_5__para_i",
                        "sec_5__para_j",
                        "sec_5__para_k",
                        "sec_5__para_l",
                        "sec_6",
                        "sec_6__subsec_1",
                        "sec_6__subsec_1__para_a",
                        "sec_6__subsec_1__para_b",
                        "sec_6__subsec_1__para_b__subpara_i",
                        "sec_6__subsec_1__para_b__subpara_ii",
                        "sec_6__subsec_2",
                        "sec_7",
                        "part_III",
                        "sec_8",
                        "sec_8__subsec_1",
                        "sec_8__subsec_2",
                        "sched_1",
                        "sched_1__para_1",
                        "sched_1__para_2",
                        "sched_2",
                        "sched_2__para_1",
                        "sched_2__para_2",
                        "objectsAndReasons");
    }

    @Test
    void partsAreNumberedAndHeadedAsPrinted() {
        Provision one = Fixtures.find(bill, "part_I");
        assertThat(one.type()).isEqualTo(ProvisionType.PART);
        assertThat(one.num()).isEqualTo("PART I");
        assertThat(one.heading()).isEqualTo("PRELIMINARY");
        // letter-spaced and wrapped over two lines
        assertThat(Fixtures.find(bill, "part_II").heading()).isEqualTo("LEVY AND COLLECTION");
        assertThat(Fixtures.find(bill, "part_III").heading()).isEqualTo("MISCELLANEOUS");
        assertThat(Fixtures.find(bill, "part_II").children())
                .extracting(Provision::eId)
                .containsExactly("sec_4", "sec_5", "sec_6", "sec_7");
    }

    @Test
    void clauseHeadingsComeFromTheirMarginalNotes() {
        List<String> headings = Fixtures.flatten(bill.provisions()).stream()
                .filter(p -> p.type() == ProvisionType.SECTION)
                .map(Provision::heading)
                .toList();
        assertThat(headings)
                .containsExactly(
                        "Short title",
                        "Interpretation",
                        "Objects and purposes of the Act",
                        "Imposition of levy",
                        "Rate of levy",
                        "Collection and remittance of the levy by county governments",
                        "Offences",
                        "Regulations");
    }

    @Test
    void notesGluedToTheTextAreTakenOff() {
        assertThat(Fixtures.find(bill, "sec_1").text())
                .isEqualTo("This Act may be cited as the Fisheries Levy Act, 2024.");
        assertThat(Fixtures.find(bill, "sec_2__subsec_1").text())
                .startsWith("In this Act, unless the context otherwise" + " requires—\n");
        assertThat(Fixtures.find(bill, "sec_3").text()).isEqualTo("The objects of this Act are to—");
        assertThat(Fixtures.find(bill, "sec_8__subsec_1").text())
                .isEqualTo("The Cabinet Secretary may make regulations for the better carrying out of the provisions"
                        + " of this Act.");
    }

    @Test
    void definitionsStayInTheClauseOnePerLine() {
        assertThat(Fixtures.find(bill, "sec_2__subsec_1").text())
                .isEqualTo("In this Act, unless the context otherwise requires—\n"
                        + "“Cabinet Secretary” means the Cabinet Secretary responsible for matters relating to"
                        + " fisheries;\n"
                        + "“fish” includes shellfish and crustaceans;\n"
                        + "“levy” means the levy imposed under section 4.");
        assertThat(Fixtures.find(bill, "sec_2__subsec_1").children()).isEmpty();
    }

    @Test
    void ocrNumbersAreRepairedInNumberingPositionsWithWarnings() {
        assertThat(Fixtures.find(bill, "sec_4__subsec_1A").num()).isEqualTo("(1A)");
        assertThat(Fixtures.find(bill, "sec_5__para_l").num()).isEqualTo("(l)");
        assertThat(Fixtures.find(bill, "sec_8__subsec_1").num()).isEqualTo("(1)");
        assertThat(bill.report().warnings())
                .filteredOn(w -> w.code().equals("ocr-number-repaired"))
                .extracting(ParseReport.Warning::eId)
                .containsExactlyInAnyOrder("sec_4__subsec_1A", "sec_5__para_l", "sec_8__subsec_1");
    }

    @Test
    void paragraphIAfterHIsAParagraphButUnderAnIntroductionItIsASubparagraph() {
        Provision i = Fixtures.find(bill, "sec_5__para_i");
        assertThat(i.type()).isEqualTo(ProvisionType.PARAGRAPH);
        assertThat(i.text()).isEqualTo("the need to conserve stocks;");
        Provision sub = Fixtures.find(bill, "sec_6__subsec_1__para_b__subpara_i");
        assertThat(sub.type()).isEqualTo(ProvisionType.SUBPARAGRAPH);
        assertThat(sub.num()).isEqualTo("(i)");
        assertThat(sub.text()).isEqualTo("the Fund, where the fish is exported; or");
    }

    @Test
    void clauseWithoutFullStopAfterItsNumberAndItsProviso() {
        Provision seven = Fixtures.find(bill, "sec_7");
        assertThat(seven.num()).isEqualTo("7.");
        assertThat(seven.text())
                .isEqualTo("A person who fails to pay the levy commits an offence and is liable on conviction to a fine"
                        + " not exceeding one million shillings:\n"
                        + "Provided that no person shall be convicted of an offence under this section for fish landed"
                        + " for research.");
    }

    @Test
    void schedulesWithNumberedParagraphs() {
        Provision first = Fixtures.find(bill, "sched_1");
        assertThat(first.type()).isEqualTo(ProvisionType.SCHEDULE);
        assertThat(first.num()).isEqualTo("FIRST SCHEDULE");
        assertThat(first.heading()).isEqualTo("RATES OF LEVY");
        assertThat(Fixtures.find(bill, "sched_1__para_2").num()).isEqualTo("2.");
        assertThat(Fixtures.find(bill, "sched_1__para_2").type()).isEqualTo(ProvisionType.PARAGRAPH);
        assertThat(Fixtures.find(bill, "sched_1__para_2").text())
                .isEqualTo("Processed fish—one per centum of the value.");
        Provision second = Fixtures.find(bill, "sched_2");
        assertThat(second.num()).isEqualTo("SECOND SCHEDULE");
        assertThat(second.heading()).isEqualTo("FORM OF RETURN");
    }

    @Test
    void stampsAndPageNumbersOnBodyPagesAreDropped() {
        String all = Fixtures.dump(bill);
        assertThat(all).doesNotContain("LIBRARY").doesNotContain("5 3 5").doesNotContain("ARCHIVE");
        assertThat(Fixtures.find(bill, "sec_3__para_b").text())
                .isEqualTo("share that revenue with county governments.");
    }

    @Test
    void memorandum() {
        assertThat(Fixtures.find(bill, "objectsAndReasons").text())
                .startsWith("The principal object of this Bill is to impose a levy on fish landed in Kenya and to"
                        + " provide for its collection by county governments.")
                .endsWith("OTIENO ODHIAMBO,\nMember of Parliament.");
    }
}
