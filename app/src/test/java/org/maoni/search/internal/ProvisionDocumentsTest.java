package org.maoni.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.maoni.bill.Bill;
import org.maoni.bill.BillId;
import org.maoni.bill.BillStage;
import org.maoni.bill.BillVersion;
import org.maoni.bill.County;
import org.maoni.bill.House;
import org.maoni.bill.ParseReport;
import org.maoni.bill.Provision;
import org.maoni.bill.ProvisionTree;
import org.maoni.bill.ProvisionType;
import org.maoni.search.DocumentType;
import org.maoni.search.SearchDocument;
import org.maoni.search.Visibility;

/** One search document per provision, built without Spring. */
class ProvisionDocumentsTest {

    private static final BillId BILL = BillId.valueOf("6f1c1f2e-2b1a-4c55-9d7e-0a7d2b3c4d5e");

    private static BillVersion version(int number, LocalDate published) {
        return new BillVersion(
                number,
                "First Reading",
                published,
                "bill.docx",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                10,
                "sha",
                1,
                Instant.parse("2026-02-01T10:00:00Z"),
                "clerk",
                null,
                null,
                new ParseReport(0, 0, 0, 1.0, List.of(), List.of(), List.of()));
    }

    private static Bill bill(House house, BillVersion v) {
        return new Bill(
                BILL,
                "Markets Bill",
                house,
                null,
                2026,
                null,
                null,
                null,
                BillStage.FIRST_READING,
                Instant.parse("2026-02-01T10:00:00Z"),
                List.of(v));
    }

    private static final List<Provision> TREE = List.of(new Provision(
            "part_I",
            ProvisionType.PART,
            "PART I",
            "PRELIMINARY",
            null,
            null,
            List.of(
                    new Provision(
                            "sec_5",
                            ProvisionType.SECTION,
                            "5.",
                            "Market fees",
                            "A county government may charge—",
                            "as the Assembly approves.",
                            List.of(new Provision(
                                    "sec_5__para_a",
                                    ProvisionType.PARAGRAPH,
                                    "(a)",
                                    null,
                                    "a stall fee <b>daily</b>;",
                                    null,
                                    List.of(),
                                    "lin-5a")),
                            "lin-5"),
                    new Provision("sec_6", ProvisionType.SECTION, null, null, "  ", null, List.of(), "lin-6")),
            "lin-part"));

    @Test
    void everyProvisionWithWordsBecomesOnePublicDocumentWithItsOwnText() {
        BillVersion v = version(2, LocalDate.parse("2026-03-13"));
        List<SearchDocument> docs =
                ProvisionDocuments.of(bill(House.NATIONAL_ASSEMBLY, v), v, new ProvisionTree(BILL, 2, "x", null, TREE));
        assertThat(docs).extracting(SearchDocument::eId).containsExactly("part_I", "sec_5", "sec_5__para_a");
        SearchDocument sec5 = docs.get(1);
        assertThat(sec5.id()).isEqualTo("provision:" + BILL + ":2:sec_5");
        assertThat(sec5.group()).isEqualTo("provisions:" + BILL + ":2");
        assertThat(sec5.type()).isEqualTo(DocumentType.PROVISION);
        assertThat(sec5.visibility()).isEqualTo(Visibility.PUBLIC);
        assertThat(sec5.billId()).isEqualTo(BILL.toString());
        assertThat(sec5.version()).isEqualTo(2);
        assertThat(sec5.lineageId()).isEqualTo("lin-5");
        assertThat(sec5.title()).isEqualTo("5. Market fees");
        assertThat(sec5.text()).isEqualTo("A county government may charge—\nas the Assembly approves.");
        assertThat(sec5.text()).doesNotContain("stall");
        assertThat(sec5.date()).isEqualTo(LocalDate.parse("2026-03-13"));
        assertThat(sec5.county()).isNull();
        assertThat(sec5.staffText()).isEmpty();
        assertThat(docs.get(2).text()).isEqualTo("a stall fee <b>daily</b>;");
        assertThat(docs.get(0).title()).isEqualTo("PART I PRELIMINARY");
        assertThat(docs).allSatisfy(d -> assertThat(d.group()).isEqualTo(sec5.group()));
    }

    @Test
    void aCountyAssemblysBillIsPlacedInItsCountyAndUndatedVersionsUseTheirStorageDay() {
        BillVersion v = version(1, null);
        List<SearchDocument> docs = ProvisionDocuments.of(
                bill(new House(House.Kind.COUNTY_ASSEMBLY, County.MURANGA), v),
                v,
                new ProvisionTree(BILL, 1, "x", null, TREE));
        assertThat(docs).allSatisfy(d -> {
            assertThat(d.county()).isEqualTo("Murang'a");
            assertThat(d.date()).isEqualTo(LocalDate.parse("2026-02-01"));
        });
    }

    @Test
    void anEmptyTreeGivesNoDocuments() {
        BillVersion v = version(1, null);
        assertThat(ProvisionDocuments.of(bill(House.SENATE, v), v, new ProvisionTree(BILL, 1, "x", null, List.of())))
                .isEmpty();
    }
}
