package org.maoni.review.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.time.ZonedDateTime;
import java.util.Date;
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
import org.maoni.memorandum.BillWithdrawn;
import org.maoni.memorandum.CallDeadlineChanged;
import org.maoni.memorandum.CallId;
import org.maoni.memorandum.CallOpened;
import org.maoni.memorandum.CallsForMemoranda;

/**
 * Every path of {@code BillParticipationProcess} on a plain engine (no Spring), started and steered by the real
 * {@link WorkflowEvents} and running the real delegates over a mocked {@link CallsForMemoranda}.
 */
@Deployment(resources = "bpmn/bill-participation.bpmn")
class BillParticipationProcessTest {

    @RegisterExtension
    static final ProcessEngineExtension ENGINE = ProcessEngineExtension.builder()
            .configurationResource("camunda-process-test.cfg.xml")
            .build();

    private static final CallId CALL = new CallId(7);
    private static final BillId BILL = new BillId(UUID.fromString("0b6d7f3e-8a61-4d6c-9d51-2a8f3c1e4b77"));
    private static final ZonedDateTime CLOSES_AT = ZonedDateTime.of(2031, 4, 30, 17, 0, 0, 0, KenyanCalendar.NAIROBI);

    private final CallsForMemoranda calls = mock(CallsForMemoranda.class);
    private ProcessEngine engine;
    private WorkflowEvents events;

    @BeforeEach
    void setUp() {
        engine = ENGINE.getProcessEngine();
        BpmnAwareTests.init(engine);
        events = new WorkflowEvents(engine.getRuntimeService(), engine.getHistoryService());
        Mocks.register(ProcessIds.BEAN_CLOSE_WINDOW, new CloseWindowDelegate(calls));
        Mocks.register(ProcessIds.BEAN_PUBLISH_REPORT, new PublishReportDelegate(calls));
    }

    @AfterEach
    void tearDown() {
        Mocks.reset();
        BpmnAwareTests.reset();
    }

    @Test
    void theWindowClosesAtItsTimeThenConsolidationAdoptionAndPublication() {
        when(calls.closeIfDue(CALL)).thenReturn(true);
        ProcessInstance instance = open();
        assertThat(instance).isWaitingAt(ProcessIds.GATEWAY_AWAIT_WINDOW);
        assertThat(instance.getBusinessKey()).isEqualTo("7");
        assertThat(timer(instance).getDuedate()).isEqualTo(Date.from(CLOSES_AT.toInstant()));

        execute(timer(instance));
        verify(calls).closeIfDue(CALL);
        assertThat(instance).isWaitingAt(ProcessIds.TASK_CONSOLIDATE_SUBMISSIONS);
        assertThat(task(instance)).hasCandidateGroup(ProcessIds.GROUP_CLERKS);
        complete(task(instance));
        assertThat(instance).isWaitingAt(ProcessIds.TASK_ADOPT_REPORT);
        assertThat(task(instance)).hasCandidateGroup(ProcessIds.GROUP_COMMITTEE);
        complete(task(instance));

        assertThat(instance).isWaitingAt(ProcessIds.TASK_PUBLISH_REPORT);
        verify(calls, never()).published(any());
        execute(job(ProcessIds.TASK_PUBLISH_REPORT, instance));
        verify(calls).published(CALL);
        assertThat(instance)
                .isEnded()
                .hasPassedInOrder(
                        ProcessIds.TIMER_WINDOW_CLOSES,
                        ProcessIds.TASK_CLOSE_WINDOW,
                        ProcessIds.TASK_CONSOLIDATE_SUBMISSIONS,
                        ProcessIds.TASK_ADOPT_REPORT,
                        ProcessIds.TASK_PUBLISH_REPORT,
                        ProcessIds.END_REPORT_PUBLISHED)
                .hasNotPassed(ProcessIds.EVENT_WINDOW_EXTENDED);
    }

    @Test
    void anExtensionReArmsTheTimerAtTheNewClosingTime() {
        when(calls.closeIfDue(CALL)).thenReturn(true);
        ProcessInstance instance = open();
        ZonedDateTime extended = CLOSES_AT.plusDays(14);

        events.on(new CallDeadlineChanged(CALL, extended));

        assertThat(instance).isWaitingAt(ProcessIds.GATEWAY_AWAIT_WINDOW).hasPassed(ProcessIds.EVENT_WINDOW_EXTENDED);
        assertThat(instance).variables().containsEntry(ProcessIds.VAR_CLOSES_AT, "2031-05-14T17:00:00+03:00");
        assertThat(timer(instance).getDuedate()).isEqualTo(Date.from(extended.toInstant()));

        ZonedDateTime again = extended.plusDays(1).withZoneSameInstant(java.time.ZoneOffset.UTC);
        events.on(new CallDeadlineChanged(CALL, again));
        assertThat(timer(instance).getDuedate()).isEqualTo(Date.from(again.toInstant()));

        execute(timer(instance));
        assertThat(instance).isWaitingAt(ProcessIds.TASK_CONSOLIDATE_SUBMISSIONS);
        verify(calls, times(1)).closeIfDue(CALL);
    }

    @Test
    void anEarlyCloseFiresTheTimerAtOnce() {
        when(calls.closeIfDue(CALL)).thenReturn(true);
        ProcessInstance instance = open();
        ZonedDateTime now = ZonedDateTime.now(KenyanCalendar.NAIROBI).withNano(0);

        events.on(new CallDeadlineChanged(CALL, now));

        assertThat(timer(instance).getDuedate()).isEqualTo(Date.from(now.toInstant()));
        assertThat(engine.getManagementService()
                        .createJobQuery()
                        .processInstanceId(instance.getId())
                        .executable()
                        .count())
                .isEqualTo(1);
    }

    @Test
    void whenTheWindowIsNotDueYetTheProcessWaitsAgain() {
        when(calls.closeIfDue(CALL)).thenReturn(false, true);
        ProcessInstance instance = open();

        execute(timer(instance));
        assertThat(instance)
                .isWaitingAt(ProcessIds.GATEWAY_AWAIT_WINDOW)
                .variables()
                .containsEntry("windowClosed", false);
        assertThat(timer(instance).getDuedate()).isEqualTo(Date.from(CLOSES_AT.toInstant()));

        execute(timer(instance));
        assertThat(instance).isWaitingAt(ProcessIds.TASK_CONSOLIDATE_SUBMISSIONS);
        verify(calls, times(2)).closeIfDue(CALL);
    }

    @Test
    void aWithdrawnBillEndsTheOpenCall() {
        ProcessInstance instance = open();

        events.on(new BillWithdrawn(CALL, BILL, "Withdrawn by the sponsor"));

        assertThat(instance)
                .isEnded()
                .hasPassed(ProcessIds.END_BILL_WITHDRAWN)
                .hasNotPassed(ProcessIds.TASK_CLOSE_WINDOW);
        assertThat(engine.getManagementService().createJobQuery().count()).isZero();
        verifyNoInteractions(calls);
    }

    @Test
    void aWithdrawnBillEndsTheCallDuringConsolidation() {
        when(calls.closeIfDue(CALL)).thenReturn(true);
        ProcessInstance instance = open();
        execute(timer(instance));
        assertThat(instance).isWaitingAt(ProcessIds.TASK_CONSOLIDATE_SUBMISSIONS);

        events.on(new BillWithdrawn(CALL, BILL, "Withdrawn by the sponsor"));

        assertThat(instance)
                .isEnded()
                .hasPassed(ProcessIds.END_BILL_WITHDRAWN)
                .hasNotPassed(ProcessIds.TASK_ADOPT_REPORT);
        assertThat(engine.getTaskService().createTaskQuery().count()).isZero();
        verify(calls, never()).published(any());
    }

    @Test
    void anExtensionAfterTheWindowClosedIsIgnored() {
        when(calls.closeIfDue(CALL)).thenReturn(true);
        ProcessInstance instance = open();
        execute(timer(instance));

        events.on(new CallDeadlineChanged(CALL, CLOSES_AT.plusDays(3)));

        assertThat(instance).isWaitingAt(ProcessIds.TASK_CONSOLIDATE_SUBMISSIONS);
        assertThat(timers(instance)).isZero();
    }

    @Test
    void aRedeliveredOpenedEventStartsNoSecondProcess() {
        open();
        open();
        assertThat(engine.getHistoryService()
                        .createHistoricProcessInstanceQuery()
                        .processInstanceBusinessKey("7")
                        .count())
                .isEqualTo(1);
        events.on(new BillWithdrawn(new CallId(8), BILL, "another call"));
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().count())
                .isEqualTo(1);
    }

    @Test
    void theProcessCarriesTheCallAndBill() {
        ProcessInstance instance = open();
        assertThat(instance)
                .variables()
                .containsEntry(ProcessIds.VAR_CALL_ID, 7L)
                .containsEntry(ProcessIds.VAR_BILL_ID, BILL.toString())
                .containsEntry(ProcessIds.VAR_VERSION, 1)
                .containsEntry(ProcessIds.VAR_CLOSES_AT, "2031-04-30T17:00:00+03:00");
    }

    private ProcessInstance open() {
        events.on(new CallOpened(CALL, BILL, 1, CLOSES_AT));
        return engine.getRuntimeService()
                .createProcessInstanceQuery()
                .processInstanceBusinessKey("7")
                .singleResult();
    }

    private Job timer(ProcessInstance instance) {
        return engine.getManagementService()
                .createJobQuery()
                .processInstanceId(instance.getId())
                .timers()
                .activityId(ProcessIds.TIMER_WINDOW_CLOSES)
                .singleResult();
    }

    private long timers(ProcessInstance instance) {
        return engine.getManagementService()
                .createJobQuery()
                .processInstanceId(instance.getId())
                .timers()
                .count();
    }
}
