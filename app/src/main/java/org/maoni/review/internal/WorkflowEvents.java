package org.maoni.review.internal;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.MessageCorrelationResult;
import org.maoni.calendar.KenyanCalendar;
import org.maoni.memorandum.BillWithdrawn;
import org.maoni.memorandum.CallDeadlineChanged;
import org.maoni.memorandum.CallOpened;
import org.maoni.memorandum.MemorandumReceived;
import org.maoni.memorandum.MemorandumWithdrawn;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Starts and steers the workflows from the memorandum module's events, after their transaction committed (the event
 * publication registry redelivers unfinished ones on restart, so every handler is idempotent: a process is started once
 * per business key, and a message nobody waits for any more is ignored).
 */
@Component
class WorkflowEvents {

    private static final Logger log = LoggerFactory.getLogger(WorkflowEvents.class);

    private final RuntimeService runtime;
    private final HistoryService history;

    WorkflowEvents(RuntimeService runtime, HistoryService history) {
        this.runtime = runtime;
        this.history = history;
    }

    @ApplicationModuleListener
    void on(MemorandumReceived event) {
        String reference = event.reference().value();
        String responseDue = DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
                event.responseDue().atTime(KenyanCalendar.END_OF_DAY).atZone(KenyanCalendar.NAIROBI));
        start(
                ProcessIds.MEMORANDUM_REVIEW,
                reference,
                Map.of(
                        ProcessIds.VAR_REFERENCE,
                        reference,
                        ProcessIds.VAR_BILL_ID,
                        event.billId().toString(),
                        ProcessIds.VAR_VERSION,
                        event.version(),
                        ProcessIds.VAR_RESPONSE_DUE,
                        responseDue,
                        // Only files need the asynchronous extraction (Tika); an event stored before this variable
                        // existed reads as 0 files and takes the synchronous step, which reads files all the same.
                        ProcessIds.VAR_FILES_TO_READ,
                        event.files() > 0));
    }

    @ApplicationModuleListener
    void on(MemorandumWithdrawn event) {
        correlate(ProcessIds.MESSAGE_MEMORANDUM_WITHDRAWN, event.reference().value(), Map.of());
    }

    @ApplicationModuleListener
    void on(CallOpened event) {
        String callId = event.callId().toString();
        start(
                ProcessIds.BILL_PARTICIPATION,
                callId,
                Map.of(
                        ProcessIds.VAR_CALL_ID, event.callId().value(),
                        ProcessIds.VAR_BILL_ID, event.billId().toString(),
                        ProcessIds.VAR_VERSION, event.version(),
                        ProcessIds.VAR_CLOSES_AT, isoOffset(event.closesAt())));
    }

    @ApplicationModuleListener
    void on(CallDeadlineChanged event) {
        correlate(
                ProcessIds.MESSAGE_EXTEND_WINDOW,
                event.callId().toString(),
                Map.of(ProcessIds.VAR_CLOSES_AT, isoOffset(event.closesAt())));
    }

    @ApplicationModuleListener
    void on(BillWithdrawn event) {
        correlate(ProcessIds.MESSAGE_WITHDRAW_BILL, event.callId().toString(), Map.of());
    }

    /** The closing time as Camunda's timer parser reads it: ISO-8601 with an offset, without a zone name. */
    static String isoOffset(java.time.ZonedDateTime time) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(time);
    }

    private void start(String processKey, String businessKey, Map<String, Object> variables) {
        // History is full, so it also knows instances that already ended: a redelivered event starts nothing.
        long existing = history.createHistoricProcessInstanceQuery()
                .processDefinitionKey(processKey)
                .processInstanceBusinessKey(businessKey)
                .count();
        if (existing > 0) {
            log.info("{} for {} already started; event ignored", processKey, businessKey);
            return;
        }
        runtime.startProcessInstanceByKey(processKey, businessKey, variables);
    }

    private void correlate(String message, String businessKey, Map<String, Object> variables) {
        List<MessageCorrelationResult> results = runtime.createMessageCorrelation(message)
                .processInstanceBusinessKey(businessKey)
                .setVariables(variables)
                .correlateAllWithResult();
        if (results.isEmpty()) {
            log.info("No process waits for {} on {}; message ignored", message, businessKey);
        }
    }
}
