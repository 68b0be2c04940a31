package org.maoni.review.internal;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.maoni.memorandum.MemorandumReview;
import org.springframework.stereotype.Component;

/** {@code Task_ExtractText}: extracts the text and proposals of the memorandum. */
@Component(ProcessIds.BEAN_EXTRACT_TEXT)
class ExtractTextDelegate implements JavaDelegate {

    private final MemorandumReview review;

    ExtractTextDelegate(MemorandumReview review) {
        this.review = review;
    }

    @Override
    public void execute(DelegateExecution execution) {
        review.extract(ProcessVariables.reference(execution));
    }
}
