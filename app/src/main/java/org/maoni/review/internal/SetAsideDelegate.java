package org.maoni.review.internal;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.maoni.memorandum.MemorandumReview;
import org.springframework.stereotype.Component;

/** {@code Task_SetAside}: ends the review of a memorandum that moderation set aside. */
@Component(ProcessIds.BEAN_SET_ASIDE)
class SetAsideDelegate implements JavaDelegate {

    private final MemorandumReview review;

    SetAsideDelegate(MemorandumReview review) {
        this.review = review;
    }

    @Override
    public void execute(DelegateExecution execution) {
        review.setAside(ProcessVariables.reference(execution));
    }
}
