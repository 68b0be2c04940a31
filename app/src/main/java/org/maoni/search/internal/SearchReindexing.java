package org.maoni.search.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import org.maoni.bill.Bill;
import org.maoni.bill.BillService;
import org.maoni.search.SearchIndex;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Rebuilds the whole index from the database in the background, one run at a time: empties the index, then indexes
 * every bill. Searches during a rebuild see a partial index; events arriving meanwhile are indexed as usual (they
 * re-read the database, so nothing is lost or duplicated).
 */
@Component
public class SearchReindexing implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(SearchReindexing.class);

    /** Where a rebuild is. */
    public enum State {
        NEVER_RUN,
        RUNNING,
        COMPLETED,
        FAILED
    }

    /** A rebuild's progress: bills done of the total and documents written so far; {@code error} when it failed. */
    public record Progress(
            State state,
            Instant startedAt,
            Instant finishedAt,
            int billsTotal,
            int billsDone,
            long documents,
            String error) {}

    private final BillService bills;
    private final SearchIndex index;
    private final SearchIndexer indexer;
    private final Clock clock;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "search-reindex");
        t.setDaemon(true);
        return t;
    });
    private final AtomicReference<Progress> progress =
            new AtomicReference<>(new Progress(State.NEVER_RUN, null, null, 0, 0, 0, null));

    SearchReindexing(BillService bills, SearchIndex index, SearchIndexer indexer, Clock clock) {
        this.bills = bills;
        this.index = index;
        this.indexer = indexer;
        this.clock = clock;
    }

    public Progress progress() {
        return progress.get();
    }

    /** Starts a rebuild unless one is running; either way answers the current progress. */
    public synchronized Progress start() {
        if (progress.get().state() == State.RUNNING) {
            return progress.get();
        }
        List<Bill> all = bills.list();
        Progress started = new Progress(State.RUNNING, Instant.now(clock), null, all.size(), 0, 0, null);
        progress.set(started);
        worker.execute(() -> run(all, started));
        return started;
    }

    private void run(List<Bill> all, Progress started) {
        int done = 0;
        long documents = 0;
        try {
            index.deleteAll();
            for (Bill bill : all) {
                documents += indexer.indexBill(bill.id());
                done++;
                progress.set(new Progress(State.RUNNING, started.startedAt(), null, all.size(), done, documents, null));
            }
            progress.set(new Progress(
                    State.COMPLETED, started.startedAt(), Instant.now(clock), all.size(), done, documents, null));
            log.info("Search index rebuilt: {} bills, {} documents", done, documents);
        } catch (RuntimeException e) {
            log.error("Search index rebuild failed after {} bills", done, e);
            progress.set(new Progress(
                    State.FAILED,
                    started.startedAt(),
                    Instant.now(clock),
                    all.size(),
                    done,
                    documents,
                    e.getClass().getSimpleName() + ": " + e.getMessage()));
        }
    }

    @Override
    public void destroy() {
        worker.shutdownNow();
    }
}
