package org.maoni.review.internal;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.maoni.memorandum.MemorandumReview;
import org.springframework.stereotype.Component;

/** {@code Task_MarkOverdue}: marks the memorandum overdue when its response due date passed. */
@Component(ProcessIds.BEAN_MARK_OVERDUE)
class MarkOverdueDelegate implements JavaDelegate {

    private final MemorandumReview review;

    MarkOverdueDelegate(MemorandumReview review) {
        this.review = review;
    }

    @Override
    public void execute(DelegateExecution execution) {
        review.markOverdue(ProcessVariables.reference(execution));
    }
}
