package org.maoni.drafting;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.maoni.bill.BillId;
import org.maoni.bill.BillService;
import org.maoni.bill.Draft;
import org.maoni.bill.DraftProblem;
import org.maoni.bill.DraftStatus;
import org.maoni.bill.DraftVersions;
import org.maoni.bill.Provision;
import org.maoni.drafting.internal.ApplicationStore;
import org.maoni.drafting.internal.MechanicalChange;
import org.maoni.memorandum.Decision;
import org.maoni.memorandum.Memoranda;
import org.maoni.memorandum.Memorandum;
import org.maoni.memorandum.MemorandumStatus;
import org.maoni.memorandum.Proposal;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Applying the committee's accepted proposals to a draft: lists every proposal decided ACCEPTED or
 * ACCEPTED_WITH_AMENDMENT with what applying it would do or why it no longer applies cleanly, and applies one at a
 * drafter's request, recording the application against its decision in the same transaction as the edit.
 */
@Service
public class ProposalApplications {

    private static final Set<Decision> ACCEPTED = EnumSet.of(Decision.ACCEPTED, Decision.ACCEPTED_WITH_AMENDMENT);
    private static final Set<MemorandumStatus> LEFT_OUT =
            EnumSet.of(MemorandumStatus.WITHDRAWN, MemorandumStatus.SET_ASIDE);

    private final Memoranda memoranda;
    private final BillService bills;
    private final DraftVersions drafts;
    private final ApplicationStore store;
    private final TransactionTemplate transactions;
    private final Clock clock;

    ProposalApplications(
            Memoranda memoranda,
            BillService bills,
            DraftVersions drafts,
            ApplicationStore store,
            TransactionTemplate transactions,
            Clock clock) {
        this.memoranda = memoranda;
        this.bills = bills;
        this.drafts = drafts;
        this.store = store;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** The accepted proposals on the draft's bill, by memorandum and position, each with its state for this draft. */
    public List<ApplicableProposal> applicable(BillId id, int draftNumber) {
        Draft draft = drafts.get(id, draftNumber);
        return candidates(draft).stream().map(Candidate::view).toList();
    }

    /** The applications made to a draft. */
    public List<ProposalApplication> applications(BillId id, int draftNumber) {
        drafts.get(id, draftNumber);
        return store.list(id, draftNumber);
    }

    /** The applications carried into {@code version} of a bill by the draft published as that version, if any. */
    public List<ProposalApplication> appliedIn(BillId id, int version) {
        return drafts.list(id).stream()
                .filter(d -> d.publishedVersion() != null && d.publishedVersion() == version)
                .flatMap(d -> store.list(id, d.number()).stream())
                .toList();
    }

    /**
     * Applies one accepted proposal to a draft in DRAFTING; refused with the reason when it does not apply cleanly,
     * and when it was applied already.
     */
    public ProposalApplication apply(BillId id, int draftNumber, long proposalId, String actor) {
        try {
            return transactions.execute(tx -> {
                Draft draft = drafts.get(id, draftNumber);
                if (draft.status() != DraftStatus.DRAFTING) {
                    throw DraftProblem.notEditable(id, draftNumber, draft.status());
                }
                Candidate candidate = candidates(draft).stream()
                        .filter(c -> c.proposal().id() == proposalId)
                        .findFirst()
                        .orElseThrow(() -> ApplicationProblem.proposalNotFound(proposalId));
                if (candidate.applied() != null) {
                    throw ApplicationProblem.alreadyApplied(proposalId, draftNumber);
                }
                MechanicalChange.Outcome outcome = candidate.outcome();
                if (!outcome.applicable()) {
                    throw ApplicationProblem.notApplicable(proposalId, outcome.code(), outcome.reason());
                }
                DraftVersions.Edited edited = drafts.edit(id, draftNumber, outcome.edit(), actor);
                String lineage = Provision.flatten(edited.draft().provisions()).stream()
                        .filter(p -> p.eId().equals(edited.eId()))
                        .map(Provision::lineageId)
                        .findFirst()
                        .orElse(
                                candidate.current() == null
                                        ? null
                                        : candidate.current().lineageId());
                ProposalApplication application = new ProposalApplication(
                        UUID.randomUUID(),
                        id,
                        draftNumber,
                        proposalId,
                        candidate.memorandum().reference().value(),
                        candidate.proposal().decision().decision(),
                        outcome.action(),
                        edited.eId(),
                        lineage,
                        actor,
                        Instant.now(clock));
                store.insert(application);
                return application;
            });
        } catch (DuplicateKeyException e) {
            throw ApplicationProblem.alreadyApplied(proposalId, draftNumber);
        }
    }

    private record Candidate(
            Memorandum memorandum,
            Proposal proposal,
            Provision current,
            MechanicalChange.Outcome outcome,
            ProposalApplication applied) {

        ApplicableProposal view() {
            ApplicableProposal.State state = applied != null
                    ? ApplicableProposal.State.APPLIED
                    : outcome.applicable()
                            ? ApplicableProposal.State.APPLICABLE
                            : ApplicableProposal.State.NOT_APPLICABLE;
            boolean open = applied == null;
            return new ApplicableProposal(
                    proposal.id(),
                    memorandum.reference().value(),
                    memorandum.version(),
                    proposal.reference(),
                    proposal.eIds(),
                    proposal.stance(),
                    proposal.proposedText(),
                    proposal.justification(),
                    proposal.decision().decision(),
                    proposal.decision().reasons(),
                    state,
                    applied != null ? applied.action() : outcome.action(),
                    applied != null ? applied.eId() : current == null ? null : current.eId(),
                    open ? outcome.code() : null,
                    open ? outcome.reason() : null,
                    applied);
        }
    }

    private List<Candidate> candidates(Draft draft) {
        Map<Long, ProposalApplication> applied = store.list(draft.billId(), draft.number()).stream()
                .collect(Collectors.toMap(ProposalApplication::proposalId, Function.identity(), (a, b) -> a));
        Map<String, Provision> draftByLineage = new HashMap<>();
        Provision.flatten(draft.provisions()).forEach(p -> draftByLineage.putIfAbsent(p.lineageId(), p));
        Map<Integer, Map<String, Provision>> versions = new HashMap<>();
        List<Candidate> out = new ArrayList<>();
        List<Memorandum> all = new ArrayList<>(memoranda.list(draft.billId()));
        all.sort(Comparator.comparing(m -> m.reference().value()));
        for (Memorandum m : all) {
            if (LEFT_OUT.contains(m.status())) {
                continue;
            }
            for (Proposal p : m.proposals()) {
                if (p.decision() == null || !ACCEPTED.contains(p.decision().decision())) {
                    continue;
                }
                Provision original = null;
                Provision current = null;
                if (p.eIds().size() == 1) {
                    original = versions.computeIfAbsent(m.version(), v -> byEId(draft.billId(), v))
                            .get(p.eIds().get(0));
                    current = original == null ? null : draftByLineage.get(original.lineageId());
                }
                MechanicalChange.Outcome outcome =
                        MechanicalChange.plan(p, original, current, eId -> drafts.numberAfter(draft, eId));
                out.add(new Candidate(m, p, current, outcome, applied.get(p.id())));
            }
        }
        return out;
    }

    private Map<String, Provision> byEId(BillId id, int version) {
        return Provision.flatten(bills.tree(id, version).provisions()).stream()
                .collect(Collectors.toMap(Provision::eId, Function.identity(), (a, b) -> a));
    }
}
