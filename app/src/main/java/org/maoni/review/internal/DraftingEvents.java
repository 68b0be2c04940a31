package org.maoni.review.internal;

import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.maoni.bill.BillId;
import org.maoni.bill.DraftStarted;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Starts the drafting workflow of a draft once the transaction that started it committed; a redelivered event starts
 * nothing (one process per business key, ended ones included).
 */
@Component
class DraftingEvents {

    private static final Logger log = LoggerFactory.getLogger(DraftingEvents.class);

    private final RuntimeService runtime;
    private final HistoryService history;

    DraftingEvents(RuntimeService runtime, HistoryService history) {
        this.runtime = runtime;
        this.history = history;
    }

    /** The business key of a draft's workflow. */
    static String businessKey(BillId billId, int draft) {
        return billId + "/" + draft;
    }

    @ApplicationModuleListener
    void on(DraftStarted event) {
        String key = businessKey(event.billId(), event.number());
        long existing = history.createHistoricProcessInstanceQuery()
                .processDefinitionKey(ProcessIds.DRAFTING)
                .processInstanceBusinessKey(key)
                .count();
        if (existing > 0) {
            log.info("{} for {} already started; event ignored", ProcessIds.DRAFTING, key);
            return;
        }
        runtime.startProcessInstanceByKey(
                ProcessIds.DRAFTING,
                key,
                Map.of(
                        ProcessIds.VAR_BILL_ID, event.billId().toString(),
                        ProcessIds.VAR_DRAFT, event.number()));
    }
}
