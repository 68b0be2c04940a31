package org.maoni.review.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.StreamSupport;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.maoni.memorandum.MemorandumReference;
import org.maoni.review.internal.ProcessIds;
import org.maoni.support.ApiClient;
import org.maoni.support.MaoniIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The staff task API and the workflow-step API against the running application and its Camunda engine. The process
 * instances are placed directly before user tasks whose forms need no memorandum-module step (participation's
 * consolidation for listing, claiming and validation; the review's escalation for a full completion).
 */
@MaoniIntegrationTest
class TaskApiTest {

    @LocalServerPort
    int port;

    @Autowired
    RuntimeService runtime;

    @Autowired
    HistoryService history;

    @Autowired
    TaskService tasks;

    private ApiClient api;
    private String callKey;
    private String reference;
    private ProcessInstance consolidation;
    private ProcessInstance escalation;

    @BeforeEach
    void startInstances() {
        api = new ApiClient(port);
        long callId = ThreadLocalRandom.current().nextLong(1_000_000, 1_000_000_000);
        callKey = Long.toString(callId);
        reference = MemorandumReference.of(2026, ThreadLocalRandom.current().nextLong(100_000_000, 999_999_999))
                .value();
        String bill = UUID.randomUUID().toString();
        consolidation = runtime.createProcessInstanceByKey(ProcessIds.BILL_PARTICIPATION)
                .businessKey(callKey)
                .setVariables(Map.of(
                        ProcessIds.VAR_CALL_ID,
                        callId,
                        ProcessIds.VAR_BILL_ID,
                        bill,
                        ProcessIds.VAR_VERSION,
                        1,
                        ProcessIds.VAR_CLOSES_AT,
                        "2026-01-31T17:00:00+03:00"))
                .startBeforeActivity(ProcessIds.TASK_CONSOLIDATE_SUBMISSIONS)
                .execute();
        escalation = runtime.createProcessInstanceByKey(ProcessIds.MEMORANDUM_REVIEW)
                .businessKey(reference)
                .setVariables(Map.of(
                        ProcessIds.VAR_REFERENCE,
                        reference,
                        ProcessIds.VAR_BILL_ID,
                        bill,
                        ProcessIds.VAR_VERSION,
                        2,
                        ProcessIds.VAR_RESPONSE_DUE,
                        "2026-02-28T23:59:59.999+03:00"))
                .startBeforeActivity(ProcessIds.TASK_ESCALATE)
                .execute();
    }

    @Test
    void anonymousCallersAreAskedToSignIn() {
        ApiClient.Response list = api.get("/api/tasks");
        assertThat(list.status()).isEqualTo(401);
        assertThat(list.json().path("type").asText()).isEqualTo("urn:maoni:problem:unauthenticated");
        assertThat(api.get("/api/tasks/" + taskId(consolidation)).status()).isEqualTo(401);
        assertThat(api.get("/api/memoranda/" + reference + "/workflow").status())
                .isEqualTo(401);
    }

    @Test
    void eachRoleSeesTheTasksOfItsGroupAndAdminsSeeAll() {
        JsonNode clerkTask = find(api.get("/api/tasks?scope=all", ApiClient.CLERK), callKey);
        assertThat(clerkTask).isNotNull();
        assertThat(clerkTask.path("taskKey").asText()).isEqualTo(ProcessIds.TASK_CONSOLIDATE_SUBMISSIONS);
        assertThat(clerkTask.path("name").asText()).isEqualTo("Consolidate submissions");
        assertThat(clerkTask.path("processKey").asText()).isEqualTo(ProcessIds.BILL_PARTICIPATION);
        assertThat(clerkTask.path("candidateGroups").toString()).isEqualTo("[\"clerks\"]");
        assertThat(clerkTask.path("callId").asText()).isEqualTo(callKey);
        assertThat(clerkTask.path("version").asInt()).isEqualTo(1);
        assertThat(clerkTask.path("created").asText()).isNotBlank();
        assertThat(clerkTask.has("assignee")).isFalse();
        assertThat(find(api.get("/api/tasks", ApiClient.CLERK), reference)).isNull();

        JsonNode committeeTask = find(api.get("/api/tasks?scope=groups", ApiClient.COMMITTEE), reference);
        assertThat(committeeTask.path("taskKey").asText()).isEqualTo(ProcessIds.TASK_ESCALATE);
        assertThat(committeeTask.path("reference").asText()).isEqualTo(reference);
        assertThat(committeeTask.path("processKey").asText()).isEqualTo(ProcessIds.MEMORANDUM_REVIEW);
        assertThat(find(api.get("/api/tasks", ApiClient.COMMITTEE), callKey)).isNull();

        ApiClient.Response admin = api.get("/api/tasks?scope=ALL", ApiClient.ADMIN);
        assertThat(find(admin, callKey)).isNotNull();
        assertThat(find(admin, reference)).isNotNull();
    }

    @Test
    void anUnknownScopeIsAFieldError() {
        ApiClient.Response response = api.get("/api/tasks?scope=everything", ApiClient.CLERK);
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().path("type").asText()).isEqualTo("urn:maoni:problem:invalid-request");
        assertThat(response.json().path("errors").get(0).path("field").asText()).isEqualTo("scope");
    }

    @Test
    void aTaskOfAnotherGroupIsForbiddenAndAnUnknownOneNotFound() {
        String id = taskId(consolidation);
        ApiClient.Response forbidden = api.get("/api/tasks/" + id, ApiClient.COMMITTEE);
        assertThat(forbidden.status()).isEqualTo(403);
        assertThat(forbidden.json().path("type").asText()).isEqualTo("urn:maoni:problem:task-forbidden");
        assertThat(api.postJson("/api/tasks/" + id + "/claim", "{}", ApiClient.COMMITTEE)
                        .status())
                .isEqualTo(403);

        ApiClient.Response missing = api.get("/api/tasks/no-such-task", ApiClient.CLERK);
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.json().path("type").asText()).isEqualTo("urn:maoni:problem:task-not-found");
        assertThat(api.postJson("/api/tasks/no-such-task/complete", "{}", ApiClient.CLERK)
                        .status())
                .isEqualTo(404);

        assertThat(api.get("/api/tasks/" + id, ApiClient.CLERK)
                        .json()
                        .path("id")
                        .asText())
                .isEqualTo(id);
    }

    @Test
    void aClaimedTaskBelongsToItsAssigneeUntilUnclaimed() {
        String id = taskId(consolidation);
        ApiClient.Response claimed = api.postJson("/api/tasks/" + id + "/claim", "", ApiClient.CLERK);
        assertThat(claimed.status()).isEqualTo(200);
        assertThat(claimed.json().path("assignee").asText()).isEqualTo(ApiClient.CLERK);
        assertThat(find(api.get("/api/tasks?scope=mine", ApiClient.CLERK), callKey))
                .isNotNull();
        assertThat(find(api.get("/api/tasks?scope=groups", ApiClient.CLERK), callKey))
                .isNull();
        assertThat(api.postJson("/api/tasks/" + id + "/claim", "", ApiClient.CLERK)
                        .status())
                .as("claiming again is harmless")
                .isEqualTo(200);

        ApiClient.Response taken = api.postJson("/api/tasks/" + id + "/claim", "", ApiClient.ADMIN);
        assertThat(taken.status()).isEqualTo(409);
        assertThat(taken.json().path("type").asText()).isEqualTo("urn:maoni:problem:task-claimed");
        assertThat(api.postJson("/api/tasks/" + id + "/complete", "{\"summary\":\"All read\"}", ApiClient.ADMIN)
                        .status())
                .isEqualTo(409);

        ApiClient.Response released = api.postJson("/api/tasks/" + id + "/unclaim", "", ApiClient.CLERK);
        assertThat(released.status()).isEqualTo(200);
        assertThat(released.json().has("assignee")).isFalse();
        assertThat(find(api.get("/api/tasks?scope=groups", ApiClient.CLERK), callKey))
                .isNotNull();
    }

    @Test
    void anInvalidFormIsRefusedWithFieldErrorsAndTheTaskStaysOpen() {
        String id = taskId(consolidation);
        ApiClient.Response empty = api.postJson("/api/tasks/" + id + "/complete", "{}", ApiClient.CLERK);
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.json().path("type").asText()).isEqualTo("urn:maoni:problem:invalid-request");
        assertThat(fields(empty)).containsExactly("summary");

        ApiClient.Response extra = api.postJson(
                "/api/tasks/" + id + "/complete", "{\"summary\":\"  \",\"adopted\":true}", ApiClient.CLERK);
        assertThat(fields(extra)).containsExactlyInAnyOrder("summary", "adopted");

        assertThat(api.postJson("/api/tasks/" + id + "/complete", "[1, 2]", ApiClient.CLERK)
                        .status())
                .isEqualTo(400);
        assertThat(api.get("/api/tasks/" + id, ApiClient.CLERK).status()).isEqualTo(200);
    }

    @Test
    void completingTheEscalationRecordsTheNoteAndEndsTheTask() {
        String id = taskId(escalation);
        ApiClient.Response noNote = api.postJson("/api/tasks/" + id + "/complete", "{}", ApiClient.COMMITTEE);
        assertThat(fields(noNote)).containsExactly("note");

        ApiClient.Response done = api.postJson(
                "/api/tasks/" + id + "/complete", "{\"note\":\"Mwenyekiti ameandikia Karani\"}", ApiClient.COMMITTEE);
        assertThat(done.status()).isEqualTo(204);

        ApiClient.Response again =
                api.postJson("/api/tasks/" + id + "/complete", "{\"note\":\"once more\"}", ApiClient.COMMITTEE);
        assertThat(again.status()).isEqualTo(404);
        assertThat(again.json().path("type").asText()).isEqualTo("urn:maoni:problem:task-not-found");
        assertThat(history.createHistoricVariableInstanceQuery()
                        .processInstanceId(escalation.getId())
                        .variableName(ProcessIds.VAR_ESCALATION_NOTE)
                        .singleResult()
                        .getValue())
                .isEqualTo("Mwenyekiti ameandikia Karani");
        assertThat(history.createHistoricTaskInstanceQuery()
                        .taskId(id)
                        .singleResult()
                        .getAssignee())
                .isEqualTo(ApiClient.COMMITTEE);
    }

    @Test
    void theWorkflowStepsOfAMemorandumAreShownToStaff() {
        ApiClient.Response steps = api.get("/api/memoranda/" + reference + "/workflow", ApiClient.CLERK);
        assertThat(steps.status()).isEqualTo(200);
        List<String> states = StreamSupport.stream(steps.json().spliterator(), false)
                .map(s -> s.path("id").asText() + "=" + s.path("state").asText())
                .toList();
        assertThat(states).hasSize(ProcessIds.MEMORANDUM_STEPS.size()).contains("Task_Escalate=active");
        JsonNode escalate = StreamSupport.stream(steps.json().spliterator(), false)
                .filter(s -> s.path("id").asText().equals(ProcessIds.TASK_ESCALATE))
                .findFirst()
                .orElseThrow();
        assertThat(escalate.path("name").asText()).isEqualTo("Overdue response: escalate to the chair");
        assertThat(escalate.path("startedAt").asText()).isNotBlank();

        ApiClient.Response unknown =
                api.get("/api/memoranda/" + MemorandumReference.of(1999, 1) + "/workflow", ApiClient.CLERK);
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.json().path("type").asText()).isEqualTo("urn:maoni:problem:workflow-not-found");
        assertThat(api.get("/api/memoranda/not-a-reference/workflow", ApiClient.CLERK)
                        .status())
                .isEqualTo(404);
    }

    private String taskId(ProcessInstance instance) {
        return tasks.createTaskQuery()
                .processInstanceId(instance.getId())
                .singleResult()
                .getId();
    }

    private static JsonNode find(ApiClient.Response response, String businessKey) {
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        for (JsonNode task : response.json()) {
            if (businessKey.equals(task.path("businessKey").asText())) {
                return task;
            }
        }
        return null;
    }

    private static List<String> fields(ApiClient.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        return StreamSupport.stream(response.json().path("errors").spliterator(), false)
                .map(e -> e.path("field").asText())
                .toList();
    }
}
