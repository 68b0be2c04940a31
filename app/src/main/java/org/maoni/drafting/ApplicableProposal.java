package org.maoni.drafting;

import java.util.List;
import org.maoni.memorandum.Decision;
import org.maoni.memorandum.Stance;

/**
 * An accepted proposal (accepted, or accepted with amendment) on a bill, as the drafter of a draft sees it: what it
 * asks for, what applying it would do ({@code action} on {@code draftEId}) when it still applies cleanly, why not
 * ({@code reasonCode}, {@code reason}) when it does not, and the application once made. No personal data.
 */
public record ApplicableProposal(
        long proposalId,
        String memorandum,
        int version,
        String provision,
        List<String> eIds,
        Stance stance,
        String proposedText,
        String justification,
        Decision decision,
        String decisionReasons,
        State state,
        ApplicationAction action,
        String draftEId,
        String reasonCode,
        String reason,
        ProposalApplication application) {

    public ApplicableProposal {
        eIds = List.copyOf(eIds);
    }

    /** Whether the proposal can be applied now, was applied to this draft, or cannot be applied mechanically. */
    public enum State {
        APPLICABLE,
        APPLIED,
        NOT_APPLICABLE
    }
}
