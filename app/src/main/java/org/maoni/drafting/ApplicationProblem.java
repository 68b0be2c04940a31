package org.maoni.drafting;

import java.util.Map;
import org.maoni.web.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/**
 * An application of a proposal to a draft that was not made, as an RFC 9457 problem detail
 * ({@code urn:maoni:problem:<slug>}); the draft is left as it was.
 */
public final class ApplicationProblem extends ErrorResponseException {

    private static final long serialVersionUID = 1L;

    private ApplicationProblem(HttpStatus status, String slug, String title, String detail, Map<String, Object> props) {
        super(status, Problems.of(status, slug, title, detail, props), null);
    }

    public static ApplicationProblem proposalNotFound(long proposalId) {
        return new ApplicationProblem(
                HttpStatus.NOT_FOUND,
                "proposal-not-found",
                "No accepted proposal",
                "Proposal " + proposalId + " is not an accepted proposal on this bill.",
                Map.of());
    }

    public static ApplicationProblem alreadyApplied(long proposalId, int draft) {
        return new ApplicationProblem(
                HttpStatus.CONFLICT,
                "proposal-already-applied",
                "The proposal is already applied",
                "Proposal " + proposalId + " was already applied to draft " + draft + ".",
                Map.of());
    }

    /** The proposal no longer applies cleanly; {@code reasonCode} says why (e.g. {@code quote-not-found}). */
    public static ApplicationProblem notApplicable(long proposalId, String reasonCode, String reason) {
        return new ApplicationProblem(
                HttpStatus.UNPROCESSABLE_ENTITY,
                "proposal-not-applicable",
                "The proposal cannot be applied mechanically",
                "Proposal " + proposalId + " was not applied: " + reason,
                Map.of("reasonCode", reasonCode));
    }

    public static ApplicationProblem invalid(String detail) {
        return new ApplicationProblem(HttpStatus.BAD_REQUEST, "invalid-request", "Invalid request", detail, Map.of());
    }
}
