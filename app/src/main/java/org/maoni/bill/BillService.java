package org.maoni.bill;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.maoni.bill.internal.BillIngestion;
import org.maoni.bill.internal.BillRepository;
import org.maoni.bill.internal.FileStore;
import org.maoni.bill.internal.ProvisionTreeValidator;
import org.maoni.bill.internal.VersionAlignment;
import org.maoni.bill.parsing.BillMetadata;
import org.maoni.bill.parsing.ParsedBill;
import org.maoni.diff.ChangeKind;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The bill module's API: registers bills from their Gazette PDF or DOCX, adds versions, serves provision trees, and
 * lets a clerk replace a mis-parsed tree. Documents are read before any transaction starts; each write then commits its
 * rows, the original file and its event together, or nothing.
 */
@Service
public class BillService {

    private final BillRepository repository;
    private final FileStore files;
    private final BillIngestion ingestion;
    private final VersionAlignment alignment;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final Clock clock;

    BillService(
            BillRepository repository,
            FileStore files,
            BillIngestion ingestion,
            VersionAlignment alignment,
            ApplicationEventPublisher events,
            TransactionTemplate transactions,
            Clock clock) {
        this.repository = repository;
        this.files = files;
        this.ingestion = ingestion;
        this.alignment = alignment;
        this.events = events;
        this.transactions = transactions;
        this.clock = clock;
    }

    /**
     * Registers a bill with the file as version 1. What the clerk says in {@code details} wins over what the cover
     * says; a title and a house must come from one or the other.
     */
    public Bill register(NewBill details, SourceFile file, String actor) {
        BillIngestion.Ingested ingested = ingestion.ingest(file);
        BillMetadata parsed = ingested.parsed().metadata();
        List<BillProblem.FieldError> errors = new ArrayList<>();
        String title = firstNonBlank(details.title(), parsed == null ? null : parsed.title());
        if (title == null) {
            errors.add(new BillProblem.FieldError("title", "is not printed in the document: give it"));
        }
        String houseText = firstNonBlank(details.house(), parsed == null ? null : parsed.house());
        Optional<House> house = House.fromText(houseText);
        if (house.isEmpty()) {
            errors.add(new BillProblem.FieldError(
                    "house",
                    houseText == null
                            ? "is not printed in the document: give \"National Assembly\", \"Senate\" or"
                                    + " \"County Assembly of <county>\""
                            : "'" + houseText + "' is not \"National Assembly\", \"Senate\" or \"County Assembly of"
                                    + " <county>\" with one of the 47 counties"));
        }
        if (!errors.isEmpty()) {
            throw BillProblem.invalidFields("The bill's details are incomplete.", errors);
        }
        Instant now = Instant.now(clock);
        Bill row = new Bill(
                BillId.random(),
                title,
                house.get(),
                firstNonBlank(details.billNumber(), parsed == null ? null : parsed.billNumber()),
                details.year() != null ? details.year() : parsed == null ? null : parsed.year(),
                firstNonBlank(details.gazetteSupplement(), parsed == null ? null : parsed.gazetteSupplement()),
                blankToNull(details.sponsor()),
                blankToNull(details.committee()),
                details.stage() == null ? BillStage.FIRST_READING : details.stage(),
                now,
                List.of());
        String label = firstNonBlank(details.versionLabel(), "First Reading");
        var publication =
                details.publicationDate() != null ? details.publicationDate() : parsed == null ? null : parsed.date();
        transactions.executeWithoutResult(tx -> {
            repository.insertBill(row, actor);
            storeVersion(row.id(), 1, label, publication, file, ingested, now, actor);
            events.publishEvent(new BillRegistered(row.id(), row.title(), 1));
        });
        return get(row.id());
    }

    /**
     * Adds the file as the next version of the bill (same reading as version 1), aligned with the version before it so
     * its provisions carry their lineage forward; the same file twice is refused.
     */
    public VersionAdded addVersion(BillId id, NewVersion details, SourceFile file, String actor) {
        get(id);
        BillIngestion.Ingested ingested = ingestion.ingest(file);
        String sha = FileStore.sha256(file.content());
        Instant now = Instant.now(clock);
        VersionAdded added = transactions.execute(tx -> {
            if (!repository.lockBill(id)) {
                throw BillProblem.billNotFound(id);
            }
            repository.versionWithFile(id, sha).ifPresent(existing -> {
                throw BillProblem.duplicateVersion(id, sha, existing);
            });
            int number = repository.find(id).orElseThrow().latestVersion() + 1;
            var publication = details.publicationDate() != null
                    ? details.publicationDate()
                    : ingested.parsed().metadata() == null
                            ? null
                            : ingested.parsed().metadata().date();
            String label = firstNonBlank(details.label(), "Version " + number);
            storeVersion(id, number, label, publication, file, ingested, now, actor);
            Map<ChangeKind, Integer> summary = new EnumMap<>(ChangeKind.class);
            alignment.realign(id, number).forEach(a -> summary.merge(a.kind(), 1, Integer::sum));
            events.publishEvent(new BillVersionAdded(id, number));
            return new VersionAdded(number, summary);
        });
        return added;
    }

    public List<Bill> list() {
        return repository.findAll();
    }

    public Bill get(BillId id) {
        return repository.find(id).orElseThrow(() -> BillProblem.billNotFound(id));
    }

    public Optional<Bill> find(BillId id) {
        return repository.find(id);
    }

    public ProvisionTree tree(BillId id, int number) {
        BillVersion version = version(id, number);
        return new ProvisionTree(id, number, version.label(), version.publicationDate(), repository.tree(id, number));
    }

    public BillVersion version(BillId id, int number) {
        return get(id).versions().stream()
                .filter(v -> v.number() == number)
                .findFirst()
                .orElseThrow(() -> BillProblem.versionNotFound(id, number));
    }

    /** The version's original file, unchanged. */
    public byte[] originalFile(BillId id, int number) {
        BillVersion version = version(id, number);
        return files.load(version.sha256()).orElseThrow(() -> BillProblem.versionNotFound(id, number));
    }

    /** The text extracted from the version's file, as the parser saw it. */
    public String extractedText(BillId id, int number) {
        version(id, number);
        return repository.extractedText(id, number).orElseThrow(() -> BillProblem.versionNotFound(id, number));
    }

    /**
     * Replaces a version's provision tree with a clerk's corrected one, after checking it (unique eIds, allowed
     * nesting); the parse report gains a warning saying the tree was corrected by hand.
     */
    public ProvisionTree replaceTree(BillId id, int number, List<Provision> provisions, String actor) {
        List<BillProblem.FieldError> errors = ProvisionTreeValidator.validate(provisions);
        if (!errors.isEmpty()) {
            throw BillProblem.invalidTree(errors);
        }
        Instant now = Instant.now(clock);
        transactions.executeWithoutResult(tx -> {
            if (!repository.lockBill(id)) {
                throw BillProblem.billNotFound(id);
            }
            BillVersion version = version(id, number);
            ParseReport old = version.parseReport();
            List<ParseReport.Warning> warnings = new ArrayList<>(old.warnings());
            warnings.add(new ParseReport.Warning(
                    "tree-corrected", "The provision tree was corrected by " + actor + " at " + now + ".", null));
            ParseReport report = new ParseReport(
                    old.arrangementClauses(),
                    old.bodyClauses(),
                    old.matchedClauses(),
                    old.score(),
                    old.missing(),
                    old.extra(),
                    warnings);
            Map<String, String> lineages = new HashMap<>();
            Provision.flatten(repository.tree(id, number)).forEach(p -> lineages.put(p.eId(), p.lineageId()));
            repository.deleteProvisions(id, number);
            repository.insertProvisions(id, number, keepLineages(provisions, lineages));
            repository.markTreeEdited(id, number, now, actor, report);
            int latest = repository.find(id).orElseThrow().latestVersion();
            // This version's links to the one before, and every later version's, depend on its tree.
            alignment.realignFrom(id, number, latest);
            events.publishEvent(new ProvisionTreeCorrected(id, number, actor));
        });
        return tree(id, number);
    }

    private void storeVersion(
            BillId id,
            int number,
            String label,
            java.time.LocalDate publication,
            SourceFile file,
            BillIngestion.Ingested ingested,
            Instant now,
            String actor) {
        String sha = files.store(file.content());
        ParsedBill parsed = ingested.parsed();
        BillVersion version = new BillVersion(
                number,
                label,
                publication,
                file.fileName(),
                ingested.document().mediaType(),
                file.content().length,
                sha,
                ingested.document().pageCount(),
                now,
                actor,
                null,
                null,
                parsed.report());
        repository.insertVersion(id, version, ingested.document().text());
        repository.insertProvisions(id, number, parsed.provisions());
    }

    /** A corrected tree keeps the lineage of every eId the stored tree had; new eIds start new lineages. */
    private static List<Provision> keepLineages(List<Provision> nodes, Map<String, String> lineages) {
        List<Provision> out = new ArrayList<>(nodes.size());
        for (Provision p : nodes) {
            out.add(p.withLineage(lineages.get(p.eId())).withChildren(keepLineages(p.children(), lineages)));
        }
        return out;
    }

    private static String firstNonBlank(String a, String b) {
        String x = blankToNull(a);
        return x != null ? x : blankToNull(b);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
