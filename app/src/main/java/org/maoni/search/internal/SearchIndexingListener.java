package org.maoni.search.internal;

import org.maoni.bill.BillRegistered;
import org.maoni.bill.BillVersionAdded;
import org.maoni.bill.ProvisionTreeCorrected;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the index in step with the bills after each commit. Spring Modulith's event publication registry records each
 * event for this listener in the writing transaction and marks it complete only when the listener returns, so an event
 * whose indexing failed (or was cut off by a crash) stays incomplete, is counted as backlog, and is delivered again.
 * Each event re-indexes the whole bill from the database, since a corrected tree can change the lineage of later
 * versions too.
 */
@Component
class SearchIndexingListener {

    private final SearchIndexer indexer;

    SearchIndexingListener(SearchIndexer indexer) {
        this.indexer = indexer;
    }

    @ApplicationModuleListener
    void on(BillRegistered event) {
        indexer.indexBill(event.billId());
    }

    @ApplicationModuleListener
    void on(BillVersionAdded event) {
        indexer.indexBill(event.billId());
    }

    @ApplicationModuleListener
    void on(ProvisionTreeCorrected event) {
        indexer.indexBill(event.billId());
    }
}
