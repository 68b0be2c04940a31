package org.maoni.review.internal;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.maoni.memorandum.CallsForMemoranda;
import org.springframework.stereotype.Component;

/** {@code Task_PublishReport}: records that the committee's report on the call was published. */
@Component(ProcessIds.BEAN_PUBLISH_REPORT)
class PublishReportDelegate implements JavaDelegate {

    private final CallsForMemoranda calls;

    PublishReportDelegate(CallsForMemoranda calls) {
        this.calls = calls;
    }

    @Override
    public void execute(DelegateExecution execution) {
        calls.published(ProcessVariables.callId(execution));
    }
}
