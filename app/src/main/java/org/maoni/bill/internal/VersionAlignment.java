package org.maoni.bill.internal;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.maoni.bill.BillId;
import org.maoni.bill.BillProblem;
import org.maoni.bill.Provision;
import org.maoni.bill.ProvisionType;
import org.maoni.bill.internal.BillRepository.AlignmentRow;
import org.maoni.bill.internal.BillRepository.CorrectionRow;
import org.maoni.diff.AlignableProvision;
import org.maoni.diff.Alignment;
import org.maoni.diff.ChangeKind;
import org.maoni.diff.ProvisionAligner;
import org.maoni.diff.ProvisionLink;
import org.springframework.stereotype.Component;

/**
 * Aligns each version of a bill with the one before it and carries lineage ids forward: a provision matched to an
 * earlier one (unchanged, modified, renumbered, moved, the first part of a split, the result of a merge) keeps its
 * lineage, and so do its sub-provisions that keep their place in it; clerks' corrections pin or forbid links.
 */
@Component
public class VersionAlignment {

    /** The node types aligned against each other; their descendants follow their lineage. */
    static final Set<ProvisionType> ALIGNED = ProvisionType.STANDALONE;

    private static final Set<ChangeKind> CARRIES_LINEAGE = EnumSet.of(
            ChangeKind.UNCHANGED,
            ChangeKind.MODIFIED,
            ChangeKind.RENUMBERED,
            ChangeKind.MOVED,
            ChangeKind.SPLIT,
            ChangeKind.MERGED);

    private final BillRepository repository;
    private final ProvisionAligner aligner;

    VersionAlignment(BillRepository repository, VersionProperties properties) {
        this.repository = repository;
        this.aligner = new ProvisionAligner(properties.alignment());
    }

    /** The alignment-level provisions of a tree in document order, keyed by eId. */
    public static Map<String, Provision> alignedNodes(List<Provision> tree) {
        Map<String, Provision> out = new LinkedHashMap<>();
        collect(tree, out);
        return out;
    }

    /** What the aligner compares: Parts by heading alone (their clauses are aligned themselves), others by text. */
    public static List<AlignableProvision> alignable(List<Provision> tree) {
        List<AlignableProvision> out = new ArrayList<>();
        addAlignable(tree, "", out);
        return out;
    }

    /** Aligns two trees, honouring pinned and forbidden links; any pair of versions may be compared. */
    public List<Alignment> align(
            List<Provision> older, List<Provision> newer, List<ProvisionLink> pinned, List<ProvisionLink> forbidden) {
        try {
            return aligner.align(alignable(older), alignable(newer), pinned, forbidden);
        } catch (IllegalArgumentException e) {
            throw BillProblem.invalidFields(
                    "The alignment corrections contradict each other: " + e.getMessage(),
                    List.of(new BillProblem.FieldError("corrections", e.getMessage())));
        }
    }

    /**
     * Realigns version {@code to} with version {@code to - 1}, stores the alignment and updates the lineage of
     * version {@code to}; returns the alignment.
     */
    public List<Alignment> realign(BillId billId, int to) {
        return realign(billId, to, List.of());
    }

    /**
     * Like {@link #realign(BillId, int)}, with further links pinned: a version drafted in Maoni knows which of its
     * provisions are which of the version before, and says so rather than letting the aligner guess.
     */
    public List<Alignment> realign(BillId billId, int to, List<ProvisionLink> alsoPinned) {
        List<Provision> older = repository.tree(billId, to - 1);
        List<Provision> newer = repository.tree(billId, to);
        List<ProvisionLink> pinned = new ArrayList<>(alsoPinned);
        List<ProvisionLink> forbidden = new ArrayList<>();
        Map<String, Provision> olderNodes = alignedNodes(older);
        Map<String, Provision> newerNodes = alignedNodes(newer);
        for (CorrectionRow c : repository.corrections(billId)) {
            if (c.toVersion() != to || !olderNodes.containsKey(c.oldEId()) || !newerNodes.containsKey(c.newEId())) {
                continue;
            }
            ProvisionLink link = new ProvisionLink(c.oldEId(), c.newEId());
            if ("LINK".equals(c.action())) {
                pinned.add(link);
            } else {
                forbidden.add(link);
            }
        }
        List<Alignment> alignments = align(older, newer, pinned, forbidden);
        repository.updateLineages(billId, to, lineages(older, newer, alignments));
        repository.replaceAlignment(
                billId,
                to,
                alignments.stream()
                        .map(a -> new AlignmentRow(
                                a.kind().name(), a.oldKeys(), a.newKeys(), a.similarity(), a.textChanged()))
                        .toList());
        return alignments;
    }

    /** Realigns every version from {@code from} to the latest, in order, so lineages stay consistent. */
    public void realignFrom(BillId billId, int from, int latest) {
        for (int v = Math.max(2, from); v <= latest; v++) {
            realign(billId, v);
        }
    }

    /** The lineage id of every node of the newer tree, given the older tree's lineages and the alignment. */
    static Map<String, String> lineages(List<Provision> older, List<Provision> newer, List<Alignment> alignments) {
        Map<String, Provision> olderNodes = alignedNodes(older);
        Map<String, Provision> newerNodes = alignedNodes(newer);
        Map<String, String> result = new HashMap<>();
        for (Alignment a : alignments) {
            if (!CARRIES_LINEAGE.contains(a.kind())
                    || a.oldKeys().isEmpty()
                    || a.newKeys().isEmpty()) {
                continue;
            }
            Provision from = olderNodes.get(a.oldKeys().get(0));
            Provision to = newerNodes.get(a.newKeys().get(0));
            if (from != null && to != null) {
                inherit(from, to, result);
            }
        }
        assignFresh(newer, result);
        return result;
    }

    private static void inherit(Provision from, Provision to, Map<String, String> result) {
        result.put(to.eId(), from.lineageId());
        Map<String, Provision> oldChildren = new HashMap<>();
        for (Provision c : from.children()) {
            if (!ALIGNED.contains(c.type())) {
                oldChildren.put(relative(from.eId(), c.eId()), c);
            }
        }
        for (Provision c : to.children()) {
            if (ALIGNED.contains(c.type())) {
                continue;
            }
            Provision match = oldChildren.get(relative(to.eId(), c.eId()));
            if (match != null && match.type() == c.type()) {
                inherit(match, c, result);
            }
        }
    }

    private static void assignFresh(List<Provision> nodes, Map<String, String> result) {
        for (Provision p : nodes) {
            result.computeIfAbsent(p.eId(), k -> UUID.randomUUID().toString());
            assignFresh(p.children(), result);
        }
    }

    private static String relative(String parent, String child) {
        return child.startsWith(parent + "__") ? child.substring(parent.length()) : child;
    }

    private static void collect(List<Provision> nodes, Map<String, Provision> out) {
        for (Provision p : nodes) {
            if (ALIGNED.contains(p.type())) {
                out.put(p.eId(), p);
            }
            if (p.type() == ProvisionType.PART || p.type() == ProvisionType.DIVISION) {
                collect(p.children(), out);
            }
        }
    }

    private static void addAlignable(List<Provision> nodes, String container, List<AlignableProvision> out) {
        for (Provision p : nodes) {
            if (!ALIGNED.contains(p.type())) {
                continue;
            }
            boolean grouping = p.type() == ProvisionType.PART || p.type() == ProvisionType.DIVISION;
            String text = grouping ? nullToEmpty(p.heading()) : bodyText(p);
            out.add(new AlignableProvision(p.eId(), p.type().name(), p.num(), p.heading(), text, container));
            if (grouping) {
                addAlignable(p.children(), nullToEmpty(p.heading()), out);
            }
        }
    }

    /** The provision's text and its descendants' without its own number and heading, which the aligner weighs apart. */
    static String bodyText(Provision p) {
        return new Provision(p.eId(), p.type(), null, null, p.text(), p.wrapUp(), p.children()).fullText();
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
