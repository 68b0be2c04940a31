package org.maoni.search.internal;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.maoni.bill.Bill;
import org.maoni.bill.BillId;
import org.maoni.bill.BillVersion;
import org.maoni.bill.House;
import org.maoni.bill.Provision;
import org.maoni.bill.ProvisionTree;
import org.maoni.search.DocumentType;
import org.maoni.search.SearchDocument;
import org.maoni.search.Visibility;

/**
 * Turns one bill version's provision tree into search documents: one public document per provision with its own text
 * (not its children's, which are documents of their own), titled by its number and heading, dated by the version's
 * publication date (else the day it was stored), and placed in the county of a county assembly's bill.
 */
final class ProvisionDocuments {

    private ProvisionDocuments() {}

    /** The group holding one bill version's provisions. */
    static String group(BillId bill, int version) {
        return "provisions:" + bill + ":" + version;
    }

    static String id(BillId bill, int version, String eId) {
        return "provision:" + bill + ":" + version + ":" + eId;
    }

    static List<SearchDocument> of(Bill bill, BillVersion version, ProvisionTree tree) {
        String county = bill.house().kind() == House.Kind.COUNTY_ASSEMBLY
                ? bill.house().county().displayName()
                : null;
        LocalDate date = version.publicationDate() != null
                ? version.publicationDate()
                : version.createdAt() == null ? null : LocalDate.ofInstant(version.createdAt(), ZoneOffset.UTC);
        List<SearchDocument> out = new ArrayList<>();
        for (Provision p : Provision.flatten(tree.provisions())) {
            String title = join(" ", p.num(), p.heading());
            String text = join("\n", p.text(), p.wrapUp());
            if (title.isEmpty() && text.isEmpty()) {
                continue;
            }
            out.add(new SearchDocument(
                    id(bill.id(), version.number(), p.eId()),
                    group(bill.id(), version.number()),
                    DocumentType.PROVISION,
                    Visibility.PUBLIC,
                    bill.id().toString(),
                    version.number(),
                    p.eId(),
                    p.lineageId(),
                    null,
                    county,
                    null,
                    null,
                    null,
                    null,
                    date,
                    title,
                    text,
                    null));
        }
        return out;
    }

    private static String join(String separator, String a, String b) {
        String x = a == null ? "" : a.strip();
        String y = b == null ? "" : b.strip();
        return x.isEmpty() ? y : y.isEmpty() ? x : x + separator + y;
    }
}
