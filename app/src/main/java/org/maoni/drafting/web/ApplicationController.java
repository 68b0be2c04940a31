package org.maoni.drafting.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.util.List;
import java.util.Set;
import org.maoni.bill.BillId;
import org.maoni.bill.DraftProblem;
import org.maoni.drafting.ApplicableProposal;
import org.maoni.drafting.ProposalApplication;
import org.maoni.drafting.ProposalApplications;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Accepted proposals and their application to a draft over HTTP: staff read them (anyone else gets 404, as for the
 * draft itself); clerks apply them.
 */
@RestController
@RequestMapping("/api/bills/{billId}/drafts/{number}")
class ApplicationController {

    private static final Set<String> STAFF = Set.of("ROLE_CLERK", "ROLE_COMMITTEE", "ROLE_ADMIN");

    private final ProposalApplications applications;

    ApplicationController(ProposalApplications applications) {
        this.applications = applications;
    }

    /** Which proposal to apply. */
    record ApplyRequest(@NotNull Long proposalId) {}

    @GetMapping("/applicable-proposals")
    List<ApplicableProposal> applicable(
            @PathVariable BillId billId, @PathVariable int number, Authentication authentication) {
        staffOnly(billId, number, authentication);
        return applications.applicable(billId, number);
    }

    @GetMapping("/applications")
    List<ProposalApplication> applications(
            @PathVariable BillId billId, @PathVariable int number, Authentication authentication) {
        staffOnly(billId, number, authentication);
        return applications.applications(billId, number);
    }

    @PostMapping("/applications")
    @PreAuthorize("hasRole('CLERK')")
    ResponseEntity<ProposalApplication> apply(
            @PathVariable BillId billId,
            @PathVariable int number,
            @Valid @RequestBody ApplyRequest body,
            Authentication authentication) {
        ProposalApplication applied = applications.apply(billId, number, body.proposalId(), authentication.getName());
        return ResponseEntity.created(URI.create("/api/bills/" + billId + "/drafts/" + number + "/applications"))
                .body(applied);
    }

    private static void staffOnly(BillId billId, int number, Authentication authentication) {
        boolean staff = authentication != null
                && !(authentication instanceof AnonymousAuthenticationToken)
                && authentication.isAuthenticated()
                && authentication.getAuthorities().stream()
                        .map(GrantedAuthority::getAuthority)
                        .anyMatch(STAFF::contains);
        if (!staff) {
            throw DraftProblem.draftNotFound(billId, number);
        }
    }
}
