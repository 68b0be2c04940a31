package org.maoni.report.web;

import org.maoni.bill.BillId;
import org.maoni.report.internal.ChangesWithDecisions;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The changes made after public participation with the published decisions behind each ("you said, we did"). */
@RestController
class ChangesWithDecisionsController {

    private final ChangesWithDecisions changes;

    ChangesWithDecisionsController(ChangesWithDecisions changes) {
        this.changes = changes;
    }

    @GetMapping("/api/bills/{billId}/after-participation/decisions")
    ChangesWithDecisions.Report afterParticipation(@PathVariable BillId billId) {
        return changes.build(billId);
    }
}
