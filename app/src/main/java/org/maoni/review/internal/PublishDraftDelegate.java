package org.maoni.review.internal;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.maoni.bill.DraftVersions;
import org.springframework.stereotype.Component;

/** {@code Task_PublishDraft}: publishes the approved draft as the bill's next version (idempotent on retry). */
@Component(ProcessIds.BEAN_PUBLISH_DRAFT)
class PublishDraftDelegate implements JavaDelegate {

    private final DraftVersions drafts;

    PublishDraftDelegate(DraftVersions drafts) {
        this.drafts = drafts;
    }

    @Override
    public void execute(DelegateExecution execution) {
        drafts.publish(ProcessVariables.billId(execution), ProcessVariables.draft(execution), (String)
                execution.getVariable(ProcessIds.VAR_APPROVED_BY));
    }
}
