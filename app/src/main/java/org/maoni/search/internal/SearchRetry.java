package org.maoni.search.internal;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.maoni.search.SearchSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.stereotype.Component;

/**
 * Delivers again, every {@code maoni.search.retry-interval}, the search listeners' events that are still incomplete
 * after that long (their indexing failed, e.g. while Elasticsearch was unreachable), so the backlog drains without a
 * restart. Delivering an event twice is harmless: indexing re-reads the database.
 */
@Component
class SearchRetry implements InitializingBean, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(SearchRetry.class);
    private static final String LISTENERS = SearchIndexingListener.class.getName() + "%";

    private final IncompleteEventPublications incomplete;
    private final JdbcTemplate jdbc;
    private final Duration interval;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "search-retry");
        t.setDaemon(true);
        return t;
    });

    SearchRetry(IncompleteEventPublications incomplete, JdbcTemplate jdbc, SearchSettings settings) {
        this.incomplete = incomplete;
        this.jdbc = jdbc;
        this.interval = settings.retryInterval();
    }

    @Override
    public void afterPropertiesSet() {
        long millis = Math.max(1000, interval.toMillis());
        timer.scheduleWithFixedDelay(this::retry, millis, millis, TimeUnit.MILLISECONDS);
    }

    void retry() {
        try {
            Instant cutoff = Instant.now().minus(interval);
            // The registry's predicate sees events, not listeners: pick this module's publications by id instead.
            Set<UUID> stale = new HashSet<>(jdbc.query(
                    "SELECT ID FROM EVENT_PUBLICATION WHERE COMPLETION_DATE IS NULL AND LISTENER_ID LIKE ?"
                            + " AND PUBLICATION_DATE < ?",
                    (rs, row) -> rs.getObject(1, UUID.class),
                    LISTENERS,
                    Timestamp.from(cutoff)));
            if (!stale.isEmpty()) {
                log.info("Delivering {} incomplete search event(s) again", stale.size());
                incomplete.resubmitIncompletePublications(p -> stale.contains(p.getIdentifier()));
            }
        } catch (RuntimeException e) {
            log.warn("Re-delivering incomplete search events failed; trying again in {}", interval, e);
        }
    }

    @Override
    public void destroy() {
        timer.shutdownNow();
    }
}
