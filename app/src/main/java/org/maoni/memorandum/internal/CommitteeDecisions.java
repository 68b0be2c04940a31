package org.maoni.memorandum.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.maoni.bill.Bill;
import org.maoni.bill.BillId;
import org.maoni.bill.BillService;
import org.maoni.bill.Provision;
import org.maoni.memorandum.Decider;
import org.maoni.memorandum.Decision;
import org.maoni.memorandum.DecisionCommand;
import org.maoni.memorandum.DecisionInput;
import org.maoni.memorandum.DecisionRecord;
import org.maoni.memorandum.Decisions;
import org.maoni.memorandum.Implementation;
import org.maoni.memorandum.Memorandum;
import org.maoni.memorandum.MemorandumProblem;
import org.maoni.memorandum.MemorandumProblem.FieldError;
import org.maoni.memorandum.MemorandumReference;
import org.maoni.memorandum.MemorandumStatus;
import org.maoni.memorandum.Proposal;
import org.maoni.memorandum.ProposalDecision;
import org.maoni.memorandum.ProposalsDecided;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The committee's decisions, from the decide task and from the committee matrix alike: both go through the same rules
 * (committee role, reasons, the proposal on the named bill) and the same history. Each decision is recorded for the
 * body that decides (the bill's committee), with the time it was recorded.
 */
@Service
class CommitteeDecisions implements Decisions {

    /** The deciding body when a bill names no committee. */
    static final String DEFAULT_BODY = "The Committee";

    private static final Set<Decision> ACCEPTING = Set.of(Decision.ACCEPTED, Decision.ACCEPTED_WITH_AMENDMENT);

    private static final Set<MemorandumStatus> NOT_DECIDABLE =
            Set.of(MemorandumStatus.WITHDRAWN, MemorandumStatus.SET_ASIDE);

    private final DecisionStore decisions;
    private final MemorandumStore memoranda;
    private final BillService bills;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CommitteeDecisions(
            DecisionStore decisions,
            MemorandumStore memoranda,
            BillService bills,
            TransactionTemplate transactions,
            ApplicationEventPublisher events,
            Clock clock) {
        this.decisions = decisions;
        this.memoranda = memoranda;
        this.bills = bills;
        this.transactions = transactions;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public List<DecisionRecord> decide(BillId billId, DecisionCommand command, Decider decider) {
        requireCommittee(decider);
        Bill bill = bills.get(billId);
        List<FieldError> errors = new ArrayList<>();
        if (command == null) {
            throw MemorandumProblem.invalidFields(
                    "Send a decision.", List.of(new FieldError("decision", "is required")));
        }
        if (command.proposalIds().isEmpty()) {
            errors.add(new FieldError("proposalIds", "name at least one proposal"));
        }
        checkDecision(command.decision() == null, command.reasons(), "", errors);
        Map<Long, DecisionStore.Owner> owners = new LinkedHashMap<>();
        List<Long> ids = List.copyOf(new LinkedHashSet<>(command.proposalIds()));
        for (int i = 0; i < ids.size(); i++) {
            Long id = ids.get(i);
            String field = "proposalIds[" + i + "]";
            var owner = id == null ? java.util.Optional.<DecisionStore.Owner>empty() : decisions.owner(id);
            if (owner.isEmpty() || !owner.get().billId().equals(billId)) {
                errors.add(new FieldError(field, "proposal " + id + " is not a proposal on this bill"));
            } else if (NOT_DECIDABLE.contains(owner.get().status())) {
                errors.add(new FieldError(
                        field,
                        "proposal " + id + " belongs to a memorandum that was "
                                + describe(owner.get().status())));
            } else {
                owners.put(id, owner.get());
            }
        }
        if (command.implementation() != null) {
            int commentedOn = owners.values().stream()
                    .mapToInt(DecisionStore.Owner::version)
                    .max()
                    .orElse(0);
            checkImplementation(billId, commentedOn, command.implementation(), "implementation", errors);
        }
        if (!errors.isEmpty()) {
            throw MemorandumProblem.invalidFields("The decision was not saved.", errors);
        }
        String body = body(bill);
        Instant now = Instant.now(clock);
        return transactions.execute(tx -> {
            lockAll(owners.values().stream().map(DecisionStore.Owner::reference).toList());
            List<DecisionRecord> written = new ArrayList<>();
            for (Long id : owners.keySet()) {
                long entry = decisions.record(new DecisionStore.NewDecision(
                        id,
                        command.decision(),
                        command.reasons().strip(),
                        blankToNull(command.observation()),
                        body,
                        now,
                        decider.user(),
                        command.implementation()));
                written.add(decisions.history(id).stream()
                        .filter(r -> r.id() == entry)
                        .findFirst()
                        .orElseThrow());
            }
            owners.values().stream()
                    .map(DecisionStore.Owner::reference)
                    .distinct()
                    .forEach(reference -> events.publishEvent(new ProposalsDecided(reference)));
            return List.copyOf(written);
        });
    }

    @Override
    public void decideMemorandum(MemorandumReference reference, List<DecisionInput> given, Decider decider) {
        requireCommittee(decider);
        Memorandum m = memoranda.find(reference).orElseThrow(() -> MemorandumProblem.notFound(reference.value()));
        List<DecisionInput> list = given == null ? List.of() : given;
        Set<Long> own = new HashSet<>();
        m.proposals().forEach(p -> own.add(p.id()));
        List<FieldError> errors = new ArrayList<>();
        Set<Long> covered = new HashSet<>();
        for (int i = 0; i < list.size(); i++) {
            DecisionInput d = list.get(i);
            if (d == null) {
                errors.add(new FieldError("decisions[" + i + "]", "is empty"));
                continue;
            }
            if (!own.contains(d.proposalId())) {
                errors.add(new FieldError(
                        "decisions[" + i + "].proposalId",
                        "proposal " + d.proposalId() + " is not a proposal of " + reference));
            }
            checkDecision(d.decision() == null, d.reasons(), "decisions[" + i + "].", errors);
            covered.add(d.proposalId());
        }
        for (Proposal p : m.proposals()) {
            if (!covered.contains(p.id())) {
                errors.add(new FieldError("decisions", "proposal " + p.id() + " has no decision"));
            }
        }
        if (NOT_DECIDABLE.contains(m.status())) {
            errors.add(new FieldError("reference", reference + " was " + describe(m.status())));
        }
        if (!errors.isEmpty()) {
            throw MemorandumProblem.invalidFields(
                    "The decisions were not saved: every proposal of " + reference + " needs a decision with reasons.",
                    errors);
        }
        String body = bills.find(m.billId()).map(CommitteeDecisions::body).orElse(DEFAULT_BODY);
        Instant now = Instant.now(clock);
        Map<Long, Proposal> current = new java.util.HashMap<>();
        m.proposals().forEach(p -> current.put(p.id(), p));
        transactions.executeWithoutResult(tx -> {
            lockAll(List.of(reference));
            for (DecisionInput d : list) {
                ProposalDecision before = current.get(d.proposalId()).decision();
                String reasons = d.reasons().strip();
                // a retried task sends the same decisions again: the history records changes, not repetitions
                if (before != null
                        && before.decision() == d.decision()
                        && before.reasons().equals(reasons)) {
                    continue;
                }
                decisions.record(new DecisionStore.NewDecision(
                        d.proposalId(),
                        d.decision(),
                        reasons,
                        before == null ? null : before.observation(),
                        body,
                        now,
                        decider.user(),
                        before == null ? null : before.implementation()));
            }
            events.publishEvent(new ProposalsDecided(reference));
        });
    }

    @Override
    public DecisionRecord implementedBy(
            BillId billId, long proposalId, Implementation implementation, Decider decider) {
        requireCommittee(decider);
        DecisionStore.Owner owner = ownerOnBill(billId, proposalId);
        List<FieldError> errors = new ArrayList<>();
        List<DecisionRecord> history = checkImplementing(billId, proposalId, owner, implementation, errors);
        if (!errors.isEmpty()) {
            throw MemorandumProblem.invalidFields("The implementing change was not saved.", errors);
        }
        DecisionRecord last = history.get(history.size() - 1);
        Instant now = Instant.now(clock);
        return transactions.execute(tx -> {
            lockAll(List.of(owner.reference()));
            return recordImplementation(owner, last, now, decider.user(), implementation);
        });
    }

    @Override
    public DecisionRecord carriedOut(BillId billId, long proposalId, Implementation implementation, String recordedBy) {
        DecisionStore.Owner owner = ownerOnBill(billId, proposalId);
        List<FieldError> errors = new ArrayList<>();
        if (recordedBy == null || recordedBy.isBlank()) {
            errors.add(new FieldError("recordedBy", "is required"));
        }
        if (NOT_DECIDABLE.contains(owner.status())) {
            errors.add(new FieldError(
                    "proposalId",
                    "proposal " + proposalId + " belongs to a memorandum that was " + describe(owner.status())));
        }
        List<DecisionRecord> before = checkImplementing(billId, proposalId, owner, implementation, errors);
        if (!before.isEmpty()
                && !ACCEPTING.contains(before.get(before.size() - 1).decision())) {
            errors.add(new FieldError(
                    "proposalId", "proposal " + proposalId + " was not accepted, so no version carries it out"));
        }
        if (!errors.isEmpty()) {
            throw MemorandumProblem.invalidFields("The implementing change was not recorded.", errors);
        }
        return transactions.execute(tx -> {
            lockAll(List.of(owner.reference()));
            // read again under the lock: a redelivered event, or one racing with it, finds the entry already there
            List<DecisionRecord> history = decisions.history(proposalId);
            DecisionRecord last = history.get(history.size() - 1);
            Implementation current = last.implementation();
            // a late redelivery of an earlier version's event must not take the record back to that version
            if (current != null && (current.equals(implementation) || current.version() > implementation.version())) {
                return last;
            }
            // the decision's date stays the committee's; the entry only adds where it was carried out
            return recordImplementation(owner, last, last.decidedAt(), recordedBy.strip(), implementation);
        });
    }

    /** Checks an implementing change and that the proposal has a decision; returns the proposal's history. */
    private List<DecisionRecord> checkImplementing(
            BillId billId,
            long proposalId,
            DecisionStore.Owner owner,
            Implementation implementation,
            List<FieldError> errors) {
        if (implementation == null) {
            errors.add(new FieldError("implementation", "is required"));
        } else {
            checkImplementation(billId, owner.version(), implementation, "implementation", errors);
        }
        List<DecisionRecord> history = decisions.history(proposalId);
        if (history.isEmpty()) {
            errors.add(new FieldError("proposalId", "proposal " + proposalId + " has no decision yet"));
        }
        return history;
    }

    /** Adds a history entry repeating {@code last} with its implementing change; inside the caller's transaction. */
    private DecisionRecord recordImplementation(
            DecisionStore.Owner owner,
            DecisionRecord last,
            Instant decidedAt,
            String recordedBy,
            Implementation implementation) {
        long entry = decisions.record(new DecisionStore.NewDecision(
                last.proposalId(),
                last.decision(),
                last.reasons(),
                last.observation(),
                last.decidedBy(),
                decidedAt,
                recordedBy,
                implementation));
        events.publishEvent(new ProposalsDecided(owner.reference()));
        return decisions.history(last.proposalId()).stream()
                .filter(r -> r.id() == entry)
                .findFirst()
                .orElseThrow();
    }

    @Override
    public List<DecisionRecord> history(BillId billId, long proposalId) {
        ownerOnBill(billId, proposalId);
        return decisions.history(proposalId);
    }

    private DecisionStore.Owner ownerOnBill(BillId billId, long proposalId) {
        return decisions
                .owner(proposalId)
                .filter(o -> o.billId().equals(billId))
                .orElseThrow(() -> MemorandumProblem.proposalNotFound(billId, proposalId));
    }

    private static void requireCommittee(Decider decider) {
        if (decider == null || !decider.committee()) {
            throw MemorandumProblem.forbidden("Only members of the committee decide proposals.");
        }
    }

    private static void checkDecision(boolean missingDecision, String reasons, String prefix, List<FieldError> errors) {
        if (missingDecision) {
            errors.add(new FieldError(prefix + "decision", "is required"));
        }
        if (reasons == null || reasons.isBlank()) {
            errors.add(new FieldError(prefix + "reasons", "are required: every decision has reasons"));
        }
    }

    private void checkImplementation(
            BillId billId, int proposalVersion, Implementation impl, String field, List<FieldError> errors) {
        if (impl.billId() == null || !impl.billId().equals(billId)) {
            errors.add(new FieldError(field + ".billId", "must be the bill the proposal is on"));
            return;
        }
        if (impl.version() <= proposalVersion) {
            errors.add(new FieldError(
                    field + ".version", "must be a version later than " + proposalVersion + ", the one commented on"));
            return;
        }
        if (impl.eId() == null || impl.eId().isBlank()) {
            errors.add(new FieldError(field + ".eId", "is required"));
            return;
        }
        boolean found;
        try {
            found = Provision.flatten(bills.tree(billId, impl.version()).provisions()).stream()
                    .anyMatch(p -> p.eId().equals(impl.eId()));
        } catch (RuntimeException noSuchVersion) {
            errors.add(new FieldError(field + ".version", "the bill has no version " + impl.version()));
            return;
        }
        if (!found) {
            errors.add(new FieldError(
                    field + ".eId", "'" + impl.eId() + "' is not a provision of version " + impl.version()));
        }
    }

    /** Locks the memoranda in a fixed order, so that two group decisions cannot deadlock. */
    private void lockAll(List<MemorandumReference> references) {
        for (String ref : new TreeSet<>(
                references.stream().map(MemorandumReference::value).toList())) {
            if (!memoranda.lock(new MemorandumReference(ref))) {
                throw MemorandumProblem.notFound(ref);
            }
        }
    }

    static String body(Bill bill) {
        return bill.committee() == null || bill.committee().isBlank()
                ? DEFAULT_BODY
                : bill.committee().strip();
    }

    private static String describe(MemorandumStatus status) {
        return status == MemorandumStatus.WITHDRAWN ? "withdrawn" : "set aside";
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
