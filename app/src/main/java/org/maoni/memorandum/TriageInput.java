package org.maoni.memorandum;

import java.util.List;

/** A clerk's triage of a memorandum: for each proposal, the confirmed links, stance and themes. */
public record TriageInput(List<ProposalTriage> proposals) {

    public TriageInput {
        proposals = proposals == null ? List.of() : List.copyOf(proposals);
    }

    /** The confirmed or corrected links ({@code eIds} of the version; empty for the whole bill), stance and themes. */
    public record ProposalTriage(long proposalId, List<String> eIds, Stance stance, List<String> themes) {

        public ProposalTriage {
            eIds = eIds == null ? List.of() : List.copyOf(eIds);
            themes = themes == null ? List.of() : List.copyOf(themes);
        }
    }
}
