package org.maoni.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.maoni.support.ApiClient;
import org.maoni.support.ApiClient.Response;
import org.maoni.support.MaoniIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The committee's whole cycle on a copy of the demo bill, only through the REST API: a call, memoranda, triage, a group
 * decision and the decide tasks, published responses, a draft of the next version with the accepted proposals applied,
 * a reword no proposal asked for and a renumbering, legal review, committee approval and publication, the committee
 * matrix and participation report, and finally the diff of the new version naming the decision behind each change
 * ("you said, we did"). The job executor is off in tests, so the test runs the engine's due jobs itself.
 */
@MaoniIntegrationTest
class CommitteeCycleTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SEED = "/seed-documents/bills/county-markets-bill-2026/";
    private static final String REPLACE = "Replace \"may\" with \"shall\".";

    @LocalServerPort
    int port;

    @Autowired
    RuntimeService runtime;

    @Autowired
    ManagementService management;

    ApiClient api;
    String tag;

    @BeforeEach
    void client() {
        api = new ApiClient(port);
        tag = UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void decisionsAreCarriedIntoTheNextVersionAndItsDiffNamesThem() throws Exception {
        String id = copyOfDemoBill();
        String bill = "/api/bills/" + id;
        JsonNode v1 = api.get(bill + "/versions/1").json();
        JsonNode x = mayOnce(v1.path("provisions"));
        String xClause = clauseOf(x.path("eId").asText());
        List<JsonNode> others = new ArrayList<>();
        for (JsonNode c : leafClauses(v1.path("provisions"))) {
            if (!c.path("eId").asText().equals(xClause)) {
                others.add(c);
            }
        }
        JsonNode z = others.get(0);
        JsonNode w = others.get(others.size() - 1);
        JsonNode y = others.get(1);
        String zEId = z.path("eId").asText();
        String wEId = w.path("eId").asText();

        // The call, on version 1, which is the version that went to public participation.
        assertThat(api.putJson(bill + "/participation-version", "{\"version\":1}", ApiClient.CLERK)
                        .status())
                .isEqualTo(200);
        ObjectNode open = JSON.createObjectNode();
        open.put("action", "OPEN");
        open.put("version", 1);
        open.put("notice", "The Committee invites memoranda " + tag);
        open.put("opensAt", ZonedDateTime.now().minusHours(1).toOffsetDateTime().toString());
        open.put("closesAt", ZonedDateTime.now().plusDays(30).toOffsetDateTime().toString());
        open.putArray("channels").add("WEB_FORM").add("UPLOAD").add("EMAIL").add("API");
        open.put("responseWorkingDays", 14);
        Response opened = api.postJson(bill + "/participation", open.toString(), ApiClient.CLERK);
        assertThat(opened.status()).as(opened.body()).isEqualTo(201);

        // Memoranda: one with the "may"/"shall" proposal and one the committee rejects; two identical ones.
        String email = "cycle." + tag + "@example.org";
        String a = submit(memorandum(
                id,
                "Wanjiru Cycle" + tag,
                email,
                "On the markets bill " + tag,
                proposal(x.path("eId").asText(), "AMEND", REPLACE, "Traders need certainty."),
                proposal(y.path("eId").asText(), "AMEND", "Make the fee weekly " + tag + ".", "Cash flow.")));
        String sameWords = "Clause " + zEId + " is not needed " + tag + ".";
        String b = submit(memorandum(
                id,
                "Otieno Cycle" + tag,
                "b." + email,
                sameWords,
                proposal(zEId, "DELETE", "Delete the clause.", "Not needed " + tag + ".")));
        String c = submit(memorandum(
                id,
                "Akinyi Cycle" + tag,
                "c." + email,
                sameWords,
                proposal(zEId, "DELETE", "Delete the clause.", "Not needed " + tag + ".")));

        for (String ref : List.of(a, b, c)) {
            triage(ref);
        }
        long replace = proposalIds(a).get(0);
        long weekly = proposalIds(a).get(1);
        long deleteB = proposalIds(b).get(0);
        long deleteC = proposalIds(c).get(0);

        // One decision for the identical proposals, then every memorandum's decide task.
        String groupReasons = "The clause duplicates the county by-laws " + tag + ".";
        Response group = api.postJson(
                bill + "/decisions",
                "{\"proposalIds\":[" + deleteB + "," + deleteC + "],\"decision\":\"ACCEPTED\",\"reasons\":\""
                        + groupReasons + "\"}",
                ApiClient.COMMITTEE);
        assertThat(group.status()).as(group.body()).isBetween(200, 201);
        assertThat(group.json()).hasSize(2);
        String replaceReasons = "Certainty for traders " + tag + ".";
        decide(a, decision(replace, "ACCEPTED", replaceReasons), decision(weekly, "REJECTED", "Fees are daily."));
        decide(b, decision(deleteB, "ACCEPTED", groupReasons));
        decide(c, decision(deleteC, "ACCEPTED", groupReasons));
        for (String ref : List.of(a, b, c)) {
            assertThat(api.get("/api/memoranda/" + ref, ApiClient.CLERK)
                            .json()
                            .path("status")
                            .asText())
                    .as("the response to %s is published", ref)
                    .isEqualTo("RESPONDED");
            assertThat(history(id, proposalIds(ref).get(0))).hasSize(1);
        }

        // The committee matrix and the participation report, on version 1.
        String matrix = bill + "/versions/1/committee-matrix";
        JsonNode json = api.get(matrix, ApiClient.CLERK).json();
        List<Long> rows = new ArrayList<>();
        JsonNode groupRow = null;
        for (JsonNode clause : json.path("clauses")) {
            for (JsonNode row : clause.path("rows")) {
                row.path("proposalIds").forEach(p -> rows.add(p.asLong()));
                if (row.path("proposalIds").size() == 2) {
                    groupRow = row;
                }
            }
        }
        assertThat(rows).containsExactlyInAnyOrder(replace, weekly, deleteB, deleteC);
        assertThat(groupRow).as("the identical proposals share a row").isNotNull();
        assertThat(groupRow.path("decision").asText()).isEqualTo("ACCEPTED");
        assertThat(groupRow.path("reasons").asText()).isEqualTo(groupReasons);
        Response csv = api.get(matrix + ".csv", ApiClient.CLERK);
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.body()).contains(replaceReasons).contains(groupReasons);
        Response docx = api.get(matrix + ".docx", ApiClient.CLERK);
        assertThat(docx.status()).isEqualTo(200);
        String docxText;
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx.bytes()))) {
            StringBuilder text = new StringBuilder();
            doc.getTables().forEach(t -> text.append(t.getText()).append('\n'));
            docxText = text.toString();
        }
        assertThat(docxText).contains(replaceReasons).contains("2 individuals");
        JsonNode participation =
                api.get(bill + "/participation-report", ApiClient.CLERK).json();
        assertThat(participation.path("memoranda").asInt()).isEqualTo(3);
        assertThat(participation.path("responses").path("answered").asInt()).isEqualTo(3);
        for (String text : List.of(json.toString(), csv.body(), docxText, participation.toString())) {
            assertThat(text).doesNotContain(email).doesNotContain("Cycle" + tag);
        }

        // Drafting the next version: the accepted proposals, a reword no one asked for, renumbering.
        String drafts = bill + "/drafts";
        assertThat(api.postJson(drafts, "{\"label\":\"Committee Stage " + tag + "\"}", ApiClient.CLERK)
                        .status())
                .isEqualTo(201);
        String draft = drafts + "/1";
        Set<Long> applied = new HashSet<>();
        for (int round = 0; round < 4; round++) {
            for (JsonNode p :
                    api.get(draft + "/applicable-proposals", ApiClient.CLERK).json()) {
                if (p.path("state").asText().equals("APPLICABLE")) {
                    Response made = api.postJson(
                            draft + "/applications",
                            "{\"proposalId\":" + p.path("proposalId").asLong() + "}",
                            ApiClient.CLERK);
                    assertThat(made.status()).as(made.body()).isEqualTo(201);
                    applied.add(p.path("proposalId").asLong());
                    break;
                }
            }
        }
        assertThat(applied).contains(replace).containsAnyOf(deleteB, deleteC).doesNotContain(weekly);
        long deletion = applied.contains(deleteB) ? deleteB : deleteC;
        String reworded = "Every market shall open at six in the morning " + tag + ".";
        Response manual =
                api.putJson(draft + "/provisions/" + wEId, "{\"text\":\"" + reworded + "\"}", ApiClient.CLERK);
        assertThat(manual.status()).as(manual.body()).isEqualTo(200);
        String wLineage = find(manual.json().path("draft").path("provisions"), wEId)
                .path("lineageId")
                .asText();
        Response renumbered = api.postJson(draft + "/renumber", "{}", ApiClient.CLERK);
        assertThat(renumbered.status()).as(renumbered.body()).isEqualTo(200);

        // Legal review, committee approval, publication.
        await(
                "the drafting task",
                () -> api.get(draft + "/workflow", ApiClient.CLERK)
                                .json()
                                .path("task")
                                .path("taskKey")
                                .asText("")
                                .equals("Task_DraftVersion")
                        ? Boolean.TRUE
                        : null);
        assertThat(api.postJson(draft + "/submit", "{}", ApiClient.CLERK).status())
                .isEqualTo(204);
        JsonNode legal = groupTask(ApiClient.CLERK, id + "/1", "Task_LegalReview");
        assertThat(api.postJson(
                                "/api/tasks/" + legal.path("id").asText() + "/complete",
                                "{\"cleared\":true}",
                                ApiClient.CLERK)
                        .status())
                .isEqualTo(204);
        JsonNode approve = groupTask(ApiClient.COMMITTEE, id + "/1", "Task_ApproveDraft");
        assertThat(api.postJson(
                                "/api/tasks/" + approve.path("id").asText() + "/complete",
                                "{\"approved\":true}",
                                ApiClient.COMMITTEE)
                        .status())
                .isEqualTo(204);
        Job publish = management
                .createJobQuery()
                .processInstanceId(runtime.createProcessInstanceQuery()
                        .processInstanceBusinessKey(id + "/1")
                        .singleResult()
                        .getId())
                .activityId("Task_PublishDraft")
                .singleResult();
        management.executeJob(publish.getId());
        assertThat(api.get(bill).json().path("versions")).hasSize(2);

        // The decision history now names the provision of version 2 that carries the proposal out.
        JsonNode carried = await("the implementation of proposal " + replace, () -> {
            JsonNode h = history(id, replace);
            JsonNode last = h.get(h.size() - 1);
            return last.path("implementation").isObject() ? last : null;
        });
        assertThat(carried.path("decision").asText()).isEqualTo("ACCEPTED");
        assertThat(carried.path("reasons").asText()).isEqualTo(replaceReasons);
        assertThat(carried.path("implementation").path("version").asInt()).isEqualTo(2);
        String xNow = carried.path("implementation").path("eId").asText();
        JsonNode v2 = api.get(bill + "/versions/2").json();
        assertThat(find(v2.path("provisions"), xNow).path("text").asText())
                .contains("shall")
                .isEqualTo(x.path("text").asText().replace("may", "shall"));
        assertThat(history(id, replace)).hasSize(2);
        // A whole clause deleted leaves nothing in version 2 to point at: its history is unchanged.
        assertThat(history(id, deletion)).hasSize(1);

        // "You said, we did": the diff of the new version with the decision behind each change.
        JsonNode diff = api.get(bill + "/diff/decisions?from=1&to=2").json();
        assertThat(diff.path("participationVersion").asInt()).isEqualTo(1);
        JsonNode xChange = change(diff, "newEIds", clauseOf(xNow));
        assertThat(xChange.path("implementing"))
                .extracting(n -> n.path("proposalId").asLong())
                .containsExactly(replace);
        JsonNode basis = xChange.path("implementing").get(0);
        assertThat(basis.path("decision").asText()).isEqualTo("ACCEPTED");
        assertThat(basis.path("reasons").asText()).isEqualTo(replaceReasons);
        assertThat(basis.path("memorandum").asText()).isEqualTo(a);
        assertThat(xChange.path("unrequested").asBoolean()).isFalse();
        JsonNode zChange = change(diff, "oldEIds", zEId);
        assertThat(zChange.path("change").path("kind").asText()).isEqualTo("DELETED");
        assertThat(zChange.path("askedFor"))
                .extracting(n -> n.path("proposalId").asLong())
                .containsExactlyInAnyOrder(deleteB, deleteC);
        assertThat(zChange.path("unrequested").asBoolean()).isFalse();
        String wNow = null;
        for (JsonNode p : flatten(v2.path("provisions"))) {
            if (p.path("lineageId").asText().equals(wLineage)) {
                wNow = p.path("eId").asText();
            }
        }
        JsonNode wChange = change(diff, "newEIds", wNow);
        assertThat(wChange.path("unrequested").asBoolean()).isTrue();
        assertThat(wChange.path("implementing")).isEmpty();
        assertThat(wChange.path("askedFor")).isEmpty();
        int flagged = 0;
        for (JsonNode ch : diff.path("changes")) {
            if (ch.path("unrequested").asBoolean()) {
                flagged++;
                assertThat(ch.path("change").path("kind").asText()).isNotEqualTo("RENUMBERED");
            }
        }
        assertThat(diff.path("unrequested").asInt()).isEqualTo(flagged).isPositive();
        assertThat(diff.toString())
                .doesNotContain(email)
                .doesNotContain("Cycle" + tag)
                .doesNotContain("Make the fee weekly");

        JsonNode after = api.get(bill + "/after-participation/decisions").json();
        assertThat(change(after, "newEIds", clauseOf(xNow)).path("implementing"))
                .extracting(n -> n.path("proposalId").asLong())
                .containsExactly(replace);
    }

    private String copyOfDemoBill() throws Exception {
        byte[] docx;
        try (InputStream in = getClass().getResourceAsStream(SEED + "v1-first-reading.docx")) {
            docx = in.readAllBytes();
        }
        Response created = api.postFile(
                "/api/bills",
                "v1-first-reading.docx",
                docx,
                "{\"title\":\"Committee cycle copy of the County Markets Bill " + tag + "\"}",
                ApiClient.CLERK);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().path("id").asText();
    }

    private static ObjectNode proposal(String eId, String stance, String text, String justification) {
        ObjectNode p = JSON.createObjectNode();
        p.put("provision", eId);
        p.put("stance", stance);
        p.put("proposedText", text);
        p.put("justification", justification);
        return p;
    }

    private static String memorandum(String billId, String name, String email, String text, ObjectNode... proposals) {
        ObjectNode body = JSON.createObjectNode();
        body.put("billId", billId);
        body.put("version", 1);
        body.put("channel", "WEB_FORM");
        ObjectNode submitter = body.putObject("submitter");
        submitter.put("kind", "INDIVIDUAL");
        submitter.put("name", name);
        submitter.put("county", "NAKURU");
        submitter.putObject("contact").put("email", email);
        body.put("consent", "ANONYMOUS");
        body.put("text", text);
        ArrayNode list = body.putArray("proposals");
        for (ObjectNode p : proposals) {
            list.add(p);
        }
        return body.toString();
    }

    private String submit(String json) {
        Response created = api.postJson("/api/memoranda", json, null);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().path("reference").asText();
    }

    private List<Long> proposalIds(String reference) {
        List<Long> ids = new ArrayList<>();
        api.get("/api/memoranda/" + reference, ApiClient.CLERK)
                .json()
                .path("proposals")
                .forEach(p -> ids.add(p.path("id").asLong()));
        return ids;
    }

    /** Runs the review to its triage: moderation (identical texts are flagged) keeps the memorandum. */
    private void triage(String reference) throws Exception {
        ProcessInstance instance = process(reference);
        runJobs(instance);
        JsonNode task = E2e.openTask(api, reference, null);
        if (task.path("taskKey").asText().equals("Task_Moderate")) {
            E2e.complete(api, task, "{\"setAside\":false,\"note\":\"Kept: a citizen's own view.\"}", ApiClient.CLERK);
            runJobs(instance);
            task = E2e.openTask(api, reference, null);
        }
        assertThat(task.path("taskKey").asText()).isEqualTo("Task_Triage");
        ArrayNode triage = JSON.createArrayNode();
        for (JsonNode proposal :
                api.get("/api/memoranda/" + reference, ApiClient.CLERK).json().path("proposals")) {
            ObjectNode item = triage.addObject();
            item.put("proposalId", proposal.path("id").asLong());
            item.set("eIds", proposal.path("eIds"));
            item.put("stance", proposal.path("stance").asText());
            item.putArray("themes").add("markets");
        }
        E2e.complete(api, task, "{\"proposals\":" + triage + "}", ApiClient.CLERK);
    }

    private static ObjectNode decision(long proposalId, String decision, String reasons) {
        ObjectNode d = JSON.createObjectNode();
        d.put("proposalId", proposalId);
        d.put("decision", decision);
        d.put("reasons", reasons);
        return d;
    }

    /** Completes the decide task of a memorandum and runs the engine on to the published response. */
    private void decide(String reference, ObjectNode... decisions) throws Exception {
        JsonNode task = E2e.openTask(api, reference, null);
        assertThat(task.path("taskKey").asText()).isEqualTo("Task_DecideProposals");
        ArrayNode list = JSON.createArrayNode();
        for (ObjectNode d : decisions) {
            list.add(d);
        }
        E2e.complete(api, task, "{\"decisions\":" + list + "}", ApiClient.COMMITTEE);
        ProcessInstance instance = process(reference);
        runJobs(instance);
    }

    private JsonNode history(String billId, long proposalId) {
        Response r = api.get("/api/bills/" + billId + "/proposals/" + proposalId + "/decisions", ApiClient.CLERK);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json();
    }

    private ProcessInstance process(String reference) throws InterruptedException {
        return E2e.await(
                Duration.ofSeconds(30),
                () -> runtime.createProcessInstanceQuery()
                        .processInstanceBusinessKey(reference)
                        .singleResult(),
                "the review process of " + reference);
    }

    private void runJobs(ProcessInstance instance) {
        for (int round = 0; round < 20; round++) {
            List<Job> jobs = management
                    .createJobQuery()
                    .processInstanceId(instance.getId())
                    .executable()
                    .list();
            if (jobs.isEmpty()) {
                return;
            }
            for (Job job : jobs) {
                management.executeJob(job.getId());
            }
        }
    }

    private JsonNode groupTask(String user, String businessKey, String taskKey) {
        return await(taskKey + " of " + businessKey, () -> {
            for (JsonNode t : api.get("/api/tasks?scope=groups", user).json()) {
                if (businessKey.equals(t.path("businessKey").asText())
                        && taskKey.equals(t.path("taskKey").asText())) {
                    return t;
                }
            }
            return null;
        });
    }

    /** The first leaf provision whose own text has "may" exactly once (and neither heading nor wrap-up has it). */
    private static JsonNode mayOnce(JsonNode provisions) {
        for (JsonNode p : flatten(provisions)) {
            String text = p.path("text").asText("");
            if (p.path("children").isEmpty()
                    && count(text, "may") == 1
                    && count(p.path("heading").asText(""), "may") == 0
                    && count(p.path("wrapUp").asText(""), "may") == 0) {
                return p;
            }
        }
        throw new AssertionError("No provision of the demo bill says \"may\" once");
    }

    private static int count(String text, String words) {
        int n = 0;
        for (int i = text.indexOf(words); i >= 0; i = text.indexOf(words, i + words.length())) {
            n++;
        }
        return n;
    }

    /** Clauses without sub-clauses, with text of their own, in bill order. */
    private static List<JsonNode> leafClauses(JsonNode provisions) {
        List<JsonNode> out = new ArrayList<>();
        for (JsonNode p : flatten(provisions)) {
            if (p.path("type").asText().equals("SECTION")
                    && p.path("children").isEmpty()
                    && p.path("text").asText("").split("\\s+").length >= 6) {
                out.add(p);
            }
        }
        assertThat(out).hasSizeGreaterThanOrEqualTo(4);
        return out;
    }

    private static String clauseOf(String eId) {
        int cut = eId.indexOf("__");
        return cut < 0 ? eId : eId.substring(0, cut);
    }

    private static List<JsonNode> flatten(JsonNode nodes) {
        List<JsonNode> out = new ArrayList<>();
        for (JsonNode n : nodes) {
            out.add(n);
            out.addAll(flatten(n.path("children")));
        }
        return out;
    }

    private static JsonNode find(JsonNode nodes, String eId) {
        for (JsonNode n : flatten(nodes)) {
            if (n.path("eId").asText().equals(eId)) {
                return n;
            }
        }
        return null;
    }

    private static JsonNode change(JsonNode report, String side, String eId) {
        for (JsonNode c : report.path("changes")) {
            for (JsonNode e : c.path("change").path(side)) {
                if (e.asText().equals(eId)) {
                    return c;
                }
            }
        }
        throw new AssertionError("No change with " + side + " " + eId + " in " + report);
    }

    private static <T> T await(String what, java.util.function.Supplier<T> probe) {
        try {
            return E2e.await(Duration.ofMinutes(1), probe, what);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
