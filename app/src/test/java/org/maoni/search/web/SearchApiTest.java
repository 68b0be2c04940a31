package org.maoni.search.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.maoni.bill.Bill;
import org.maoni.bill.BillService;
import org.maoni.bill.synthetic.SyntheticBill;
import org.maoni.search.DocumentType;
import org.maoni.search.SearchDocument;
import org.maoni.search.SearchIndex;
import org.maoni.search.Visibility;
import org.maoni.support.ApiClient;
import org.maoni.support.ApiClient.Response;
import org.maoni.support.MaoniIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * {@code GET /api/search} on the embedded default (Lucene): the demo bill's provisions become searchable once the
 * listeners have indexed them after commit, with filters, facets, escaped snippets and problems for abusive queries;
 * the admin rebuild and the health backlog.
 */
@MaoniIntegrationTest
class SearchApiTest {

    private static final String DEMO_TITLE = "The County Markets and Street Trading Bill, 2026";
    private static final Duration WAIT = Duration.ofSeconds(90);

    @LocalServerPort
    int port;

    @Autowired
    BillService bills;

    @Autowired
    SearchIndex index;

    ApiClient api;
    String billId;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
        billId = bills.list().stream()
                .filter(b -> DEMO_TITLE.equals(b.title()))
                .map(Bill::id)
                .findFirst()
                .orElseThrow()
                .toString();
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private JsonNode searchDemo(String query, String extra) {
        Response r = api.get("/api/search?q=" + encode(query) + "&billId=" + billId + extra);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json();
    }

    /** Polls until the condition holds (events are indexed after commit, possibly on another thread). */
    private static JsonNode await(Supplier<JsonNode> call, Predicate<JsonNode> condition) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        JsonNode last = call.get();
        while (!condition.test(last) && System.nanoTime() < deadline) {
            Thread.sleep(200);
            last = call.get();
        }
        assertThat(condition.test(last)).as("within %s: %s", WAIT, last).isTrue();
        return last;
    }

    private JsonNode bothVersionsIndexed() throws InterruptedException {
        return await(
                () -> searchDemo("\"street trader\"", "&size=50"),
                r -> r.get("facets").get("version").size() == 2);
    }

    @Test
    void theDemoBillsProvisionsAreSearchableWithHighlightsAndFacets() throws InterruptedException {
        JsonNode result = bothVersionsIndexed();
        assertThat(result.get("total").asLong()).isGreaterThanOrEqualTo(2);
        JsonNode hit = result.get("hits").get(0);
        assertThat(hit.get("type").asText()).isEqualTo("PROVISION");
        assertThat(hit.get("billId").asText()).isEqualTo(billId);
        assertThat(hit.get("billTitle").asText()).isEqualTo(DEMO_TITLE);
        assertThat(hit.get("snippet").asText().replace("</mark> <mark>", " "))
                .containsIgnoringCase("<mark>street trader");
        assertThat(hit.get("link").asText()).startsWith("/bills/" + billId + "/provisions/");
        assertThat(hit.has("staffSnippet")).isFalse();
        assertThat(result.get("facets").get("type").get(0).get("value").asText())
                .isEqualTo("PROVISION");
        assertThat(result.get("facets").get("version").findValuesAsText("value"))
                .containsExactlyInAnyOrder("1", "2");
    }

    @Test
    void filtersByVersionAndFollowsAProvisionByItsLineage() throws InterruptedException {
        bothVersionsIndexed();
        JsonNode shortTitle = searchDemo("\"short title\"", "&version=1&type=provision");
        assertThat(shortTitle.get("total").asLong()).isEqualTo(1);
        JsonNode hit = shortTitle.get("hits").get(0);
        assertThat(hit.get("version").asInt()).isEqualTo(1);
        String lineage = hit.get("lineageId").asText();
        JsonNode everyVersion = searchDemo("", "&provision=" + encode(lineage) + "&type=provision&sort=date");
        assertThat(everyVersion.get("hits").findValuesAsText("version")).containsExactly("2", "1");
        assertThat(everyVersion.get("hits").findValuesAsText("lineageId")).containsOnly(lineage);
    }

    @Test
    void exclusionAndOrWorkOverHttp() throws InterruptedException {
        bothVersionsIndexed();
        long markets = searchDemo("market", "").get("total").asLong();
        long marketsWithoutFees = searchDemo("market -fee", "").get("total").asLong();
        long marketOrPermit = searchDemo("market OR permit", "").get("total").asLong();
        assertThat(marketsWithoutFees).isLessThan(markets);
        assertThat(marketOrPermit).isGreaterThan(markets);
    }

    @Test
    void aRegisteredBillIsIndexedAndACorrectedTreeReplacesItsProvisions() throws Exception {
        Response created = api.postFile(
                "/api/bills",
                "bill.docx",
                SyntheticBill.generate(4, 6060).toDocx(),
                "{\"title\":\"The Search Probe Bill, 2026\",\"house\":\"County Assembly of Kisumu\"}",
                ApiClient.CLERK);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.json().get("id").asText();
        JsonNode indexed = await(
                () -> api.get("/api/search?billId=" + id + "&size=100").json(),
                r -> r.get("total").asLong() > 0);
        assertThat(indexed.get("facets").get("county").get(0).get("value").asText())
                .isEqualTo("Kisumu");
        assertThat(indexed.get("hits").get(0).get("county").asText()).isEqualTo("Kisumu");

        ObjectMapper json = new ObjectMapper();
        ArrayNode corrected = json.createArrayNode();
        ObjectNode only = corrected.addObject();
        only.put("eId", "sec_1");
        only.put("type", "SECTION");
        only.put("num", "1.");
        only.put("heading", "Short title");
        only.put("text", "This Act may be cited as the Quokkaberry <Probe> Act.");
        Response put = api.putJson(
                "/api/bills/" + id + "/versions/1/provisions", json.writeValueAsString(corrected), ApiClient.CLERK);
        assertThat(put.status()).as(put.body()).isEqualTo(200);

        JsonNode after = await(
                () -> api.get("/api/search?billId=" + id + "&size=100").json(),
                r -> r.get("total").asLong() == 1);
        JsonNode hit = after.get("hits").get(0);
        assertThat(hit.get("eId").asText()).isEqualTo("sec_1");
        JsonNode found = api.get("/api/search?q=quokkaberry&billId=" + id).json();
        assertThat(found.get("total").asLong()).isEqualTo(1);
        assertThat(found.get("hits").get(0).get("snippet").asText())
                .contains("<mark>Quokkaberry</mark>")
                .contains("&lt;Probe&gt;")
                .doesNotContain("<Probe>");
    }

    @Test
    void signedInStaffSeeStaffOnlyMaterialAndThePublicDoesNot() {
        index.upsert(List.of(new SearchDocument(
                "memorandum:staff-probe",
                "memorandum:staff-probe",
                DocumentType.MEMORANDUM,
                Visibility.STAFF,
                billId,
                1,
                null,
                null,
                "MEM-PROBE",
                null,
                "INDIVIDUAL",
                "OPPOSE",
                null,
                "IN_TRIAGE",
                null,
                "Memorandum",
                "We oppose the zebrafinch levy.",
                "Submitted by Wairimu Quagganoro")));
        try {
            assertThat(api.get("/api/search?q=zebrafinch").json().get("total").asLong())
                    .isZero();
            // A surname no other test uses: memoranda of other tests in the shared context name other Wairimus.
            assertThat(api.get("/api/search?q=quagganoro").json().get("total").asLong())
                    .isZero();
            JsonNode staff = api.get("/api/search?q=quagganoro&type=memorandum", ApiClient.CLERK)
                    .json();
            assertThat(staff.get("total").asLong()).isEqualTo(1);
            assertThat(staff.get("hits").get(0).get("staffSnippet").asText()).contains("<mark>Quagganoro</mark>");
            assertThat(api.get("/api/search?q=zebrafinch", ApiClient.COMMITTEE)
                            .json()
                            .get("total")
                            .asLong())
                    .isEqualTo(1);
        } finally {
            index.delete(List.of("memorandum:staff-probe"));
        }
    }

    @Test
    void abusiveOrInvalidRequestsAreClearProblems() {
        assertProblem("/api/search?q=" + encode("*levy"), "invalid-wildcard");
        assertProblem("/api/search?q=" + encode("levy ".repeat(500)), "query-too-long");
        assertProblem("/api/search?q=" + encode("a ".repeat(40)), "too-many-terms");
        assertProblem("/api/search?q=levy&page=10&size=100", "page-too-deep");
        Response badType = assertProblem("/api/search?type=SPEECH&size=500&from=2026-13-01", "invalid-request");
        assertThat(badType.json().get("errors").findValuesAsText("field")).contains("type", "size", "from");
        assertProblem("/api/search?billId=not-a-uuid", "invalid-request");
        assertProblem("/api/search?sort=popularity", "invalid-request");
        assertProblem("/api/search?from=2026-05-01&to=2026-04-01", "invalid-request");
    }

    @Test
    void oddButHarmlessQueriesAreAnswered() {
        for (String q : new String[] {"", "\"unbalanced", "💧", "bajeti ya kaunti", "مجلس", "a\u0000b", "OR -"}) {
            Response r = api.get("/api/search?q=" + encode(q));
            assertThat(r.status()).as(q + ": " + r.body()).isEqualTo(200);
        }
    }

    @Test
    void onlyAdminsRebuildTheIndexAndItStaysSearchable() throws InterruptedException {
        bothVersionsIndexed();
        assertThat(api.postJson("/api/admin/search/reindex", "{}", ApiClient.CLERK)
                        .status())
                .isEqualTo(403);
        assertThat(api.get("/api/admin/search/reindex").status()).isIn(401, 403);
        Response started = api.postJson("/api/admin/search/reindex", "{}", ApiClient.ADMIN);
        assertThat(started.status()).as(started.body()).isEqualTo(202);
        JsonNode done = await(
                () -> api.get("/api/admin/search/reindex", ApiClient.ADMIN).json(),
                p -> !p.get("state").asText().equals("RUNNING"));
        assertThat(done.get("state").asText()).isEqualTo("COMPLETED");
        assertThat(done.get("billsDone").asInt())
                .isEqualTo(done.get("billsTotal").asInt());
        assertThat(done.get("documents").asLong()).isPositive();
        bothVersionsIndexed();
    }

    @Test
    void healthReportsTheBackendAndTheBacklog() throws InterruptedException {
        bothVersionsIndexed();
        JsonNode health = await(
                () -> api.get("/actuator/health", ApiClient.ADMIN).json(),
                h -> h.at("/components/search/details/backlog").asLong(-1) == 0);
        JsonNode search = health.at("/components/search");
        assertThat(search.get("status").asText()).isEqualTo("UP");
        assertThat(search.at("/details/backend").asText()).isEqualTo("lucene");
        assertThat(search.at("/details/documents").asLong()).isPositive();
    }

    private Response assertProblem(String path, String slug) {
        Response r = api.get(path);
        assertThat(r.status()).as(path + ": " + r.body()).isEqualTo(400);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(r.json().get("type").asText()).isEqualTo("urn:maoni:problem:" + slug);
        assertThat(r.json().get("detail").asText()).isNotBlank();
        assertThat(r.body()).doesNotContain("Exception");
        return r;
    }
}
