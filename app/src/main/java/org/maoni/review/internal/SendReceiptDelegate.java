package org.maoni.review.internal;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.maoni.memorandum.MemorandumReview;
import org.springframework.stereotype.Component;

/** {@code Task_SendReceipt}: sends the submitter the receipt. */
@Component(ProcessIds.BEAN_SEND_RECEIPT)
class SendReceiptDelegate implements JavaDelegate {

    private final MemorandumReview review;

    SendReceiptDelegate(MemorandumReview review) {
        this.review = review;
    }

    @Override
    public void execute(DelegateExecution execution) {
        review.sendReceipt(ProcessVariables.reference(execution));
    }
}
