package org.maoni.annotation.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.maoni.memorandum.Decision;
import org.maoni.memorandum.DecisionInput;
import org.maoni.memorandum.MemorandumReference;
import org.maoni.memorandum.MemorandumReview;
import org.maoni.memorandum.Stance;
import org.maoni.memorandum.TriageInput;
import org.maoni.support.ApiClient;
import org.maoni.support.ApiClient.Response;
import org.maoni.support.MaoniIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The annotation API on a copy of the demo bill: proposals made on a provision become memoranda and annotations,
 * refused annotations name their reason, the public sees proposals only once answered (and never personal data),
 * clerks' tags stay with staff, the W3C samples are told apart by the import, every annotation produced validates
 * against the W3C schemas, and a new version re-anchors every annotation with its outcome.
 */
@MaoniIntegrationTest
class AnnotationApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SEED = "/seed-documents/bills/county-markets-bill-2026/";
    private static final String SAMPLES = "/schemas/web-annotation/samples/";
    private static final String EMAIL = "private.annotator@example.org";
    private static final JsonSchema SCHEMA = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4)
            .getSchema(
                    SchemaLocation.of("classpath:schemas/web-annotation-checks/annotation.json"),
                    SchemaValidatorsConfig.builder()
                            .formatAssertionsEnabled(true)
                            .build());

    @LocalServerPort
    int port;

    @Autowired
    MemorandumReview review;

    ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient(port);
    }

    /** A bill of its own with an open call on version 1, and one provision with text to quote. */
    record Fixture(String billId, String eId, String text) {
        String source(int port) {
            return "http://localhost:" + port + "/api/bills/" + billId + "/versions/1";
        }
    }

    @Test
    void aProposalOnAProvisionIsAMemorandumAndAnAnnotationShownToWhoMaySeeIt() throws Exception {
        Fixture f = billWithOpenCall();
        String quote = quoteOf(f.text());
        Response made = api.postJson("/api/annotations", proposal(f, quote, "ANONYMOUS"), null);
        assertThat(made.status()).as(made.body()).isEqualTo(201);
        String reference = made.json().path("receipt").path("reference").asText();
        assertThat(reference).startsWith("MEM-");
        assertValid(made.json().path("annotation"));
        assertThat(made.body()).doesNotContain(EMAIL).doesNotContain("Wairimu");

        // The submitter's memorandum holds the proposal on the provision.
        String token = made.json().path("receipt").path("receiptToken").asText();
        JsonNode memo = api.getWithToken("/api/memoranda/" + reference, token).json();
        assertThat(memo.path("proposals").get(0).path("eIds").get(0).asText()).isEqualTo(f.eId());
        assertThat(memo.path("proposals").get(0).path("stance").asText()).isEqualTo("AMEND");

        // Clause-link suggestions are for staff.
        Response suggestions = api.get("/api/memoranda/" + reference + "/link-suggestions", ApiClient.CLERK);
        assertThat(suggestions.status()).as(suggestions.body()).isEqualTo(200);
        assertThat(suggestions.json().isArray()).isTrue();
        assertThat(api.get("/api/memoranda/" + reference + "/link-suggestions").status())
                .isIn(401, 403);

        // Counts are public at once; the proposal itself only once the response is published.
        JsonNode counts = api.get("/api/annotations/counts?bill=" + f.billId() + "&version=1")
                .json();
        assertThat(counts.path("counts").path(f.eId()).asInt()).isEqualTo(1);
        assertThat(items(null, f, "")).isEmpty();
        List<JsonNode> staff = items(ApiClient.CLERK, f, "&provision=" + f.eId());
        assertThat(staff).hasSize(1);
        JsonNode annotation = staff.get(0);
        assertThat(annotation.path("creator").path("name").asText()).isEqualTo("Wairimu Otieno");
        assertThat(annotation.path("memorandum").path("reference").asText()).isEqualTo(reference);
        assertThat(annotation
                        .path("target")
                        .path("selector")
                        .get(0)
                        .path("refinedBy")
                        .path("exact")
                        .asText())
                .isEqualTo(quote);

        // Clerks' themes are tagging annotations for staff; the decision shows once published, the name never.
        long proposalId = api.get("/api/memoranda/" + reference, ApiClient.CLERK)
                .json()
                .path("proposals")
                .get(0)
                .path("id")
                .asLong();
        MemorandumReference ref = new MemorandumReference(reference);
        review.triage(
                ref,
                new TriageInput(List.of(
                        new TriageInput.ProposalTriage(proposalId, List.of(f.eId()), Stance.AMEND, List.of("levies")))),
                "clerk");
        review.decide(ref, List.of(new DecisionInput(proposalId, Decision.ACCEPTED, "The levy is capped.")), "c");
        review.publishResponse(ref);
        List<JsonNode> tags = items(ApiClient.CLERK, f, "&version=1").stream()
                .filter(a -> a.path("motivation").asText().equals("tagging"))
                .toList();
        assertThat(tags).hasSize(1);
        assertThat(tags.get(0).path("body").path("value").asText()).isEqualTo("levies");
        List<JsonNode> shown = items(null, f, "&version=1");
        assertThat(shown).hasSize(1);
        assertThat(shown.get(0).path("motivation").asText()).isEqualTo("editing");
        assertThat(shown.get(0).path("creator").path("name").asText()).isEqualTo("Anonymous");
        assertThat(shown.get(0).path("decision").path("decision").asText()).isEqualTo("ACCEPTED");
        assertThat(shown.get(0).has("memorandum")).isFalse();
        String everything = api.get("/api/annotations?bill=" + f.billId()).body();
        assertThat(everything).doesNotContain(EMAIL).doesNotContain("Wairimu").doesNotContain("+254");
        shown.forEach(AnnotationApiTest::assertValid);
    }

    @Test
    void badAnnotationsAreRefusedWithTheirReason() throws Exception {
        Fixture f = billWithOpenCall();
        String quote = quoteOf(f.text());
        assertProblem(
                api.postJson(
                        "/api/annotations",
                        proposal(f, quote, "PUBLISH_NAME")
                                .replace("\"exact\":\"" + quote, "\"exact\":\"words the bill never says"),
                        null),
                422,
                "quote-not-found");
        ObjectNode disagreeing = (ObjectNode) JSON.readTree(proposal(f, quote, "PUBLISH_NAME"));
        ((ObjectNode) disagreeing.path("target").path("selector").get(1).path("refinedBy")).put("start", 0);
        ((ObjectNode) disagreeing.path("target").path("selector").get(1).path("refinedBy")).put("end", 3);
        assertProblem(api.postJson("/api/annotations", disagreeing.toString(), null), 422, "selectors-disagree");
        assertProblem(
                api.postJson(
                        "/api/annotations",
                        proposal(f, quote, "PUBLISH_NAME").replace("\"" + f.eId() + "\"", "\"sec_999\""),
                        null),
                422,
                "unknown-target");
        assertProblem(
                api.postJson(
                        "/api/annotations",
                        proposal(f, quote, "PUBLISH_NAME")
                                .replace(f.billId(), UUID.randomUUID().toString()),
                        null),
                422,
                "unknown-target");
        assertProblem(api.postJson("/api/annotations", "{not json", null), 400, "invalid-json");
        ObjectNode anonymous = (ObjectNode) JSON.readTree(proposal(f, quote, "PUBLISH_NAME"));
        anonymous.remove("submission");
        assertProblem(api.postJson("/api/annotations", anonymous.toString(), null), 400, "submission-required");
        ObjectNode tag = (ObjectNode) JSON.readTree(annotation(f, quote, "tagging", ""));
        assertProblem(api.postJson("/api/annotations", tag.toString(), ApiClient.COMMITTEE), 403, "forbidden");
        assertProblem(api.postJson("/api/annotations/import", tag.toString(), ApiClient.COMMITTEE), 403, "forbidden");
        assertThat(api.get("/api/annotations/counts?bill=" + f.billId() + "&version=1")
                        .json()
                        .path("counts")
                        .size())
                .isZero();
        assertThat(items(ApiClient.CLERK, f, "")).isEmpty();
    }

    @Test
    void staffTagsStayWithStaff() throws Exception {
        Fixture f = billWithOpenCall();
        Response tag = api.postJson(
                "/api/annotations",
                annotation(
                        f,
                        quoteOf(f.text()),
                        "tagging",
                        ",\"body\":{\"type\":\"TextualBody\",\"value\":\"revenue\",\"purpose\":\"tagging\"}"),
                ApiClient.CLERK);
        assertThat(tag.status()).as(tag.body()).isEqualTo(201);
        assertValid(tag.json());
        assertThat(items(ApiClient.COMMITTEE, f, "")).hasSize(1);
        assertThat(items(null, f, "")).isEmpty();
        assertThat(api.get("/api/annotations/counts?bill=" + f.billId() + "&version=1")
                        .json()
                        .path("counts")
                        .size())
                .isZero();
    }

    @Test
    void theImportAcceptsTheW3cCorrectSamplesAndRefusesTheIncorrectOnes() throws Exception {
        Fixture f = billWithOpenCall();
        JsonNode target = JSON.readTree(annotation(f, quoteOf(f.text()), "commenting", ""))
                .path("target");
        List<String> accepted = new ArrayList<>();
        for (String name : samples("correct")) {
            if (!name.startsWith("anno")) {
                continue;
            }
            ObjectNode sample = (ObjectNode) JSON.readTree(sample("correct/" + name));
            sample.set("target", target);
            Response imported = api.postJson("/api/annotations/import", sample.toString(), ApiClient.CLERK);
            assertThat(imported.status()).as(name + ": " + imported.body()).isEqualTo(201);
            imported.json().path("items").forEach(AnnotationApiTest::assertValid);
            accepted.add(name);
        }
        assertThat(accepted).hasSizeGreaterThan(30);
        for (String name : samples("incorrect")) {
            Response refused = api.postJson("/api/annotations/import", sample("incorrect/" + name), ApiClient.CLERK);
            assertThat(refused.status()).as(name + ": " + refused.body()).isEqualTo(400);
            assertThat(refused.json().path("type").asText()).as(name).startsWith("urn:maoni:problem:");
        }
        // Only the corrected samples were stored: one per accepted sample, each readable back and valid.
        List<JsonNode> stored = items(ApiClient.CLERK, f, "");
        assertThat(stored).hasSize(accepted.size());
        stored.forEach(AnnotationApiTest::assertValid);
    }

    @Test
    void aNewVersionReanchorsEveryAnnotationWithItsOutcome() throws Exception {
        Fixture f = billWithOpenCall();
        String quote = quoteOf(f.text());
        Response made = api.postJson("/api/annotations", proposal(f, quote, "PUBLISH_NAME"), null);
        assertThat(made.status()).as(made.body()).isEqualTo(201);
        Response added = api.postFile(
                "/api/bills/" + f.billId() + "/versions",
                "v2-committee-stage.docx",
                seed("v2-committee-stage.docx"),
                "{\"label\":\"Committee Stage\"}",
                ApiClient.CLERK);
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        JsonNode placed = placedOnVersion2(f);
        assertThat(placed).as("re-anchored within a minute").isNotNull();
        String status = placed.path("placement").path("status").asText();
        assertThat(status).isIn("ANCHORED", "ANCHORED_WITH_CHANGES", "ORPHANED");
        JsonNode anchoring = placed.path("anchoring").get(0);
        assertThat(anchoring.path("version").asInt()).isEqualTo(2);
        if (status.equals("ANCHORED")) {
            assertThat(anchoring.path("exact").asText()).isEqualTo(quote);
        }
        // The original target is always kept.
        assertThat(placed.path("target").path("source").asText()).isEqualTo(f.source(port));
        assertThat(placed.path("target")
                        .path("selector")
                        .get(0)
                        .path("refinedBy")
                        .path("exact")
                        .asText())
                .isEqualTo(quote);
        assertValid(placed);
        JsonNode counts = api.get("/api/annotations/counts?bill=" + f.billId() + "&version=2")
                .json();
        if (!status.equals("ORPHANED")) {
            assertThat(counts.path("counts")
                            .path(anchoring.path("eId").asText())
                            .asInt())
                    .isEqualTo(1);
            String lineage = lineageOf(f.billId(), 2, anchoring.path("eId").asText());
            assertThat(items(ApiClient.CLERK, f, "&version=2&lineage=" + lineage))
                    .hasSize(1);
        }
        assertThat(items(ApiClient.CLERK, f, "&version=2&lineage=no-such-lineage"))
                .isEmpty();
    }

    @Test
    void aNewVersionAlsoReanchorsProposalsSentThroughTheMemorandumForm() throws Exception {
        Fixture f = billWithOpenCall();
        ObjectNode body = JSON.createObjectNode();
        body.put("billId", f.billId());
        body.put("version", 1);
        body.put("channel", "WEB_FORM");
        ObjectNode submitter = body.putObject("submitter");
        submitter.put("kind", "INDIVIDUAL");
        submitter.put("name", "Form proposer");
        submitter.put("county", "NAKURU");
        body.put("consent", "ANONYMOUS");
        ObjectNode proposal = body.putArray("proposals").addObject();
        proposal.put("provision", f.eId());
        proposal.put("stance", "AMEND");
        proposal.put("proposedText", "Replace \"may\" with \"shall\".");
        proposal.put("justification", "The duty should be clear.");
        Response sent = api.postJson("/api/memoranda", body.toString(), null);
        assertThat(sent.status()).as(sent.body()).isEqualTo(201);
        Response added = api.postFile(
                "/api/bills/" + f.billId() + "/versions",
                "v2-committee-stage.docx",
                seed("v2-committee-stage.docx"),
                "{\"label\":\"Committee Stage\"}",
                ApiClient.CLERK);
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        JsonNode placed = placedOnVersion2(f);
        // Before, the proposal's derived annotation could not be stored (it has no JSON-LD of its own) and stayed
        // PENDING on every later version.
        assertThat(placed).as("the form's proposal re-anchored within a minute").isNotNull();
        assertThat(placed.path("placement").path("status").asText())
                .isIn("ANCHORED", "ANCHORED_WITH_CHANGES", "ORPHANED");
        assertValid(placed);
    }

    // ---- helpers

    /** The bill's one annotation once re-anchored on version 2 (null when that takes over a minute). */
    private JsonNode placedOnVersion2(Fixture f) throws InterruptedException {
        for (int i = 0; i < 120; i++) {
            List<JsonNode> now = items(ApiClient.CLERK, f, "&version=2");
            if (now.size() == 1
                    && !now.get(0).path("placement").path("status").asText().equals("PENDING")) {
                return now.get(0);
            }
            Thread.sleep(500);
        }
        return null;
    }

    private Fixture billWithOpenCall() throws Exception {
        Response created = api.postFile(
                "/api/bills",
                "v1-first-reading.docx",
                seed("v1-first-reading.docx"),
                "{\"title\":\"Annotation test copy " + UUID.randomUUID() + "\"}",
                ApiClient.CLERK);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String billId = created.json().path("id").asText();
        ZonedDateTime now = ZonedDateTime.now(ZoneId.of("Africa/Nairobi"));
        Response open = api.postJson(
                "/api/bills/" + billId + "/participation",
                "{\"action\":\"OPEN\",\"version\":1,\"notice\":\"Memoranda are invited.\",\"opensAt\":\""
                        + now.minusHours(1) + "\",\"closesAt\":\"" + now.plusDays(10)
                        + "\",\"channels\":[\"WEB_FORM\",\"API\",\"UPLOAD\"],\"responseWorkingDays\":14}",
                ApiClient.CLERK);
        assertThat(open.status()).as(open.body()).isIn(200, 201);
        JsonNode tree = api.get("/api/bills/" + billId + "/versions/1").json().path("provisions");
        JsonNode clause = firstSectionWithText(tree);
        assertThat(clause).as("a clause with text").isNotNull();
        return new Fixture(billId, clause.path("eId").asText(), fullText(clause));
    }

    private static JsonNode firstSectionWithText(JsonNode nodes) {
        for (JsonNode n : nodes) {
            if (n.path("eId").asText().matches("sec_\\d+__subsec_\\d+")
                    && n.path("text").asText().length() > 60) {
                return n;
            }
            JsonNode inner = firstSectionWithText(n.path("children"));
            if (inner != null) {
                return inner;
            }
        }
        return null;
    }

    /** Mirrors Provision.fullText(): label, text, children, wrap-up, one line each. */
    private static String fullText(JsonNode node) {
        List<String> lines = new ArrayList<>();
        collect(node, lines);
        return String.join("\n", lines);
    }

    private static void collect(JsonNode n, List<String> lines) {
        String label = (n.path("num").asText("") + " " + n.path("heading").asText("")).strip();
        if (!label.isEmpty()) {
            lines.add(label);
        }
        if (!n.path("text").asText("").isBlank()) {
            lines.add(n.path("text").asText().strip());
        }
        n.path("children").forEach(c -> collect(c, lines));
        if (!n.path("wrapUp").asText("").isBlank()) {
            lines.add(n.path("wrapUp").asText().strip());
        }
    }

    /** Some words from the middle of the provision's own text, unique in it. */
    private static String quoteOf(String text) {
        String[] words = text.split(" ");
        for (int from = 2; from + 4 < words.length; from++) {
            String q = String.join(" ", List.of(words).subList(from, from + 4));
            if (!q.contains("\n") && text.indexOf(q) == text.lastIndexOf(q)) {
                return q;
            }
        }
        throw new AssertionError("no unique quote in " + text);
    }

    private String annotation(Fixture f, String quote, String motivation, String extra) {
        String text = f.text();
        int from = text.indexOf(quote);
        int start = text.codePointCount(0, from);
        int end = start + quote.codePointCount(0, quote.length());
        String prefix = text.substring(Math.max(0, from - 20), from);
        String suffix = text.substring(from + quote.length(), Math.min(text.length(), from + quote.length() + 20));
        ObjectNode a = JSON.createObjectNode();
        a.put("@context", "http://www.w3.org/ns/anno.jsonld");
        a.put("id", "urn:uuid:" + UUID.randomUUID());
        a.put("type", "Annotation");
        a.put("motivation", motivation);
        ObjectNode target = a.putObject("target");
        target.put("type", "SpecificResource");
        target.put("source", f.source(port));
        ObjectNode q = target.putArray("selector").addObject();
        q.put("type", "FragmentSelector");
        q.put("value", f.eId());
        q.put("conformsTo", "http://docs.oasis-open.org/legaldocml/akn-nc/v1.0/os/akn-nc-v1.0-os.html");
        ObjectNode qr = q.putObject("refinedBy");
        qr.put("type", "TextQuoteSelector");
        qr.put("exact", quote);
        qr.put("prefix", prefix);
        qr.put("suffix", suffix);
        ObjectNode p = ((com.fasterxml.jackson.databind.node.ArrayNode) target.get("selector")).addObject();
        p.put("type", "FragmentSelector");
        p.put("value", f.eId());
        p.put("conformsTo", "http://docs.oasis-open.org/legaldocml/akn-nc/v1.0/os/akn-nc-v1.0-os.html");
        ObjectNode pr = p.putObject("refinedBy");
        pr.put("type", "TextPositionSelector");
        pr.put("start", start);
        pr.put("end", end);
        String json = a.toString();
        return json.substring(0, json.length() - 1) + extra + "}";
    }

    private String proposal(Fixture f, String quote, String consent) {
        return annotation(
                f,
                quote,
                "editing",
                ",\"body\":[{\"type\":\"TextualBody\",\"value\":\"The levy is too high.\",\"purpose\":\"commenting\"},"
                        + "{\"type\":\"SpecificResource\",\"source\":\"urn:maoni:stance:amend\",\"purpose\":"
                        + "\"classifying\"},{\"type\":\"TextualBody\",\"value\":\"Cap the levy at 2 per cent.\","
                        + "\"purpose\":\"editing\"}],\"submission\":{\"consent\":\"" + consent + "\",\"submitter\":"
                        + "{\"kind\":\"INDIVIDUAL\",\"name\":\"Wairimu Otieno\",\"county\":\"Kisumu\",\"contact\":"
                        + "{\"email\":\"" + EMAIL + "\",\"phone\":\"+254 700 111 222\"}}}");
    }

    private List<JsonNode> items(String user, Fixture f, String query) {
        Response r = api.get("/api/annotations?bill=" + f.billId() + query, user);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        JsonNode collection = r.json();
        assertThat(collection.path("type").asText()).isEqualTo("AnnotationCollection");
        assertThat(collection.path("@context").asText()).isEqualTo("http://www.w3.org/ns/anno.jsonld");
        List<JsonNode> out = new ArrayList<>();
        collection.path("first").path("items").forEach(out::add);
        assertThat(collection.path("total").asInt()).isEqualTo(out.size());
        return out;
    }

    private String lineageOf(String billId, int version, String eId) {
        return find(
                        api.get("/api/bills/" + billId + "/versions/" + version)
                                .json()
                                .path("provisions"),
                        eId)
                .path("lineageId")
                .asText();
    }

    private static JsonNode find(JsonNode nodes, String eId) {
        for (JsonNode n : nodes) {
            if (n.path("eId").asText().equals(eId)) {
                return n;
            }
            JsonNode inner = find(n.path("children"), eId);
            if (inner != null) {
                return inner;
            }
        }
        return null;
    }

    static void assertValid(JsonNode annotation) {
        ObjectNode copy = annotation.deepCopy();
        if (!copy.has("@context")) {
            copy.put("@context", "http://www.w3.org/ns/anno.jsonld");
        }
        assertThat(SCHEMA.validate(copy)).as(copy.toPrettyString()).isEmpty();
    }

    private static void assertProblem(Response r, int status, String slug) {
        assertThat(r.status()).as(r.body()).isEqualTo(status);
        assertThat(r.json().path("type").asText()).as(r.body()).isEqualTo("urn:maoni:problem:" + slug);
        assertThat(r.body()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    private byte[] seed(String file) {
        try (InputStream in = getClass().getResourceAsStream(SEED + file)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static String sample(String name) throws IOException {
        try (InputStream in = AnnotationApiTest.class.getResourceAsStream(SAMPLES + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static List<String> samples(String folder) throws IOException, URISyntaxException {
        try (Stream<Path> files = Files.list(
                Path.of(AnnotationApiTest.class.getResource(SAMPLES + folder).toURI()))) {
            return files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".json"))
                    .sorted()
                    .toList();
        }
    }
}
