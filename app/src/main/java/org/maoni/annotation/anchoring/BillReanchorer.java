package org.maoni.annotation.anchoring;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.maoni.bill.Provision;
import org.maoni.diff.Alignment;

/**
 * Re-anchors the quotes of one bill version in the next. Each quote's provision is traced to the provision aligned
 * across versions that holds it (a clause, Part, Schedule...), through the alignment to that provision's successors
 * (several after a split; none after a deletion), and found there by {@link Reanchorer}; the result names the
 * deepest successor provision holding the new quote, or the successor itself when the quote was on the aligned
 * provision. Thread-safe.
 */
public final class BillReanchorer {

    private final Reanchorer reanchorer;

    public BillReanchorer() {
        this(new Reanchorer());
    }

    public BillReanchorer(Reanchorer reanchorer) {
        this.reanchorer = Objects.requireNonNull(reanchorer, "reanchorer");
    }

    /**
     * One outcome per quote, in order. {@code alignment} aligns the standalone provisions of {@code oldTree} with
     * those of {@code newTree} (as the bill module stores it). A quote on an eId the old tree lacks is orphaned.
     */
    public List<Outcome> reanchor(
            List<Provision> oldTree, List<Provision> newTree, List<Alignment> alignment, List<AnchoredQuote> quotes) {
        ProvisionLayout before = ProvisionLayout.of(oldTree);
        ProvisionLayout after = ProvisionLayout.of(newTree);
        Map<String, List<String>> successors = new HashMap<>();
        for (Alignment a : alignment) {
            for (String oldKey : a.oldKeys()) {
                successors.computeIfAbsent(oldKey, k -> new ArrayList<>()).addAll(a.newKeys());
            }
        }
        List<Outcome> out = new ArrayList<>(quotes.size());
        for (AnchoredQuote quote : quotes) {
            out.add(reanchor(quote, before, after, successors));
        }
        return out;
    }

    private Outcome reanchor(
            AnchoredQuote quote, ProvisionLayout before, ProvisionLayout after, Map<String, List<String>> successors) {
        ProvisionLayout.Placement placement = before.placement(quote.eId());
        if (placement == null) {
            return Outcome.orphaned(quote, "no provision " + quote.eId() + " in the old version");
        }
        String oldText = before.alignedText(placement.alignedKey());
        int from = CodePoints.toUnits(placement.text(), quote.start());
        int to = CodePoints.toUnits(placement.text(), quote.end());
        int offsetPoints = CodePoints.toPoints(oldText, placement.offset());
        AnchoredQuote inAligned = from < 0 || to < 0
                ? new AnchoredQuote(placement.alignedKey(), quote.exact(), quote.prefix(), quote.suffix(), 0, 0)
                : new AnchoredQuote(
                        placement.alignedKey(),
                        quote.exact(),
                        quote.prefix(),
                        quote.suffix(),
                        offsetPoints + quote.start(),
                        offsetPoints + quote.end());
        List<Reanchorer.Successor> next = new ArrayList<>();
        for (String key : successors.getOrDefault(placement.alignedKey(), List.of())) {
            String text = after.alignedText(key);
            if (text != null) {
                next.add(new Reanchorer.Successor(key, text));
            }
        }
        Outcome found = reanchorer.reanchor(inAligned, oldText, next);
        if (found.anchored() == null) {
            return new Outcome(AnchorStatus.ORPHANED, quote, null, 0, found.note());
        }
        AnchoredQuote a = found.anchored();
        String alignedText = after.alignedText(a.eId());
        int f = CodePoints.toUnits(alignedText, a.start());
        int t = CodePoints.toUnits(alignedText, a.end());
        ProvisionLayout.Placement target = after.placement(a.eId());
        if (!quote.eId().equals(placement.alignedKey())) {
            String relative = quote.eId().substring(placement.alignedKey().length());
            ProvisionLayout.Placement same = after.placement(a.eId() + relative);
            for (String eId : after.within(a.eId())) {
                ProvisionLayout.Placement p = after.placement(eId);
                if (holds(p, f, t) && (p.depth() > target.depth())) {
                    target = p;
                }
            }
            if (same != null && holds(same, f, t) && same.depth() >= target.depth() - 1) {
                target = same;
            }
        }
        int start = CodePoints.toPoints(target.text(), f - target.offset());
        int end = CodePoints.toPoints(target.text(), t - target.offset());
        AnchoredQuote anchored = AnchoredQuote.at(target.eId(), target.text(), start, end);
        return new Outcome(found.status(), quote, anchored, found.similarity(), found.note());
    }

    private static boolean holds(ProvisionLayout.Placement p, int from, int to) {
        return p.offset() <= from && to <= p.offset() + p.text().length();
    }
}
