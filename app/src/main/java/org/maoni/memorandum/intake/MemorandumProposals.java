package org.maoni.memorandum.intake;

import java.util.List;

/**
 * What a memorandum proposes on one bill version: its table rows as {@link ExtractedProposal}s in document order,
 * and everything outside its recommendations tables as the general comment (paragraphs joined by newlines).
 */
public record MemorandumProposals(List<ExtractedProposal> proposals, String generalComment) {

    public MemorandumProposals {
        proposals = List.copyOf(proposals);
        generalComment = generalComment == null ? "" : generalComment;
    }
}
