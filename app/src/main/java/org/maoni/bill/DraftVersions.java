package org.maoni.bill;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.maoni.bill.internal.BillRepository;
import org.maoni.bill.internal.DraftEditor;
import org.maoni.bill.internal.DraftRepository;
import org.maoni.bill.internal.FileStore;
import org.maoni.bill.internal.VersionAlignment;
import org.maoni.diff.ChangeKind;
import org.maoni.diff.ProvisionLink;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Drafts of a bill's next version, for staff only: a draft starts as a copy of the latest version (lineages included),
 * is edited clause by clause while it is {@link DraftStatus#DRAFTING}, moves through the steps its workflow records,
 * and on publication becomes the next version like an uploaded one: stored with a plain-text rendering as its file,
 * aligned with the version before it (the draft's lineages pin the links), and announced by {@link BillVersionAdded}.
 * At most one draft of a bill is open at a time.
 */
@Service
public class DraftVersions {

    private static final ZoneId NAIROBI = ZoneId.of("Africa/Nairobi");

    private final BillService bills;
    private final BillRepository repository;
    private final DraftRepository drafts;
    private final FileStore files;
    private final VersionAlignment alignment;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final Clock clock;

    DraftVersions(
            BillService bills,
            BillRepository repository,
            DraftRepository drafts,
            FileStore files,
            VersionAlignment alignment,
            ApplicationEventPublisher events,
            TransactionTemplate transactions,
            Clock clock) {
        this.bills = bills;
        this.repository = repository;
        this.drafts = drafts;
        this.files = files;
        this.alignment = alignment;
        this.events = events;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** A draft after an edit, and the eId of the provision the edit made or changed (null when it renumbered all). */
    public record Edited(Draft draft, String eId) {}

    /** Starts a draft from the bill's latest version; refused while another draft of the bill is open. */
    public Draft start(BillId id, String label, String actor) {
        if (label != null && label.strip().length() > 200) {
            throw BillProblem.invalidFields(
                    "The label is too long.",
                    List.of(new BillProblem.FieldError("label", "must be at most 200 characters")));
        }
        return transactions.execute(tx -> {
            if (!repository.lockBill(id)) {
                throw BillProblem.billNotFound(id);
            }
            for (Draft d : drafts.list(id)) {
                if (d.status().open()) {
                    throw DraftProblem.draftOpen(id, d.number());
                }
            }
            Bill bill = bills.get(id);
            int base = bill.latestVersion();
            int number = drafts.nextNumber(id);
            Instant now = Instant.now(clock);
            String name = label == null || label.isBlank() ? "Version " + (base + 1) : label.strip();
            Draft draft = new Draft(
                    id,
                    number,
                    base,
                    name,
                    DraftStatus.DRAFTING,
                    null,
                    0,
                    repository.tree(id, base),
                    now,
                    actor,
                    now,
                    actor,
                    null);
            drafts.insert(draft);
            events.publishEvent(new DraftStarted(id, number, actor));
            return draft;
        });
    }

    public Draft get(BillId id, int number) {
        return drafts.find(id, number).orElseThrow(() -> DraftProblem.draftNotFound(id, number));
    }

    /** The bill's drafts, newest first. */
    public List<Draft> list(BillId id) {
        bills.get(id);
        return drafts.list(id);
    }

    /** Applies one edit to a draft in {@link DraftStatus#DRAFTING}; the whole tree is checked before it is saved. */
    public Edited edit(BillId id, int number, DraftEdit edit, String actor) {
        return transactions.execute(tx -> {
            if (!repository.lockBill(id)) {
                throw BillProblem.billNotFound(id);
            }
            Draft draft = get(id, number);
            if (draft.status() != DraftStatus.DRAFTING) {
                throw DraftProblem.notEditable(id, number, draft.status());
            }
            DraftEditor.Result result = DraftEditor.apply(
                    draft.provisions(), edit, () -> UUID.randomUUID().toString());
            Draft changed = draft.withProvisions(result.tree(), Instant.now(clock), actor);
            drafts.update(changed);
            return new Edited(changed, result.eId());
        });
    }

    /** The number a provision inserted right after {@code eId} takes until the bill is renumbered (5 gives 5A). */
    public String numberAfter(Draft draft, String eId) {
        return DraftEditor.numberAfter(draft.provisions(), eId);
    }

    /**
     * Records the step the draft's workflow reached (DRAFTING, LEGAL_REVIEW or COMMITTEE_APPROVAL) with the note of
     * whoever sent it back; a published or discarded draft stays as it is.
     */
    public void enterStep(BillId id, int number, DraftStatus step, String note) {
        if (step == null || !step.open()) {
            throw new IllegalArgumentException("Not a workflow step of a draft: " + step);
        }
        transactions.executeWithoutResult(tx -> {
            repository.lockBill(id);
            Draft d = get(id, number);
            if (!d.status().open()) {
                return;
            }
            drafts.update(new Draft(
                    id,
                    number,
                    d.baseVersion(),
                    d.label(),
                    step,
                    note == null || note.isBlank() ? d.note() : note.strip(),
                    d.revision(),
                    d.provisions(),
                    d.createdAt(),
                    d.createdBy(),
                    Instant.now(clock),
                    d.updatedBy(),
                    null));
        });
    }

    /** Ends a draft without publishing it; a published draft cannot be discarded. */
    public void discard(BillId id, int number, String actor) {
        transactions.executeWithoutResult(tx -> {
            repository.lockBill(id);
            Draft d = get(id, number);
            if (d.status() == DraftStatus.DISCARDED) {
                return;
            }
            if (d.status() == DraftStatus.PUBLISHED) {
                throw DraftProblem.notEditable(id, number, d.status());
            }
            drafts.update(withStatus(d, DraftStatus.DISCARDED, Instant.now(clock), actor, null));
        });
    }

    /**
     * Publishes the draft as the bill's next version and returns its number; publishing a published draft again
     * returns the same number (the workflow may retry).
     */
    public VersionAdded publish(BillId id, int number, String actor) {
        return transactions.execute(tx -> {
            if (!repository.lockBill(id)) {
                throw BillProblem.billNotFound(id);
            }
            Draft draft = get(id, number);
            if (draft.status() == DraftStatus.PUBLISHED) {
                return new VersionAdded(draft.publishedVersion(), Map.of());
            }
            if (draft.status() == DraftStatus.DISCARDED) {
                throw DraftProblem.notEditable(id, number, draft.status());
            }
            Bill bill = bills.get(id);
            int latest = bill.latestVersion();
            int version = latest + 1;
            Instant now = Instant.now(clock);
            String text = render(draft.provisions());
            byte[] content = text.getBytes(StandardCharsets.UTF_8);
            String sha = files.store(content);
            long clauses = Provision.flatten(draft.provisions()).stream()
                    .filter(p -> p.type() == ProvisionType.SECTION)
                    .count();
            ParseReport report = new ParseReport(
                    0,
                    (int) clauses,
                    0,
                    1.0,
                    List.of(),
                    List.of(),
                    List.of(new ParseReport.Warning(
                            "drafted-in-maoni",
                            "Drafted in Maoni from version " + draft.baseVersion() + " (draft " + number
                                    + ") and published by " + actor + " at " + now + ".",
                            null)));
            repository.insertVersion(
                    id,
                    new BillVersion(
                            version,
                            draft.label(),
                            LocalDate.ofInstant(now, NAIROBI),
                            "draft-" + number + "-version-" + version + ".txt",
                            "text/plain",
                            content.length,
                            sha,
                            0,
                            now,
                            actor,
                            null,
                            null,
                            report),
                    text);
            repository.insertProvisions(id, version, draft.provisions());
            Map<ChangeKind, Integer> summary = new EnumMap<>(ChangeKind.class);
            alignment
                    .realign(id, version, lineagePins(repository.tree(id, latest), draft.provisions()))
                    .forEach(a -> summary.merge(a.kind(), 1, Integer::sum));
            // The aligner's lineages give way to the draft's, which know what the drafter did.
            Map<String, String> lineages = new HashMap<>();
            Provision.flatten(draft.provisions()).forEach(p -> lineages.put(p.eId(), p.lineageId()));
            repository.updateLineages(id, version, lineages);
            Draft published = withStatus(draft, DraftStatus.PUBLISHED, now, actor, version);
            drafts.update(published);
            events.publishEvent(new BillVersionAdded(id, version));
            return new VersionAdded(version, summary);
        });
    }

    /** Links between the clauses, Parts and Schedules of two trees that share a lineage (each lineage once in each). */
    static List<ProvisionLink> lineagePins(List<Provision> older, List<Provision> newer) {
        Map<String, String> oldByLineage =
                unique(VersionAlignment.alignedNodes(older).values());
        Map<String, String> newByLineage =
                unique(VersionAlignment.alignedNodes(newer).values());
        List<ProvisionLink> pins = new ArrayList<>();
        oldByLineage.forEach((lineage, oldEId) -> {
            String newEId = newByLineage.get(lineage);
            if (newEId != null) {
                pins.add(new ProvisionLink(oldEId, newEId));
            }
        });
        return pins;
    }

    private static Map<String, String> unique(java.util.Collection<Provision> nodes) {
        Map<String, String> byLineage = new HashMap<>();
        Map<String, Integer> counts = new HashMap<>();
        for (Provision p : nodes) {
            if (p.lineageId() != null) {
                byLineage.put(p.lineageId(), p.eId());
                counts.merge(p.lineageId(), 1, Integer::sum);
            }
        }
        counts.forEach((lineage, count) -> {
            if (count > 1) {
                byLineage.remove(lineage);
            }
        });
        return byLineage;
    }

    /** The text of a drafted version as its stored file: every provision's printed text, blocks apart. */
    static String render(List<Provision> tree) {
        StringBuilder sb = new StringBuilder();
        for (Provision p : tree) {
            if (!sb.isEmpty()) {
                sb.append("\n\n");
            }
            sb.append(p.fullText());
        }
        return sb.append('\n').toString();
    }

    private static Draft withStatus(Draft d, DraftStatus status, Instant at, String by, Integer publishedVersion) {
        return new Draft(
                d.billId(),
                d.number(),
                d.baseVersion(),
                d.label(),
                status,
                d.note(),
                d.revision(),
                d.provisions(),
                d.createdAt(),
                d.createdBy(),
                at,
                by,
                publishedVersion);
    }
}
