package org.maoni.memorandum;

import java.util.List;

/**
 * One stored proposal of a memorandum. {@code reference} is the provision as the submitter named it; {@code eIds} the
 * provisions of the bill version it is linked to (empty for the bill as a whole or when unresolved, then
 * {@code closest} suggests candidates); {@code linkConfirmed} once a clerk has triaged it; {@code decision} null until
 * the committee decides.
 */
public record Proposal(
        long id,
        int position,
        String reference,
        List<String> eIds,
        boolean insertion,
        Stance stance,
        String proposedText,
        String justification,
        List<String> themes,
        List<String> closest,
        boolean linkConfirmed,
        ProposalDecision decision) {

    public Proposal {
        eIds = List.copyOf(eIds);
        themes = List.copyOf(themes);
        closest = List.copyOf(closest);
    }
}
