package org.maoni.review.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngine;
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
import org.maoni.bill.DraftStarted;
import org.maoni.bill.DraftStatus;
import org.maoni.bill.DraftVersions;
import org.maoni.bill.VersionAdded;
import org.mockito.InOrder;

/**
 * Every path of {@code DraftingProcess} on a plain engine (no Spring, job executor off), started by the real
 * {@link DraftingEvents} and running the real listener and delegate over a mocked {@link DraftVersions}.
 */
@Deployment(resources = "bpmn/drafting.bpmn")
class DraftingProcessTest {

    @RegisterExtension
    static final ProcessEngineExtension ENGINE = ProcessEngineExtension.builder()
            .configurationResource("camunda-process-test.cfg.xml")
            .build();

    private static final BillId BILL = new BillId(UUID.fromString("5d1c2b3a-4e5f-4a6b-8c7d-9e0f1a2b3c4d"));

    private final DraftVersions drafts = mock(DraftVersions.class);
    private ProcessEngine engine;
    private DraftingEvents events;

    @BeforeEach
    void setUp() {
        engine = ENGINE.getProcessEngine();
        BpmnAwareTests.init(engine);
        events = new DraftingEvents(engine.getRuntimeService(), engine.getHistoryService());
        Mocks.register(ProcessIds.BEAN_DRAFT_STEP, new DraftStepListener(drafts));
        Mocks.register(ProcessIds.BEAN_PUBLISH_DRAFT, new PublishDraftDelegate(drafts));
        when(drafts.publish(any(), anyInt(), anyString())).thenReturn(new VersionAdded(3, Map.of()));
    }

    @AfterEach
    void tearDown() {
        Mocks.reset();
        BpmnAwareTests.reset();
    }

    @Test
    void aDraftGoesThroughLegalReviewAndApprovalToPublication() {
        ProcessInstance instance = start(2);
        assertThat(instance.getBusinessKey()).isEqualTo(BILL + "/2");
        assertThat(instance).isWaitingAt(ProcessIds.TASK_DRAFT_VERSION);
        assertThat(task(instance)).hasCandidateGroup(ProcessIds.GROUP_CLERKS);
        verify(drafts).enterStep(BILL, 2, DraftStatus.DRAFTING, null);

        complete(task(instance), withVariables(ProcessIds.VAR_DISCARDED, false));
        assertThat(instance).isWaitingAt(ProcessIds.TASK_LEGAL_REVIEW);
        assertThat(task(instance)).hasCandidateGroup(ProcessIds.GROUP_CLERKS);
        verify(drafts).enterStep(BILL, 2, DraftStatus.LEGAL_REVIEW, null);

        complete(task(instance), withVariables(ProcessIds.VAR_CLEARED, true));
        assertThat(instance).isWaitingAt(ProcessIds.TASK_APPROVE_DRAFT);
        assertThat(task(instance)).hasCandidateGroup(ProcessIds.GROUP_COMMITTEE);
        verify(drafts).enterStep(BILL, 2, DraftStatus.COMMITTEE_APPROVAL, null);

        complete(task(instance), withVariables(ProcessIds.VAR_APPROVED, true, ProcessIds.VAR_APPROVED_BY, "chair"));
        assertThat(instance).isWaitingAt(ProcessIds.TASK_PUBLISH_DRAFT);
        verify(drafts, never()).publish(any(), anyInt(), anyString());

        execute(job(ProcessIds.TASK_PUBLISH_DRAFT, instance));
        verify(drafts).publish(BILL, 2, "chair");
        assertThat(instance)
                .isEnded()
                .hasPassedInOrder(
                        ProcessIds.TASK_DRAFT_VERSION,
                        ProcessIds.TASK_LEGAL_REVIEW,
                        ProcessIds.TASK_APPROVE_DRAFT,
                        ProcessIds.TASK_PUBLISH_DRAFT,
                        ProcessIds.END_DRAFT_PUBLISHED)
                .hasNotPassed(ProcessIds.END_DRAFT_DISCARDED);
    }

    @Test
    void legalReviewSendsTheDraftBackWithItsNote() {
        ProcessInstance instance = start(1);
        complete(task(instance), withVariables(ProcessIds.VAR_DISCARDED, false));

        complete(
                task(instance),
                withVariables(ProcessIds.VAR_CLEARED, false, ProcessIds.VAR_RETURN_NOTE, "Clause 5A cites no Act."));

        assertThat(instance).isWaitingAt(ProcessIds.TASK_DRAFT_VERSION);
        verify(drafts).enterStep(BILL, 1, DraftStatus.DRAFTING, "Clause 5A cites no Act.");
        assertThat(instance).hasPassed(ProcessIds.GATEWAY_LEGAL_CLEARED).hasNotPassed(ProcessIds.TASK_APPROVE_DRAFT);

        complete(task(instance), withVariables(ProcessIds.VAR_DISCARDED, false));
        assertThat(instance).isWaitingAt(ProcessIds.TASK_LEGAL_REVIEW);
    }

    @Test
    void theCommitteeSendsTheDraftBackAndApprovesItTheSecondTime() {
        ProcessInstance instance = start(4);
        complete(task(instance), withVariables(ProcessIds.VAR_DISCARDED, false));
        complete(task(instance), withVariables(ProcessIds.VAR_CLEARED, true, ProcessIds.VAR_RETURN_NOTE, null));

        complete(
                task(instance),
                withVariables(
                        ProcessIds.VAR_APPROVED,
                        false,
                        ProcessIds.VAR_APPROVED_BY,
                        "chair",
                        ProcessIds.VAR_RETURN_NOTE,
                        "Keep the fee in clause 7."));

        assertThat(instance).isWaitingAt(ProcessIds.TASK_DRAFT_VERSION);
        InOrder order = inOrder(drafts);
        order.verify(drafts).enterStep(BILL, 4, DraftStatus.COMMITTEE_APPROVAL, null);
        order.verify(drafts).enterStep(BILL, 4, DraftStatus.DRAFTING, "Keep the fee in clause 7.");
        verify(drafts, never()).publish(any(), anyInt(), anyString());

        complete(task(instance), withVariables(ProcessIds.VAR_DISCARDED, false));
        complete(task(instance), withVariables(ProcessIds.VAR_CLEARED, true, ProcessIds.VAR_RETURN_NOTE, null));
        complete(task(instance), withVariables(ProcessIds.VAR_APPROVED, true, ProcessIds.VAR_APPROVED_BY, "chair"));
        execute(job(ProcessIds.TASK_PUBLISH_DRAFT, instance));
        assertThat(instance).isEnded().hasPassed(ProcessIds.END_DRAFT_PUBLISHED);
        verify(drafts).publish(BILL, 4, "chair");
    }

    @Test
    void aDiscardedDraftEndsWithoutReviewOrPublication() {
        ProcessInstance instance = start(5);
        complete(task(instance), withVariables(ProcessIds.VAR_DISCARDED, true));

        assertThat(instance)
                .isEnded()
                .hasPassed(ProcessIds.END_DRAFT_DISCARDED)
                .hasNotPassed(ProcessIds.TASK_LEGAL_REVIEW, ProcessIds.TASK_PUBLISH_DRAFT);
        verify(drafts, never()).publish(any(), anyInt(), anyString());
    }

    @Test
    void aFailingPublicationStaysAsARetriedJob() {
        when(drafts.publish(any(), anyInt(), anyString())).thenThrow(new IllegalStateException("database down"));
        ProcessInstance instance = start(6);
        complete(task(instance), withVariables(ProcessIds.VAR_DISCARDED, false));
        complete(task(instance), withVariables(ProcessIds.VAR_CLEARED, true));
        complete(task(instance), withVariables(ProcessIds.VAR_APPROVED, true, ProcessIds.VAR_APPROVED_BY, "chair"));

        var publish = job(ProcessIds.TASK_PUBLISH_DRAFT, instance);
        try {
            engine.getManagementService().executeJob(publish.getId());
        } catch (RuntimeException expected) {
            // The job keeps its place with one retry fewer.
        }
        var again = job(ProcessIds.TASK_PUBLISH_DRAFT, instance);
        assertThat(again.getRetries()).isEqualTo(2);
        assertThat(instance).isWaitingAt(ProcessIds.TASK_PUBLISH_DRAFT).isNotEnded();
    }

    @Test
    void aRedeliveredStartEventStartsNoSecondProcess() {
        start(7);
        events.on(new DraftStarted(BILL, 7, "clerk"));
        assertThat(engine.getHistoryService()
                        .createHistoricProcessInstanceQuery()
                        .processInstanceBusinessKey(BILL + "/7")
                        .count())
                .isEqualTo(1);
    }

    private ProcessInstance start(int draft) {
        events.on(new DraftStarted(BILL, draft, "clerk"));
        ProcessInstance instance = engine.getRuntimeService()
                .createProcessInstanceQuery()
                .processInstanceBusinessKey(BILL + "/" + draft)
                .singleResult();
        assertThat(instance).isNotNull();
        assertThat(instance)
                .variables()
                .containsEntry(ProcessIds.VAR_BILL_ID, BILL.toString())
                .containsEntry(ProcessIds.VAR_DRAFT, draft);
        return instance;
    }
}
