package org.maoni.report.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.maoni.bill.AfterParticipationReport;
import org.maoni.bill.BillId;
import org.maoni.bill.BillProblem;
import org.maoni.bill.BillService;
import org.maoni.bill.Provision;
import org.maoni.bill.ProvisionChange;
import org.maoni.bill.VersionComparison;
import org.maoni.bill.VersionDiff;
import org.maoni.diff.ChangeKind;
import org.maoni.memorandum.Decision;
import org.maoni.memorandum.Implementation;
import org.maoni.memorandum.ParticipationRecords;
import org.maoni.memorandum.PublishedMemorandum;
import org.maoni.memorandum.PublishedMemorandum.PublishedProposal;
import org.springframework.stereotype.Component;

/**
 * "You said, we did": every change made after public participation, or between any two versions, with the published
 * decisions behind it. A decision implements a change when the provision it was carried out in is one of the change's
 * provisions; an accepted proposal on the provision the change replaced asked for it; a change with neither is flagged
 * as asked for by no proposal. Only decisions whose response is published are used, so the result is public.
 */
@Component
public class ChangesWithDecisions {

    private static final List<Decision> ACCEPTING = List.of(Decision.ACCEPTED, Decision.ACCEPTED_WITH_AMENDMENT);

    private final VersionComparison comparison;
    private final ParticipationRecords records;
    private final BillService bills;

    ChangesWithDecisions(VersionComparison comparison, ParticipationRecords records, BillService bills) {
        this.comparison = comparison;
        this.records = records;
        this.bills = bills;
    }

    /** The after-participation report of a bill, each change with its decisions. */
    public record Report(
            BillId billId, int participationVersion, int latestVersion, int unrequested, List<Change> changes) {

        public Report {
            changes = List.copyOf(changes);
        }
    }

    /** One change after participation: the decisions implementing it, the proposals that asked for it, and the flag. */
    public record Change(
            ProvisionChange change,
            int introducedIn,
            String introducedInLabel,
            List<Basis> implementing,
            List<Basis> askedFor,
            boolean unrequested) {

        public Change {
            implementing = List.copyOf(implementing);
            askedFor = List.copyOf(askedFor);
        }
    }

    /**
     * The changes from {@code from} to {@code to} with their decisions; {@code participationVersion} is null when the
     * bill names none (then no change is flagged).
     */
    public record DiffReport(
            BillId billId, int from, int to, Integer participationVersion, int unrequested, List<DiffChange> changes) {

        public DiffReport {
            changes = List.copyOf(changes);
        }
    }

    /** One change between two versions with the decisions implementing it, the proposals that asked for it, and the flag. */
    public record DiffChange(
            ProvisionChange change, List<Basis> implementing, List<Basis> askedFor, boolean unrequested) {

        public DiffChange {
            implementing = List.copyOf(implementing);
            askedFor = List.copyOf(askedFor);
        }
    }

    /** A published proposal and its decision. */
    public record Basis(
            long proposalId,
            String memorandum,
            String provision,
            String proposedText,
            Decision decision,
            String reasons,
            String decidedBy,
            Instant decidedAt) {}

    /**
     * Every change between two versions ({@code from} before {@code to}) with the published decisions implementing it
     * and the accepted proposals on the provision it replaced. Changes of wording, insertions, deletions, moves,
     * splits and merges with neither are flagged as asked for by no proposal, but only when {@code from} is the
     * participation version or later: before participation nothing could have been asked for. Renumbering alone is
     * not flagged (it follows from other changes).
     */
    public DiffReport diff(BillId billId, int from, int to) {
        if (from > to) {
            throw BillProblem.invalidFields(
                    "Compare an earlier version with a later one.",
                    List.of(new BillProblem.FieldError("from", "must be before 'to'")));
        }
        VersionDiff diff = comparison.diff(billId, from, to);
        Integer participation = comparison.participationVersion(billId).orElse(null);
        boolean canFlag = participation != null && from >= participation;
        Matching matching = new Matching(billId, from, to);
        List<DiffChange> changes = new ArrayList<>();
        int unrequested = 0;
        for (ProvisionChange change : diff.changes()) {
            if (change.kind() == ChangeKind.UNCHANGED && !change.textChanged()) {
                continue;
            }
            List<Basis> implementing = matching.implementing(change);
            List<Basis> askedFor = matching.askedFor(change, implementing);
            boolean none =
                    canFlag && change.kind() != ChangeKind.RENUMBERED && implementing.isEmpty() && askedFor.isEmpty();
            if (none) {
                unrequested++;
            }
            changes.add(new DiffChange(change, implementing, askedFor, none));
        }
        return new DiffReport(billId, from, to, participation, unrequested, changes);
    }

    public Report build(BillId billId) {
        AfterParticipationReport after = comparison.afterParticipation(billId);
        Matching matching = new Matching(billId, after.participationVersion(), after.latestVersion());
        List<Change> changes = new ArrayList<>();
        int unrequested = 0;
        for (AfterParticipationReport.Entry entry : after.entries()) {
            ProvisionChange change = entry.change();
            List<Basis> implementing = matching.implementing(change);
            List<Basis> askedFor = matching.askedFor(change, implementing);
            boolean none = implementing.isEmpty() && askedFor.isEmpty();
            if (none) {
                unrequested++;
            }
            changes.add(
                    new Change(change, entry.introducedIn(), entry.introducedInLabel(), implementing, askedFor, none));
        }
        return new Report(billId, after.participationVersion(), after.latestVersion(), unrequested, changes);
    }

    /**
     * The published proposals of one bill matched with the changes from one version to a later one. A decision
     * implements a change when the provision it names (in the version that carried it out) is, by eId in {@code to}
     * or else by lineage, one of the change's new provisions or inside one; a proposal on {@code from} asked for a
     * change when it was accepted and is on one of the provisions the change replaced, or inside one.
     */
    private final class Matching {

        private final BillId billId;
        private final int from;
        private final int to;
        private final List<PublishedMemorandum> published;
        private final Map<String, String> toEIdByLineage = new HashMap<>();
        private final Set<String> toEIds = new HashSet<>();
        private final Map<Integer, Map<String, String>> lineageByEId = new HashMap<>();

        Matching(BillId billId, int from, int to) {
            this.billId = billId;
            this.from = from;
            this.to = to;
            this.published = records.published().stream()
                    .filter(m -> m.billId().equals(billId))
                    .toList();
            for (Provision p : Provision.flatten(bills.tree(billId, to).provisions())) {
                toEIds.add(p.eId());
                if (p.lineageId() != null) {
                    toEIdByLineage.putIfAbsent(p.lineageId(), p.eId());
                }
            }
        }

        List<Basis> implementing(ProvisionChange change) {
            List<Basis> out = new ArrayList<>();
            for (PublishedMemorandum m : published) {
                for (PublishedProposal p : m.proposals()) {
                    Implementation impl =
                            p.decision() == null ? null : p.decision().implementation();
                    if (impl == null || impl.version() <= from || impl.version() > to) {
                        continue;
                    }
                    String here = inTo(impl);
                    if (here != null && concerns(List.of(here), change.newEIds())) {
                        out.add(basis(m, p));
                    }
                }
            }
            return out;
        }

        List<Basis> askedFor(ProvisionChange change, List<Basis> implementing) {
            List<Basis> out = new ArrayList<>();
            for (PublishedMemorandum m : published) {
                if (m.version() != from) {
                    continue;
                }
                for (PublishedProposal p : m.proposals()) {
                    if (p.decision() != null
                            && ACCEPTING.contains(p.decision().decision())
                            && implementing.stream().noneMatch(b -> b.proposalId() == p.id())
                            && concerns(p.eIds(), change.oldEIds())) {
                        out.add(basis(m, p));
                    }
                }
            }
            return out;
        }

        /** The eId in version {@code to} of the provision an implementation names, or null. */
        private String inTo(Implementation impl) {
            if (impl.version() == to) {
                return toEIds.contains(impl.eId()) ? impl.eId() : null;
            }
            String lineage = lineageByEId
                    .computeIfAbsent(impl.version(), v -> {
                        Map<String, String> byEId = new HashMap<>();
                        for (Provision p :
                                Provision.flatten(bills.tree(billId, v).provisions())) {
                            if (p.lineageId() != null) {
                                byEId.put(p.eId(), p.lineageId());
                            }
                        }
                        return byEId;
                    })
                    .get(impl.eId());
            String byLineage = lineage == null ? null : toEIdByLineage.get(lineage);
            if (byLineage != null) {
                return byLineage;
            }
            return toEIds.contains(impl.eId()) ? impl.eId() : null;
        }
    }

    /** Whether a proposal's provisions are one of the changed ones or inside one of them. */
    private static boolean concerns(List<String> proposalEIds, List<String> changedEIds) {
        for (String e : proposalEIds) {
            for (String changed : changedEIds) {
                if (e.equals(changed) || e.startsWith(changed + "__")) {
                    return true;
                }
            }
        }
        return false;
    }

    private static Basis basis(PublishedMemorandum m, PublishedProposal p) {
        var d = p.decision();
        return new Basis(
                p.id(),
                m.reference().value(),
                p.reference(),
                p.proposedText(),
                d.decision(),
                d.reasons(),
                d.decidedBy(),
                d.decidedAt());
    }
}
