package org.maoni.search.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;
import org.maoni.bill.Bill;
import org.maoni.bill.BillId;
import org.maoni.bill.BillService;
import org.maoni.bill.BillVersion;
import org.maoni.bill.Provision;
import org.maoni.memorandum.Memoranda;
import org.maoni.memorandum.Memorandum;
import org.maoni.memorandum.MemorandumReference;
import org.maoni.search.SearchIndex;
import org.springframework.stereotype.Component;

/**
 * Writes what the database says into the search index: always re-reads the current state, so the same request twice, or
 * requests in any order, leave the same index. Writes of one bill's provisions, or of one memorandum, are serialised
 * within this process, so a slower write of an older state cannot overtake a newer one; writes of different ones run
 * side by side.
 */
@Component
class SearchIndexer {

    private final BillService bills;
    private final Memoranda memoranda;
    private final SearchIndex index;
    /** Locks by bill or memorandum (striped: two keys may share one, which only serialises them). */
    private final ReentrantLock[] locks = new ReentrantLock[64];

    SearchIndexer(BillService bills, Memoranda memoranda, SearchIndex index) {
        this.bills = bills;
        this.memoranda = memoranda;
        this.index = index;
        for (int i = 0; i < locks.length; i++) {
            locks[i] = new ReentrantLock();
        }
    }

    private ReentrantLock lockFor(String key) {
        return locks[Math.floorMod(key.hashCode(), locks.length)];
    }

    /** Re-indexes every version's provisions of the bill; returns how many documents were written. */
    int indexBill(BillId id) {
        ReentrantLock lock = lockFor("bill " + id);
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

    /** Re-indexes one memorandum with its proposals and decisions; returns how many documents were written. */
    int indexMemorandum(MemorandumReference reference) {
        ReentrantLock lock = lockFor(reference.value());
        lock.lock();
        try {
            Memorandum m = memoranda.find(reference).orElse(null);
            if (m == null) {
                index.replaceGroup(MemorandumDocuments.group(reference), List.of());
                return 0;
            }
            return write(m, lineages(m.billId(), m.version()));
        } finally {
            lock.unlock();
        }
    }

    /** How many memoranda were indexed and how many documents written. */
    record Indexed(int memoranda, long documents) {}

    /** Re-indexes every memorandum on the bill (after its provision tree was corrected, lineages may differ). */
    Indexed indexMemoranda(BillId id) {
        long documents = 0;
        List<Memorandum> all = bills.find(id).isPresent() ? memoranda.list(id) : List.of();
        Map<Integer, Map<String, String>> lineagesByVersion = new HashMap<>();
        for (Memorandum m : all) {
            ReentrantLock lock = lockFor(m.reference().value());
            lock.lock();
            try {
                // re-read under the lock: the listed state may be older than an event indexed meanwhile
                Memorandum current = memoranda.find(m.reference()).orElse(null);
                if (current != null) {
                    documents += write(
                            current,
                            lineagesByVersion.computeIfAbsent(
                                    current.version(), v -> lineages(current.billId(), current.version())));
                }
            } finally {
                lock.unlock();
            }
        }
        return new Indexed(all.size(), documents);
    }

    private int write(Memorandum m, Map<String, String> lineageByEId) {
        var documents =
                MemorandumDocuments.of(m, memoranda.attachmentsText(m.reference()), lineageByEId, memoranda::redact);
        index.replaceGroup(MemorandumDocuments.group(m.reference()), documents);
        return documents.size();
    }

    private Map<String, String> lineages(BillId bill, int version) {
        Map<String, String> byEId = new HashMap<>();
        for (Provision p : Provision.flatten(bills.tree(bill, version).provisions())) {
            if (p.lineageId() != null) {
                byEId.put(p.eId(), p.lineageId());
            }
        }
        return byEId;
    }
}
