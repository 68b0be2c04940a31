package org.maoni.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.maoni.bill.Bill;
import org.maoni.bill.BillId;
import org.maoni.bill.BillStage;
import org.maoni.bill.BillVersion;
import org.maoni.bill.House;
import org.maoni.bill.Provision;
import org.maoni.bill.ProvisionTree;
import org.maoni.bill.ProvisionType;

/** Bills, versions and provision trees built by hand for the Akoma Ntoso tests. */
final class AknFixtures {

    static final BillId ID = new BillId(UUID.fromString("0b7c7a4e-2f0b-4b8e-9d51-6a1f2c3d4e5f"));
    static final Instant CREATED = Instant.parse("2026-03-10T08:30:00Z");

    private AknFixtures() {}

    static BillVersion version(int number, String label, LocalDate published) {
        return new BillVersion(
                number,
                label,
                published,
                "v" + number + ".docx",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                1234,
                "ab".repeat(32),
                3,
                CREATED.plusSeconds(5 * 86_400L * number),
                "clerk",
                null,
                null,
                null);
    }

    static Bill bill(House house, String number, Integer year, BillVersion... versions) {
        return new Bill(
                ID,
                "The County Markets and Street Trading Bill, 2026",
                house,
                number,
                year,
                "Kenya Gazette Supplement No. 48",
                "Hon. Martha Njeri Kibet, MP",
                "Departmental Committee on Trade",
                BillStage.COMMITTEE,
                CREATED,
                Arrays.asList(versions));
    }

    static Bill nationalBill(BillVersion... versions) {
        return bill(House.NATIONAL_ASSEMBLY, "National Assembly Bills No. 12", 2026, versions);
    }

    static ProvisionTree tree(Bill bill, int number, List<Provision> provisions) {
        BillVersion version = bill.versions().stream()
                .filter(v -> v.number() == number)
                .findFirst()
                .orElseThrow();
        return new ProvisionTree(bill.id(), number, version.label(), version.publicationDate(), provisions);
    }

    static Provision node(String eId, ProvisionType type, String num, String heading, String text, Provision... kids) {
        return new Provision(eId, type, num, heading, text, null, List.of(kids));
    }

    static Provision wrapped(
            String eId, ProvisionType type, String num, String text, String wrapUp, Provision... kids) {
        return new Provision(eId, type, num, null, text, wrapUp, List.of(kids));
    }

    /** Every eId of the tree, depth first. */
    static List<String> eIds(List<Provision> provisions) {
        List<String> out = new ArrayList<>();
        for (Provision p : provisions) {
            out.add(p.eId());
            out.addAll(eIds(p.children()));
        }
        return out;
    }
}
