package org.maoni.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.maoni.memorandum.mail.MailFixtures;
import org.maoni.support.ApiClient;
import org.maoni.support.ApiClient.Response;
import org.maoni.support.MaoniIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Memoranda through every channel (web form, DOCX with a recommendations table, PDF, an e-mail file with an
 * attachment) driven through their review to a published response, only through the REST API; the job executor is
 * off in tests, so the test runs the engine's due jobs itself where a real deployment's executor would.
 */
@MaoniIntegrationTest
class MemorandumJourneyTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path SEED = Path.of("..", "seed-documents", "memoranda");

    @LocalServerPort
    int port;

    @Autowired
    RuntimeService runtime;

    @Autowired
    ManagementService management;

    ApiClient api;
    String billId;

    @BeforeEach
    void client() {
        api = new ApiClient(port);
        billId = E2e.demoBillId(api);
    }

    @Test
    void everyChannelEndsInAPublishedResponseWithReasons() throws Exception {
        List<Receipt> receipts = new ArrayList<>();
        receipts.add(receipt(api.postJson(
                "/api/memoranda", E2e.formMemorandum(billId, "Journey: the web form on clause 5."), null)));
        receipts.add(receipt(upload("memo-01-soko-haki-trust.docx")));
        receipts.add(receipt(upload("memo-02-lake-basin-market-women-network.pdf")));
        receipts.addAll(importEmail());

        for (Receipt receipt : receipts) {
            driveToResponse(receipt);
            Response status = api.getWithToken("/api/memoranda/" + receipt.reference(), receipt.token());
            assertThat(status.status()).as(status.body()).isEqualTo(200);
            JsonNode view = status.json();
            assertThat(view.path("status").asText()).isEqualTo("RESPONDED");
            assertThat(view.path("proposals")).isNotEmpty();
            for (JsonNode proposal : view.path("proposals")) {
                assertThat(proposal.path("decision").path("reasons").asText())
                        .as("reasons of a decision in %s", receipt.reference())
                        .startsWith("The committee considered");
            }
            assertThat(status.body()).doesNotContain("@example.org").doesNotContain("+254");
        }
    }

    private Response upload(String file) throws Exception {
        ObjectNode meta = JSON.createObjectNode();
        meta.put("billId", billId);
        meta.put("version", 1);
        ObjectNode submitter = meta.putObject("submitter");
        submitter.put("kind", "ORGANISATION");
        submitter.put("name", "Journey Traders Association");
        submitter.put("organisationType", "CSO");
        submitter.put("county", "MACHAKOS");
        meta.put("consent", "PUBLISH_NAME");
        return api.postMultipart(
                "/api/memoranda",
                "memorandum",
                meta.toString(),
                "files",
                file,
                Files.readAllBytes(SEED.resolve(file)),
                null);
    }

    private List<Receipt> importEmail() throws Exception {
        byte[] eml = MailFixtures.emlWithAttachment(
                "Wafanyabiashara wa Soko",
                "soko@example.org",
                "Memorandum on the County Markets Bill",
                "Please find our memorandum attached.",
                "memo-05-federation-of-town-centre-retailers.docx",
                Files.readAllBytes(SEED.resolve("memo-05-federation-of-town-centre-retailers.docx")));
        Response imported = api.postMultipart(
                "/api/memoranda/import?billId=" + billId + "&version=1",
                null,
                null,
                "files",
                "memorandum.eml",
                eml,
                ApiClient.CLERK);
        assertThat(imported.status()).as(imported.body()).isBetween(200, 201);
        List<Receipt> receipts = new ArrayList<>();
        for (JsonNode receipt : imported.json().path("receipts")) {
            receipts.add(new Receipt(
                    receipt.path("reference").asText(),
                    receipt.path("receiptToken").asText()));
        }
        assertThat(receipts).hasSize(1);
        return receipts;
    }

    private void driveToResponse(Receipt receipt) throws Exception {
        ProcessInstance instance = E2e.await(
                Duration.ofSeconds(30),
                () -> runtime.createProcessInstanceQuery()
                        .processInstanceBusinessKey(receipt.reference())
                        .singleResult(),
                "the review process of " + receipt.reference());
        runJobs(instance);
        JsonNode task = E2e.openTask(api, receipt.reference(), null);
        if (task.path("taskKey").asText().equals("Task_Moderate")) {
            E2e.complete(
                    api,
                    task,
                    "{\"setAside\":false,\"note\":\"Personal data will be redacted on publication.\"}",
                    ApiClient.CLERK);
            runJobs(instance);
            task = E2e.openTask(api, receipt.reference(), null);
        }
        assertThat(task.path("taskKey").asText()).isEqualTo("Task_Triage");
        JsonNode memorandum = api.get("/api/memoranda/" + receipt.reference(), ApiClient.CLERK)
                .json();
        ArrayNode triage = JSON.createArrayNode();
        for (JsonNode proposal : memorandum.path("proposals")) {
            ObjectNode item = triage.addObject();
            item.put("proposalId", proposal.path("id").asLong());
            item.set("eIds", proposal.path("eIds"));
            item.put("stance", proposal.path("stance").asText());
            item.putArray("themes").add("market fees");
        }
        E2e.complete(api, task, "{\"proposals\":" + triage + "}", ApiClient.CLERK);

        task = E2e.openTask(api, receipt.reference(), null);
        assertThat(task.path("taskKey").asText()).isEqualTo("Task_DecideProposals");
        ArrayNode decisions = JSON.createArrayNode();
        for (JsonNode proposal : memorandum.path("proposals")) {
            ObjectNode item = decisions.addObject();
            item.put("proposalId", proposal.path("id").asLong());
            item.put("decision", "NOTED");
            item.put("reasons", "The committee considered the proposal and noted it for the report.");
        }
        E2e.complete(api, task, "{\"decisions\":" + decisions + "}", ApiClient.COMMITTEE);
        runJobs(instance);
        assertThat(runtime.createProcessInstanceQuery()
                        .processInstanceId(instance.getId())
                        .count())
                .as("the review of %s has ended", receipt.reference())
                .isZero();
    }

    /** Runs every job of the instance that is due now (async continuations), as the job executor would. */
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

    private static Receipt receipt(Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        JsonNode json = response.json();
        return new Receipt(
                json.path("reference").asText(), json.path("receiptToken").asText());
    }

    private record Receipt(String reference, String token) {}
}
