package org.maoni.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.maoni.bill.synthetic.SyntheticBill;
import org.maoni.support.ApiClient;
import org.maoni.support.ApiClient.Response;
import org.maoni.support.MaoniIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A call for memoranda driven through its BPMN timer: opened by a clerk, extended (the timer moves), closed by the
 * timer once its time has passed, consolidated, its report adopted and published, all through the REST API.
 */
@MaoniIntegrationTest
class ParticipationJourneyTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ZoneId NAIROBI = ZoneId.of("Africa/Nairobi");

    @LocalServerPort
    int port;

    @Autowired
    RuntimeService runtime;

    @Autowired
    ManagementService management;

    ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient(port);
    }

    @Test
    void theTimerClosesTheWindowAndTheCallEndsInAPublishedReport() throws Exception {
        String billId = registerBill();
        ZonedDateTime closes = ZonedDateTime.now(NAIROBI).plusDays(1).truncatedTo(ChronoUnit.SECONDS);
        Response opened = participation(billId, open(closes));
        assertThat(opened.status()).as(opened.body()).isEqualTo(201);
        String callId = opened.json().path("id").asText();

        ProcessInstance instance = E2e.await(
                Duration.ofSeconds(30),
                () -> runtime.createProcessInstanceQuery()
                        .processInstanceBusinessKey(callId)
                        .processDefinitionKey("BillParticipationProcess")
                        .singleResult(),
                "the participation process of call " + callId);
        assertThat(timer(instance, closes.toInstant()).getDuedate().toInstant()).isEqualTo(closes.toInstant());

        // The clerk extends the window: the engine's timer follows the new closing time.
        ObjectNode extend = JSON.createObjectNode();
        extend.put("action", "EXTEND");
        extend.put("closesAt", closes.plusDays(2).toOffsetDateTime().toString());
        Response extended = participation(billId, extend);
        assertThat(extended.status()).as(extended.body()).isEqualTo(200);
        timer(instance, closes.plusDays(2).toInstant());

        // Closing now re-arms the timer at the present moment; when it fires the window closes.
        ObjectNode close = JSON.createObjectNode();
        close.put("action", "CLOSE");
        Response closed = participation(billId, close);
        assertThat(closed.status()).as(closed.body()).isEqualTo(200);
        Job due = E2e.await(
                Duration.ofSeconds(30),
                () -> {
                    Job job = management
                            .createJobQuery()
                            .processInstanceId(instance.getId())
                            .timers()
                            .singleResult();
                    return job != null && !job.getDuedate().toInstant().isAfter(Instant.now()) ? job : null;
                },
                "the timer re-armed at the closing time");
        management.executeJob(due.getId());
        assertThat(api.get("/api/bills/" + billId + "/participation")
                        .json()
                        .path("status")
                        .asText())
                .isEqualTo("CLOSED");

        JsonNode consolidate = E2e.openTask(api, callId, "Task_ConsolidateSubmissions");
        E2e.complete(api, consolidate, "{\"summary\":\"No memoranda were received on this bill.\"}", ApiClient.CLERK);
        JsonNode adopt = E2e.openTask(api, callId, "Task_AdoptReport");
        Response forbidden =
                api.postJson("/api/tasks/" + adopt.path("id").asText() + "/complete", "{}", ApiClient.CLERK);
        assertThat(forbidden.status()).isEqualTo(403);
        E2e.complete(api, adopt, "{}", ApiClient.COMMITTEE);
        for (Job job : management
                .createJobQuery()
                .processInstanceId(instance.getId())
                .executable()
                .list()) {
            management.executeJob(job.getId());
        }
        assertThat(runtime.createProcessInstanceQuery()
                        .processInstanceId(instance.getId())
                        .count())
                .isZero();
        assertThat(api.get("/api/bills/" + billId + "/participation")
                        .json()
                        .path("status")
                        .asText())
                .isEqualTo("PUBLISHED");
    }

    private String registerBill() throws Exception {
        byte[] docx = SyntheticBill.generate(12, 7305).toDocx();
        Response created = api.postFile("/api/bills", "bill.docx", docx, null, ApiClient.CLERK);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().path("id").asText();
    }

    private static ObjectNode open(ZonedDateTime closes) {
        ObjectNode body = JSON.createObjectNode();
        body.put("action", "OPEN");
        body.put("version", 1);
        body.put("notice", "The Committee invites memoranda on the Bill.");
        body.put("opensAt", closes.minusDays(2).toOffsetDateTime().toString());
        body.put("closesAt", closes.toOffsetDateTime().toString());
        body.putArray("channels").add("WEB_FORM").add("UPLOAD").add("EMAIL").add("API");
        body.put("responseWorkingDays", 14);
        return body;
    }

    private Response participation(String billId, ObjectNode body) {
        return api.postJson("/api/bills/" + billId + "/participation", body.toString(), ApiClient.CLERK);
    }

    /** The instance's timer job once it is due at {@code due} (a message may have to move it there first). */
    private Job timer(ProcessInstance instance, Instant due) throws InterruptedException {
        return E2e.await(
                Duration.ofSeconds(30),
                () -> {
                    Job job = management
                            .createJobQuery()
                            .processInstanceId(instance.getId())
                            .timers()
                            .singleResult();
                    return job != null && job.getDuedate().toInstant().equals(due) ? job : null;
                },
                "the window's timer due at " + due);
    }
}
