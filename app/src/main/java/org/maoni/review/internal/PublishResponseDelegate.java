package org.maoni.review.internal;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.maoni.memorandum.MemorandumReview;
import org.springframework.stereotype.Component;

/** {@code Task_PublishResponse}: publishes the committee's decisions and reasons. */
@Component(ProcessIds.BEAN_PUBLISH_RESPONSE)
class PublishResponseDelegate implements JavaDelegate {

    private final MemorandumReview review;

    PublishResponseDelegate(MemorandumReview review) {
        this.review = review;
    }

    @Override
    public void execute(DelegateExecution execution) {
        review.publishResponse(ProcessVariables.reference(execution));
    }
}
