package org.maoni.bill.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.util.List;
import org.maoni.bill.AfterParticipationReport;
import org.maoni.bill.AlignmentCorrection;
import org.maoni.bill.Bill;
import org.maoni.bill.BillId;
import org.maoni.bill.BillService;
import org.maoni.bill.ProvisionHistory;
import org.maoni.bill.VersionComparison;
import org.maoni.bill.VersionDiff;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Comparing versions over HTTP: clause-level diffs, a provision's history, the changes made after public
 * participation (all public), and, for clerks, marking the participation version and correcting alignments.
 */
@RestController
@RequestMapping("/api/bills/{billId}")
class VersionController {

    private final BillService bills;
    private final VersionComparison comparison;

    VersionController(BillService bills, VersionComparison comparison) {
        this.bills = bills;
        this.comparison = comparison;
    }

    /** Which version went to public participation. */
    record ParticipationVersion(@Min(1) Integer version) {}

    /** A clerk's correction of the alignment between {@code toVersion - 1} and {@code toVersion}. */
    record CorrectionRequest(
            @NotNull @Min(2) Integer toVersion,
            @NotBlank String oldEId,
            @NotBlank String newEId,
            @NotNull AlignmentCorrection.Action action) {}

    @GetMapping("/diff")
    VersionDiff diff(
            @PathVariable BillId billId,
            @RequestParam(required = false) Integer from,
            @RequestParam(required = false) Integer to) {
        Bill bill = bills.get(billId);
        int newer = to != null ? to : bill.latestVersion();
        int older = from != null ? from : newer - 1;
        return comparison.diff(billId, older, newer);
    }

    @GetMapping("/provisions/{eId}/history")
    ProvisionHistory history(
            @PathVariable BillId billId, @PathVariable String eId, @RequestParam(required = false) Integer version) {
        return comparison.history(billId, eId, version);
    }

    @GetMapping("/participation-version")
    ParticipationVersion participationVersion(@PathVariable BillId billId) {
        return new ParticipationVersion(comparison.participationVersion(billId).orElse(null));
    }

    @PutMapping("/participation-version")
    @PreAuthorize("hasRole('CLERK')")
    ParticipationVersion markParticipationVersion(
            @PathVariable BillId billId, @Valid @RequestBody ParticipationVersion body) {
        comparison.markParticipationVersion(billId, body.version());
        return body;
    }

    @GetMapping("/after-participation")
    AfterParticipationReport afterParticipation(@PathVariable BillId billId) {
        return comparison.afterParticipation(billId);
    }

    @GetMapping("/alignment-corrections")
    List<AlignmentCorrection> corrections(@PathVariable BillId billId) {
        return comparison.corrections(billId);
    }

    @PostMapping("/alignment-corrections")
    @PreAuthorize("hasRole('CLERK')")
    ResponseEntity<AlignmentCorrection> correct(
            @PathVariable BillId billId, @Valid @RequestBody CorrectionRequest body, Authentication authentication) {
        AlignmentCorrection correction = comparison.correct(
                billId, body.toVersion(), body.oldEId(), body.newEId(), body.action(), authentication.getName());
        return ResponseEntity.created(URI.create("/api/bills/" + billId + "/alignment-corrections"))
                .body(correction);
    }
}
