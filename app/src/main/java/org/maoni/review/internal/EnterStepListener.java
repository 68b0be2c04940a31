package org.maoni.review.internal;

import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.maoni.memorandum.MemorandumReview;
import org.maoni.memorandum.MemorandumStatus;
import org.springframework.stereotype.Component;

/**
 * Records the step a memorandum reached when one of its review's user tasks is created: moderation, triage or the
 * committee's decision.
 */
@Component(ProcessIds.BEAN_ENTER_STEP)
class EnterStepListener implements TaskListener {

    static final Map<String, MemorandumStatus> STEPS = Map.of(
            ProcessIds.TASK_MODERATE, MemorandumStatus.IN_MODERATION,
            ProcessIds.TASK_TRIAGE, MemorandumStatus.IN_TRIAGE,
            ProcessIds.TASK_DECIDE_PROPOSALS, MemorandumStatus.IN_DECISION);

    private final MemorandumReview review;

    EnterStepListener(MemorandumReview review) {
        this.review = review;
    }

    @Override
    public void notify(DelegateTask task) {
        MemorandumStatus status = STEPS.get(task.getTaskDefinitionKey());
        if (status == null) {
            throw new IllegalStateException("No memorandum status for the task " + task.getTaskDefinitionKey());
        }
        review.enterStep(ProcessVariables.reference(task), status);
    }
}
