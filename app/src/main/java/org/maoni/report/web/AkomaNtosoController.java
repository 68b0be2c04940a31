package org.maoni.report.web;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.maoni.bill.Bill;
import org.maoni.bill.BillId;
import org.maoni.bill.BillService;
import org.maoni.bill.Provision;
import org.maoni.bill.ProvisionTree;
import org.maoni.report.AkomaNtosoWriter;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Serves a bill version as Akoma Ntoso 3.0 XML; reading is public like the rest of the bill API. */
@RestController
class AkomaNtosoController {

    private final BillService bills;
    private final AkomaNtosoWriter writer;

    AkomaNtosoController(BillService bills) {
        this.bills = bills;
        this.writer = new AkomaNtosoWriter();
    }

    @GetMapping(
            value = "/api/bills/{billId}/versions/{number}/akn",
            produces = {AkomaNtosoWriter.MEDIA_TYPE, "application/xml"})
    byte[] akomaNtoso(@PathVariable BillId billId, @PathVariable int number) {
        Bill bill = bills.get(billId);
        ProvisionTree tree = bills.tree(billId, number);
        // The lineage id is the provision's identity across versions: what Akoma Ntoso calls its wId.
        Map<String, String> wIds = new HashMap<>();
        for (Provision p : Provision.flatten(tree.provisions())) {
            if (p.lineageId() != null) {
                wIds.put(p.eId(), p.lineageId());
            }
        }
        return writer.write(bill, tree, wIds).getBytes(StandardCharsets.UTF_8);
    }
}
