package org.maoni.bill;

import java.text.Normalizer;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.maoni.bill.internal.BillRepository;
import org.maoni.bill.internal.BillRepository.CorrectionRow;
import org.maoni.bill.internal.VersionAlignment;
import org.maoni.bill.internal.VersionProperties;
import org.maoni.diff.Alignment;
import org.maoni.diff.ChangeKind;
import org.maoni.diff.ProvisionLink;
import org.maoni.diff.Redline;
import org.maoni.diff.TextDiff;
import org.maoni.diff.WordDiff;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Compares versions of a bill: clause-level changes with word diffs and redlines between any two versions, the history
 * of one provision across all versions (by lineage), the changes made after public participation, and clerks'
 * corrections of the alignment between consecutive versions.
 */
@Service
public class VersionComparison {

    private final BillService bills;
    private final BillRepository repository;
    private final VersionAlignment alignment;
    private final VersionProperties properties;
    private final WordDiff wordDiff;
    private final TransactionTemplate transactions;
    private final Clock clock;

    VersionComparison(
            BillService bills,
            BillRepository repository,
            VersionAlignment alignment,
            VersionProperties properties,
            TransactionTemplate transactions,
            Clock clock) {
        this.bills = bills;
        this.repository = repository;
        this.alignment = alignment;
        this.properties = properties;
        this.wordDiff = new WordDiff(properties.diffTimeout());
        this.transactions = transactions;
        this.clock = clock;
    }

    /**
     * Every provision of versions {@code from} and {@code to} with its change. Consecutive versions use the stored
     * alignment (with clerks' corrections); others are aligned afresh with provisions of the same lineage linked.
     */
    public VersionDiff diff(BillId id, int from, int to) {
        if (from == to) {
            throw BillProblem.invalidFields(
                    "Compare two different versions.",
                    List.of(new BillProblem.FieldError("to", "must differ from 'from'")));
        }
        bills.version(id, from);
        bills.version(id, to);
        List<Provision> older = repository.tree(id, from);
        List<Provision> newer = repository.tree(id, to);
        List<Alignment> alignments = to == from + 1 ? stored(id, to) : alignAcross(older, newer);
        Map<String, Provision> oldNodes = VersionAlignment.alignedNodes(older);
        Map<String, Provision> newNodes = VersionAlignment.alignedNodes(newer);
        Map<ChangeKind, Integer> summary = new EnumMap<>(ChangeKind.class);
        List<ProvisionChange> changes = new ArrayList<>();
        for (Alignment a : alignments) {
            summary.merge(a.kind(), 1, Integer::sum);
            changes.add(change(a, oldNodes, newNodes));
        }
        return new VersionDiff(id, from, to, summary, changes);
    }

    /** Every version of the provision {@code eId} of version {@code version} (the latest that has it, if null). */
    public ProvisionHistory history(BillId id, String eId, Integer version) {
        Bill bill = bills.get(id);
        Provision start = null;
        int startVersion = 0;
        for (int i = bill.versions().size() - 1; i >= 0 && start == null; i--) {
            int n = bill.versions().get(i).number();
            if (version == null || version == n) {
                start = find(repository.tree(id, n), eId).orElse(null);
                startVersion = n;
            }
        }
        if (start == null) {
            throw BillProblem.provisionNotFound(id, eId, version);
        }
        String lineage = start.lineageId();
        List<ProvisionHistory.Step> steps = new ArrayList<>();
        Provision previous = null;
        for (BillVersion v : bill.versions()) {
            Provision here = v.number() == startVersion
                    ? start
                    : findLineage(repository.tree(id, v.number()), lineage).orElse(null);
            ProvisionChange change = null;
            if (here != null && previous != null) {
                change = textChange(previous, here);
            } else if (here != null && v.number() > bill.versions().get(0).number()) {
                change = textChange(null, here);
            }
            steps.add(new ProvisionHistory.Step(v.number(), v.label(), here, change));
            if (here != null) {
                previous = here;
            }
        }
        return new ProvisionHistory(id, lineage, steps);
    }

    /** Names the version that went to public participation (null clears it). */
    public void markParticipationVersion(BillId id, Integer version) {
        if (version != null) {
            bills.version(id, version);
        }
        repository.setParticipationVersion(id, version);
    }

    public Optional<Integer> participationVersion(BillId id) {
        bills.get(id);
        return repository.participationVersion(id);
    }

    /**
     * Every provision inserted after the participation version, or changed beyond the configured similarity, as the
     * latest version has it, with the version that introduced the change.
     */
    public AfterParticipationReport afterParticipation(BillId id) {
        Bill bill = bills.get(id);
        int participation =
                repository.participationVersion(id).orElseThrow(() -> BillProblem.noParticipationVersion(id));
        int latest = bill.latestVersion();
        double threshold = properties.afterParticipationSimilarity();
        List<AfterParticipationReport.Entry> entries = new ArrayList<>();
        if (latest > participation) {
            VersionDiff diff = diff(id, participation, latest);
            for (ProvisionChange change : diff.changes()) {
                boolean unseen = change.kind() == ChangeKind.INSERTED
                        || (change.kind() != ChangeKind.DELETED
                                && change.textChanged()
                                && change.similarity() < threshold);
                if (unseen) {
                    int introduced = introducedIn(bill, participation, change);
                    entries.add(new AfterParticipationReport.Entry(change, introduced, label(bill, introduced)));
                }
            }
        }
        return new AfterParticipationReport(id, participation, latest, threshold, entries);
    }

    /** Records a clerk's correction and realigns that pair of versions and every later one. */
    public AlignmentCorrection correct(
            BillId id, int toVersion, String oldEId, String newEId, AlignmentCorrection.Action action, String actor) {
        Bill bill = bills.get(id);
        if (toVersion < 2) {
            throw BillProblem.invalidFields(
                    "Version 1 has no earlier version to align with.",
                    List.of(new BillProblem.FieldError("toVersion", "must be 2 or more")));
        }
        bills.version(id, toVersion);
        List<BillProblem.FieldError> errors = new ArrayList<>();
        if (!VersionAlignment.alignedNodes(repository.tree(id, toVersion - 1)).containsKey(oldEId)) {
            errors.add(new BillProblem.FieldError(
                    "oldEId", "version " + (toVersion - 1) + " has no clause, Part or Schedule '" + oldEId + "'"));
        }
        if (!VersionAlignment.alignedNodes(repository.tree(id, toVersion)).containsKey(newEId)) {
            errors.add(new BillProblem.FieldError(
                    "newEId", "version " + toVersion + " has no clause, Part or Schedule '" + newEId + "'"));
        }
        if (!errors.isEmpty()) {
            throw BillProblem.invalidFields("The correction names provisions that do not exist.", errors);
        }
        CorrectionRow row = new CorrectionRow(
                UUID.randomUUID(), toVersion, oldEId, newEId, action.name(), actor, Instant.now(clock));
        transactions.executeWithoutResult(tx -> {
            repository.lockBill(id);
            repository.deleteCorrections(id, toVersion, oldEId, newEId);
            repository.insertCorrection(id, row);
            alignment.realignFrom(id, toVersion, bill.latestVersion());
        });
        return toCorrection(row);
    }

    public List<AlignmentCorrection> corrections(BillId id) {
        bills.get(id);
        return repository.corrections(id).stream()
                .map(VersionComparison::toCorrection)
                .toList();
    }

    private List<Alignment> stored(BillId id, int to) {
        return repository.alignment(id, to).stream()
                .map(r -> new Alignment(
                        ChangeKind.valueOf(r.kind()), r.oldEIds(), r.newEIds(), r.similarity(), r.textChanged()))
                .toList();
    }

    private List<Alignment> alignAcross(List<Provision> older, List<Provision> newer) {
        Map<String, String> oldByLineage = new HashMap<>();
        VersionAlignment.alignedNodes(older).values().forEach(p -> oldByLineage.put(p.lineageId(), p.eId()));
        List<ProvisionLink> pinned = new ArrayList<>();
        for (Provision p : VersionAlignment.alignedNodes(newer).values()) {
            String oldKey = oldByLineage.get(p.lineageId());
            if (oldKey != null) {
                pinned.add(new ProvisionLink(oldKey, p.eId()));
            }
        }
        return alignment.align(older, newer, pinned, List.of());
    }

    private ProvisionChange change(Alignment a, Map<String, Provision> oldNodes, Map<String, Provision> newNodes) {
        List<Provision> olds = a.oldKeys().stream().map(oldNodes::get).toList();
        List<Provision> news = a.newKeys().stream().map(newNodes::get).toList();
        Provision firstOld = olds.isEmpty() ? null : olds.get(0);
        Provision firstNew = news.isEmpty() ? null : news.get(0);
        boolean showDiff = a.textChanged() || a.kind() == ChangeKind.INSERTED || a.kind() == ChangeKind.DELETED;
        TextDiff diff = showDiff ? wordDiff.diff(joined(olds), joined(news)) : null;
        return new ProvisionChange(
                a.kind(),
                a.oldKeys(),
                a.newKeys(),
                firstOld == null ? null : firstOld.num(),
                firstNew == null ? null : firstNew.num(),
                firstOld == null ? null : firstOld.heading(),
                firstNew == null ? null : firstNew.heading(),
                firstNew != null ? firstNew.lineageId() : firstOld.lineageId(),
                a.similarity(),
                a.textChanged(),
                diff == null ? null : diff.approximate(),
                diff == null ? null : diff.operations(),
                diff == null ? null : Redline.inline(diff),
                diff == null ? null : Redline.sideBySide(diff).oldHtml(),
                diff == null ? null : Redline.sideBySide(diff).newHtml());
    }

    private ProvisionChange textChange(Provision before, Provision after) {
        String oldText = before == null ? "" : before.fullText();
        String newText = after.fullText();
        // A new number alone is a renumbering, not a change of text.
        boolean changed =
                before == null || !normalise(bodyWithoutNumber(before)).equals(normalise(bodyWithoutNumber(after)));
        ChangeKind kind = before == null
                ? ChangeKind.INSERTED
                : changed ? ChangeKind.MODIFIED : sameNum(before, after) ? ChangeKind.UNCHANGED : ChangeKind.RENUMBERED;
        TextDiff diff = changed || before == null ? wordDiff.diff(oldText, newText) : null;
        return new ProvisionChange(
                kind,
                before == null ? List.of() : List.of(before.eId()),
                List.of(after.eId()),
                before == null ? null : before.num(),
                after.num(),
                before == null ? null : before.heading(),
                after.heading(),
                after.lineageId(),
                before == null ? 0 : similarity(oldText, newText),
                changed,
                diff == null ? null : diff.approximate(),
                diff == null ? null : diff.operations(),
                diff == null ? null : Redline.inline(diff),
                diff == null ? null : Redline.sideBySide(diff).oldHtml(),
                diff == null ? null : Redline.sideBySide(diff).newHtml());
    }

    private int introducedIn(Bill bill, int participation, ProvisionChange change) {
        String participationText = findLineage(repository.tree(bill.id(), participation), change.lineageId())
                .map(p -> normalise(bodyWithoutNumber(p)))
                .orElse(null);
        for (BillVersion v : bill.versions()) {
            if (v.number() <= participation) {
                continue;
            }
            Optional<Provision> here = findLineage(repository.tree(bill.id(), v.number()), change.lineageId());
            if (here.isPresent()
                    && (participationText == null
                            || !participationText.equals(normalise(bodyWithoutNumber(here.get()))))) {
                return v.number();
            }
        }
        return bill.latestVersion();
    }

    /** Word-level similarity of two texts from their diff: the share of characters left equal. */
    private double similarity(String a, String b) {
        if (a.isEmpty() && b.isEmpty()) {
            return 1.0;
        }
        TextDiff diff = wordDiff.diff(a, b);
        long equal = diff.operations().stream()
                .filter(op -> op.kind() == org.maoni.diff.DiffOp.Kind.EQUAL)
                .mapToLong(op -> op.text().length())
                .sum();
        return (2.0 * equal) / (a.length() + b.length());
    }

    private static boolean sameNum(Provision a, Provision b) {
        return normalise(a.num()).equals(normalise(b.num()));
    }

    private static String joined(List<Provision> provisions) {
        StringBuilder sb = new StringBuilder();
        for (Provision p : provisions) {
            if (p != null) {
                if (!sb.isEmpty()) {
                    sb.append('\n');
                }
                sb.append(p.fullText());
            }
        }
        return sb.toString();
    }

    private static String normalise(String s) {
        if (s == null) {
            return "";
        }
        return Normalizer.normalize(s, Normalizer.Form.NFKC)
                .replaceAll("\\s+", " ")
                .strip();
    }

    private static String label(Bill bill, int number) {
        return bill.versions().stream()
                .filter(v -> v.number() == number)
                .map(BillVersion::label)
                .findFirst()
                .orElse(null);
    }

    static Optional<Provision> find(List<Provision> nodes, String eId) {
        return Provision.flatten(nodes).stream()
                .filter(p -> p.eId().equals(eId))
                .findFirst();
    }

    static Optional<Provision> findLineage(List<Provision> nodes, String lineage) {
        return lineage == null
                ? Optional.empty()
                : Provision.flatten(nodes).stream()
                        .filter(p -> lineage.equals(p.lineageId()))
                        .findFirst();
    }

    private static AlignmentCorrection toCorrection(CorrectionRow r) {
        return new AlignmentCorrection(
                r.id(),
                r.toVersion(),
                r.oldEId(),
                r.newEId(),
                AlignmentCorrection.Action.valueOf(r.action()),
                r.createdBy(),
                r.createdAt());
    }

    /** The text a change after participation is judged on: the provision's body, without its number. */
    private static String bodyWithoutNumber(Provision p) {
        return new Provision(p.eId(), p.type(), null, p.heading(), p.text(), p.wrapUp(), p.children()).fullText();
    }
}
