package org.maoni.review.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.maoni.bill.BillId;
import org.maoni.bill.synthetic.SyntheticBill;
import org.maoni.calendar.KenyanCalendar;
import org.maoni.memorandum.CallForMemoranda;
import org.maoni.memorandum.CallStatus;
import org.maoni.memorandum.CallsForMemoranda;
import org.maoni.memorandum.Channel;
import org.maoni.memorandum.OpenCall;
import org.maoni.review.internal.ProcessIds;
import org.maoni.support.ApiClient;
import org.maoni.support.MaoniIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A call for memoranda on a freshly registered bill, end to end: opening starts the participation process, closing
 * early fires its timer, the clerk consolidates and the committee adopts through the task API, and the report is
 * published; a withdrawn bill ends its call's process.
 */
@MaoniIntegrationTest
class ParticipationWorkflowEndToEndTest {

    @LocalServerPort
    int port;

    @Autowired
    CallsForMemoranda calls;

    @Autowired
    RuntimeService runtime;

    @Autowired
    HistoryService history;

    @Autowired
    ManagementService management;

    private ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient(port);
    }

    @Test
    void aCallRunsFromOpeningThroughConsolidationAndAdoptionToItsPublishedReport() {
        CallForMemoranda call = open(registerBill());
        ProcessInstance instance = process(call);

        calls.closeNow(call.billId(), ApiClient.CLERK);
        Job timer = await("the re-armed timer", () -> {
            Job job = timer(instance);
            return job != null && !job.getDuedate().after(new java.util.Date()) ? job : null;
        });
        management.executeJob(timer.getId());
        assertThat(calls.get(call.id()).status()).isEqualTo(CallStatus.CLOSED);

        JsonNode consolidate = task(ApiClient.CLERK, call);
        assertThat(consolidate.path("taskKey").asText()).isEqualTo(ProcessIds.TASK_CONSOLIDATE_SUBMISSIONS);
        ApiClient.Response consolidated = api.postJson(
                "/api/tasks/" + consolidate.path("id").asText() + "/complete",
                "{\"summary\":\"No memoranda were received on this bill.\"}",
                ApiClient.CLERK);
        assertThat(consolidated.status()).as(consolidated.body()).isEqualTo(204);
        assertThat(calls.get(call.id()).status()).isEqualTo(CallStatus.CONSOLIDATED);

        JsonNode adopt = task(ApiClient.COMMITTEE, call);
        assertThat(adopt.path("taskKey").asText()).isEqualTo(ProcessIds.TASK_ADOPT_REPORT);
        ApiClient.Response adopted =
                api.postJson("/api/tasks/" + adopt.path("id").asText() + "/complete", "{}", ApiClient.COMMITTEE);
        assertThat(adopted.status()).as(adopted.body()).isEqualTo(204);
        assertThat(calls.get(call.id()).status()).isEqualTo(CallStatus.REPORT_ADOPTED);

        Job publish = management
                .createJobQuery()
                .processInstanceId(instance.getId())
                .activityId(ProcessIds.TASK_PUBLISH_REPORT)
                .singleResult();
        management.executeJob(publish.getId());
        assertThat(calls.get(call.id()).status()).isEqualTo(CallStatus.PUBLISHED);
        assertThat(history.createHistoricActivityInstanceQuery()
                        .processInstanceId(instance.getId())
                        .activityId(ProcessIds.END_REPORT_PUBLISHED)
                        .count())
                .isEqualTo(1);
    }

    @Test
    void aWithdrawnBillEndsItsOpenCallsProcess() {
        CallForMemoranda call = open(registerBill());
        ProcessInstance instance = process(call);

        calls.withdrawBill(call.billId(), "Withdrawn by the sponsor", ApiClient.CLERK);

        await(
                "the withdrawal",
                () -> history.createHistoricActivityInstanceQuery()
                                        .processInstanceId(instance.getId())
                                        .activityId(ProcessIds.END_BILL_WITHDRAWN)
                                        .count()
                                > 0
                        ? Boolean.TRUE
                        : null);
        assertThat(timer(instance)).isNull();
    }

    private BillId registerBill() {
        byte[] docx = SyntheticBill.generate(4, ThreadLocalRandom.current().nextLong())
                .toDocx();
        ApiClient.Response created = api.postFile("/api/bills", "bill.docx", docx, null, ApiClient.CLERK);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return BillId.valueOf(created.json().path("id").asText());
    }

    private CallForMemoranda open(BillId bill) {
        ZonedDateTime now = ZonedDateTime.now(KenyanCalendar.NAIROBI).withNano(0);
        return calls.open(
                new OpenCall(
                        bill,
                        1,
                        "The committee invites memoranda.",
                        now.minusDays(1),
                        now.plusDays(21),
                        EnumSet.allOf(Channel.class),
                        14),
                ApiClient.CLERK);
    }

    private ProcessInstance process(CallForMemoranda call) {
        return await(
                "the participation process",
                () -> runtime.createProcessInstanceQuery()
                        .processDefinitionKey(ProcessIds.BILL_PARTICIPATION)
                        .processInstanceBusinessKey(call.id().toString())
                        .singleResult());
    }

    private Job timer(ProcessInstance instance) {
        return management
                .createJobQuery()
                .processInstanceId(instance.getId())
                .timers()
                .singleResult();
    }

    private JsonNode task(String user, CallForMemoranda call) {
        ApiClient.Response response = api.get("/api/tasks?scope=groups", user);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        for (JsonNode task : response.json()) {
            if (call.id().toString().equals(task.path("businessKey").asText())) {
                return task;
            }
        }
        throw new AssertionError("No task of call " + call.id() + " for " + user + ": " + response.body());
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
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
        throw new AssertionError("Gave up waiting for " + what);
    }
}
