package org.maoni.report.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.maoni.bill.AfterParticipationReport;
import org.maoni.bill.BillId;
import org.maoni.bill.ProvisionChange;
import org.maoni.bill.VersionComparison;
import org.maoni.memorandum.Decision;
import org.maoni.memorandum.ParticipationRecords;
import org.maoni.memorandum.PublishedMemorandum;
import org.maoni.memorandum.PublishedMemorandum.PublishedProposal;
import org.springframework.stereotype.Component;

/**
 * "You said, we did": every change made after public participation with the published decisions behind it. A decision
 * implements a change when the committee pointed it at one of the change's provisions; an accepted proposal on the
 * provision the change replaced asked for it; a change with neither is flagged as asked for by no proposal. Only
 * decisions whose response is published are used, so the result is public.
 */
@Component
public class ChangesWithDecisions {

    private static final List<Decision> ACCEPTING = List.of(Decision.ACCEPTED, Decision.ACCEPTED_WITH_AMENDMENT);

    private final VersionComparison comparison;
    private final ParticipationRecords records;

    ChangesWithDecisions(VersionComparison comparison, ParticipationRecords records) {
        this.comparison = comparison;
        this.records = records;
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

    public Report build(BillId billId) {
        AfterParticipationReport after = comparison.afterParticipation(billId);
        List<PublishedMemorandum> published = records.published().stream()
                .filter(m -> m.billId().equals(billId))
                .toList();
        List<Change> changes = new ArrayList<>();
        int unrequested = 0;
        for (AfterParticipationReport.Entry entry : after.entries()) {
            ProvisionChange change = entry.change();
            List<Basis> implementing = new ArrayList<>();
            List<Basis> askedFor = new ArrayList<>();
            for (PublishedMemorandum m : published) {
                for (PublishedProposal p : m.proposals()) {
                    if (p.decision() == null) {
                        continue;
                    }
                    var impl = p.decision().implementation();
                    if (impl != null && change.newEIds().contains(impl.eId())) {
                        implementing.add(basis(m, p));
                    } else if (m.version() == after.participationVersion()
                            && ACCEPTING.contains(p.decision().decision())
                            && concerns(p.eIds(), change.oldEIds())) {
                        askedFor.add(basis(m, p));
                    }
                }
            }
            boolean none = implementing.isEmpty() && askedFor.isEmpty();
            if (none) {
                unrequested++;
            }
            changes.add(
                    new Change(change, entry.introducedIn(), entry.introducedInLabel(), implementing, askedFor, none));
        }
        return new Report(billId, after.participationVersion(), after.latestVersion(), unrequested, changes);
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
