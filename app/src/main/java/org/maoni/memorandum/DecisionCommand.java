package org.maoni.memorandum;

import java.util.List;

/**
 * One decision for one proposal or a whole group of identical ones: the decision, its mandatory reasons, an optional
 * committee observation, and optionally the change of a later version that implements it.
 */
public record DecisionCommand(
        List<Long> proposalIds, Decision decision, String reasons, String observation, Implementation implementation) {

    public DecisionCommand {
        proposalIds = proposalIds == null ? List.of() : List.copyOf(proposalIds);
    }
}
