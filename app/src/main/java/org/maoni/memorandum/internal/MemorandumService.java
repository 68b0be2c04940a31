package org.maoni.memorandum.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.maoni.bill.Bill;
import org.maoni.bill.BillId;
import org.maoni.bill.BillService;
import org.maoni.calendar.KenyanCalendar;
import org.maoni.memorandum.CallForMemoranda;
import org.maoni.memorandum.CallStatus;
import org.maoni.memorandum.CallsForMemoranda;
import org.maoni.memorandum.Memoranda;
import org.maoni.memorandum.Memorandum;
import org.maoni.memorandum.MemorandumProblem;
import org.maoni.memorandum.MemorandumReceived;
import org.maoni.memorandum.MemorandumReference;
import org.maoni.memorandum.MemorandumStatus;
import org.maoni.memorandum.MemorandumWithdrawn;
import org.maoni.memorandum.NewMemorandum;
import org.maoni.memorandum.Receipt;
import org.maoni.memorandum.SubmittedFile;
import org.maoni.memorandum.screening.Screener;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Intake of memoranda: every check runs before the one transaction that numbers the memorandum, stores it with its
 * submitter, proposals and files, remembers the idempotency key and publishes {@link MemorandumReceived}.
 */
@Service
class MemorandumService implements Memoranda {

    private static final Screener SCREENER = new Screener();

    private final MemorandumStore store;
    private final CallsForMemoranda calls;
    private final BillService bills;
    private final KenyanCalendar calendar;
    private final MemorandaProperties properties;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final ReferenceNumbers numbers;
    private final ObjectMapper objectMapper;
    private final Clock clock;

    MemorandumService(
            MemorandumStore store,
            CallsForMemoranda calls,
            BillService bills,
            KenyanCalendar calendar,
            MemorandaProperties properties,
            ApplicationEventPublisher events,
            TransactionTemplate transactions,
            ReferenceNumbers numbers,
            ObjectMapper objectMapper,
            Clock clock) {
        this.store = store;
        this.calls = calls;
        this.bills = bills;
        this.calendar = calendar;
        this.properties = properties;
        this.events = events;
        this.transactions = transactions;
        this.numbers = numbers;
        this.objectMapper = objectMapper;
        this.clock = clock;
    }

    /** The receipt as kept with an idempotency key (the token included, so a retry gets it again). */
    record StoredReceipt(
            String reference,
            String receiptToken,
            BillId billId,
            int version,
            String billTitle,
            Instant receivedAt,
            LocalDate responseDue,
            boolean late,
            MemorandumStatus status) {

        Receipt receipt() {
            return new Receipt(
                    new MemorandumReference(reference),
                    receiptToken,
                    billId,
                    version,
                    billTitle,
                    receivedAt,
                    responseDue,
                    late,
                    status);
        }
    }

    /** What makes two requests the same request for an idempotency key. */
    record RequestFingerprint(
            BillId billId,
            Integer version,
            String channel,
            Object submitter,
            Object consent,
            String text,
            Object proposals,
            List<String> files,
            Instant receivedAt) {}

    @Override
    public Receipt submit(NewMemorandum m) {
        String key = m.idempotencyKey() == null || m.idempotencyKey().isBlank()
                ? null
                : m.idempotencyKey().strip();
        if (key != null && key.length() > 200) {
            throw MemorandumProblem.invalidFields(
                    "The idempotency key is too long.",
                    List.of(new MemorandumProblem.FieldError("idempotencyKey", "is longer than 200 characters")));
        }
        String requestSha = key == null ? null : requestSha(m);
        if (key != null) {
            Optional<Receipt> earlier = replay(key, requestSha);
            if (earlier.isPresent()) {
                return earlier.get();
            }
        }
        var errors = SubmissionRules.fieldErrors(m);
        if (m.billId() == null) {
            throw MemorandumProblem.invalidFields("The memorandum is incomplete.", errors);
        }
        Bill bill = bills.get(m.billId());
        CallForMemoranda call = calls.current(m.billId())
                .orElseThrow(() -> MemorandumProblem.windowNotOpen(
                        "No call for memoranda has been opened on this bill; memoranda cannot be submitted yet."));
        int version = m.version() == null ? call.version() : m.version();
        bills.version(m.billId(), version);
        if (version != call.version()) {
            throw MemorandumProblem.conflict(
                    "version-not-under-call",
                    "That version is not the one under public participation",
                    "The call for memoranda is on version " + call.version() + " of this bill, not version " + version
                            + ".");
        }
        Instant now = Instant.now(clock);
        Instant receivedAt = m.receivedAt() == null ? now : m.receivedAt();
        if (call.status() == CallStatus.WITHDRAWN) {
            throw MemorandumProblem.windowNotOpen("The bill was withdrawn; the call for memoranda has ended.");
        }
        if (receivedAt.isBefore(call.opensAt().toInstant())) {
            throw MemorandumProblem.windowNotOpen("The call for memoranda opens at "
                    + call.opensAt().withZoneSameInstant(KenyanCalendar.NAIROBI) + " (Nairobi time).");
        }
        boolean late = !receivedAt.isBefore(call.closesAt().toInstant());
        if (late && properties.lateSubmissions() == MemorandaProperties.LateSubmissions.REFUSE) {
            throw MemorandumProblem.conflict(
                    "window-closed",
                    "The call for memoranda has closed",
                    "The call for memoranda closed at "
                            + call.closesAt().withZoneSameInstant(KenyanCalendar.NAIROBI)
                            + " (Nairobi time); late memoranda are not accepted.");
        }
        if (m.channel() != null && !call.channels().contains(m.channel())) {
            throw MemorandumProblem.conflict(
                    "channel-not-accepted",
                    "This call does not accept memoranda this way",
                    "The call for memoranda accepts " + call.channels() + ", not " + m.channel() + ".");
        }
        if (!errors.isEmpty()) {
            throw MemorandumProblem.invalidFields(
                    "The memorandum was not accepted: " + errors.get(0).field() + " "
                            + errors.get(0).message() + ".",
                    errors);
        }
        List<FileTypes.Type> types = SubmissionRules.checkFiles(
                m.files(), properties.maxFiles(), properties.maxFileSize().toBytes());
        // Only proposals need the provision tree; a plain-text memorandum is accepted without loading it.
        var proposals = m.proposals().isEmpty()
                ? SubmissionRules.resolve(List.of(), List.of())
                : SubmissionRules.resolve(
                        m.proposals(), bills.tree(m.billId(), version).provisions());
        LocalDate due = calendar.responseDeadline(receivedAt.atZone(KenyanCalendar.NAIROBI), call.responseWorkingDays())
                .toLocalDate();
        int year = receivedAt.atZone(KenyanCalendar.NAIROBI).getYear();
        String token = SubmissionRules.newToken();
        // The number comes from the year's sequence before the transaction: no lock is held while files of megabytes
        // are inserted, and a submission that fails after this leaves a gap in the numbering, never a duplicate.
        MemorandumReference reference = MemorandumReference.of(year, numbers.next(year));
        try {
            return transactions.execute(tx -> {
                store.insert(
                        new MemorandumStore.Row(
                                reference,
                                m.billId(),
                                version,
                                call.id().value(),
                                m.channel(),
                                m.submitter(),
                                m.consent(),
                                m.text() == null ? "" : m.text().strip(),
                                receivedAt,
                                due,
                                late,
                                SubmissionRules.sha256(token),
                                m.actor()),
                        now);
                int position = 1;
                for (var p : proposals) {
                    store.insertProposal(
                            reference,
                            new MemorandumStore.NewProposal(
                                    position++,
                                    p.reference(),
                                    p.eIds(),
                                    p.insertion(),
                                    p.stance(),
                                    p.text(),
                                    p.why(),
                                    List.of(),
                                    null,
                                    null));
                }
                for (int i = 0; i < m.files().size(); i++) {
                    SubmittedFile f = m.files().get(i);
                    store.insertFile(
                            reference,
                            i + 1,
                            f.filename(),
                            types.get(i).mediaType,
                            f.content(),
                            SubmissionRules.sha256(f.content()));
                }
                StoredReceipt receipt = new StoredReceipt(
                        reference.value(),
                        token,
                        m.billId(),
                        version,
                        bill.title(),
                        receivedAt,
                        due,
                        late,
                        MemorandumStatus.RECEIVED);
                if (key != null) {
                    store.insertIdempotency(key, requestSha, reference, json(receipt), now);
                }
                events.publishEvent(new MemorandumReceived(
                        reference,
                        m.billId(),
                        version,
                        m.channel(),
                        late,
                        receivedAt,
                        due,
                        m.files().size()));
                return receipt.receipt();
            });
        } catch (DuplicateKeyException e) {
            // a concurrent request with the same idempotency key committed first
            if (key != null) {
                Optional<Receipt> earlier = replay(key, requestSha);
                if (earlier.isPresent()) {
                    return earlier.get();
                }
            }
            throw e;
        }
    }

    private Optional<Receipt> replay(String key, String requestSha) {
        return store.idempotency(key).map(stored -> {
            if (!stored[0].equals(requestSha)) {
                throw MemorandumProblem.idempotencyKeyReused(key);
            }
            try {
                return objectMapper.readValue(stored[1], StoredReceipt.class).receipt();
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("Stored receipt cannot be read", e);
            }
        });
    }

    private String requestSha(NewMemorandum m) {
        List<String> files = new ArrayList<>();
        for (SubmittedFile f : m.files()) {
            files.add(f.filename() + ":" + SubmissionRules.sha256(f.content()));
        }
        return SubmissionRules.sha256(json(new RequestFingerprint(
                m.billId(),
                m.version(),
                m.channel() == null ? null : m.channel().name(),
                m.submitter(),
                m.consent(),
                m.text(),
                m.proposals(),
                files,
                m.receivedAt())));
    }

    private String json(Object value) {
        try {
            return objectMapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write JSON", e);
        }
    }

    @Override
    public Optional<Memorandum> find(MemorandumReference reference) {
        return store.find(reference);
    }

    @Override
    public Memorandum forSubmitter(MemorandumReference reference, String receiptToken) {
        String stored = store.tokenHash(reference).orElse(null);
        if (!SubmissionRules.tokenMatches(receiptToken, stored)) {
            throw MemorandumProblem.notFound(reference.value());
        }
        return store.find(reference).orElseThrow(() -> MemorandumProblem.notFound(reference.value()));
    }

    @Override
    public List<Memorandum> list(BillId billId) {
        bills.get(billId);
        return store.list(billId);
    }

    @Override
    public Memorandum withdraw(MemorandumReference reference, String receiptToken) {
        forSubmitter(reference, receiptToken);
        transactions.executeWithoutResult(tx -> {
            store.lock(reference);
            Memorandum m = store.find(reference).orElseThrow(() -> MemorandumProblem.notFound(reference.value()));
            if (m.status() == MemorandumStatus.WITHDRAWN) {
                return;
            }
            if (m.status() == MemorandumStatus.RESPONDED || m.status() == MemorandumStatus.SET_ASIDE) {
                throw MemorandumProblem.conflict(
                        "cannot-withdraw",
                        "The memorandum can no longer be withdrawn",
                        "Memorandum " + reference + " is " + m.status() + "; its review has ended.");
            }
            store.setStatus(reference, MemorandumStatus.WITHDRAWN, "Withdrawn by the submitter.", Instant.now(clock));
            events.publishEvent(new MemorandumWithdrawn(reference));
        });
        return store.find(reference).orElseThrow();
    }

    @Override
    public Optional<byte[]> fileContent(MemorandumReference reference, long fileId) {
        return store.file(reference, fileId).map(MemorandumStore.StoredFile::content);
    }

    @Override
    public String redact(String text) {
        return SCREENER.redact(text);
    }

    @Override
    public String attachmentsText(MemorandumReference reference) {
        return store.extractedText(reference);
    }
}
