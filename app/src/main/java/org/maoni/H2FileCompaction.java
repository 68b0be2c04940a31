package org.maoni;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.MVStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Keeps the embedded H2 database file from growing with every commit. {@code WRITE_DELAY=0} makes each commit durable
 * before it returns, and it also stops H2's background writer, which is the thread that rewrites the live pages of
 * mostly dead chunks so their space can be reused: without it the file grew by about 0.65 MB per memorandum. This
 * does that housekeeping on its own thread, a bounded amount at a time.
 */
final class H2FileCompaction implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(H2FileCompaction.class);

    /** Chunks are rewritten while the live share of all chunks is under this percentage (H2's own default is 90). */
    static final int TARGET_FILL_RATE = 80;

    /** At most this many bytes of live pages are moved per round, so a round never holds the store lock for long. */
    static final int WRITE_LIMIT = 4 * 1024 * 1024;

    private final DataSource dataSource;
    private final long intervalMillis;
    private ScheduledExecutorService scheduler;
    private volatile boolean failed;

    H2FileCompaction(DataSource dataSource, long intervalMillis) {
        this.dataSource = dataSource;
        this.intervalMillis = intervalMillis;
    }

    /** One round: rewrites sparse chunks if the file is below the target fill rate and writes the result. */
    void compact() {
        try (Connection connection = dataSource.getConnection()) {
            MVStore store = store(connection);
            if (store == null) {
                return;
            }
            if (store.getFileStore().getChunksFillRate() >= TARGET_FILL_RATE) {
                return;
            }
            // MVStore.compact only tries the store lock for 10 ms, which it never gets while commits queue for it
            // (the reason H2's own thread falls behind under load too); this waits for its turn, as a commit does.
            boolean[] rewritten = {false};
            store.executeFilestoreOperation(() -> rewritten[0] = store.compact(TARGET_FILL_RATE, WRITE_LIMIT));
            if (rewritten[0]) {
                // The rewritten pages are only in memory until the next commit; an idle database has none.
                store.commit();
            }
        } catch (SQLException | RuntimeException e) {
            // Housekeeping must never take the application down; the file only grows until the next round succeeds.
            if (!failed) {
                log.warn("H2 file compaction failed; it is retried every {} ms", intervalMillis, e);
                failed = true;
            }
            return;
        }
        failed = false;
    }

    /** The file store behind the connection, or null when it is not an embedded H2 database with a file. */
    static MVStore store(Connection connection) throws SQLException {
        if (!connection.isWrapperFor(JdbcConnection.class)) {
            return null;
        }
        if (!(connection.unwrap(JdbcConnection.class).getSession() instanceof SessionLocal session)) {
            return null;
        }
        var store = session.getDatabase().getStore();
        MVStore mvStore = store == null ? null : store.getMvStore();
        return mvStore == null || mvStore.getFileStore() == null ? null : mvStore;
    }

    @Override
    public synchronized void start() {
        scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "maoni-h2-compaction");
            thread.setDaemon(true);
            return thread;
        });
        scheduler.scheduleWithFixedDelay(this::compact, intervalMillis, intervalMillis, TimeUnit.MILLISECONDS);
    }

    @Override
    public synchronized void stop() {
        if (scheduler != null) {
            // No interrupt: an interrupted FileChannel closes itself, and H2 would lose its file under the application.
            scheduler.shutdown();
            try {
                scheduler.awaitTermination(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            scheduler = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return scheduler != null;
    }

    @Override
    public int getPhase() {
        // Stops before the data source closes and starts after it is ready.
        return Integer.MAX_VALUE - 1000;
    }
}
