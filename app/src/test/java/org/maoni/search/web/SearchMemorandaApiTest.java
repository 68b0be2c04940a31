package org.maoni.search.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.maoni.bill.Bill;
import org.maoni.bill.BillService;
import org.maoni.bill.County;
import org.maoni.bill.Provision;
import org.maoni.memorandum.Channel;
import org.maoni.memorandum.Consent;
import org.maoni.memorandum.ContactDetails;
import org.maoni.memorandum.Decision;
import org.maoni.memorandum.DecisionInput;
import org.maoni.memorandum.Memoranda;
import org.maoni.memorandum.MemorandumReference;
import org.maoni.memorandum.MemorandumReview;
import org.maoni.memorandum.NewMemorandum;
import org.maoni.memorandum.OrganisationType;
import org.maoni.memorandum.Proposal;
import org.maoni.memorandum.ProposalInput;
import org.maoni.memorandum.Stance;
import org.maoni.memorandum.Submitter;
import org.maoni.memorandum.SubmitterKind;
import org.maoni.memorandum.TriageInput;
import org.maoni.support.ApiClient;
import org.maoni.support.ApiClient.Response;
import org.maoni.support.MaoniIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Memoranda, proposals and committee decisions in {@code GET /api/search}: staff find a memorandum as soon as it is
 * committed, the public only once the committee's response is published, redacted, without the name of a submitter
 * who asked to stay anonymous and without any contact detail, which no query can match either; a proposal naming two
 * clauses is found under both, and a clause's lineage finds everything said about it across versions.
 */
@MaoniIntegrationTest
class SearchMemorandaApiTest {

    private static final String DEMO_TITLE = "The County Markets and Street Trading Bill, 2026";
    /** How long after commit material must be searchable. */
    private static final Duration SEARCHABLE = Duration.ofSeconds(2);
    /** Longer waits for steps that are not under test (a whole review). */
    private static final Duration WAIT = Duration.ofSeconds(60);

    @LocalServerPort
    int port;

    @Autowired
    BillService bills;

    @Autowired
    Memoranda memoranda;

    @Autowired
    MemorandumReview review;

    ApiClient api;
    Bill bill;
    Random random;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
        bill = bills.list().stream()
                .filter(b -> DEMO_TITLE.equals(b.title()))
                .findFirst()
                .orElseThrow();
        random = new Random();
    }

    /** A made-up word no other test or seed uses, so totals count only this test's documents. */
    private String word(String stem) {
        StringBuilder w = new StringBuilder(stem);
        for (int i = 0; i < 8; i++) {
            w.append((char) ('a' + random.nextInt(26)));
        }
        return w.toString();
    }

    private String digits(int n) {
        StringBuilder d = new StringBuilder();
        for (int i = 0; i < n; i++) {
            d.append((char) ('0' + random.nextInt(10)));
        }
        return d.toString();
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private JsonNode search(String params, String user) {
        Response r = user == null ? api.get("/api/search?" + params) : api.get("/api/search?" + params, user);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json();
    }

    private static JsonNode await(Duration within, Supplier<JsonNode> call, Predicate<JsonNode> condition)
            throws InterruptedException {
        long deadline = System.nanoTime() + within.toNanos();
        JsonNode last = call.get();
        while (!condition.test(last) && System.nanoTime() < deadline) {
            Thread.sleep(50);
            last = call.get();
        }
        assertThat(condition.test(last)).as("within %s: %s", within, last).isTrue();
        return last;
    }

    private MemorandumReference submit(Submitter submitter, Consent consent, String text, List<ProposalInput> p) {
        return memoranda
                .submit(new NewMemorandum(
                        bill.id(), 1, Channel.API, submitter, consent, text, p, List.of(), null, null, null))
                .reference();
    }

    /** Decides every proposal and publishes the response, as the committee's workflow would. */
    private void respond(MemorandumReference ref, String reasons) {
        List<DecisionInput> decisions = new ArrayList<>();
        for (Proposal p : memoranda.find(ref).orElseThrow().proposals()) {
            decisions.add(new DecisionInput(p.id(), Decision.ACCEPTED_WITH_AMENDMENT, reasons));
        }
        review.decide(ref, decisions, "committee");
        review.publishResponse(ref);
    }

    @Test
    void staffFindAMemorandumWithinTwoSecondsOfCommitAndThePublicOnlyOnceTheResponseIsPublished()
            throws InterruptedException {
        String topic = word("kestrel");
        String reasons = word("heron");
        MemorandumReference ref = submit(
                new Submitter(
                        SubmitterKind.ORGANISATION,
                        "Soko Traders Welfare Association",
                        OrganisationType.CSO,
                        County.NAKURU,
                        null,
                        null,
                        ContactDetails.NONE),
                Consent.PUBLISH_NAME,
                "We ask the committee to reconsider the " + topic + " rules for small traders.",
                List.of(new ProposalInput(null, Stance.AMEND, "Lower the " + topic + " fee.", "Traders are poor.")));

        JsonNode staff = await(
                SEARCHABLE,
                () -> search("q=" + topic + "&type=memorandum", ApiClient.CLERK),
                r -> r.get("total").asLong() == 1);
        JsonNode hit = staff.get("hits").get(0);
        assertThat(hit.get("reference").asText()).isEqualTo(ref.value());
        assertThat(hit.get("submitterType").asText()).isEqualTo("ORGANISATION");
        assertThat(hit.get("county").asText()).isEqualTo("Nakuru");
        assertThat(hit.get("title").asText()).contains("Soko Traders Welfare Association");
        assertThat(search("q=" + topic, null).get("total").asLong()).isZero();

        respond(ref, "The " + reasons + " fee is halved.");
        JsonNode published = await(
                WAIT, () -> search("q=" + topic, null), r -> r.get("total").asLong() >= 2);
        assertThat(published.get("facets").get("type").findValuesAsText("value"))
                .contains("MEMORANDUM", "PROPOSAL");
        assertThat(published.get("facets").get("status").findValuesAsText("value"))
                .containsOnly("RESPONDED");
        JsonNode decision = search("q=" + reasons + "&type=decision", null);
        assertThat(decision.get("total").asLong()).isEqualTo(1);
        assertThat(decision.get("hits").get(0).get("decision").asText()).isEqualTo("ACCEPTED_WITH_AMENDMENT");
        assertThat(decision.get("hits").get(0).get("snippet").asText()).contains("<mark>" + reasons + "</mark>");
        assertThat(search("q=" + topic + "&decision=accepted_with_amendment&county=Nakuru", null)
                        .get("total")
                        .asLong())
                .isEqualTo(1);
    }

    @Test
    void noPersonalDataIsRetrievableOrMatchableThroughThePublicSearch() throws InterruptedException {
        String topic = word("plover");
        String anonymous = "Nyokabi " + word("Wambugu");
        String phone = "0722 " + digits(3) + " " + digits(3);
        String email = word("wanjiku") + "@example.org";
        String idNumber = "3" + digits(7);
        String contactEmail = word("contact") + "@example.net";
        String contactPhone = "+254 733 " + digits(3) + " " + digits(3);
        String postal = "P.O. Box " + digits(4) + " " + word("Zebraville");
        String text = "I, " + anonymous + ", oppose the " + topic + " levy. Call me on " + phone + " or write to "
                + email + ". My ID number is " + idNumber + ".";
        MemorandumReference ref = submit(
                new Submitter(
                        SubmitterKind.INDIVIDUAL,
                        anonymous,
                        null,
                        County.KISUMU,
                        null,
                        null,
                        new ContactDetails(contactEmail, contactPhone, postal)),
                Consent.ANONYMOUS,
                text,
                List.of(new ProposalInput(
                        null, Stance.OPPOSE, "Scrap the " + topic + " levy.", "Reach me at " + email)));
        // staff find the anonymous name in its staff-only field, never a contact detail
        JsonNode staff = await(
                WAIT,
                () -> search("q=" + encode(anonymous) + "&type=memorandum", ApiClient.CLERK),
                r -> r.get("total").asLong() == 1);
        assertThat(staff.get("hits").get(0).get("staffSnippet").asText()).contains("Nyokabi");
        respond(ref, "Noted with thanks.");
        JsonNode published = await(
                WAIT,
                () -> search("q=" + topic + "&size=50", null),
                r -> r.get("total").asLong() >= 2);

        String body = api.get("/api/search?q=" + topic + "&size=50").body();
        for (String secret : List.of(
                anonymous,
                anonymous.split(" ")[1],
                phone,
                phone.replace(" ", ""),
                email,
                idNumber,
                contactEmail,
                contactPhone,
                postal,
                postal.split(" ")[3])) {
            assertThat(body.toLowerCase(Locale.ROOT))
                    .as("public results leak %s", secret)
                    .doesNotContain(secret.toLowerCase(Locale.ROOT));
        }
        assertThat(published.get("hits").findValuesAsText("staffSnippet")).isEmpty();
        String memorandumSnippet = published.get("hits").findParents("type").stream()
                .filter(h -> h.get("type").asText().equals("MEMORANDUM"))
                .map(h -> h.get("snippet").asText())
                .findFirst()
                .orElseThrow();
        assertThat(memorandumSnippet).contains("[name removed]").contains("[phone removed]");

        for (String secret : List.of(
                "\"" + anonymous + "\"",
                anonymous.split(" ")[1],
                "\"" + phone + "\"",
                email,
                "\"" + email + "\"",
                idNumber,
                contactEmail,
                "\"" + contactPhone + "\"",
                postal.split(" ")[3])) {
            assertThat(search("q=" + encode(secret), null).get("total").asLong())
                    .as("the public can match %s", secret)
                    .isZero();
            assertThat(search("q=" + encode(topic + " " + secret), null)
                            .get("total")
                            .asLong())
                    .as("the public can match %s next to the topic", secret)
                    .isZero();
        }
        // contact details are not indexed at all: not even staff match them
        for (String contact : List.of(contactEmail, "\"" + contactPhone + "\"", postal.split(" ")[3], idNumber)) {
            assertThat(search("q=" + encode(contact), ApiClient.CLERK)
                            .get("total")
                            .asLong())
                    .as("staff match %s", contact)
                    .isZero();
        }
    }

    @Test
    void aClausesLineageFindsEverythingSaidAboutItAcrossVersions() throws InterruptedException {
        Set<String> inVersion2 = Provision.flatten(bills.tree(bill.id(), 2).provisions()).stream()
                .map(Provision::lineageId)
                .collect(Collectors.toSet());
        List<Provision> shared = Provision.flatten(bills.tree(bill.id(), 1).provisions()).stream()
                .filter(p -> p.eId().startsWith("sec_") && inVersion2.contains(p.lineageId()))
                .limit(2)
                .toList();
        assertThat(shared).hasSize(2);
        Provision first = shared.get(0);
        Provision second = shared.get(1);
        String topic = word("avocet");
        MemorandumReference ref = submit(
                new Submitter(
                        SubmitterKind.INDIVIDUAL, "Achieng Odhiambo", null, null, null, null, ContactDetails.NONE),
                Consent.PUBLISH_NAME,
                "On the " + topic + " clauses.",
                List.of(new ProposalInput(first.eId(), Stance.AMEND, "Reword the " + topic + " rule.", "Clarity.")));
        long proposalId = memoranda.find(ref).orElseThrow().proposals().get(0).id();
        review.triage(
                ref,
                new TriageInput(List.of(new TriageInput.ProposalTriage(
                        proposalId, List.of(first.eId(), second.eId()), Stance.AMEND, List.of()))),
                "clerk");
        respond(ref, "Agreed in part.");

        String proposalDoc = "proposal:" + ref.value() + ":" + proposalId;
        for (Provision clause : shared) {
            JsonNode about = await(
                    WAIT,
                    () -> search("provision=" + encode(clause.lineageId()) + "&size=100", null),
                    r -> r.get("hits").findValuesAsText("id").contains(proposalDoc));
            assertThat(about.get("hits").findValuesAsText("id"))
                    .contains("decision:" + ref.value() + ":" + proposalId, "memorandum:" + ref.value());
            List<String> provisionVersions = new ArrayList<>();
            about.get("hits").forEach(h -> {
                if (h.get("type").asText().equals("PROVISION")) {
                    provisionVersions.add(h.get("version").asText());
                }
            });
            assertThat(provisionVersions).as("the clause in every version").contains("1", "2");
        }
        JsonNode byEId = search("provision=" + encode(second.eId()) + "&version=1&type=proposal&q=" + topic, null);
        assertThat(byEId.get("total").asLong()).isEqualTo(1);
    }

    @Test
    void anAdminRebuildIndexesMemorandaFromTheDatabaseAndHealthCountsThem() throws InterruptedException {
        String topic = word("curlew");
        submit(
                new Submitter(SubmitterKind.INDIVIDUAL, "Kiprop Chebet", null, null, null, null, ContactDetails.NONE),
                Consent.PUBLISH_NAME,
                "The " + topic + " fee is too high.",
                List.of());
        await(
                WAIT,
                () -> search("q=" + topic, ApiClient.CLERK),
                r -> r.get("total").asLong() >= 1);
        Response started = api.postJson("/api/admin/search/reindex", "{}", ApiClient.ADMIN);
        assertThat(started.status()).as(started.body()).isEqualTo(202);
        JsonNode done = await(
                Duration.ofSeconds(180),
                () -> api.get("/api/admin/search/reindex", ApiClient.ADMIN).json(),
                p -> !p.get("state").asText().equals("RUNNING"));
        assertThat(done.get("state").asText()).as(done.toString()).isEqualTo("COMPLETED");
        assertThat(done.get("memoranda").asInt()).isPositive();
        JsonNode found = search("q=" + topic + "&type=memorandum", ApiClient.CLERK);
        assertThat(found.get("total").asLong()).isEqualTo(1);
        JsonNode health = api.get("/actuator/health", ApiClient.ADMIN).json();
        assertThat(health.at("/components/search/details/documentsByType/MEMORANDUM")
                        .asLong())
                .isPositive();
        assertThat(health.at("/components/search/details/documentsByType/PROVISION")
                        .asLong())
                .isPositive();
    }

    @Test
    void abusiveQueriesOverMemorandaAreStillBoundedProblems() {
        for (String bad : List.of(
                "q=" + encode("*levy") + "&type=memorandum",
                "q=levy&type=proposal&page=50&size=50",
                "q=" + encode("fee ".repeat(40)) + "&type=decision",
                "type=memorandum&stance=" + encode("<script>"))) {
            Response r = api.get("/api/search?" + bad, ApiClient.CLERK);
            assertThat(r.status()).as(bad + ": " + r.body()).isEqualTo(400);
            assertThat(r.contentType()).contains("application/problem+json");
        }
    }
}
