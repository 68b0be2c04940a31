package org.maoni.review.internal;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.maoni.bill.BillId;
import org.maoni.memorandum.CallId;
import org.maoni.memorandum.MemorandumReference;

/** Reads the typed ids the processes carry as plain variables. */
final class ProcessVariables {

    private ProcessVariables() {}

    static MemorandumReference reference(VariableScope scope) {
        return new MemorandumReference((String) scope.getVariable(ProcessIds.VAR_REFERENCE));
    }

    static CallId callId(VariableScope scope) {
        Object value = scope.getVariable(ProcessIds.VAR_CALL_ID);
        return new CallId(((Number) value).longValue());
    }

    static BillId billId(VariableScope scope) {
        return BillId.valueOf((String) scope.getVariable(ProcessIds.VAR_BILL_ID));
    }

    static int draft(VariableScope scope) {
        return ((Number) scope.getVariable(ProcessIds.VAR_DRAFT)).intValue();
    }
}
