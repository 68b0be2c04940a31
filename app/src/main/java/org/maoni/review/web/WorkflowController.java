package org.maoni.review.web;

import java.util.List;
import org.maoni.memorandum.Memoranda;
import org.maoni.memorandum.MemorandumReference;
import org.maoni.review.internal.ReviewProblem;
import org.maoni.review.internal.ReviewSteps;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * The steps of a memorandum's review, for its status page: for staff, or for the submitter who shows the receipt token
 * in the {@code X-Receipt-Token} header (a wrong token answers exactly like an unknown reference).
 */
@RestController
class WorkflowController {

    private final ReviewSteps steps;
    private final Memoranda memoranda;

    WorkflowController(ReviewSteps steps, Memoranda memoranda) {
        this.steps = steps;
        this.memoranda = memoranda;
    }

    @GetMapping("/api/memoranda/{reference}/workflow")
    List<ReviewSteps.Step> workflow(
            @PathVariable String reference,
            @RequestHeader(name = "X-Receipt-Token", required = false) String token,
            Authentication authentication) {
        MemorandumReference parsed =
                MemorandumReference.parse(reference).orElseThrow(() -> ReviewProblem.workflowNotFound(reference));
        if (StaffUsers.of(authentication) == null) {
            if (token == null || token.isBlank()) {
                throw new AccessDeniedException("Staff or the submitter's receipt token only");
            }
            memoranda.forSubmitter(parsed, token);
        }
        return steps.of(parsed);
    }
}
