package org.maoni.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.maoni.bill.Bill;
import org.maoni.bill.BillStage;
import org.maoni.bill.County;
import org.maoni.bill.House;
import org.maoni.bill.ProvisionTree;

class FrbrNamingTest {

    private static House county(String name) {
        return new House(House.Kind.COUNTY_ASSEMBLY, County.fromName(name).orElseThrow());
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "National Assembly Bills No. 30      | National Assembly         | na-30",
                "NATIONAL ASSEMBLY BILLS NO.30       | National Assembly         | na-30",
                "(National Assembly Bills No. 30A)   | National Assembly         | na-30a",
                "Senate Bills No. 7                  | Senate                    | senate-7",
                "Senate Bills No. 7                  | National Assembly         | senate-7",
                "National Assembly Bills No. 4       | Senate                    | na-4",
                "Nakuru County Assembly Bills No. 3  | County Assembly of Nakuru | county-nakuru-3",
                "County Assembly of Murang'a Bill No. 5 | County Assembly of Muranga | county-muranga-5",
                "Tharaka-Nithi County Assembly Bills, 2024 (No. 2) | County Assembly of Tharaka-Nithi | county-tharaka-nithi-2",
                "Homa Bay County Assembly Bills No. 11 | County Assembly of Homa Bay | county-homa-bay-11",
                "Nairobi City County Assembly Bills No. 9 | County Assembly of Nairobi | county-nairobi-9",
                "County Assembly Bills No. 6         | County Assembly of Kisumu | county-kisumu-6",
                "Bills No. 4                         | Senate                    | senate-4",
                "Bill number 15                      | National Assembly         | na-15",
                "No: 16                              | National Assembly         | na-16",
                "Kenya Gazette Supplement No. 102 (National Assembly Bills No. 30) | Senate | na-30",
                "No. 4 of the Senate Bills           | National Assembly         | senate-4",
            })
    void billNumbersNameTheirSeries(String printed, String house, String expected) {
        Bill bill = AknFixtures.bill(House.fromText(house).orElseThrow(), printed, 2026);
        assertThat(FrbrNaming.number(bill)).isEqualTo(expected);
        assertThat(FrbrNaming.workUri(bill)).isEqualTo("/akn/ke/bill/2026/" + expected);
    }

    @Test
    void aBillWithoutAPrintedNumberIsNamedByItsId() {
        for (String printed : new String[] {null, "", "   ", "National Assembly Bills", "No. ", "Nos. x"}) {
            Bill bill = AknFixtures.bill(House.SENATE, printed, 2026);
            assertThat(FrbrNaming.number(bill)).as("%s", printed).isEqualTo(AknFixtures.ID.toString());
        }
    }

    @Test
    void countySeriesAreReadableSlugsForAllFortySevenCounties() {
        for (County c : County.values()) {
            House house = new House(House.Kind.COUNTY_ASSEMBLY, c);
            String series = FrbrNaming.series(null, house);
            assertThat(series).matches("county-[a-z]+(-[a-z]+)*");
            assertThat(FrbrNaming.series(c.displayName() + " County Assembly Bills", House.SENATE))
                    .isEqualTo(series);
        }
        assertThat(FrbrNaming.series(null, county("Elgeyo-Marakwet"))).isEqualTo("county-elgeyo-marakwet");
        assertThat(FrbrNaming.series(null, null)).isEqualTo("bill");
    }

    @Test
    void theYearIsThePrintedOneElseTheFirstVersionsYear() {
        Bill printed = AknFixtures.bill(
                House.NATIONAL_ASSEMBLY,
                "National Assembly Bills No. 1",
                2025,
                AknFixtures.version(1, "First Reading", LocalDate.of(2026, 1, 2)));
        assertThat(FrbrNaming.year(printed)).isEqualTo(2025);
        Bill unprinted = AknFixtures.bill(
                House.NATIONAL_ASSEMBLY,
                "National Assembly Bills No. 1",
                null,
                AknFixtures.version(2, "Second", LocalDate.of(2027, 1, 2)),
                AknFixtures.version(1, "First Reading", LocalDate.of(2024, 12, 30)));
        assertThat(FrbrNaming.year(unprinted)).isEqualTo(2024);
        assertThat(FrbrNaming.workUri(unprinted)).isEqualTo("/akn/ke/bill/2024/na-1");
        Bill nonsense = AknFixtures.bill(House.NATIONAL_ASSEMBLY, "National Assembly Bills No. 1", -3);
        assertThat(FrbrNaming.year(nonsense)).isEqualTo(2026);
    }

    @Test
    void expressionDatesPreferThePublicationDate() {
        Bill bill = AknFixtures.nationalBill(
                AknFixtures.version(1, "First Reading", LocalDate.of(2026, 3, 13)),
                AknFixtures.version(2, "Unpublished", null));
        ProvisionTree v1 = AknFixtures.tree(bill, 1, List.of());
        assertThat(FrbrNaming.expressionDate(bill, v1))
                .isEqualTo(new FrbrNaming.Dated(LocalDate.of(2026, 3, 13), true));
        ProvisionTree v2 = AknFixtures.tree(bill, 2, List.of());
        assertThat(FrbrNaming.expressionDate(bill, v2))
                .isEqualTo(new FrbrNaming.Dated(LocalDate.of(2026, 3, 20), false));
        ProvisionTree orphan = new ProvisionTree(bill.id(), 9, null, null, List.of());
        assertThat(FrbrNaming.expressionDate(bill, orphan))
                .isEqualTo(new FrbrNaming.Dated(LocalDate.of(2026, 3, 10), false));
        ProvisionTree dated = new ProvisionTree(bill.id(), 9, null, LocalDate.of(2030, 1, 1), List.of());
        assertThat(FrbrNaming.expressionUri(
                        bill, FrbrNaming.expressionDate(bill, dated).date()))
                .isEqualTo("/akn/ke/bill/2026/na-12/eng@2030-01-01");
    }

    @Test
    void aBillWithoutAnyDateIsRefused() {
        Bill undated = new Bill(
                AknFixtures.ID, "t", House.SENATE, null, null, null, null, null, BillStage.PUBLISHED, null, List.of());
        ProvisionTree tree = new ProvisionTree(undated.id(), 1, null, null, List.of());
        assertThatThrownBy(() -> new AkomaNtosoWriter().write(undated, tree))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no date");
    }

    @Test
    void foldingKeepsLettersAndDigitsOnly() {
        assertThat(FrbrNaming.fold("Murang'a")).isEqualTo("muranga");
        assertThat(FrbrNaming.fold("Murang’a")).isEqualTo("muranga");
        assertThat(FrbrNaming.fold("  Tharaka-Nithi  ")).isEqualTo("tharaka nithi");
        assertThat(FrbrNaming.fold("Élgeyo—Marakwet 2")).isEqualTo("elgeyo marakwet 2");
        assertThat(FrbrNaming.fold(null)).isEmpty();
        assertThat(FrbrNaming.fold("🧺")).isEmpty();
    }
}
