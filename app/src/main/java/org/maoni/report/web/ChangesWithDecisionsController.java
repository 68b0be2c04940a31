package org.maoni.report.web;

import org.maoni.bill.BillId;
import org.maoni.bill.BillService;
import org.maoni.report.internal.ChangesWithDecisions;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The changes made after public participation, or between two versions, with the published decisions behind each ("you
 * said, we did"); bad versions are problem details, as for the plain diff.
 */
@RestController
class ChangesWithDecisionsController {

    private final ChangesWithDecisions changes;
    private final BillService bills;

    ChangesWithDecisionsController(ChangesWithDecisions changes, BillService bills) {
        this.changes = changes;
        this.bills = bills;
    }

    @GetMapping("/api/bills/{billId}/after-participation/decisions")
    ChangesWithDecisions.Report afterParticipation(@PathVariable BillId billId) {
        return changes.build(billId);
    }

    /** The diff between two versions (by default the latest and the one before), each change with its decisions. */
    @GetMapping("/api/bills/{billId}/diff/decisions")
    ChangesWithDecisions.DiffReport diff(
            @PathVariable BillId billId,
            @RequestParam(required = false) Integer from,
            @RequestParam(required = false) Integer to) {
        int newer = to != null ? to : bills.get(billId).latestVersion();
        int older = from != null ? from : newer - 1;
        return changes.diff(billId, older, newer);
    }
}
