package org.maoni.review.internal;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.maoni.memorandum.CallsForMemoranda;
import org.springframework.stereotype.Component;

/** {@code Task_CloseWindow}: closes the call's window if its closing time passed; {@code windowClosed} false sends the process back to wait (the window was extended meanwhile). */
@Component(ProcessIds.BEAN_CLOSE_WINDOW)
class CloseWindowDelegate implements JavaDelegate {

    private final CallsForMemoranda calls;

    CloseWindowDelegate(CallsForMemoranda calls) {
        this.calls = calls;
    }

    @Override
    public void execute(DelegateExecution execution) {
        execution.setVariable(ProcessIds.VAR_WINDOW_CLOSED, calls.closeIfDue(ProcessVariables.callId(execution)));
    }
}
