package org.maoni.drafting.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStream;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.maoni.bill.BillId;
import org.maoni.bill.BillService;
import org.maoni.bill.Provision;
import org.maoni.bill.ProvisionType;
import org.maoni.drafting.ProposalApplication;
import org.maoni.drafting.ProposalApplications;
import org.maoni.memorandum.CallsForMemoranda;
import org.maoni.memorandum.Channel;
import org.maoni.memorandum.Consent;
import org.maoni.memorandum.Decision;
import org.maoni.memorandum.DecisionInput;
import org.maoni.memorandum.Memoranda;
import org.maoni.memorandum.MemorandumReview;
import org.maoni.memorandum.NewMemorandum;
import org.maoni.memorandum.OpenCall;
import org.maoni.memorandum.OrganisationType;
import org.maoni.memorandum.Proposal;
import org.maoni.memorandum.ProposalInput;
import org.maoni.memorandum.Receipt;
import org.maoni.memorandum.Stance;
import org.maoni.memorandum.Submitter;
import org.maoni.memorandum.SubmitterKind;
import org.maoni.support.ApiClient;
import org.maoni.support.ApiClient.Response;
import org.maoni.support.MaoniIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Drafting the next version through the API on a copy of the demo bill: drafts are staff-only until published, edits
 * keep eIds and lineages right and refuse bad input as problem details, accepted proposals are applied (or shown why
 * not), and the workflow's legal review and approval publish the draft as a version whose diff shows the applied change.
 */
@MaoniIntegrationTest
class DraftingApiTest {

    private static final String SEED = "/seed-documents/bills/county-markets-bill-2026/";

    @LocalServerPort
    int port;

    @Autowired
    BillService bills;

    @Autowired
    CallsForMemoranda calls;

    @Autowired
    Memoranda memoranda;

    @Autowired
    MemorandumReview review;

    @Autowired
    ProposalApplications applications;

    @Autowired
    ManagementService management;

    @Autowired
    RuntimeService runtime;

    ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient(port);
    }

    @Test
    void draftsAreEditedClauseByClauseAndHiddenFromThePublic() {
        String id = copyOfDemoBill();
        String drafts = "/api/bills/" + id + "/drafts";
        assertThat(api.postJson(drafts, "{}", ApiClient.COMMITTEE).status()).isEqualTo(403);
        Response created = api.postJson(drafts, "{\"label\":\"Committee Stage draft\"}", ApiClient.CLERK);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        JsonNode draft = created.json();
        assertThat(draft.path("number").asInt()).isEqualTo(1);
        assertThat(draft.path("status").asText()).isEqualTo("DRAFTING");
        assertThat(draft.path("baseVersion").asInt()).isEqualTo(1);
        String path = drafts + "/1";

        Response again = api.postJson(drafts, "{}", ApiClient.CLERK);
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().path("type").asText()).isEqualTo("urn:maoni:problem:draft-open");

        // The public neither lists nor reads drafts; staff do.
        assertThat(api.get(path).status()).isEqualTo(404);
        assertThat(api.get(drafts).status()).isEqualTo(404);
        assertThat(api.get(path + "/applicable-proposals").status()).isEqualTo(404);
        assertThat(api.get("/api/bills/" + id + "/versions/2").status()).isEqualTo(404);
        assertThat(api.get("/api/bills/" + id).json().path("versions")).hasSize(1);
        assertThat(api.get(path, ApiClient.COMMITTEE).status()).isEqualTo(200);
        assertThat(api.get(drafts, ApiClient.CLERK).json()).hasSize(1);

        List<Provision> leaves = leafClauses(BillId.valueOf(id));
        Provision first = leaves.get(0);
        Provision second = leaves.get(1);

        Response reworded = api.putJson(
                path + "/provisions/" + first.eId(), "{\"text\":\"A reworded clause for drafting.\"}", ApiClient.CLERK);
        assertThat(reworded.status()).as(reworded.body()).isEqualTo(200);
        JsonNode node = find(reworded.json().path("draft").path("provisions"), first.eId());
        assertThat(node.path("text").asText()).isEqualTo("A reworded clause for drafting.");
        assertThat(node.path("lineageId").asText()).isEqualTo(first.lineageId());
        assertThat(reworded.json().path("draft").path("revision").asInt()).isEqualTo(1);

        Response inserted = api.postJson(
                path + "/provisions",
                "{\"after\":\"" + first.eId() + "\",\"type\":\"SECTION\",\"num\":\"" + key(first) + "A.\","
                        + "\"heading\":\"Traders' committees\",\"text\":\"Every market shall have a traders' committee.\"}",
                ApiClient.CLERK);
        assertThat(inserted.status()).as(inserted.body()).isEqualTo(201);
        String newEId = inserted.json().path("eId").asText();
        assertThat(newEId).isEqualTo("sec_" + key(first) + "A");
        String newLineage = find(inserted.json().path("draft").path("provisions"), newEId)
                .path("lineageId")
                .asText();
        assertThat(newLineage).isNotBlank().isNotEqualTo(first.lineageId());

        Response renumbered =
                api.postJson(path + "/provisions/" + newEId + "/renumber", "{\"num\":\"99.\"}", ApiClient.CLERK);
        assertThat(renumbered.status()).as(renumbered.body()).isEqualTo(200);
        assertThat(renumbered.json().path("eId").asText()).isEqualTo("sec_99");
        assertThat(find(renumbered.json().path("draft").path("provisions"), "sec_99")
                        .path("lineageId")
                        .asText())
                .isEqualTo(newLineage);

        Response moved =
                api.postJson(path + "/provisions/sec_99/move", "{\"after\":\"" + second.eId() + "\"}", ApiClient.CLERK);
        assertThat(moved.status()).as(moved.body()).isEqualTo(200);

        Response deleted = api.delete(path + "/provisions/" + second.eId(), ApiClient.CLERK);
        assertThat(deleted.status()).as(deleted.body()).isEqualTo(200);
        assertThat(find(deleted.json().path("draft").path("provisions"), second.eId()))
                .isNull();

        // Bad input: problem details, nothing changed.
        int revision = api.get(path, ApiClient.CLERK).json().path("revision").asInt();
        Response missing = api.putJson(path + "/provisions/sec_9999", "{\"text\":\"x\"}", ApiClient.CLERK);
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.json().path("type").asText()).isEqualTo("urn:maoni:problem:provision-not-found");
        Response taken = api.postJson(
                path + "/provisions/sec_99/renumber", "{\"num\":\"" + first.num() + "\"}", ApiClient.CLERK);
        assertThat(taken.status()).isEqualTo(422);
        assertThat(taken.json().path("type").asText()).isEqualTo("urn:maoni:problem:invalid-draft-edit");
        assertThat(taken.json().path("errors")).isNotEmpty();
        Response noType = api.postJson(path + "/provisions", "{\"num\":\"5B.\",\"text\":\"x\"}", ApiClient.CLERK);
        assertThat(noType.status()).isEqualTo(400);
        assertThat(noType.json().path("type").asText()).startsWith("urn:maoni:problem:");
        Response notJson = api.putJson(path + "/provisions/" + first.eId(), "{text", ApiClient.CLERK);
        assertThat(notJson.status()).isEqualTo(400);
        assertThat(notJson.body()).doesNotContain("Exception");
        assertThat(api.putJson(path + "/provisions/" + first.eId(), "{\"text\":\"x\"}", ApiClient.COMMITTEE)
                        .status())
                .isEqualTo(403);
        assertThat(api.get(path, ApiClient.CLERK).json().path("revision").asInt())
                .isEqualTo(revision);
        assertThat(api.get("/api/bills/" + id + "/drafts/7", ApiClient.CLERK).status())
                .isEqualTo(404);
    }

    @Test
    void acceptedProposalsAreAppliedAndTheApprovedDraftIsPublishedAsTheNextVersion() {
        String id = copyOfDemoBill();
        BillId billId = BillId.valueOf(id);
        List<Provision> leaves = leafClauses(billId);
        Provision amended = leaves.get(0);
        Provision removed = leaves.get(1);
        Provision anchor = leaves.get(2);
        String quote = uniqueWords(amended.text());

        calls.open(
                new OpenCall(
                        billId,
                        1,
                        "Submit your views on the draft.",
                        ZonedDateTime.now().minusHours(1),
                        ZonedDateTime.now().plusDays(30),
                        // Every channel, so tests that look for any bill with an open call can use this one too.
                        Set.of(Channel.values()),
                        14),
                "clerk");
        Receipt receipt = memoranda.submit(new NewMemorandum(
                billId,
                1,
                Channel.API,
                new Submitter(
                        SubmitterKind.ORGANISATION, "Soko Haki Traders", OrganisationType.CSO, null, null, null, null),
                Consent.PUBLISH_NAME,
                "Our proposals " + UUID.randomUUID(),
                List.of(
                        new ProposalInput(
                                amended.eId(),
                                Stance.AMEND,
                                "Replace \u201C" + quote + "\u201D with \u201Cwords the committee accepted\u201D.",
                                "Clearer."),
                        new ProposalInput(removed.eId(), Stance.DELETE, "Delete the clause.", "Not needed."),
                        new ProposalInput(
                                anchor.eId(),
                                Stance.INSERT,
                                "Hawkers with disabilities shall be exempt from every levy under this Act.",
                                "Inclusion."),
                        new ProposalInput(
                                anchor.eId(),
                                Stance.AMEND,
                                "Replace \"zebra crossings\" with \"pedestrian paths\".",
                                "Safety."),
                        new ProposalInput(amended.eId(), Stance.DELETE, "Delete it.", "Rejected idea.")),
                List.of(),
                null,
                null,
                null));
        List<Proposal> proposals =
                memoranda.find(receipt.reference()).orElseThrow().proposals();
        review.decide(
                receipt.reference(),
                List.of(
                        new DecisionInput(proposals.get(0).id(), Decision.ACCEPTED, "Agreed."),
                        new DecisionInput(proposals.get(1).id(), Decision.ACCEPTED_WITH_AMENDMENT, "Agreed."),
                        new DecisionInput(proposals.get(2).id(), Decision.ACCEPTED, "Agreed."),
                        new DecisionInput(proposals.get(3).id(), Decision.ACCEPTED, "Agreed."),
                        new DecisionInput(proposals.get(4).id(), Decision.REJECTED, "Clause needed.")),
                "committee");

        String path = "/api/bills/" + id + "/drafts/1";
        assertThat(api.postJson("/api/bills/" + id + "/drafts", "{}", ApiClient.CLERK)
                        .status())
                .isEqualTo(201);
        JsonNode listed =
                api.get(path + "/applicable-proposals", ApiClient.CLERK).json();
        assertThat(listed).hasSize(4);
        assertThat(state(listed, proposals.get(0).id()).path("action").asText()).isEqualTo("REPLACE_WORDS");
        assertThat(state(listed, proposals.get(1).id()).path("action").asText()).isEqualTo("DELETE_PROVISION");
        assertThat(state(listed, proposals.get(2).id()).path("action").asText()).isEqualTo("INSERT_PROVISION");
        JsonNode stale = state(listed, proposals.get(3).id());
        assertThat(stale.path("state").asText()).isEqualTo("NOT_APPLICABLE");
        assertThat(stale.path("reasonCode").asText()).isEqualTo("quote-not-found");
        assertThat(stale.path("reason").asText()).contains("zebra crossings");
        assertThat(listed.toString()).doesNotContain("Soko Haki");

        for (int i = 0; i < 3; i++) {
            Response applied = api.postJson(
                    path + "/applications",
                    "{\"proposalId\":" + proposals.get(i).id() + "}",
                    ApiClient.CLERK);
            assertThat(applied.status()).as(applied.body()).isEqualTo(201);
        }
        Response refused = api.postJson(
                path + "/applications", "{\"proposalId\":" + proposals.get(3).id() + "}", ApiClient.CLERK);
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().path("reasonCode").asText()).isEqualTo("quote-not-found");
        Response twice = api.postJson(
                path + "/applications", "{\"proposalId\":" + proposals.get(0).id() + "}", ApiClient.CLERK);
        assertThat(twice.status()).isEqualTo(409);
        Response rejected = api.postJson(
                path + "/applications", "{\"proposalId\":" + proposals.get(4).id() + "}", ApiClient.CLERK);
        assertThat(rejected.status()).isEqualTo(404);
        assertThat(api.postJson(path + "/applications", "{}", ApiClient.CLERK).status())
                .isEqualTo(400);

        JsonNode draft = api.get(path, ApiClient.CLERK).json();
        String insertedEId = "sec_" + key(anchor) + "A";
        assertThat(find(draft.path("provisions"), amended.eId()).path("text").asText())
                .contains("words the committee accepted")
                .doesNotContain(quote);
        assertThat(find(draft.path("provisions"), removed.eId())).isNull();
        assertThat(find(draft.path("provisions"), insertedEId).path("text").asText())
                .startsWith("Hawkers");
        JsonNode after =
                api.get(path + "/applicable-proposals", ApiClient.CLERK).json();
        assertThat(state(after, proposals.get(0).id()).path("state").asText()).isEqualTo("APPLIED");

        // The workflow: submit, legal review sends it back, then clears it, the committee approves, publication.
        await(
                "the drafting task",
                () -> api.get(path + "/workflow", ApiClient.CLERK)
                                .json()
                                .path("task")
                                .path("taskKey")
                                .asText("")
                                .equals("Task_DraftVersion")
                        ? Boolean.TRUE
                        : null);
        assertThat(api.postJson(path + "/submit", "{}", ApiClient.COMMITTEE).status())
                .isEqualTo(403);
        assertThat(api.postJson(path + "/submit", "{}", ApiClient.CLERK).status())
                .isEqualTo(204);
        assertThat(api.get(path, ApiClient.CLERK).json().path("status").asText())
                .isEqualTo("LEGAL_REVIEW");
        Response locked = api.putJson(path + "/provisions/" + amended.eId(), "{\"text\":\"x\"}", ApiClient.CLERK);
        assertThat(locked.status()).isEqualTo(409);
        assertThat(locked.json().path("type").asText()).isEqualTo("urn:maoni:problem:draft-not-editable");

        JsonNode legal = task(ApiClient.CLERK, id + "/1");
        assertThat(legal.path("taskKey").asText()).isEqualTo("Task_LegalReview");
        assertThat(legal.path("draft").asInt()).isEqualTo(1);
        String completeLegal = "/api/tasks/" + legal.path("id").asText() + "/complete";
        assertThat(api.postJson(completeLegal, "{\"cleared\":false}", ApiClient.CLERK)
                        .status())
                .isEqualTo(400);
        assertThat(api.postJson(
                                completeLegal,
                                "{\"cleared\":false,\"note\":\"Cite the Act in clause 1.\"}",
                                ApiClient.CLERK)
                        .status())
                .isEqualTo(204);
        JsonNode back = api.get(path, ApiClient.CLERK).json();
        assertThat(back.path("status").asText()).isEqualTo("DRAFTING");
        assertThat(back.path("note").asText()).isEqualTo("Cite the Act in clause 1.");

        assertThat(api.postJson(path + "/submit", "{}", ApiClient.CLERK).status())
                .isEqualTo(204);
        JsonNode legalAgain = task(ApiClient.CLERK, id + "/1");
        assertThat(api.postJson(
                                "/api/tasks/" + legalAgain.path("id").asText() + "/complete",
                                "{\"cleared\":true}",
                                ApiClient.CLERK)
                        .status())
                .isEqualTo(204);
        JsonNode approve = task(ApiClient.COMMITTEE, id + "/1");
        assertThat(approve.path("taskKey").asText()).isEqualTo("Task_ApproveDraft");
        assertThat(api.postJson(
                                "/api/tasks/" + approve.path("id").asText() + "/complete",
                                "{\"approved\":true}",
                                ApiClient.CLERK)
                        .status())
                .isEqualTo(403);
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
        assertThat(publish).isNotNull();
        management.executeJob(publish.getId());

        JsonNode bill = api.get("/api/bills/" + id).json();
        assertThat(bill.path("versions")).hasSize(2);
        assertThat(bill.path("versions").get(1).path("createdBy").asText()).isEqualTo(ApiClient.COMMITTEE);
        assertThat(api.get(path, ApiClient.CLERK).json().path("status").asText())
                .isEqualTo("PUBLISHED");
        assertThat(api.get(path, ApiClient.CLERK)
                        .json()
                        .path("publishedVersion")
                        .asInt())
                .isEqualTo(2);
        assertThat(api.get("/api/bills/" + id + "/versions/2").status()).isEqualTo(200);
        Response akn = api.get("/api/bills/" + id + "/versions/2/akn");
        assertThat(akn.status()).as(akn.body()).isEqualTo(200);
        assertThat(akn.body()).contains("words the committee accepted");

        JsonNode diff = api.get("/api/bills/" + id + "/diff?from=1&to=2").json();
        JsonNode modified = change(diff, "newEIds", amended.eId());
        assertThat(modified.path("kind").asText()).isEqualTo("MODIFIED");
        assertThat(modified.path("redline").asText()).contains("accepted").contains("<del>");
        assertThat(change(diff, "oldEIds", removed.eId()).path("kind").asText()).isEqualTo("DELETED");
        assertThat(change(diff, "newEIds", insertedEId).path("kind").asText()).isEqualTo("INSERTED");

        JsonNode history = api.get("/api/bills/" + id + "/provisions/" + amended.eId() + "/history?version=2")
                .json();
        assertThat(history.path("lineageId").asText()).isEqualTo(amended.lineageId());
        assertThat(history.path("steps").get(0).path("provision").path("eId").asText())
                .isEqualTo(amended.eId());

        List<ProposalApplication> carried = applications.appliedIn(billId, 2);
        assertThat(carried)
                .extracting(ProposalApplication::proposalId)
                .containsExactlyInAnyOrder(
                        proposals.get(0).id(),
                        proposals.get(1).id(),
                        proposals.get(2).id());
        assertThat(carried).extracting(ProposalApplication::lineageId).contains(amended.lineageId());
    }

    private JsonNode task(String user, String businessKey) {
        return await("a task of " + businessKey + " for " + user, () -> {
            for (JsonNode t : api.get("/api/tasks?scope=groups", user).json()) {
                if (businessKey.equals(t.path("businessKey").asText())) {
                    return t;
                }
            }
            return null;
        });
    }

    private static JsonNode state(JsonNode list, long proposalId) {
        for (JsonNode p : list) {
            if (p.path("proposalId").asLong() == proposalId) {
                return p;
            }
        }
        throw new AssertionError("No proposal " + proposalId + " in " + list);
    }

    private static JsonNode change(JsonNode diff, String side, String eId) {
        for (JsonNode c : diff.path("changes")) {
            for (JsonNode e : c.path(side)) {
                if (e.asText().equals(eId)) {
                    return c;
                }
            }
        }
        throw new AssertionError("No change with " + side + " " + eId + " in " + diff.path("summary"));
    }

    private static JsonNode find(JsonNode nodes, String eId) {
        for (JsonNode n : nodes) {
            if (n.path("eId").asText().equals(eId)) {
                return n;
            }
            JsonNode inside = find(n.path("children"), eId);
            if (inside != null) {
                return inside;
            }
        }
        return null;
    }

    /** Clauses without sub-clauses and with text of their own, in bill order. */
    private List<Provision> leafClauses(BillId id) {
        List<Provision> out = new ArrayList<>();
        for (Provision p : Provision.flatten(bills.tree(id, 1).provisions())) {
            if (p.type() == ProvisionType.SECTION
                    && p.children().isEmpty()
                    && p.text() != null
                    && p.text().split("\\s+").length >= 6) {
                out.add(p);
            }
        }
        assertThat(out).hasSizeGreaterThanOrEqualTo(3);
        return out;
    }

    /** The first run of four words that occurs once in the text. */
    private static String uniqueWords(String text) {
        String[] words = text.strip().split("\\s+");
        for (int i = 0; i + 4 <= words.length; i++) {
            String candidate = String.join(" ", java.util.Arrays.copyOfRange(words, i, i + 4));
            if (text.indexOf(candidate) == text.lastIndexOf(candidate) && !candidate.contains("\"")) {
                return candidate;
            }
        }
        throw new AssertionError("No unique words in " + text);
    }

    private static String key(Provision p) {
        return p.eId().substring("sec_".length());
    }

    private String copyOfDemoBill() {
        Response created = api.postFile(
                "/api/bills",
                "v1-first-reading.docx",
                seed("v1-first-reading.docx"),
                "{\"title\":\"Drafting test copy of the County Markets Bill " + UUID.randomUUID() + "\"}",
                ApiClient.CLERK);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().path("id").asText();
    }

    private byte[] seed(String file) {
        try (InputStream in = getClass().getResourceAsStream(SEED + file)) {
            return in.readAllBytes();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    /** Waits for what an after-commit listener does on another thread; fails after a minute. */
    private static <T> T await(String what, Supplier<T> probe) {
        long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
        while (System.nanoTime() < deadline) {
            T value = probe.get();
            if (value != null) {
                return value;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
        throw new AssertionError("Gave up waiting for " + what);
    }
}
