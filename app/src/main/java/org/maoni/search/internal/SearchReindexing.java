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
 * Rebuilds the whole index from the database in the background, one run at a time: empties the index (unless told
 * not to), then lists the bills and indexes each with every memorandum on it (proposals and decisions included).
 * Searches during a rebuild see a partial index. The bills are listed
 * only after the index was emptied, so a bill committed meanwhile is either in the list or indexed by its own event
 * afterwards; indexing re-reads the database, so nothing is lost or duplicated.
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

    /**
     * A rebuild's progress: bills done of the total (a bill is done with its memoranda), memoranda indexed and
     * documents written so far; {@code error} when it failed.
     */
    public record Progress(
            State state,
            Instant startedAt,
            Instant finishedAt,
            int billsTotal,
            int billsDone,
            int memoranda,
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
            new AtomicReference<>(new Progress(State.NEVER_RUN, null, null, 0, 0, 0, 0, null));

    SearchReindexing(BillService bills, SearchIndex index, SearchIndexer indexer, Clock clock) {
        this.bills = bills;
        this.index = index;
        this.indexer = indexer;
        this.clock = clock;
    }

    public Progress progress() {
        return progress.get();
    }

    /** Starts a rebuild that first empties the index, unless one is running; answers the current progress. */
    public Progress start() {
        return start(true);
    }

    /** Starts a rebuild, emptying the index first when {@code clear}, unless one is running; answers the progress. */
    synchronized Progress start(boolean clear) {
        if (progress.get().state() == State.RUNNING) {
            return progress.get();
        }
        Progress started = new Progress(State.RUNNING, Instant.now(clock), null, 0, 0, 0, 0, null);
        progress.set(started);
        worker.execute(() -> run(clear, started));
        return started;
    }

    private void run(boolean clear, Progress started) {
        int done = 0;
        int memoranda = 0;
        long documents = 0;
        List<Bill> all = List.of();
        try {
            if (clear) {
                index.deleteAll();
            }
            all = bills.list();
            progress.set(new Progress(State.RUNNING, started.startedAt(), null, all.size(), 0, 0, 0, null));
            for (Bill bill : all) {
                documents += indexer.indexBill(bill.id());
                SearchIndexer.Indexed indexed = indexer.indexMemoranda(bill.id());
                memoranda += indexed.memoranda();
                documents += indexed.documents();
                done++;
                progress.set(new Progress(
                        State.RUNNING, started.startedAt(), null, all.size(), done, memoranda, documents, null));
            }
            progress.set(new Progress(
                    State.COMPLETED,
                    started.startedAt(),
                    Instant.now(clock),
                    all.size(),
                    done,
                    memoranda,
                    documents,
                    null));
            log.info("Search index rebuilt: {} bills, {} memoranda, {} documents", done, memoranda, documents);
        } catch (RuntimeException e) {
            log.error("Search index rebuild failed after {} bills", done, e);
            progress.set(new Progress(
                    State.FAILED,
                    started.startedAt(),
                    Instant.now(clock),
                    all.size(),
                    done,
                    memoranda,
                    documents,
                    e.getClass().getSimpleName() + ": " + e.getMessage()));
        }
    }

    @Override
    public void destroy() {
        worker.shutdownNow();
    }
}
