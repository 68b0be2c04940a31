package org.maoni.annotation.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.maoni.annotation.AnnotationFilter;
import org.maoni.annotation.AnnotationProblem;
import org.maoni.annotation.Annotations;
import org.maoni.annotation.ClauseProposal;
import org.maoni.annotation.ProposalMade;
import org.maoni.annotation.Viewer;
import org.maoni.annotation.model.Annotation;
import org.maoni.annotation.model.AnnotationFormatException;
import org.maoni.annotation.model.AnnotationJson;
import org.maoni.bill.BillId;
import org.maoni.bill.County;
import org.maoni.memorandum.Consent;
import org.maoni.memorandum.ContactDetails;
import org.maoni.memorandum.Gender;
import org.maoni.memorandum.OrganisationType;
import org.maoni.memorandum.Submitter;
import org.maoni.memorandum.SubmitterKind;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Annotations over HTTP as W3C JSON-LD: anyone lists what they may see (an AnnotationCollection with its pages) and
 * the proposal counts per provision; the public proposes on a provision with their details (a memorandum through the
 * intake); staff store notes and tags; clerks import W3C annotations. Bad annotations are refused with a problem detail
 * naming the reason.
 */
@RestController
@RequestMapping("/api/annotations")
class AnnotationController {

    static final MediaType JSON_LD =
            MediaType.parseMediaType("application/ld+json;profile=\"" + AnnotationJson.CONTEXT + "\"");
    static final int PAGE_SIZE = 100;
    private static final Set<String> STAFF = Set.of("ROLE_CLERK", "ROLE_COMMITTEE", "ROLE_ADMIN");
    private static final Set<String> TAGGERS = Set.of("ROLE_CLERK", "ROLE_ADMIN");

    private final Annotations annotations;
    private final ObjectMapper objectMapper;

    AnnotationController(Annotations annotations, ObjectMapper objectMapper) {
        this.annotations = annotations;
        this.objectMapper = objectMapper;
    }

    @GetMapping
    ResponseEntity<JsonNode> list(
            @RequestParam("bill") BillId bill,
            @RequestParam(value = "version", required = false) Integer version,
            @RequestParam(value = "provision", required = false) String provision,
            @RequestParam(value = "lineage", required = false) String lineage,
            @RequestParam(value = "page", required = false) Integer page,
            Authentication authentication) {
        if (version != null && version < 1 || page != null && page < 0) {
            throw new AnnotationProblem(
                    HttpStatus.BAD_REQUEST,
                    "invalid-request",
                    "Invalid request",
                    "version and page count from 1 and 0.",
                    null);
        }
        String base = baseUrl();
        List<Annotation> all = annotations.list(
                new AnnotationFilter(bill, version, blankToNull(provision), blankToNull(lineage)),
                viewer(authentication),
                base);
        StringBuilder query = new StringBuilder(base + "/api/annotations?bill=" + bill);
        if (version != null) {
            query.append("&version=").append(version);
        }
        if (blankToNull(provision) != null) {
            query.append("&provision=").append(encode(provision));
        }
        if (blankToNull(lineage) != null) {
            query.append("&lineage=").append(encode(lineage));
        }
        String collectionId = query.toString();
        int pages = Math.max(1, (all.size() + PAGE_SIZE - 1) / PAGE_SIZE);
        if (page != null) {
            if (page >= pages) {
                throw new AnnotationProblem(
                        HttpStatus.NOT_FOUND,
                        "page-not-found",
                        "No such page",
                        "The collection has " + pages + " page(s).",
                        null);
            }
            ObjectNode out = pageNode(collectionId, all, page, pages, true);
            out.put("@context", AnnotationJson.CONTEXT);
            return ResponseEntity.ok().contentType(JSON_LD).body(reorder(out));
        }
        ObjectNode out = objectMapper.createObjectNode();
        out.put("@context", AnnotationJson.CONTEXT);
        out.put("id", collectionId);
        out.put("type", "AnnotationCollection");
        out.put("total", all.size());
        out.set("first", pageNode(collectionId, all, 0, pages, false));
        if (pages > 1) {
            out.put("last", collectionId + "&page=" + (pages - 1));
        }
        return ResponseEntity.ok().contentType(JSON_LD).body(out);
    }

    /** The number of proposals on each provision of a version: public, whoever may read the proposals themselves. */
    @GetMapping("/counts")
    Map<String, Object> counts(@RequestParam("bill") BillId bill, @RequestParam("version") int version) {
        return Map.of(
                "billId", bill.toString(), "version", version, "counts", annotations.proposalCounts(bill, version));
    }

    /**
     * Stores an annotation. With a {@code submission} (submitter and consent, as on the memorandum form) it is a
     * proposal by a member of the public, submitted as a memorandum; without one it is a staff annotation.
     */
    @PostMapping(consumes = {MediaType.APPLICATION_JSON_VALUE, "application/ld+json"})
    ResponseEntity<JsonNode> create(
            @RequestBody String body,
            @RequestHeader(value = "Idempotency-Key", required = false) String idempotencyKey,
            Authentication authentication) {
        JsonNode json = tree(body);
        String base = baseUrl();
        if (json instanceof ObjectNode object && object.has("submission")) {
            JsonNode submission = object.remove("submission");
            ClauseProposal proposal = proposal(read(object), submission, idempotencyKey);
            ProposalMade made = annotations.propose(proposal, base);
            ObjectNode out = objectMapper.createObjectNode();
            out.set("receipt", objectMapper.valueToTree(made.receipt()));
            out.set("annotation", AnnotationJson.write(made.annotation()));
            return ResponseEntity.created(URI.create(made.annotation().id())).body(out);
        }
        Viewer viewer = viewer(authentication);
        if (!viewer.staff()) {
            throw new AnnotationProblem(
                    HttpStatus.BAD_REQUEST,
                    "submission-required",
                    "Your details are needed",
                    "A proposal from the public needs a 'submission' with the submitter's details and consent.",
                    "$.submission");
        }
        Annotation created = annotations.create(read(json), viewer, base);
        return ResponseEntity.created(URI.create(created.id()))
                .contentType(JSON_LD)
                .body(AnnotationJson.write(created));
    }

    /** Imports W3C JSON-LD: an annotation, an AnnotationPage or an AnnotationCollection; all or nothing. */
    @PostMapping(
            value = "/import",
            consumes = {MediaType.APPLICATION_JSON_VALUE, "application/ld+json"})
    ResponseEntity<JsonNode> importAll(@RequestBody String body, Authentication authentication) {
        List<Annotation> imported = annotations.importAll(tree(body), viewer(authentication), baseUrl());
        ObjectNode out = objectMapper.createObjectNode();
        out.put("@context", AnnotationJson.CONTEXT);
        out.put("type", "AnnotationPage");
        ArrayNode items = out.putArray("items");
        imported.forEach(a -> items.add(AnnotationJson.write(a)));
        return ResponseEntity.status(HttpStatus.CREATED).contentType(JSON_LD).body(out);
    }

    private ObjectNode pageNode(String collectionId, List<Annotation> all, int page, int pages, boolean standalone) {
        ObjectNode p = objectMapper.createObjectNode();
        p.put("id", collectionId + "&page=" + page);
        p.put("type", "AnnotationPage");
        if (standalone) {
            ObjectNode partOf = p.putObject("partOf");
            partOf.put("id", collectionId);
            partOf.put("total", all.size());
        } else {
            p.put("partOf", collectionId);
        }
        p.put("startIndex", page * PAGE_SIZE);
        if (page + 1 < pages) {
            p.put("next", collectionId + "&page=" + (page + 1));
        }
        if (page > 0) {
            p.put("prev", collectionId + "&page=" + (page - 1));
        }
        ArrayNode items = p.putArray("items");
        for (Annotation a : all.subList(page * PAGE_SIZE, Math.min(all.size(), (page + 1) * PAGE_SIZE))) {
            ObjectNode node = AnnotationJson.write(a);
            node.remove("@context");
            items.add(node);
        }
        return p;
    }

    private ObjectNode reorder(ObjectNode page) {
        ObjectNode out = objectMapper.createObjectNode();
        out.set("@context", page.get("@context"));
        page.fields().forEachRemaining(e -> {
            if (!e.getKey().equals("@context")) {
                out.set(e.getKey(), e.getValue());
            }
        });
        return out;
    }

    /** A submitter as the memorandum form sends it; {@code county} is the enum name or the county's name. */
    record SubmitterRequest(
            SubmitterKind kind,
            String name,
            OrganisationType organisationType,
            String county,
            Gender gender,
            Boolean disability,
            ContactDetails contact) {}

    /** The submission part of a public proposal. */
    record SubmissionRequest(SubmitterRequest submitter, Consent consent, String idempotencyKey) {}

    private ClauseProposal proposal(Annotation annotation, JsonNode submission, String idempotencyKey) {
        SubmissionRequest request;
        try {
            request = objectMapper.treeToValue(submission, SubmissionRequest.class);
        } catch (JsonProcessingException e) {
            throw invalid("The submission is not valid: " + e.getOriginalMessage(), "$.submission");
        } catch (IllegalArgumentException e) {
            throw invalid("The submission is not valid: " + e.getMessage(), "$.submission");
        }
        if (request == null || request.submitter() == null) {
            throw invalid("The submission needs the submitter's details.", "$.submission.submitter");
        }
        SubmitterRequest s = request.submitter();
        County county = null;
        if (s.county() != null && !s.county().isBlank()) {
            Optional<County> found = County.fromName(s.county())
                    .or(() -> County.fromName(s.county().strip().replaceAll("(?i)\\s+city$", "")));
            county = found.orElseThrow(
                    () -> invalid("The county is not one of Kenya's 47 counties.", "$.submission.submitter.county"));
        }
        Submitter submitter = new Submitter(
                s.kind(), s.name(), s.organisationType(), county, s.gender(), s.disability(), s.contact());
        String key = idempotencyKey != null ? idempotencyKey : request.idempotencyKey();
        return new ClauseProposal(annotation, submitter, request.consent(), key);
    }

    private static AnnotationProblem invalid(String detail, String path) {
        return new AnnotationProblem(HttpStatus.BAD_REQUEST, "invalid-request", "Invalid request", detail, path);
    }

    private static JsonNode tree(String body) {
        try {
            return AnnotationJson.tree(body);
        } catch (AnnotationFormatException e) {
            throw problem(e);
        }
    }

    private static Annotation read(JsonNode json) {
        try {
            return AnnotationJson.read(json);
        } catch (AnnotationFormatException e) {
            throw problem(e);
        }
    }

    private static AnnotationProblem problem(AnnotationFormatException e) {
        return new AnnotationProblem(
                HttpStatus.BAD_REQUEST,
                e.reason().slug(),
                "Not an annotation Maoni can accept",
                e.getMessage(),
                e.path());
    }

    static Viewer viewer(Authentication authentication) {
        if (authentication == null
                || authentication instanceof AnonymousAuthenticationToken
                || !authentication.isAuthenticated()) {
            return Viewer.PUBLIC;
        }
        boolean staff = false;
        boolean tagger = false;
        for (GrantedAuthority a : authentication.getAuthorities()) {
            staff |= STAFF.contains(a.getAuthority());
            tagger |= TAGGERS.contains(a.getAuthority());
        }
        return staff ? new Viewer(true, tagger, authentication.getName()) : Viewer.PUBLIC;
    }

    private static String baseUrl() {
        return ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
    }

    private static String encode(String s) {
        return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
