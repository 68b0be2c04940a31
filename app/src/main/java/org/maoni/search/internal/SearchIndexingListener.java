package org.maoni.search.internal;

import org.maoni.bill.BillRegistered;
import org.maoni.bill.BillVersionAdded;
import org.maoni.bill.ProvisionTreeCorrected;
import org.maoni.memorandum.MemorandumExtracted;
import org.maoni.memorandum.MemorandumReceived;
import org.maoni.memorandum.MemorandumStatusChanged;
import org.maoni.memorandum.MemorandumTriaged;
import org.maoni.memorandum.MemorandumWithdrawn;
import org.maoni.memorandum.ProposalsDecided;
import org.maoni.memorandum.ResponsePublished;
import org.springframework.stereotype.Component;

/**
 * Keeps the index in step with bills and memoranda after each commit. Spring Modulith's event publication registry
 * records each event for this listener in the writing transaction and marks it complete only when the listener
 * returns, so an event whose indexing failed (or was cut off by a crash) stays incomplete, is counted as backlog, and is
 * delivered again. Each event re-indexes from the database (a whole bill, since a corrected tree can change the lineage
 * of later versions and of the memoranda's proposals; a whole memorandum with its proposals and decisions), so
 * duplicate or out-of-order events converge on the database's state.
 */
@Component
class SearchIndexingListener {

    private final SearchIndexer indexer;

    SearchIndexingListener(SearchIndexer indexer) {
        this.indexer = indexer;
    }

    @IndexingListener
    void on(BillRegistered event) {
        indexer.indexBill(event.billId());
    }

    @IndexingListener
    void on(BillVersionAdded event) {
        indexer.indexBill(event.billId());
    }

    @IndexingListener
    void on(ProvisionTreeCorrected event) {
        indexer.indexBill(event.billId());
        indexer.indexMemoranda(event.billId());
    }

    @IndexingListener
    void on(MemorandumReceived event) {
        indexer.indexMemorandum(event.reference());
    }

    @IndexingListener
    void on(MemorandumExtracted event) {
        indexer.indexMemorandum(event.reference());
    }

    @IndexingListener
    void on(MemorandumTriaged event) {
        indexer.indexMemorandum(event.reference());
    }

    @IndexingListener
    void on(ProposalsDecided event) {
        indexer.indexMemorandum(event.reference());
    }

    @IndexingListener
    void on(MemorandumStatusChanged event) {
        indexer.indexMemorandum(event.reference());
    }

    @IndexingListener
    void on(ResponsePublished event) {
        indexer.indexMemorandum(event.reference());
    }

    @IndexingListener
    void on(MemorandumWithdrawn event) {
        indexer.indexMemorandum(event.reference());
    }
}
