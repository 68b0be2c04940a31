package org.maoni.memorandum.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.maoni.bill.BillService;
import org.maoni.bill.Provision;
import org.maoni.calendar.KenyanCalendar;
import org.maoni.memorandum.Decider;
import org.maoni.memorandum.DecisionInput;
import org.maoni.memorandum.Memorandum;
import org.maoni.memorandum.MemorandumExtracted;
import org.maoni.memorandum.MemorandumProblem;
import org.maoni.memorandum.MemorandumProblem.FieldError;
import org.maoni.memorandum.MemorandumReference;
import org.maoni.memorandum.MemorandumReview;
import org.maoni.memorandum.MemorandumStatus;
import org.maoni.memorandum.MemorandumStatusChanged;
import org.maoni.memorandum.MemorandumTriaged;
import org.maoni.memorandum.Proposal;
import org.maoni.memorandum.ResponsePublished;
import org.maoni.memorandum.ScreeningFlag;
import org.maoni.memorandum.Stance;
import org.maoni.memorandum.TriageInput;
import org.maoni.memorandum.intake.ExtractedProposal;
import org.maoni.memorandum.intake.MemorandumProposals;
import org.maoni.memorandum.intake.ProposalExtractor;
import org.maoni.notification.Notifications;
import org.maoni.notification.OutgoingMessage;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The review steps the workflow calls. Each step locks the memorandum row, checks its input before writing, and does
 * nothing when it has already been done, so a retried job changes nothing twice; messages go through
 * {@link Notifications} in the step's transaction.
 */
@Service
class ReviewService implements MemorandumReview {

    /** The reference of the proposal that stands for a whole memorandum without clause-by-clause proposals. */
    static final String WHOLE_BILL = "The Bill as a whole";

    /** How much of a memorandum's text its whole-memorandum proposal carries (the full text stays on the memorandum). */
    private static final int WHOLE_MEMORANDUM_CHARS = 2000;

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", Locale.ENGLISH).withZone(KenyanCalendar.NAIROBI);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    private static final Set<MemorandumStatus> ENDED =
            Set.of(MemorandumStatus.WITHDRAWN, MemorandumStatus.RESPONDED, MemorandumStatus.SET_ASIDE);

    private final MemorandumStore store;
    private final MemorandumFileReader reader;
    private final MemorandumScreening screening;
    private final BillService bills;
    private final Notifications notifications;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final CommitteeDecisions committeeDecisions;

    ReviewService(
            MemorandumStore store,
            MemorandumFileReader reader,
            MemorandumScreening screening,
            BillService bills,
            Notifications notifications,
            ApplicationEventPublisher events,
            TransactionTemplate transactions,
            Clock clock,
            CommitteeDecisions committeeDecisions) {
        this.store = store;
        this.reader = reader;
        this.screening = screening;
        this.bills = bills;
        this.notifications = notifications;
        this.events = events;
        this.transactions = transactions;
        this.clock = clock;
        this.committeeDecisions = committeeDecisions;
    }

    @Override
    public void extract(MemorandumReference reference) {
        Memorandum m = load(reference);
        // documents are read before the transaction: a slow file must not hold row locks
        Map<Long, MemorandumFileReader.Result> results = new HashMap<>();
        for (MemorandumStore.StoredFile f : store.files(reference)) {
            if (!"PENDING".equals(f.state())) {
                continue;
            }
            MemorandumFileReader.Result result = reader.read(f.fileName(), f.content());
            if (result.busy()) {
                throw new IllegalStateException("Document extraction is busy; retry " + reference + " later");
            }
            results.put(f.id(), result);
        }
        // Only files need the provision tree (to link their recommendations); most memoranda have none.
        List<Provision> tree = results.isEmpty()
                ? List.of()
                : bills.tree(m.billId(), m.version()).provisions();
        ProposalExtractor extractor = new ProposalExtractor();
        transactions.executeWithoutResult(tx -> {
            lock(reference);
            for (var entry : results.entrySet()) {
                long fileId = entry.getKey();
                MemorandumFileReader.Result result = entry.getValue();
                if (!result.extracted()) {
                    store.fileExtracted(fileId, false, result.note(), null);
                    continue;
                }
                String text = String.join(
                        "\n", result.blocks().stream().map(b -> b.text()).toList());
                store.fileExtracted(fileId, true, null, text);
                MemorandumProposals found = extractor.extract(result.blocks(), tree);
                int position = store.nextProposalPosition(reference);
                for (int row = 0; row < found.proposals().size(); row++) {
                    if (store.proposalExists(fileId, row)) {
                        continue;
                    }
                    ExtractedProposal p = found.proposals().get(row);
                    store.insertProposal(
                            reference,
                            new MemorandumStore.NewProposal(
                                    position++,
                                    p.reference(),
                                    p.eIds(),
                                    p.insertion(),
                                    p.stance(),
                                    p.proposedText(),
                                    p.rationale(),
                                    p.closestIfUnresolved(),
                                    fileId,
                                    row));
                }
            }
            addWholeMemorandumProposal(m, reference);
            events.publishEvent(new MemorandumExtracted(reference));
        });
    }

    /**
     * A memorandum with no clause-by-clause proposal (free text, a letter, a document without a recommendations
     * table) becomes one proposal on the Bill as a whole, so that it too is triaged, decided with reasons and answered.
     */
    private void addWholeMemorandumProposal(Memorandum m, MemorandumReference reference) {
        if (!store.proposals(reference).isEmpty()) {
            return;
        }
        String text = m.text() == null || m.text().isBlank() ? store.extractedText(reference) : m.text();
        if (text == null || text.isBlank()) {
            return;
        }
        String summary = text.strip();
        if (summary.codePointCount(0, summary.length()) > WHOLE_MEMORANDUM_CHARS) {
            summary = summary.substring(0, summary.offsetByCodePoints(0, WHOLE_MEMORANDUM_CHARS - 1)) + "…";
        }
        store.insertProposal(
                reference,
                new MemorandumStore.NewProposal(
                        store.nextProposalPosition(reference),
                        WHOLE_BILL,
                        List.of(),
                        false,
                        Stance.infer(summary, false),
                        "",
                        summary,
                        List.of(),
                        null,
                        null));
    }

    @Override
    public List<ScreeningFlag> screen(MemorandumReference reference) {
        Memorandum m = load(reference);
        String text = screening.textOf(m, store.extractedText(reference));
        MemorandumScreening.Result result = screening.screen(text);
        return transactions.execute(tx -> {
            lock(reference);
            List<ScreeningFlag> flags = new ArrayList<>(result.flags());
            if (!text.isBlank()) {
                store.sameFingerprint(m.billId(), result.fingerprint(), reference)
                        .ifPresent(other -> flags.add(
                                0,
                                new ScreeningFlag(
                                        ScreeningFlag.Kind.DUPLICATE, "The same text as memorandum " + other + ".")));
            }
            store.setScreening(reference, text.isBlank() ? null : result.fingerprint(), flags, Instant.now(clock));
            return List.copyOf(flags);
        });
    }

    @Override
    public void moderate(MemorandumReference reference, boolean setAside, String note, String actor) {
        if (setAside && (note == null || note.isBlank())) {
            throw MemorandumProblem.invalidFields(
                    "Say why the memorandum is set aside; the submitter is told.",
                    List.of(new FieldError("note", "is required when setting a memorandum aside")));
        }
        transactions.executeWithoutResult(tx -> {
            Memorandum m = lockAndLoad(reference);
            if (ENDED.contains(m.status())) {
                return;
            }
            if (setAside) {
                // the note is what the submitter is told when the workflow sets the memorandum aside
                store.setStatus(reference, m.status(), note.strip(), Instant.now(clock));
            }
        });
    }

    @Override
    public void sendReceipt(MemorandumReference reference) {
        transactions.executeWithoutResult(tx -> {
            Memorandum m = lockAndLoad(reference);
            if (!store.markSent(reference, "receipt")) {
                return;
            }
            String title = billTitle(m);
            send(
                    m,
                    "receipt",
                    "Memorandum " + reference + " received",
                    "Thank you. Your memorandum on " + title + " was received on " + WHEN.format(m.receivedAt())
                            + " (Nairobi time) with the reference " + reference + "."
                            + (m.late() ? " It arrived after the call for memoranda closed and is marked late." : "")
                            + "\nThe committee's response is due by " + DAY.format(m.responseDue()) + "."
                            + "\nUse your reference and receipt token to follow its status.");
        });
    }

    @Override
    public void enterStep(MemorandumReference reference, MemorandumStatus status) {
        if (status == null) {
            throw MemorandumProblem.invalidFields("Name the step.", List.of(new FieldError("status", "is required")));
        }
        transactions.executeWithoutResult(tx -> {
            Memorandum m = lockAndLoad(reference);
            if (m.status() == status || ENDED.contains(m.status())) {
                return;
            }
            store.setStatus(reference, status, null, Instant.now(clock));
            events.publishEvent(new MemorandumStatusChanged(reference, status));
        });
    }

    @Override
    public void triage(MemorandumReference reference, TriageInput input, String actor) {
        Memorandum m = load(reference);
        Set<String> eIds = new HashSet<>();
        Provision.flatten(bills.tree(m.billId(), m.version()).provisions()).forEach(p -> eIds.add(p.eId()));
        Set<Long> own = new HashSet<>();
        m.proposals().forEach(p -> own.add(p.id()));
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < input.proposals().size(); i++) {
            TriageInput.ProposalTriage t = input.proposals().get(i);
            if (!own.contains(t.proposalId())) {
                errors.add(new FieldError(
                        "proposals[" + i + "].proposalId",
                        "proposal " + t.proposalId() + " is not a proposal of " + reference));
            }
            for (String eId : t.eIds()) {
                if (!eIds.contains(eId)) {
                    errors.add(new FieldError(
                            "proposals[" + i + "].eIds", "'" + eId + "' is not a provision of version " + m.version()));
                }
            }
        }
        if (!errors.isEmpty()) {
            throw MemorandumProblem.invalidFields("The triage was not saved.", errors);
        }
        transactions.executeWithoutResult(tx -> {
            lock(reference);
            for (TriageInput.ProposalTriage t : input.proposals()) {
                store.triage(t.proposalId(), t.eIds(), t.stance(), t.themes());
            }
            events.publishEvent(new MemorandumTriaged(reference));
        });
    }

    /**
     * Records the decisions through {@link CommitteeDecisions}, the same rules and history as the committee matrix; the
     * caller is the committee's own workflow step, whose task only the committee group can complete.
     */
    @Override
    public void decide(MemorandumReference reference, List<DecisionInput> decisions, String actor) {
        committeeDecisions.decideMemorandum(reference, decisions, new Decider(actor, Set.of(Decider.COMMITTEE)));
    }

    @Override
    public void publishResponse(MemorandumReference reference) {
        transactions.executeWithoutResult(tx -> {
            Memorandum m = lockAndLoad(reference);
            if (m.status() == MemorandumStatus.RESPONDED) {
                return;
            }
            List<Long> undecided = m.proposals().stream()
                    .filter(p -> p.decision() == null)
                    .map(Proposal::id)
                    .toList();
            if (!undecided.isEmpty()) {
                throw MemorandumProblem.conflict(
                        "decisions-missing",
                        "Not every proposal is decided",
                        "Proposals " + undecided + " of " + reference + " have no decision yet.");
            }
            store.setStatus(reference, MemorandumStatus.RESPONDED, null, Instant.now(clock));
            StringBuilder body = new StringBuilder(
                    "The committee has responded to your memorandum " + reference + " on " + billTitle(m) + ".\n");
            for (Proposal p : m.proposals()) {
                body.append("\n")
                        .append(
                                p.reference() == null || p.reference().isBlank()
                                        ? "The Bill as a whole"
                                        : p.reference())
                        .append(": ")
                        .append(p.decision().decision().name().replace('_', ' ').toLowerCase(Locale.ROOT))
                        .append(". ")
                        .append(p.decision().reasons());
            }
            send(m, "response", "The committee's response to memorandum " + reference, body.toString());
            events.publishEvent(new ResponsePublished(reference, m.billId(), m.version()));
        });
    }

    @Override
    public void markOverdue(MemorandumReference reference) {
        transactions.executeWithoutResult(tx -> {
            Memorandum m = lockAndLoad(reference);
            if (m.overdue() || ENDED.contains(m.status())) {
                return;
            }
            store.setOverdue(reference, Instant.now(clock));
            send(
                    m,
                    "overdue",
                    "The response to memorandum " + reference + " is overdue",
                    "The committee's response to your memorandum " + reference + " on " + billTitle(m)
                            + " was due by " + DAY.format(m.responseDue())
                            + ". It is late; the Clerk has been told and you will hear as soon as it is published.");
        });
    }

    @Override
    public void setAside(MemorandumReference reference) {
        transactions.executeWithoutResult(tx -> {
            Memorandum m = lockAndLoad(reference);
            if (ENDED.contains(m.status())) {
                return;
            }
            store.setStatus(reference, MemorandumStatus.SET_ASIDE, null, Instant.now(clock));
            events.publishEvent(new MemorandumStatusChanged(reference, MemorandumStatus.SET_ASIDE));
            send(
                    m,
                    "set-aside",
                    "Memorandum " + reference + " was set aside",
                    "Your memorandum " + reference + " on " + billTitle(m) + " was set aside and will not be"
                            + " considered further."
                            + (m.statusNote() == null ? "" : "\nReason: " + m.statusNote()));
        });
    }

    private void send(Memorandum m, String kind, String subject, String body) {
        var contact = m.submitter().contact();
        notifications.send(new OutgoingMessage(
                blankToNull(contact.email()),
                blankToNull(contact.phone()),
                subject,
                body,
                kind,
                m.reference().value()));
    }

    private String billTitle(Memorandum m) {
        return bills.find(m.billId()).map(b -> b.title()).orElse("the bill");
    }

    private Memorandum load(MemorandumReference reference) {
        return store.find(reference).orElseThrow(() -> MemorandumProblem.notFound(reference.value()));
    }

    private void lock(MemorandumReference reference) {
        if (!store.lock(reference)) {
            throw MemorandumProblem.notFound(reference.value());
        }
    }

    private Memorandum lockAndLoad(MemorandumReference reference) {
        lock(reference);
        return load(reference);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
