package org.maoni.review.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.StreamSupport;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.maoni.bill.Bill;
import org.maoni.bill.BillService;
import org.maoni.bill.Provision;
import org.maoni.memorandum.CallForMemoranda;
import org.maoni.memorandum.CallsForMemoranda;
import org.maoni.memorandum.Channel;
import org.maoni.memorandum.Consent;
import org.maoni.memorandum.ContactDetails;
import org.maoni.memorandum.Memoranda;
import org.maoni.memorandum.MemorandumReference;
import org.maoni.memorandum.MemorandumStatus;
import org.maoni.memorandum.NewMemorandum;
import org.maoni.memorandum.Proposal;
import org.maoni.memorandum.ProposalInput;
import org.maoni.memorandum.Receipt;
import org.maoni.memorandum.Stance;
import org.maoni.memorandum.Submitter;
import org.maoni.memorandum.SubmitterKind;
import org.maoni.review.internal.ProcessIds;
import org.maoni.support.ApiClient;
import org.maoni.support.MaoniIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The workflows end to end in the running application: intake's events start them after commit, jobs run the real
 * memorandum module's steps, staff complete tasks through the task API, and the submitter follows the steps.
 */
@MaoniIntegrationTest
class ReviewWorkflowEndToEndTest {

    private static final String DEMO_BILL = "The County Markets and Street Trading Bill, 2026";

    @LocalServerPort
    int port;

    @Autowired
    Memoranda memoranda;

    @Autowired
    CallsForMemoranda calls;

    @Autowired
    BillService bills;

    @Autowired
    RuntimeService runtime;

    @Autowired
    HistoryService history;

    @Autowired
    ManagementService management;

    @Test
    void aMemorandumGoesFromIntakeThroughTriageAndDecisionToItsPublishedResponse() throws Exception {
        ApiClient api = new ApiClient(port);
        Bill bill = demoBill();
        String eId = Provision.flatten(bills.tree(bill.id(), 1).provisions()).stream()
                .map(Provision::eId)
                .filter(e -> e.startsWith("sec_"))
                .findFirst()
                .orElseThrow();
        Receipt receipt = memoranda.submit(new NewMemorandum(
                bill.id(),
                1,
                Channel.API,
                new Submitter(
                        SubmitterKind.INDIVIDUAL,
                        "Wanjiru Kamau",
                        null,
                        null,
                        null,
                        null,
                        new ContactDetails("wanjiru@example.org", null, null)),
                Consent.PUBLISH_NAME,
                "Maoni yetu kuhusu ada za soko " + UUID.randomUUID(),
                List.of(
                        new ProposalInput(eId, Stance.AMEND, "Lower the daily fee.", "Traders earn little."),
                        new ProposalInput(null, Stance.SUPPORT, "We support the Bill.", "")),
                List.of(),
                null,
                null,
                null));
        MemorandumReference reference = receipt.reference();

        ProcessInstance instance = await(
                "the review process",
                () -> runtime.createProcessInstanceQuery()
                        .processDefinitionKey(ProcessIds.MEMORANDUM_REVIEW)
                        .processInstanceBusinessKey(reference.value())
                        .singleResult());
        assertThat(status(reference)).isEqualTo(MemorandumStatus.IN_TRIAGE);

        JsonNode triage = task(api, ApiClient.CLERK, reference.value());
        assertThat(triage.path("taskKey").asText()).isEqualTo(ProcessIds.TASK_TRIAGE);
        assertThat(triage.path("due").asText()).isNotBlank();
        List<Proposal> proposals = memoranda.find(reference).orElseThrow().proposals();
        long first = proposals.get(0).id();
        long second = proposals.get(1).id();

        ApiClient.Response wrongClause = api.postJson(
                "/api/tasks/" + triage.path("id").asText() + "/complete",
                "{\"proposals\":[{\"proposalId\":" + first + ",\"eIds\":[\"sec_9999\"],\"stance\":\"AMEND\"}]}",
                ApiClient.CLERK);
        assertThat(wrongClause.status()).as(wrongClause.body()).isEqualTo(400);
        assertThat(wrongClause.json().path("errors").get(0).path("field").asText())
                .isEqualTo("proposals[0].eIds");
        assertThat(status(reference)).isEqualTo(MemorandumStatus.IN_TRIAGE);

        ApiClient.Response triaged = api.postJson(
                "/api/tasks/" + triage.path("id").asText() + "/complete",
                "{\"proposals\":[{\"proposalId\":" + first + ",\"eIds\":[\"" + eId
                        + "\"],\"stance\":\"AMEND\",\"themes\":[\"fees\"]},{\"proposalId\":" + second
                        + ",\"stance\":\"SUPPORT\"}]}",
                ApiClient.CLERK);
        assertThat(triaged.status()).as(triaged.body()).isEqualTo(204);
        assertThat(status(reference)).isEqualTo(MemorandumStatus.IN_DECISION);
        assertThat(memoranda.find(reference).orElseThrow().proposals().get(0).themes())
                .containsExactly("fees");

        JsonNode decide = task(api, ApiClient.COMMITTEE, reference.value());
        assertThat(decide.path("taskKey").asText()).isEqualTo(ProcessIds.TASK_DECIDE_PROPOSALS);
        String decisions = "{\"decisions\":[{\"proposalId\":" + first
                + ",\"decision\":\"ACCEPTED_WITH_AMENDMENT\",\"reasons\":\"The fee is halved.\"},{\"proposalId\":"
                + second + ",\"decision\":\"NOTED\",\"reasons\":\"Noted with thanks.\"}]}";
        assertThat(api.postJson("/api/tasks/" + decide.path("id").asText() + "/complete", decisions, ApiClient.CLERK)
                        .status())
                .isEqualTo(403);
        ApiClient.Response decided =
                api.postJson("/api/tasks/" + decide.path("id").asText() + "/complete", decisions, ApiClient.COMMITTEE);
        assertThat(decided.status()).as(decided.body()).isEqualTo(204);

        execute(instance, ProcessIds.TASK_PUBLISH_RESPONSE);
        assertThat(status(reference)).isEqualTo(MemorandumStatus.RESPONDED);
        assertThat(history.createHistoricActivityInstanceQuery()
                        .processInstanceId(instance.getId())
                        .activityId(ProcessIds.END_RESPONDED)
                        .count())
                .isEqualTo(1);

        HttpResponse<String> steps = workflow(reference, receipt.receiptToken());
        assertThat(steps.statusCode()).as(steps.body()).isEqualTo(200);
        List<String> states = StreamSupport.stream(
                        new ObjectMapper().readTree(steps.body()).spliterator(), false)
                .map(s -> s.path("id").asText() + "=" + s.path("state").asText())
                .toList();
        assertThat(states)
                .containsExactly(
                        "Task_ExtractText=done",
                        "Task_Screen=done",
                        "Task_Moderate=skipped",
                        "Task_SetAside=skipped",
                        "Task_SendReceipt=done",
                        "Task_Triage=done",
                        "Task_DecideProposals=done",
                        "Task_MarkOverdue=skipped",
                        "Task_Escalate=skipped",
                        "Task_PublishResponse=done");
        assertThat(workflow(reference, "not-the-token").statusCode()).isEqualTo(404);
    }

    @Test
    void aWithdrawnMemorandumEndsItsReview() {
        Bill bill = demoBill();
        Receipt receipt = memoranda.submit(new NewMemorandum(
                bill.id(),
                1,
                Channel.API,
                new Submitter(SubmitterKind.INDIVIDUAL, "Ali Hassan", null, null, null, null, null),
                Consent.ANONYMOUS,
                "Tunapinga ada mpya " + UUID.randomUUID(),
                List.of(new ProposalInput(null, Stance.OPPOSE, "We oppose the new fees.", "")),
                List.of(),
                null,
                null,
                null));
        ProcessInstance instance = await(
                "the review process",
                () -> runtime.createProcessInstanceQuery()
                        .processInstanceBusinessKey(receipt.reference().value())
                        .singleResult());

        memoranda.withdraw(receipt.reference(), receipt.receiptToken());

        await(
                "the withdrawal",
                () -> history.createHistoricActivityInstanceQuery()
                                        .processInstanceId(instance.getId())
                                        .activityId(ProcessIds.END_WITHDRAWN)
                                        .count()
                                > 0
                        ? Boolean.TRUE
                        : null);
        assertThat(runtime.createProcessInstanceQuery()
                        .processInstanceId(instance.getId())
                        .count())
                .isZero();
    }

    @Test
    void theDemoCallRunsItsParticipationProcessAndAnExtensionReArmsTheTimer() {
        CallForMemoranda call = calls.current(demoBill().id()).orElseThrow();
        ProcessInstance instance = await(
                "the participation process",
                () -> runtime.createProcessInstanceQuery()
                        .processDefinitionKey(ProcessIds.BILL_PARTICIPATION)
                        .processInstanceBusinessKey(call.id().toString())
                        .singleResult());
        assertThat(timer(instance).getDuedate())
                .isEqualTo(Date.from(calls.get(call.id()).closesAt().toInstant()));

        ZonedDateTime later = calls.get(call.id()).closesAt().plusDays(1).withNano(0);
        calls.extend(call.billId(), later, "clerk");

        Date expected = Date.from(later.toInstant());
        await("the re-armed timer", () -> expected.equals(timer(instance).getDuedate()) ? Boolean.TRUE : null);
    }

    @Test
    void aFlaggedMemorandumIsModeratedAndSetAside() {
        ApiClient api = new ApiClient(port);
        Receipt receipt =
                submit("Nipigie kwa 0722 123 456 au andika kwa maoni.mwananchi@example.org " + UUID.randomUUID());
        MemorandumReference reference = receipt.reference();
        ProcessInstance instance = process(reference);
        assertThat(status(reference)).isEqualTo(MemorandumStatus.IN_MODERATION);

        JsonNode moderate = task(api, ApiClient.CLERK, reference.value());
        assertThat(moderate.path("taskKey").asText()).isEqualTo(ProcessIds.TASK_MODERATE);
        assertThat(moderate.path("flags").toString()).contains("PERSONAL_DATA");
        String complete = "/api/tasks/" + moderate.path("id").asText() + "/complete";
        ApiClient.Response noNote = api.postJson(complete, "{\"setAside\":true}", ApiClient.CLERK);
        assertThat(noNote.status()).isEqualTo(400);
        assertThat(api.postJson(
                                complete,
                                "{\"setAside\":true,\"note\":\"Contains only contact details.\"}",
                                ApiClient.CLERK)
                        .status())
                .isEqualTo(204);

        assertThat(status(reference)).isEqualTo(MemorandumStatus.SET_ASIDE);
        assertThat(history.createHistoricActivityInstanceQuery()
                        .processInstanceId(instance.getId())
                        .activityId(ProcessIds.END_SET_ASIDE)
                        .count())
                .isEqualTo(1);
    }

    @Test
    void aModeratedMemorandumGoesOnAndAnOverdueResponseIsEscalated() {
        ApiClient api = new ApiClient(port);
        Receipt receipt = submit("Simu yangu ni 0733 987 654. Tunaomba ada ipunguzwe " + UUID.randomUUID());
        MemorandumReference reference = receipt.reference();
        ProcessInstance instance = process(reference);
        JsonNode moderate = task(api, ApiClient.CLERK, reference.value());
        assertThat(api.postJson(
                                "/api/tasks/" + moderate.path("id").asText() + "/complete",
                                "{\"setAside\":false,\"note\":\"The phone number will be hidden.\"}",
                                ApiClient.CLERK)
                        .status())
                .isEqualTo(204);
        assertThat(status(reference)).isEqualTo(MemorandumStatus.IN_TRIAGE);

        Job due = management
                .createJobQuery()
                .processInstanceId(instance.getId())
                .timers()
                .singleResult();
        management.executeJob(due.getId());
        assertThat(memoranda.find(reference).orElseThrow().overdue()).isTrue();
        assertThat(status(reference)).isEqualTo(MemorandumStatus.IN_TRIAGE);

        JsonNode escalate = task(api, ApiClient.COMMITTEE, reference.value());
        assertThat(escalate.path("taskKey").asText()).isEqualTo(ProcessIds.TASK_ESCALATE);
        assertThat(api.postJson(
                                "/api/tasks/" + escalate.path("id").asText() + "/complete",
                                "{\"note\":\"The chair set a sitting for next week.\"}",
                                ApiClient.COMMITTEE)
                        .status())
                .isEqualTo(204);
        assertThat(task(api, ApiClient.CLERK, reference.value()).path("taskKey").asText())
                .isEqualTo(ProcessIds.TASK_TRIAGE);
    }

    private Receipt submit(String text) {
        return memoranda.submit(new NewMemorandum(
                demoBill().id(),
                1,
                Channel.API,
                new Submitter(SubmitterKind.INDIVIDUAL, "Juma Otieno", null, null, null, null, null),
                Consent.PUBLISH_NAME,
                text,
                List.of(new ProposalInput(null, Stance.AMEND, "Lower the fees.", "")),
                List.of(),
                null,
                null,
                null));
    }

    private ProcessInstance process(MemorandumReference reference) {
        return await(
                "the review process",
                () -> runtime.createProcessInstanceQuery()
                        .processDefinitionKey(ProcessIds.MEMORANDUM_REVIEW)
                        .processInstanceBusinessKey(reference.value())
                        .singleResult());
    }

    private Bill demoBill() {
        return bills.list().stream()
                .filter(b -> b.title().equals(DEMO_BILL))
                .findFirst()
                .orElseThrow();
    }

    private MemorandumStatus status(MemorandumReference reference) {
        return memoranda.find(reference).orElseThrow().status();
    }

    private void execute(ProcessInstance instance, String activityId) {
        Job job = management
                .createJobQuery()
                .processInstanceId(instance.getId())
                .activityId(activityId)
                .singleResult();
        assertThat(job).as("job of %s", activityId).isNotNull();
        management.executeJob(job.getId());
    }

    private Job timer(ProcessInstance instance) {
        return management
                .createJobQuery()
                .processInstanceId(instance.getId())
                .timers()
                .singleResult();
    }

    private static JsonNode task(ApiClient api, String user, String businessKey) {
        ApiClient.Response response = api.get("/api/tasks?scope=groups", user);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        for (JsonNode task : response.json()) {
            if (businessKey.equals(task.path("businessKey").asText())) {
                return task;
            }
        }
        throw new AssertionError("No task of " + businessKey + " for " + user + ": " + response.body());
    }

    private HttpResponse<String> workflow(MemorandumReference reference, String token) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/api/memoranda/" + reference + "/workflow"))
                .header("X-Receipt-Token", token)
                .header("Accept", "application/json")
                .GET()
                .build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
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
