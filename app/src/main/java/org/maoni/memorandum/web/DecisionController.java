package org.maoni.memorandum.web;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.maoni.bill.BillId;
import org.maoni.memorandum.Decider;
import org.maoni.memorandum.Decision;
import org.maoni.memorandum.DecisionCommand;
import org.maoni.memorandum.DecisionRecord;
import org.maoni.memorandum.Decisions;
import org.maoni.memorandum.Implementation;
import org.maoni.memorandum.MemorandumProblem;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The committee's decisions on a bill's proposals, one proposal or a group of identical ones at a time (the committee
 * matrix decides through here), each proposal's decision history, and the change of a later version that implements a
 * decision. Who may decide is the memorandum module's rule, answered as a problem detail.
 */
@RestController
@RequestMapping("/api/bills/{billId}")
class DecisionController {

    private final Decisions decisions;

    DecisionController(Decisions decisions) {
        this.decisions = decisions;
    }

    /** The implementing provision of a later version of the same bill. */
    record ImplementationRequest(Integer version, String eId) {}

    /** A decision for the proposals named. */
    record DecisionRequest(
            List<Long> proposalIds,
            Decision decision,
            String reasons,
            String observation,
            ImplementationRequest implementation) {}

    @PostMapping("/decisions")
    List<DecisionRecord> decide(
            @PathVariable BillId billId, @RequestBody DecisionRequest request, Authentication authentication) {
        if (request == null) {
            throw MemorandumProblem.invalidFields(
                    "Send a decision.", List.of(new MemorandumProblem.FieldError("decision", "is required")));
        }
        return decisions.decide(
                billId,
                new DecisionCommand(
                        request.proposalIds(),
                        request.decision(),
                        request.reasons(),
                        request.observation(),
                        implementation(billId, request.implementation())),
                decider(authentication));
    }

    @PutMapping("/proposals/{proposalId}/implementation")
    DecisionRecord implementedBy(
            @PathVariable BillId billId,
            @PathVariable long proposalId,
            @RequestBody ImplementationRequest request,
            Authentication authentication) {
        return decisions.implementedBy(billId, proposalId, implementation(billId, request), decider(authentication));
    }

    @GetMapping("/proposals/{proposalId}/decisions")
    @PreAuthorize("hasAnyRole('CLERK', 'COMMITTEE', 'ADMIN')")
    List<DecisionRecord> history(@PathVariable BillId billId, @PathVariable long proposalId) {
        return decisions.history(billId, proposalId);
    }

    private static Implementation implementation(BillId billId, ImplementationRequest request) {
        if (request == null) {
            return null;
        }
        if (request.version() == null) {
            throw MemorandumProblem.invalidFields(
                    "Name the version that implements the decision.",
                    List.of(new MemorandumProblem.FieldError("implementation.version", "is required")));
        }
        return new Implementation(billId, request.version(), request.eId());
    }

    private static Decider decider(Authentication authentication) {
        Set<String> roles = authentication == null
                ? Set.of()
                : authentication.getAuthorities().stream()
                        .map(GrantedAuthority::getAuthority)
                        .filter(a -> a.startsWith("ROLE_"))
                        .map(a -> a.substring("ROLE_".length()))
                        .collect(Collectors.toSet());
        return new Decider(authentication == null ? "anonymous" : authentication.getName(), roles);
    }
}
