package org.maoni.search.internal;

import java.util.concurrent.locks.ReentrantLock;
import org.maoni.bill.Bill;
import org.maoni.bill.BillId;
import org.maoni.bill.BillService;
import org.maoni.bill.BillVersion;
import org.maoni.search.SearchIndex;
import org.springframework.stereotype.Component;

/**
 * Writes what the database says into the search index: always re-reads the current state, so the same request twice, or
 * requests in any order, leave the same index. Writes are serialised within this process, so a slower write of an
 * older state cannot overtake a newer one.
 */
@Component
class SearchIndexer {

    private final BillService bills;
    private final SearchIndex index;
    private final ReentrantLock lock = new ReentrantLock();

    SearchIndexer(BillService bills, SearchIndex index) {
        this.bills = bills;
        this.index = index;
    }

    /** Re-indexes every version's provisions of the bill; returns how many documents were written. */
    int indexBill(BillId id) {
        lock.lock();
        try {
            Bill bill = bills.find(id).orElse(null);
            if (bill == null) {
                return 0;
            }
            int written = 0;
            for (BillVersion version : bill.versions()) {
                var documents = ProvisionDocuments.of(bill, version, bills.tree(id, version.number()));
                index.replaceGroup(ProvisionDocuments.group(id, version.number()), documents);
                written += documents.size();
            }
            return written;
        } finally {
            lock.unlock();
        }
    }
}
