package org.maoni.drafting.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.maoni.bill.BillId;
import org.maoni.bill.BillService;
import org.maoni.bill.BillVersionAdded;
import org.maoni.bill.Draft;
import org.maoni.bill.DraftVersions;
import org.maoni.bill.Provision;
import org.maoni.bill.ProvisionType;
import org.maoni.drafting.ApplicationAction;
import org.maoni.drafting.ProposalApplication;
import org.maoni.drafting.ProposalApplications;
import org.maoni.memorandum.Decisions;
import org.maoni.memorandum.Implementation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponseException;

/**
 * Closes the loop "you said, we did" when a draft is published: every proposal applied to that draft gets its decision
 * pointed at the provision of the new version that carries it out, found by the application's lineage (its eId when no
 * provision has that lineage). A deleted sub-provision (subclause, paragraph) points at the provision that contained
 * it, which the deletion changed; a deleted clause, Part or Schedule has no provision in the new version, so nothing is
 * recorded and the version diff shows the deletion with the accepted proposal on the provision it removed. Redelivery
 * is harmless: {@link Decisions#carriedOut} records an implementation once.
 */
@Component
class ImplementationRecorder {

    private static final Logger log = LoggerFactory.getLogger(ImplementationRecorder.class);

    private final ProposalApplications applications;
    private final DraftVersions drafts;
    private final BillService bills;
    private final Decisions decisions;

    ImplementationRecorder(
            ProposalApplications applications, DraftVersions drafts, BillService bills, Decisions decisions) {
        this.applications = applications;
        this.drafts = drafts;
        this.bills = bills;
        this.decisions = decisions;
    }

    /** Where an application landed in the published version, or why it has no provision there. */
    record Target(String eId, String skipped) {

        static Target at(String eId) {
            return new Target(eId, null);
        }

        static Target none(String why) {
            return new Target(null, why);
        }
    }

    @ApplicationModuleListener
    void on(BillVersionAdded event) {
        BillId id = event.billId();
        int version = event.versionNumber();
        List<ProposalApplication> applied = applications.appliedIn(id, version);
        if (applied.isEmpty()) {
            return;
        }
        int base = drafts.list(id).stream()
                .filter(d -> d.publishedVersion() != null && d.publishedVersion() == version)
                .mapToInt(Draft::baseVersion)
                .findFirst()
                .orElse(version - 1);
        List<Provision> before = bills.tree(id, base).provisions();
        List<Provision> published = bills.tree(id, version).provisions();
        for (ProposalApplication a : applied) {
            Target target = target(a, before, published);
            if (target.eId() == null) {
                log.info(
                        "Proposal {} applied to draft {} of bill {}: no implementing provision in version {} ({})",
                        a.proposalId(),
                        a.draft(),
                        id.value(),
                        version,
                        target.skipped());
                continue;
            }
            try {
                decisions.carriedOut(id, a.proposalId(), new Implementation(id, version, target.eId()), a.appliedBy());
            } catch (ErrorResponseException refused) {
                // a refusal is final (e.g. the committee rejected the proposal after it was applied): retrying the
                // event would not change it, so it is logged and the other applications are still recorded
                log.warn(
                        "Proposal {} of bill {} not recorded as carried out by version {}: {}",
                        a.proposalId(),
                        id.value(),
                        version,
                        refused.getBody().getDetail());
            }
        }
    }

    /** The provision of {@code published} that carries out the application made to a draft of {@code before}. */
    static Target target(ProposalApplication a, List<Provision> before, List<Provision> published) {
        List<Provision> now = Provision.flatten(published);
        Optional<Provision> byLineage = a.lineageId() == null
                ? Optional.empty()
                : now.stream().filter(p -> a.lineageId().equals(p.lineageId())).findFirst();
        if (byLineage.isPresent()) {
            return Target.at(byLineage.get().eId());
        }
        if (a.action() != ApplicationAction.DELETE_PROVISION) {
            return now.stream()
                    .filter(p -> p.eId().equals(a.eId()))
                    .findFirst()
                    .map(p -> Target.at(p.eId()))
                    .orElseGet(() -> Target.none("the provision it changed is no longer in the version"));
        }
        List<Provision> path = pathTo(before, a);
        if (path.isEmpty()) {
            return Target.none("the deleted provision is not in the version the draft started from");
        }
        Provision deleted = path.get(path.size() - 1);
        if (ProvisionType.STANDALONE.contains(deleted.type()) || path.size() < 2) {
            return Target.none("the whole " + deleted.type().name().toLowerCase(java.util.Locale.ROOT) + " "
                    + deleted.eId() + " was deleted; the diff shows the deletion with the proposals on it");
        }
        Provision parent = path.get(path.size() - 2);
        return now.stream()
                .filter(p -> parent.lineageId() != null && parent.lineageId().equals(p.lineageId()))
                .findFirst()
                .map(p -> Target.at(p.eId()))
                .orElseGet(() -> Target.none("the provision that contained the deleted one is gone too"));
    }

    /** The deleted provision and its ancestors in {@code tree}, outermost first (empty when it is not there). */
    private static List<Provision> pathTo(List<Provision> tree, ProposalApplication a) {
        for (Provision p : tree) {
            boolean match = a.lineageId() != null
                    ? a.lineageId().equals(p.lineageId())
                    : p.eId().equals(a.eId());
            if (match) {
                return List.of(p);
            }
            List<Provision> below = pathTo(p.children(), a);
            if (!below.isEmpty()) {
                List<Provision> out = new ArrayList<>();
                out.add(p);
                out.addAll(below);
                return out;
            }
        }
        return List.of();
    }
}
