package org.maoni.bill.parsing;

import java.util.List;
import org.maoni.bill.ParseReport;
import org.maoni.bill.Provision;

/** The result of parsing a bill's text: what its cover says, its provision tree (top level in document order), and the report. */
public record ParsedBill(BillMetadata metadata, List<Provision> provisions, ParseReport report) {

    public ParsedBill {
        provisions = List.copyOf(provisions);
    }
}
