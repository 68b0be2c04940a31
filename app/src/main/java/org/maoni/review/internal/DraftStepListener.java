package org.maoni.review.internal;

import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.maoni.bill.DraftStatus;
import org.maoni.bill.DraftVersions;
import org.springframework.stereotype.Component;

/**
 * Records the step a draft reached when one of its workflow's user tasks is created, with the note of the reviewer
 * who sent it back to drafting, so the drafting screen shows where the draft stands.
 */
@Component(ProcessIds.BEAN_DRAFT_STEP)
class DraftStepListener implements TaskListener {

    static final Map<String, DraftStatus> STEPS = Map.of(
            ProcessIds.TASK_DRAFT_VERSION, DraftStatus.DRAFTING,
            ProcessIds.TASK_LEGAL_REVIEW, DraftStatus.LEGAL_REVIEW,
            ProcessIds.TASK_APPROVE_DRAFT, DraftStatus.COMMITTEE_APPROVAL);

    private final DraftVersions drafts;

    DraftStepListener(DraftVersions drafts) {
        this.drafts = drafts;
    }

    @Override
    public void notify(DelegateTask task) {
        DraftStatus status = STEPS.get(task.getTaskDefinitionKey());
        if (status == null) {
            throw new IllegalStateException("No draft status for the task " + task.getTaskDefinitionKey());
        }
        String note = status == DraftStatus.DRAFTING ? (String) task.getVariable(ProcessIds.VAR_RETURN_NOTE) : null;
        drafts.enterStep(ProcessVariables.billId(task), ProcessVariables.draft(task), status, note);
    }
}
