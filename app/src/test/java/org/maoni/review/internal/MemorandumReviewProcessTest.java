package org.maoni.review.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.maoni.bill.BillId;
import org.maoni.calendar.KenyanCalendar;
import org.maoni.memorandum.Channel;
import org.maoni.memorandum.MemorandumReceived;
import org.maoni.memorandum.MemorandumReference;
import org.maoni.memorandum.MemorandumReview;
import org.maoni.memorandum.MemorandumStatus;
import org.maoni.memorandum.MemorandumWithdrawn;
import org.maoni.memorandum.ScreeningFlag;
import org.mockito.InOrder;

/**
 * Every path of {@code MemorandumReviewProcess} on a plain engine (no Spring), started and steered by the real
 * {@link WorkflowEvents} and running the real delegates over a mocked {@link MemorandumReview}.
 */
@Deployment(resources = "bpmn/memorandum-review.bpmn")
class MemorandumReviewProcessTest {

    @RegisterExtension
    static final ProcessEngineExtension ENGINE = ProcessEngineExtension.builder()
            .configurationResource("camunda-process-test.cfg.xml")
            .build();

    private static final MemorandumReference REFERENCE = MemorandumReference.of(2026, 123);
    private static final BillId BILL = new BillId(UUID.fromString("6f1c1f8e-3f43-4b39-9d8e-0c7c5b4a2f10"));
    private static final LocalDate RESPONSE_DUE = LocalDate.of(2031, 3, 14);

    /** The steps of a review waiting for triage after an unflagged screening, whichever way its text was read. */
    private static final List<String> AT_TRIAGE = List.of(
            "Task_ExtractText=done",
            "Task_Screen=done",
            "Task_Moderate=skipped",
            "Task_SetAside=skipped",
            "Task_SendReceipt=done",
            "Task_Triage=active",
            "Task_DecideProposals=pending",
            "Task_MarkOverdue=pending",
            "Task_Escalate=pending",
            "Task_PublishResponse=pending");

    private final MemorandumReview review = mock(MemorandumReview.class);
    private ProcessEngine engine;
    private WorkflowEvents events;

    @BeforeEach
    void setUp() {
        engine = ENGINE.getProcessEngine();
        BpmnAwareTests.init(engine);
        events = new WorkflowEvents(engine.getRuntimeService(), engine.getHistoryService());
        Mocks.register(ProcessIds.BEAN_EXTRACT_TEXT, new ExtractTextDelegate(review));
        Mocks.register(ProcessIds.BEAN_SCREEN, new ScreenDelegate(review));
        Mocks.register(ProcessIds.BEAN_SET_ASIDE, new SetAsideDelegate(review));
        Mocks.register(ProcessIds.BEAN_SEND_RECEIPT, new SendReceiptDelegate(review));
        Mocks.register(ProcessIds.BEAN_MARK_OVERDUE, new MarkOverdueDelegate(review));
        Mocks.register(ProcessIds.BEAN_PUBLISH_RESPONSE, new PublishResponseDelegate(review));
        Mocks.register(ProcessIds.BEAN_ENTER_STEP, new EnterStepListener(review));
    }

    @AfterEach
    void tearDown() {
        Mocks.reset();
        BpmnAwareTests.reset();
    }

    @Test
    void notFlaggedGoesFromReceiptThroughTriageAndDecisionToTheResponse() {
        when(review.screen(REFERENCE)).thenReturn(List.of());
        ProcessInstance instance = receive();
        assertThat(instance).isWaitingAt(ProcessIds.TASK_EXTRACT_TEXT);
        assertThat(instance.getBusinessKey()).isEqualTo(REFERENCE.value());

        execute(job(instance));
        // The receipt is sent in the extraction job's transaction: the next wait is the clerk's triage.
        assertThat(instance)
                .hasPassedInOrder(ProcessIds.TASK_SCREEN, ProcessIds.TASK_SEND_RECEIPT)
                .isWaitingAt(ProcessIds.TASK_TRIAGE)
                .variables()
                .containsEntry("flagged", false);
        assertThat(task(instance)).hasCandidateGroup(ProcessIds.GROUP_CLERKS).hasDueDate(responseDueDate());
        complete(task(instance));
        assertThat(instance).isWaitingAt(ProcessIds.TASK_DECIDE_PROPOSALS);
        assertThat(task(instance)).hasCandidateGroup(ProcessIds.GROUP_COMMITTEE);
        complete(task(instance));

        assertThat(instance).isWaitingAt(ProcessIds.TASK_PUBLISH_RESPONSE);
        execute(job(ProcessIds.TASK_PUBLISH_RESPONSE, instance));
        assertThat(instance)
                .isEnded()
                .hasPassedInOrder(
                        ProcessIds.TASK_EXTRACT_TEXT,
                        ProcessIds.TASK_SCREEN,
                        ProcessIds.TASK_SEND_RECEIPT,
                        ProcessIds.TASK_TRIAGE,
                        ProcessIds.TASK_DECIDE_PROPOSALS,
                        ProcessIds.TASK_PUBLISH_RESPONSE,
                        ProcessIds.END_RESPONDED)
                .hasNotPassed(ProcessIds.TASK_MODERATE, ProcessIds.TASK_MARK_OVERDUE, ProcessIds.TASK_ESCALATE);

        InOrder order = inOrder(review);
        order.verify(review).extract(REFERENCE);
        order.verify(review).screen(REFERENCE);
        order.verify(review).sendReceipt(REFERENCE);
        order.verify(review).enterStep(REFERENCE, MemorandumStatus.IN_TRIAGE);
        order.verify(review).enterStep(REFERENCE, MemorandumStatus.IN_DECISION);
        order.verify(review).publishResponse(REFERENCE);
        verify(review, never()).enterStep(REFERENCE, MemorandumStatus.IN_MODERATION);
        verify(review, never()).setAside(any());
        verify(review, never()).markOverdue(any());
    }

    @Test
    void flaggedGoesToModerationAndOnWhenNotSetAside() {
        when(review.screen(REFERENCE))
                .thenReturn(List.of(
                        new ScreeningFlag(ScreeningFlag.Kind.PERSONAL_DATA, "a phone number"),
                        new ScreeningFlag(ScreeningFlag.Kind.DUPLICATE, "MEM-2026-000001")));
        ProcessInstance instance = receive();
        execute(job(instance));

        assertThat(instance).isWaitingAt(ProcessIds.TASK_MODERATE).variables().containsEntry("flagged", true);
        assertThat(instance).variables().containsEntry("flags", "PERSONAL_DATA,DUPLICATE");
        assertThat(task(instance)).hasCandidateGroup(ProcessIds.GROUP_CLERKS);
        verify(review).enterStep(REFERENCE, MemorandumStatus.IN_MODERATION);
        verify(review, never()).sendReceipt(any());

        complete(task(instance), withVariables(ProcessIds.VAR_SET_ASIDE, false));
        assertThat(instance).hasPassed(ProcessIds.TASK_SEND_RECEIPT).isWaitingAt(ProcessIds.TASK_TRIAGE);
        complete(task(instance));
        complete(task(instance));
        execute(job(ProcessIds.TASK_PUBLISH_RESPONSE, instance));

        assertThat(instance)
                .isEnded()
                .hasPassedInOrder(ProcessIds.TASK_MODERATE, ProcessIds.TASK_SEND_RECEIPT, ProcessIds.END_RESPONDED)
                .hasNotPassed(ProcessIds.TASK_SET_ASIDE);
        verify(review).sendReceipt(REFERENCE);
        verify(review).publishResponse(REFERENCE);
        verify(review, never()).setAside(any());
    }

    @Test
    void flaggedAndSetAsideEndsWithoutReceiptOrReview() {
        when(review.screen(REFERENCE))
                .thenReturn(List.of(new ScreeningFlag(ScreeningFlag.Kind.ABUSIVE_LANGUAGE, "paragraph 2")));
        ProcessInstance instance = receive();
        execute(job(instance));
        complete(task(instance), withVariables(ProcessIds.VAR_SET_ASIDE, true));

        assertThat(instance)
                .isEnded()
                .hasPassedInOrder(ProcessIds.TASK_MODERATE, ProcessIds.TASK_SET_ASIDE, ProcessIds.END_SET_ASIDE)
                .hasNotPassed(ProcessIds.TASK_SEND_RECEIPT, ProcessIds.TASK_TRIAGE);
        verify(review).setAside(REFERENCE);
        verify(review, never()).sendReceipt(any());
        verify(review, never()).publishResponse(any());
    }

    @Test
    void responseDueDuringTriageMarksOverdueAndEscalatesWhileTheReviewGoesOn() {
        when(review.screen(REFERENCE)).thenReturn(List.of());
        ProcessInstance instance = toTriage();

        Job timer = timer(instance);
        assertThat(timer.getDuedate()).isEqualTo(responseDueDate());
        execute(timer);

        verify(review).markOverdue(REFERENCE);
        assertThat(instance).isWaitingAt(ProcessIds.TASK_TRIAGE, ProcessIds.TASK_ESCALATE);
        assertThat(task(ProcessIds.TASK_ESCALATE, instance)).hasCandidateGroup(ProcessIds.GROUP_COMMITTEE);

        complete(task(ProcessIds.TASK_TRIAGE, instance));
        complete(task(ProcessIds.TASK_DECIDE_PROPOSALS, instance));
        execute(job(ProcessIds.TASK_PUBLISH_RESPONSE, instance));
        assertThat(instance).hasPassed(ProcessIds.END_RESPONDED).isWaitingAt(ProcessIds.TASK_ESCALATE);

        complete(task(ProcessIds.TASK_ESCALATE, instance), withVariables(ProcessIds.VAR_ESCALATION_NOTE, "Chair told"));
        assertThat(instance)
                .isEnded()
                .hasPassed(ProcessIds.TASK_MARK_OVERDUE, ProcessIds.END_ESCALATED, ProcessIds.END_RESPONDED);
        verify(review).publishResponse(REFERENCE);
    }

    @Test
    void responseDueTimerIsGoneOnceTheCommitteeDecided() {
        when(review.screen(REFERENCE)).thenReturn(List.of());
        ProcessInstance instance = toTriage();
        complete(task(instance));
        complete(task(instance));

        assertThat(engine.getManagementService()
                        .createJobQuery()
                        .processInstanceId(instance.getId())
                        .timers()
                        .count())
                .isZero();
        execute(job(ProcessIds.TASK_PUBLISH_RESPONSE, instance));
        assertThat(instance).isEnded().hasNotPassed(ProcessIds.TASK_MARK_OVERDUE);
    }

    @Test
    void withdrawnBeforeExtractionEndsWithoutCallingAnything() {
        ProcessInstance instance = receive();
        events.on(new MemorandumWithdrawn(REFERENCE));

        assertThat(instance).isEnded().hasPassed(ProcessIds.END_WITHDRAWN).hasNotPassed(ProcessIds.TASK_EXTRACT_TEXT);
        assertThat(engine.getManagementService().createJobQuery().count()).isZero();
        verifyNoInteractions(review);
    }

    @Test
    void withdrawnDuringModerationEnds() {
        when(review.screen(REFERENCE))
                .thenReturn(List.of(new ScreeningFlag(ScreeningFlag.Kind.DUPLICATE, "MEM-2026-000001")));
        ProcessInstance instance = receive();
        execute(job(instance));
        assertThat(instance).isWaitingAt(ProcessIds.TASK_MODERATE);

        events.on(new MemorandumWithdrawn(REFERENCE));

        assertThat(instance).isEnded().hasPassed(ProcessIds.END_WITHDRAWN).hasNotPassed(ProcessIds.TASK_SEND_RECEIPT);
        assertThat(engine.getTaskService().createTaskQuery().count()).isZero();
        verify(review, never()).sendReceipt(any());
    }

    @Test
    void withdrawnDuringTriageEndsAndCancelsTheResponseDueTimer() {
        when(review.screen(REFERENCE)).thenReturn(List.of());
        ProcessInstance instance = toTriage();

        events.on(new MemorandumWithdrawn(REFERENCE));

        assertThat(instance).isEnded().hasPassed(ProcessIds.END_WITHDRAWN).hasNotPassed(ProcessIds.END_RESPONDED);
        assertThat(engine.getManagementService().createJobQuery().count()).isZero();
        assertThat(engine.getTaskService().createTaskQuery().count()).isZero();
        verify(review, never()).publishResponse(any());
    }

    @Test
    void withdrawnDuringDecisionEnds() {
        when(review.screen(REFERENCE)).thenReturn(List.of());
        ProcessInstance instance = toTriage();
        complete(task(instance));
        assertThat(instance).isWaitingAt(ProcessIds.TASK_DECIDE_PROPOSALS);

        events.on(new MemorandumWithdrawn(REFERENCE));

        assertThat(instance).isEnded().hasPassed(ProcessIds.END_WITHDRAWN).hasNotPassed(ProcessIds.END_RESPONDED);
        verify(review, never()).publishResponse(any());
    }

    @Test
    void withdrawnDuringEscalationEndsEverything() {
        when(review.screen(REFERENCE)).thenReturn(List.of());
        ProcessInstance instance = toTriage();
        execute(timer(instance));
        assertThat(instance).isWaitingAt(ProcessIds.TASK_TRIAGE, ProcessIds.TASK_ESCALATE);

        events.on(new MemorandumWithdrawn(REFERENCE));

        assertThat(instance).isEnded().hasPassed(ProcessIds.END_WITHDRAWN);
        assertThat(engine.getTaskService().createTaskQuery().count()).isZero();
    }

    @Test
    void aRedeliveredReceivedEventStartsNoSecondReviewEvenAfterTheFirstEnded() {
        ProcessInstance instance = receive();
        receive();
        assertThat(instances()).isEqualTo(1);

        events.on(new MemorandumWithdrawn(REFERENCE));
        assertThat(instance).isEnded();
        receive();
        assertThat(instances()).isEqualTo(1);
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().count())
                .isZero();
    }

    @Test
    void aWithdrawalNobodyWaitsForIsIgnored() {
        events.on(new MemorandumWithdrawn(MemorandumReference.of(2026, 999_999)));
        ProcessInstance instance = receive();
        events.on(new MemorandumWithdrawn(REFERENCE));
        events.on(new MemorandumWithdrawn(REFERENCE));
        assertThat(instance).isEnded();
    }

    @Test
    void responseDueIsTheEndOfTheDueDayInNairobi() {
        ProcessInstance instance = receive();
        assertThat(instance).variables().containsEntry(ProcessIds.VAR_RESPONSE_DUE, "2031-03-14T23:59:59.999+03:00");
        assertThat(instance)
                .variables()
                .containsEntry(ProcessIds.VAR_BILL_ID, BILL.toString())
                .containsEntry(ProcessIds.VAR_VERSION, 2)
                .containsEntry(ProcessIds.VAR_REFERENCE, REFERENCE.value());
    }

    @Test
    void aFailingExtractionKeepsTheJobForRetryAndChangesNothingElse() {
        doThrow(new IllegalStateException("Tika timed out")).when(review).extract(REFERENCE);
        ProcessInstance instance = receive();
        Job job = job(instance);

        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> engine.getManagementService().executeJob(job.getId()))
                .hasMessageContaining("Tika timed out");

        Job retried = job(instance);
        assertThat(retried.getRetries()).isEqualTo(2);
        assertThat(retried.getDuedate()).isAfter(new Date());
        assertThat(instance).isWaitingAt(ProcessIds.TASK_EXTRACT_TEXT);
        verify(review, never()).screen(any());
    }

    @Test
    void stepsOfAFreshReviewWaitForTheExtractionJob() {
        receive();
        assertThat(states())
                .containsExactly(
                        "Task_ExtractText=active",
                        "Task_Screen=pending",
                        "Task_Moderate=pending",
                        "Task_SetAside=pending",
                        "Task_SendReceipt=pending",
                        "Task_Triage=pending",
                        "Task_DecideProposals=pending",
                        "Task_MarkOverdue=pending",
                        "Task_Escalate=pending",
                        "Task_PublishResponse=pending");
    }

    @Test
    void stepsDuringTriageShowTheModerationBranchSkipped() {
        when(review.screen(REFERENCE)).thenReturn(List.of());
        toTriage();
        List<ReviewSteps.Step> steps = steps().of(REFERENCE);
        assertThat(states()).containsExactlyElementsOf(AT_TRIAGE);
        ReviewSteps.Step triage = steps.get(5);
        assertThat(triage.name()).isEqualTo("Triage proposals");
        assertThat(triage.startedAt()).isNotNull();
        assertThat(triage.endedAt()).isNull();
        assertThat(steps.get(0).endedAt()).isNotNull();
    }

    @Test
    void stepsWhileModeratingAndAfterSettingAside() {
        when(review.screen(REFERENCE))
                .thenReturn(List.of(new ScreeningFlag(ScreeningFlag.Kind.ABUSIVE_LANGUAGE, "paragraph 2")));
        ProcessInstance instance = receive();
        execute(job(instance));
        assertThat(states()).contains("Task_Moderate=active", "Task_SetAside=pending", "Task_SendReceipt=pending");

        complete(task(instance), withVariables(ProcessIds.VAR_SET_ASIDE, true));
        assertThat(states())
                .containsExactly(
                        "Task_ExtractText=done",
                        "Task_Screen=done",
                        "Task_Moderate=done",
                        "Task_SetAside=done",
                        "Task_SendReceipt=skipped",
                        "Task_Triage=skipped",
                        "Task_DecideProposals=skipped",
                        "Task_MarkOverdue=skipped",
                        "Task_Escalate=skipped",
                        "Task_PublishResponse=skipped");
    }

    @Test
    void stepsAfterModerationLetTheMemorandumGoOn() {
        when(review.screen(REFERENCE))
                .thenReturn(List.of(new ScreeningFlag(ScreeningFlag.Kind.PERSONAL_DATA, "an e-mail address")));
        ProcessInstance instance = receive();
        execute(job(instance));
        complete(task(instance), withVariables(ProcessIds.VAR_SET_ASIDE, false));
        assertThat(states())
                .contains("Task_Moderate=done", "Task_SetAside=skipped", "Task_SendReceipt=done", "Task_Triage=active");
    }

    @Test
    void stepsOfAnOverdueReviewAndOfOneWithdrawnDuringTriage() {
        when(review.screen(REFERENCE)).thenReturn(List.of());
        ProcessInstance instance = toTriage();
        execute(timer(instance));
        assertThat(states()).contains("Task_Triage=active", "Task_MarkOverdue=done", "Task_Escalate=active");

        events.on(new MemorandumWithdrawn(REFERENCE));
        List<ReviewSteps.Step> steps = steps().of(REFERENCE);
        assertThat(states())
                .contains(
                        "Task_SendReceipt=done",
                        "Task_Triage=skipped",
                        "Task_Escalate=skipped",
                        "Task_DecideProposals=skipped");
        assertThat(steps.get(5).endedAt()).isNotNull();
    }

    @Test
    void noStepsForAMemorandumWithoutReview() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> steps().of(MemorandumReference.of(2026, 424_242)))
                .isInstanceOfSatisfying(
                        ReviewProblem.class, p -> assertThat(p.slug()).isEqualTo("workflow-not-found"));
    }

    @Test
    void withoutFilesTheTextIsReadWhileStartingAndTheReviewWaitsForTriage() {
        when(review.screen(REFERENCE)).thenReturn(List.of());
        ProcessInstance instance = receive(0);

        // No job: reading, screening and the receipt ran in the transaction that started the review.
        assertThat(engine.getManagementService()
                        .createJobQuery()
                        .processInstanceId(instance.getId())
                        .messages()
                        .count())
                .isZero();
        assertThat(instance)
                .hasPassedInOrder(
                        ProcessIds.GATEWAY_FILES_TO_READ,
                        ProcessIds.TASK_READ_TEXT,
                        ProcessIds.GATEWAY_TEXT_READ,
                        ProcessIds.TASK_SCREEN,
                        ProcessIds.TASK_SEND_RECEIPT)
                .hasNotPassed(ProcessIds.TASK_EXTRACT_TEXT)
                .isWaitingAt(ProcessIds.TASK_TRIAGE)
                .variables()
                .containsEntry(ProcessIds.VAR_FILES_TO_READ, false);
        complete(task(instance));
        complete(task(instance));
        execute(job(ProcessIds.TASK_PUBLISH_RESPONSE, instance));
        assertThat(instance).isEnded().hasPassed(ProcessIds.END_RESPONDED);

        InOrder order = inOrder(review);
        order.verify(review).extract(REFERENCE);
        order.verify(review).screen(REFERENCE);
        order.verify(review).sendReceipt(REFERENCE);
        order.verify(review).publishResponse(REFERENCE);
    }

    @Test
    void withoutFilesAFlaggedMemorandumWaitsForModeration() {
        when(review.screen(REFERENCE))
                .thenReturn(List.of(new ScreeningFlag(ScreeningFlag.Kind.ABUSIVE_LANGUAGE, "paragraph 1")));
        ProcessInstance instance = receive(0);

        assertThat(instance).hasPassed(ProcessIds.TASK_READ_TEXT).isWaitingAt(ProcessIds.TASK_MODERATE);
        verify(review, never()).sendReceipt(any());
        complete(task(instance), withVariables(ProcessIds.VAR_SET_ASIDE, true));
        assertThat(instance).isEnded().hasPassed(ProcessIds.END_SET_ASIDE);
        verify(review).setAside(REFERENCE);
    }

    @Test
    void withoutFilesAFailingReadStartsNoReviewSoTheEventIsDeliveredAgain() {
        doThrow(new IllegalStateException("database busy")).when(review).extract(REFERENCE);

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> receive(0)).hasMessageContaining("database busy");

        // The listener failed, so the event publication stays incomplete and is retried; nothing half-started remains.
        assertThat(instances()).isZero();
        assertThat(engine.getManagementService().createJobQuery().count()).isZero();
        verify(review, never()).screen(any());

        org.mockito.Mockito.reset(review);
        when(review.screen(REFERENCE)).thenReturn(List.of());
        assertThat(receive(0)).isWaitingAt(ProcessIds.TASK_TRIAGE);
        assertThat(instances()).isEqualTo(1);
    }

    @Test
    void withFilesTheExtractionIsAJob() {
        ProcessInstance instance = receive(2);
        assertThat(instance)
                .isWaitingAt(ProcessIds.TASK_EXTRACT_TEXT)
                .variables()
                .containsEntry(ProcessIds.VAR_FILES_TO_READ, true);
        verifyNoInteractions(review);
    }

    @Test
    void stepsOfAReviewWithoutFilesShowTheReadingDone() {
        when(review.screen(REFERENCE)).thenReturn(List.of());
        receive(0);
        assertThat(states()).containsExactlyElementsOf(AT_TRIAGE);
    }

    private ReviewSteps steps() {
        return new ReviewSteps(
                engine.getHistoryService(), engine.getManagementService(), engine.getRepositoryService());
    }

    private List<String> states() {
        return steps().of(REFERENCE).stream()
                .map(s -> s.id() + "=" + s.state().json())
                .toList();
    }

    /** A memorandum with one file: its extraction is an asynchronous job. */
    private ProcessInstance receive() {
        return receive(1);
    }

    private ProcessInstance receive(int files) {
        events.on(new MemorandumReceived(
                REFERENCE,
                BILL,
                2,
                files > 0 ? Channel.UPLOAD : Channel.WEB_FORM,
                false,
                Instant.parse("2031-02-20T07:30:00Z"),
                RESPONSE_DUE,
                files));
        return engine.getRuntimeService()
                .createProcessInstanceQuery()
                .processInstanceBusinessKey(REFERENCE.value())
                .singleResult();
    }

    private ProcessInstance toTriage() {
        ProcessInstance instance = receive();
        execute(job(instance));
        assertThat(instance).isWaitingAt(ProcessIds.TASK_TRIAGE);
        return instance;
    }

    private Job timer(ProcessInstance instance) {
        return engine.getManagementService()
                .createJobQuery()
                .processInstanceId(instance.getId())
                .timers()
                .singleResult();
    }

    private long instances() {
        return engine.getHistoryService()
                .createHistoricProcessInstanceQuery()
                .processInstanceBusinessKey(REFERENCE.value())
                .count();
    }

    private static Date responseDueDate() {
        return Date.from(RESPONSE_DUE
                .atTime(KenyanCalendar.END_OF_DAY)
                .atZone(KenyanCalendar.NAIROBI)
                .toInstant());
    }
}
