package org.maoni.annotation.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.maoni.annotation.AnnotationFilter;
import org.maoni.annotation.AnnotationProblem;
import org.maoni.annotation.Annotations;
import org.maoni.annotation.ClauseProposal;
import org.maoni.annotation.ProposalMade;
import org.maoni.annotation.Viewer;
import org.maoni.annotation.anchoring.AnchorProblem;
import org.maoni.annotation.anchoring.AnchorStatus;
import org.maoni.annotation.anchoring.AnchoredQuote;
import org.maoni.annotation.anchoring.BillReanchorer;
import org.maoni.annotation.anchoring.Outcome;
import org.maoni.annotation.anchoring.QuoteValidator;
import org.maoni.annotation.internal.AnnotationStore.Anchor;
import org.maoni.annotation.internal.AnnotationStore.Row;
import org.maoni.annotation.model.Agent;
import org.maoni.annotation.model.Annotation;
import org.maoni.annotation.model.AnnotationFormatException;
import org.maoni.annotation.model.AnnotationJson;
import org.maoni.annotation.model.Motivation;
import org.maoni.annotation.model.ProvisionAnnotations;
import org.maoni.annotation.model.ProvisionAnnotations.ProvisionTarget;
import org.maoni.annotation.model.Resource;
import org.maoni.annotation.model.Selector;
import org.maoni.bill.BillId;
import org.maoni.bill.BillProblem;
import org.maoni.bill.BillService;
import org.maoni.bill.Provision;
import org.maoni.bill.ProvisionChange;
import org.maoni.bill.VersionComparison;
import org.maoni.diff.Alignment;
import org.maoni.memorandum.Channel;
import org.maoni.memorandum.Consent;
import org.maoni.memorandum.Memoranda;
import org.maoni.memorandum.Memorandum;
import org.maoni.memorandum.MemorandumStatus;
import org.maoni.memorandum.NewMemorandum;
import org.maoni.memorandum.Proposal;
import org.maoni.memorandum.ProposalInput;
import org.maoni.memorandum.Receipt;
import org.maoni.memorandum.Stance;
import org.maoni.memorandum.SubmitterKind;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Stores, validates, lists and re-anchors annotations. A memorandum's proposal on a provision is an annotation whether
 * or not a row holds it: until a new version makes it be stored (so that its anchoring can be kept), it is derived
 * from the memorandum, its quote being the provision's whole text.
 */
@Service
class AnnotationService implements Annotations {

    private static final Pattern VERSION_PATH = Pattern.compile("/api/bills/([^/]+)/versions/([1-9][0-9]{0,8})$");
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String PROPOSAL_PREFIX = "proposal-";
    private static final String TAGS_PREFIX = "tags-";

    private final AnnotationStore store;
    private final BillService bills;
    private final VersionComparison comparison;
    private final Memoranda memoranda;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final QuoteValidator validator = new QuoteValidator();
    private final BillReanchorer reanchorer = new BillReanchorer();

    AnnotationService(
            AnnotationStore store,
            BillService bills,
            VersionComparison comparison,
            Memoranda memoranda,
            TransactionTemplate transactions,
            Clock clock) {
        this.store = store;
        this.bills = bills;
        this.comparison = comparison;
        this.memoranda = memoranda;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** One annotation with what decides how it is shown: its memorandum and proposal, if it is one. */
    private record Item(Row row, Memorandum memorandum, Proposal proposal, List<Anchor> anchors) {

        boolean isProposal() {
            return proposal != null && row.motivation() != Motivation.TAGGING;
        }
    }

    /** Where an item stands in the version viewed: the original target, an anchor, or nowhere yet. */
    private record Placed(Item item, int version, String status, String eId, String exact) {}

    /** Trees of one bill's versions, read once per request. */
    private final class Trees {
        private final BillId billId;
        private final Map<Integer, List<Provision>> trees = new HashMap<>();
        private final Map<Integer, Map<String, Provision>> nodes = new HashMap<>();

        Trees(BillId billId) {
            this.billId = billId;
        }

        List<Provision> tree(int version) {
            return trees.computeIfAbsent(version, v -> bills.tree(billId, v).provisions());
        }

        Provision node(int version, String eId) {
            return nodes.computeIfAbsent(version, v -> {
                        Map<String, Provision> byId = new HashMap<>();
                        Provision.flatten(tree(v)).forEach(p -> byId.put(p.eId(), p));
                        return byId;
                    })
                    .get(eId);
        }
    }

    // ---- reading

    @Override
    public List<Annotation> list(AnnotationFilter filter, Viewer viewer, String baseUrl) {
        List<Annotation> out = new ArrayList<>();
        for (Placed placed : placed(filter, viewer)) {
            out.add(toAnnotation(placed, filter.version() != null, viewer, baseUrl));
        }
        return out;
    }

    @Override
    public Map<String, Integer> proposalCounts(BillId billId, int version) {
        Map<String, Integer> counts = new TreeMap<>();
        for (Placed placed : placed(new AnnotationFilter(billId, version, null, null), new Viewer(true, true, null))) {
            Memorandum m = placed.item().memorandum();
            boolean ended =
                    m != null && (m.status() == MemorandumStatus.WITHDRAWN || m.status() == MemorandumStatus.SET_ASIDE);
            if (placed.item().isProposal() && placed.eId() != null && !ended) {
                counts.merge(placed.eId(), 1, Integer::sum);
            }
        }
        return counts;
    }

    private List<Placed> placed(AnnotationFilter filter, Viewer viewer) {
        bills.get(filter.billId());
        Trees trees = new Trees(filter.billId());
        List<Placed> out = new ArrayList<>();
        for (Item item : items(filter.billId(), trees, true)) {
            if (!visible(item, viewer)) {
                continue;
            }
            Placed placed = place(item, filter.version());
            if (placed == null) {
                continue;
            }
            if (filter.eId() != null
                    && (placed.eId() == null
                            || !(placed.eId().equals(filter.eId())
                                    || placed.eId().startsWith(filter.eId() + "__")))) {
                continue;
            }
            if (filter.lineage() != null) {
                Provision node = placed.eId() == null ? null : trees.node(placed.version(), placed.eId());
                if (node == null || !filter.lineage().equals(node.lineageId())) {
                    continue;
                }
            }
            out.add(placed);
        }
        out.sort(Comparator.comparing((Placed p) -> p.item().row().createdAt())
                .thenComparing(p -> p.item().row().id()));
        return out;
    }

    /** Stored annotations and the memoranda proposals (and their clerks' tags) not stored yet. */
    private List<Item> items(BillId billId, Trees trees, boolean withTags) {
        Map<String, List<Anchor>> anchors = store.anchors(billId);
        Map<String, Memorandum> byRef = new HashMap<>();
        Map<Long, Proposal> proposals = new HashMap<>();
        List<Memorandum> all = memoranda.list(billId);
        for (Memorandum m : all) {
            byRef.put(m.reference().value(), m);
            m.proposals().forEach(p -> proposals.put(p.id(), p));
        }
        List<Item> out = new ArrayList<>();
        Set<String> stored = new HashSet<>();
        for (Row row : store.byBill(billId)) {
            stored.add(row.id());
            Memorandum m = row.memorandumRef() == null ? null : byRef.get(row.memorandumRef());
            Proposal p = row.proposalId() == null ? null : proposals.get(row.proposalId());
            out.add(new Item(row, m, p, anchors.getOrDefault(row.id(), List.of())));
        }
        for (Memorandum m : all) {
            for (Proposal p : m.proposals()) {
                Row row = derived(m, p, trees);
                if (row == null) {
                    continue;
                }
                if (!stored.contains(row.id())) {
                    out.add(new Item(row, m, p, List.of()));
                }
                if (withTags && !p.themes().isEmpty()) {
                    Row tags = new Row(
                            TAGS_PREFIX + p.id(),
                            row.billId(),
                            row.version(),
                            row.eId(),
                            Motivation.TAGGING,
                            row.exact(),
                            row.prefix(),
                            row.suffix(),
                            row.start(),
                            row.end(),
                            null,
                            true,
                            row.memorandumRef(),
                            p.id(),
                            row.createdAt(),
                            null);
                    out.add(new Item(tags, m, p, List.of()));
                }
            }
        }
        return out;
    }

    /** The annotation a memorandum's proposal is, quoting its (first) provision whole; null when it names none. */
    private static Row derived(Memorandum m, Proposal p, Trees trees) {
        if (p.eIds().isEmpty()
                || m.status() == MemorandumStatus.WITHDRAWN
                || m.status() == MemorandumStatus.SET_ASIDE) {
            return null;
        }
        Provision node;
        try {
            node = trees.node(m.version(), p.eIds().get(0));
        } catch (BillProblem e) {
            return null;
        }
        if (node == null) {
            return null;
        }
        String text = node.fullText();
        if (text.isEmpty()) {
            return null;
        }
        AnchoredQuote quote = AnchoredQuote.at(node.eId(), text, 0, text.codePointCount(0, text.length()));
        return new Row(
                PROPOSAL_PREFIX + p.id(),
                m.billId(),
                m.version(),
                node.eId(),
                motivationOf(p.stance()),
                quote.exact(),
                quote.prefix(),
                quote.suffix(),
                quote.start(),
                quote.end(),
                null,
                false,
                m.reference().value(),
                p.id(),
                m.receivedAt(),
                null);
    }

    private static Motivation motivationOf(Stance stance) {
        return stance == Stance.SUPPORT || stance == Stance.OPPOSE ? Motivation.COMMENTING : Motivation.EDITING;
    }

    private static boolean visible(Item item, Viewer viewer) {
        if (viewer.staff()) {
            return true;
        }
        if (item.row().staffOnly()) {
            return false;
        }
        if (item.row().memorandumRef() != null) {
            return item.memorandum() != null && item.memorandum().status() == MemorandumStatus.RESPONDED;
        }
        return true;
    }

    private static Placed place(Item item, Integer version) {
        Row row = item.row();
        if (version == null || version == row.version()) {
            return new Placed(item, row.version(), "ORIGINAL", row.eId(), row.exact());
        }
        if (version < row.version()) {
            return null;
        }
        for (Anchor a : item.anchors()) {
            if (a.version() == version) {
                return new Placed(item, version, a.status().name(), a.eId(), a.exact());
            }
        }
        return new Placed(item, version, "PENDING", null, null);
    }

    private Annotation toAnnotation(Placed placed, boolean showPlacement, Viewer viewer, String baseUrl) {
        Item item = placed.item();
        Row row = item.row();
        Annotation stored = row.document() == null ? null : AnnotationJson.parse(row.document());
        Map<String, JsonNode> other = new LinkedHashMap<>();
        if (stored != null) {
            other.putAll(stored.other());
        }
        List<Resource> bodies = new ArrayList<>();
        if (item.proposal() != null && row.motivation() == Motivation.TAGGING) {
            for (String theme : item.proposal().themes()) {
                bodies.add(Resource.TextualBody.of(theme, "en", Motivation.TAGGING));
            }
        } else if (item.proposal() != null) {
            String comment =
                    stored == null ? null : ProvisionAnnotations.comment(stored).orElse(null);
            bodies.addAll(ProvisionAnnotations.bodies(
                    comment,
                    null,
                    null,
                    new ProvisionAnnotations.Proposal(
                            item.proposal().stance(),
                            blankToNull(item.proposal().proposedText()),
                            blankToNull(item.proposal().justification()))));
        } else if (stored != null) {
            bodies.addAll(stored.bodies());
        }
        List<Agent> creators = creators(item, stored, viewer);
        ProvisionTarget target = new ProvisionTarget(
                versionIri(baseUrl, row.billId(), row.version()),
                row.eId(),
                new Selector.TextQuote(row.exact(), emptyToNull(row.prefix()), emptyToNull(row.suffix()), List.of()),
                new Selector.TextPosition(row.start(), row.end(), List.of()));
        ArrayNode anchoring = NODES.arrayNode();
        for (Anchor a : item.anchors()) {
            ObjectNode node = anchoring.addObject();
            node.put("version", a.version());
            node.put("status", a.status().name());
            if (a.eId() != null) {
                node.put("source", versionIri(baseUrl, row.billId(), a.version()));
                node.put("eId", a.eId());
                node.put("exact", a.exact());
                node.put("start", a.start());
                node.put("end", a.end());
            }
            node.put("similarity", Math.round(a.similarity() * 1000) / 1000.0);
            if (a.note() != null) {
                node.put("note", a.note());
            }
        }
        other.put("anchoring", anchoring);
        if (showPlacement) {
            ObjectNode p = NODES.objectNode();
            p.put("version", placed.version());
            p.put("status", placed.status());
            if (placed.eId() != null) {
                p.put("eId", placed.eId());
                p.put("exact", placed.exact());
            }
            other.put("placement", p);
        }
        Memorandum m = item.memorandum();
        if (item.proposal() != null
                && item.proposal().decision() != null
                && m != null
                && (viewer.staff() || m.status() == MemorandumStatus.RESPONDED)) {
            ObjectNode d = NODES.objectNode();
            d.put("decision", item.proposal().decision().decision().name());
            d.put("reasons", item.proposal().decision().reasons());
            d.put("decidedBy", item.proposal().decision().decidedBy());
            if (item.proposal().decision().decidedAt() != null) {
                d.put("decidedAt", item.proposal().decision().decidedAt().toString());
            }
            other.put("decision", d);
        }
        if (viewer.staff() && m != null) {
            ObjectNode memo = NODES.objectNode();
            memo.put("reference", m.reference().value());
            memo.put("status", m.status().name());
            other.put("memorandum", memo);
        }
        return new Annotation(
                baseUrl + "/api/annotations/" + row.id(),
                List.of(row.motivation()),
                creators,
                row.createdAt(),
                null,
                bodies,
                List.of(target.toResource()),
                other);
    }

    /** The public sees a submitter's name only with consent to publish it, never contact details. */
    private static List<Agent> creators(Item item, Annotation stored, Viewer viewer) {
        Memorandum m = item.memorandum();
        if (m != null && m.submitter() != null) {
            Agent.Kind kind =
                    m.submitter().kind() == SubmitterKind.ORGANISATION ? Agent.Kind.ORGANIZATION : Agent.Kind.PERSON;
            String name = m.submitter().name();
            boolean show = viewer.staff() || m.consent() == Consent.PUBLISH_NAME;
            return List.of(new Agent(null, kind, show && name != null && !name.isBlank() ? name : "Anonymous", null));
        }
        if (item.row().createdBy() != null && viewer.staff()) {
            return List.of(new Agent(null, Agent.Kind.PERSON, item.row().createdBy(), null));
        }
        return stored == null ? List.of() : stored.creators();
    }

    static String versionIri(String baseUrl, BillId billId, int version) {
        return baseUrl + "/api/bills/" + billId + "/versions/" + version;
    }

    // ---- writing

    /** A validated target: the bill, version, provision and the quote resolved in the provision's text. */
    private record Resolved(BillId billId, int version, AnchoredQuote quote) {}

    private Resolved resolve(Annotation annotation) {
        ProvisionTarget target;
        try {
            target = ProvisionAnnotations.target(annotation);
        } catch (AnnotationFormatException e) {
            throw formatProblem(e);
        }
        Matcher m = VERSION_PATH.matcher(target.versionIri());
        if (!m.find()) {
            throw unknownTarget("The target's source is not the IRI of a bill version: " + target.versionIri());
        }
        BillId billId;
        try {
            billId = BillId.valueOf(m.group(1));
        } catch (IllegalArgumentException e) {
            throw unknownTarget("No bill " + m.group(1) + ".");
        }
        int version = Integer.parseInt(m.group(2));
        List<Provision> tree;
        try {
            tree = bills.tree(billId, version).provisions();
        } catch (BillProblem e) {
            throw unknownTarget("No version " + version + " of bill " + billId + ".");
        }
        Optional<Provision> node = Provision.flatten(tree).stream()
                .filter(p -> p.eId().equals(target.eId()))
                .findFirst();
        if (node.isEmpty()) {
            throw unknownTarget(
                    "Version " + version + " of bill " + billId + " has no provision " + target.eId() + ".");
        }
        try {
            return new Resolved(
                    billId, version, validator.resolve(target, node.get().fullText()));
        } catch (AnchorProblem e) {
            throw new AnnotationProblem(
                    HttpStatus.UNPROCESSABLE_ENTITY,
                    e.reason().slug(),
                    title(e.reason()),
                    e.getMessage(),
                    "$.target.selector");
        }
    }

    private static String title(AnchorProblem.Reason reason) {
        return switch (reason) {
            case QUOTE_NOT_FOUND -> "The quote is not in the provision";
            case SELECTORS_DISAGREE -> "The selectors disagree";
            case UNKNOWN_TARGET -> "Unknown target";
            case AMBIGUOUS_QUOTE -> "The quote is ambiguous";
            case EMPTY_QUOTE -> "The quote is empty";
            case INVALID_CHARACTER -> "The quote holds an invalid character";
            case POSITION_OUT_OF_RANGE -> "The position lies outside the provision";
        };
    }

    static AnnotationProblem formatProblem(AnnotationFormatException e) {
        return new AnnotationProblem(
                HttpStatus.BAD_REQUEST,
                e.reason().slug(),
                "Not an annotation Maoni can accept",
                e.getMessage(),
                e.path());
    }

    private static AnnotationProblem unknownTarget(String detail) {
        return new AnnotationProblem(
                HttpStatus.UNPROCESSABLE_ENTITY, "unknown-target", "Unknown target", detail, "$.target.source");
    }

    private static AnnotationProblem forbidden(String detail) {
        return new AnnotationProblem(HttpStatus.FORBIDDEN, "forbidden", "Not allowed", detail, null);
    }

    private Row rowFor(
            String id,
            Annotation annotation,
            Resolved r,
            boolean staffOnly,
            String memorandumRef,
            Long proposalId,
            Instant createdAt,
            String createdBy) {
        Motivation motivation = annotation.motivations().isEmpty()
                ? Motivation.COMMENTING
                : annotation.motivations().get(0);
        return new Row(
                id,
                r.billId(),
                r.version(),
                r.quote().eId(),
                motivation,
                r.quote().exact(),
                r.quote().prefix(),
                r.quote().suffix(),
                r.quote().start(),
                r.quote().end(),
                AnnotationJson.write(annotation).toString(),
                staffOnly,
                memorandumRef,
                proposalId,
                createdAt,
                createdBy);
    }

    @Override
    public Annotation create(Annotation annotation, Viewer viewer, String baseUrl) {
        if (!viewer.staff()) {
            throw forbidden("Only staff store annotations directly; the public makes proposals with their details.");
        }
        if (annotation.motivations().contains(Motivation.TAGGING) && !viewer.tagger()) {
            throw forbidden("Only clerks tag provisions with themes.");
        }
        Resolved r = resolve(annotation);
        Row row =
                rowFor(AnnotationStore.newId(), annotation, r, true, null, null, Instant.now(clock), viewer.username());
        transactions.executeWithoutResult(tx -> store.insert(row));
        return toAnnotation(
                new Placed(new Item(row, null, null, List.of()), row.version(), "ORIGINAL", row.eId(), row.exact()),
                false,
                viewer,
                baseUrl);
    }

    @Override
    public ProposalMade propose(ClauseProposal proposal, String baseUrl) {
        Annotation annotation = proposal.annotation();
        if (annotation.motivations().contains(Motivation.TAGGING)) {
            throw forbidden("Only clerks tag provisions with themes.");
        }
        Resolved r = resolve(annotation);
        ProvisionAnnotations.Proposal p = ProvisionAnnotations.proposal(annotation)
                .orElseThrow(() -> new AnnotationProblem(
                        HttpStatus.BAD_REQUEST,
                        "missing-stance",
                        "A proposal needs a stance",
                        "Say whether you support, oppose, amend, delete or insert: a body with purpose classifying"
                                + " and source " + ProvisionAnnotations.STANCE + "<stance>.",
                        "$.body"));
        String comment = ProvisionAnnotations.comment(annotation).orElse(null);
        String text = firstNonBlank(
                comment,
                p.justification(),
                p.wording(),
                "Proposal on " + r.quote().eId());
        Receipt receipt = memoranda.submit(new NewMemorandum(
                r.billId(),
                r.version(),
                Channel.WEB_FORM,
                proposal.submitter(),
                proposal.consent(),
                text,
                List.of(new ProposalInput(r.quote().eId(), p.stance(), p.wording(), p.justification())),
                List.of(),
                null,
                proposal.idempotencyKey(),
                null));
        Memorandum m = memoranda
                .find(receipt.reference())
                .orElseThrow(() -> new IllegalStateException("memorandum " + receipt.reference() + " vanished"));
        Proposal stored = m.proposals().get(0);
        Annotation clean = new Annotation(
                annotation.id(),
                annotation.motivations(),
                List.of(),
                null,
                null,
                annotation.bodies(),
                annotation.targets(),
                Map.of());
        Row row = rowFor(
                PROPOSAL_PREFIX + stored.id(),
                clean,
                r,
                false,
                m.reference().value(),
                stored.id(),
                m.receivedAt(),
                null);
        transactions.executeWithoutResult(tx -> {
            if (!store.exists(row.id())) {
                store.insert(row);
            }
        });
        Viewer submitter = new Viewer(false, false, null);
        Annotation shown = toAnnotation(
                new Placed(new Item(row, m, stored, List.of()), row.version(), "ORIGINAL", row.eId(), row.exact()),
                false,
                submitter,
                baseUrl);
        return new ProposalMade(receipt, shown);
    }

    @Override
    public List<Annotation> importAll(JsonNode document, Viewer viewer, String baseUrl) {
        if (!viewer.tagger()) {
            throw forbidden("Only clerks and administrators import annotations.");
        }
        List<Annotation> read;
        try {
            read = AnnotationJson.readAll(document);
        } catch (AnnotationFormatException e) {
            throw formatProblem(e);
        }
        if (read.isEmpty()) {
            throw new AnnotationProblem(
                    HttpStatus.BAD_REQUEST,
                    "no-annotations",
                    "Nothing to import",
                    "The document embeds no annotations.",
                    "$");
        }
        Instant now = Instant.now(clock);
        List<Row> rows = new ArrayList<>();
        for (Annotation a : read) {
            Resolved r = resolve(a);
            Map<String, JsonNode> other = new LinkedHashMap<>(a.other());
            other.put("via", NODES.textNode(a.id()));
            Annotation kept = new Annotation(
                    a.id(), a.motivations(), a.creators(), a.created(), a.modified(), a.bodies(), a.targets(), other);
            rows.add(rowFor(
                    AnnotationStore.newId(), kept, r, true, null, null, a.created() == null ? now : a.created(), null));
        }
        transactions.executeWithoutResult(tx -> rows.forEach(store::insert));
        List<Annotation> out = new ArrayList<>();
        for (Row row : rows) {
            out.add(toAnnotation(
                    new Placed(new Item(row, null, null, List.of()), row.version(), "ORIGINAL", row.eId(), row.exact()),
                    false,
                    viewer,
                    baseUrl));
        }
        return out;
    }

    // ---- re-anchoring

    @Override
    public void reanchor(BillId billId, int version) {
        if (version <= 1) {
            return;
        }
        Trees trees = new Trees(billId);
        transactions.executeWithoutResult(tx -> {
            Set<String> stored = store.ids(billId);
            for (Memorandum m : memoranda.list(billId)) {
                if (m.version() >= version) {
                    continue;
                }
                for (Proposal p : m.proposals()) {
                    Row row = derived(m, p, trees);
                    if (row != null && !stored.contains(row.id())) {
                        store.insert(row);
                        stored.add(row.id());
                    }
                }
            }
        });
        List<Row> rows =
                store.byBill(billId).stream().filter(r -> r.version() < version).toList();
        if (rows.isEmpty()) {
            return;
        }
        Map<String, List<Anchor>> known = store.anchors(billId);
        int previous = version - 1;
        boolean missing = rows.stream()
                .anyMatch(r -> r.version() < previous
                        && known.getOrDefault(r.id(), List.of()).stream().noneMatch(a -> a.version() == previous));
        Map<String, List<Anchor>> anchors = known;
        if (missing) {
            reanchor(billId, previous);
            anchors = store.anchors(billId);
        }
        List<Alignment> alignment = new ArrayList<>();
        for (ProvisionChange c : comparison.diff(billId, previous, version).changes()) {
            alignment.add(new Alignment(c.kind(), c.oldEIds(), c.newEIds(), c.similarity(), c.textChanged()));
        }
        List<Row> moving = new ArrayList<>();
        List<AnchoredQuote> quotes = new ArrayList<>();
        List<Anchor> result = new ArrayList<>();
        for (Row row : rows) {
            if (row.version() == previous) {
                moving.add(row);
                quotes.add(
                        new AnchoredQuote(row.eId(), row.exact(), row.prefix(), row.suffix(), row.start(), row.end()));
                continue;
            }
            Anchor before = anchors.getOrDefault(row.id(), List.of()).stream()
                    .filter(a -> a.version() == previous)
                    .findFirst()
                    .orElse(null);
            if (before == null || before.status() == AnchorStatus.ORPHANED) {
                result.add(new Anchor(
                        row.id(),
                        version,
                        AnchorStatus.ORPHANED,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        0,
                        "orphaned in version " + previous));
                continue;
            }
            moving.add(row);
            quotes.add(new AnchoredQuote(
                    before.eId(), before.exact(), before.prefix(), before.suffix(), before.start(), before.end()));
        }
        List<Outcome> outcomes = reanchorer.reanchor(trees.tree(previous), trees.tree(version), alignment, quotes);
        for (int i = 0; i < moving.size(); i++) {
            Row row = moving.get(i);
            Outcome o = outcomes.get(i);
            if (o.anchored() == null) {
                result.add(new Anchor(
                        row.id(), version, AnchorStatus.ORPHANED, null, null, null, null, null, null, 0, o.note()));
                continue;
            }
            AnchoredQuote a = o.anchored();
            AnchorStatus status =
                    a.exact().equals(row.exact()) ? AnchorStatus.ANCHORED : AnchorStatus.ANCHORED_WITH_CHANGES;
            double similarity = status == AnchorStatus.ANCHORED ? 1.0 : Math.min(o.similarity(), 0.999);
            result.add(new Anchor(
                    row.id(),
                    version,
                    status,
                    a.eId(),
                    a.exact(),
                    a.prefix(),
                    a.suffix(),
                    a.start(),
                    a.end(),
                    similarity,
                    o.note()));
        }
        Instant now = Instant.now(clock);
        transactions.executeWithoutResult(tx -> store.replaceAnchors(version, result, now));
    }

    // ---- helpers

    private static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        return null;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    private static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}
