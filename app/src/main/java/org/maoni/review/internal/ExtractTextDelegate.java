package org.maoni.review.internal;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.maoni.memorandum.MemorandumReview;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/** {@code Task_ExtractText}: extracts the text and proposals of the memorandum. */
@Component(ProcessIds.BEAN_EXTRACT_TEXT)
class ExtractTextDelegate implements JavaDelegate {

    private final MemorandumReview review;

    // Lazy: the port's implementation lives in the memorandum module and is needed only when a job runs.
    ExtractTextDelegate(@Lazy MemorandumReview review) {
        this.review = review;
    }

    @Override
    public void execute(DelegateExecution execution) {
        review.extract(ProcessVariables.reference(execution));
    }
}
