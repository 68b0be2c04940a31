package org.maoni.memorandum.intake;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.maoni.bill.Provision;
import org.maoni.bill.ingest.TextBlock;
import org.maoni.memorandum.Stance;

/**
 * Turns a memorandum's text blocks into proposals on one bill version: each recommendations-table row becomes an
 * {@link ExtractedProposal} whose reference is resolved by {@link ProvisionReferences} and whose stance is inferred by
 * {@link Stance#infer}; the text outside the tables is the general comment. Stateless and thread-safe.
 */
public final class ProposalExtractor {

    /** Extracts the proposals of {@code blocks} against the version's provision tree. */
    public MemorandumProposals extract(List<TextBlock> blocks, List<Provision> tree) {
        Objects.requireNonNull(blocks, "blocks");
        ProvisionReferences references = new ProvisionReferences(tree);
        List<RecommendationTable> tables = RecommendationTable.find(blocks);
        List<ExtractedProposal> proposals = new ArrayList<>();
        boolean[] inTable = new boolean[blocks.size()];
        for (RecommendationTable table : tables) {
            for (int i = table.headerBlock(); i <= table.lastBlock(); i++) {
                inTable[i] = true;
            }
            for (ProposedChange change : table.changes()) {
                proposals.add(proposal(references, change));
            }
        }
        StringBuilder general = new StringBuilder();
        for (int i = 0; i < blocks.size(); i++) {
            String text = blocks.get(i).text().strip();
            if (!inTable[i] && !text.isEmpty()) {
                if (general.length() > 0) {
                    general.append('\n');
                }
                general.append(text);
            }
        }
        return new MemorandumProposals(proposals, general.toString());
    }

    private static ExtractedProposal proposal(ProvisionReferences references, ProposedChange change) {
        // the proposal's own words may say it adds a provision that the reference cell merely numbers ("Clause 5(1A)")
        boolean saysInsert = Stance.infer(change.proposedText(), false) == Stance.INSERT;
        ReferenceResolution r = references.resolve(change.reference(), saysInsert);
        boolean insertion = r.kind() == ReferenceResolution.Kind.INSERTION;
        Stance stance =
                Stance.infer(change.proposedText().isBlank() ? change.rationale() : change.proposedText(), insertion);
        return new ExtractedProposal(
                change.reference(),
                r.eIds(),
                insertion,
                change.proposedText(),
                change.rationale(),
                stance,
                r.closest());
    }
}
