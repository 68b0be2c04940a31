package org.maoni.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.maoni.support.MaoniIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * An indexing event left incomplete (as after a failed write) is counted as backlog and delivered again by the retry,
 * which completes it.
 */
@MaoniIntegrationTest
class SearchRetryTest {

    private static final String MINE = "org.maoni.search.internal.SearchIndexingListener%";

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    SearchRetry retry;

    private long incomplete() {
        return jdbc.queryForObject(
                "SELECT COUNT(*) FROM EVENT_PUBLICATION WHERE COMPLETION_DATE IS NULL AND LISTENER_ID LIKE ?",
                Long.class,
                MINE);
    }

    @Test
    void anIncompleteIndexingEventIsDeliveredAgainAndCompleted() throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (jdbc.queryForObject(
                                "SELECT COUNT(*) FROM EVENT_PUBLICATION WHERE COMPLETION_DATE IS NOT NULL"
                                        + " AND LISTENER_ID LIKE ?",
                                Long.class,
                                MINE)
                        == 0
                && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        int reopened = jdbc.update(
                "UPDATE EVENT_PUBLICATION SET COMPLETION_DATE = NULL, PUBLICATION_DATE = ? WHERE ID = (SELECT MIN(ID)"
                        + " FROM EVENT_PUBLICATION WHERE COMPLETION_DATE IS NOT NULL AND LISTENER_ID LIKE ?)",
                Timestamp.from(Instant.now().minus(Duration.ofHours(1))),
                MINE);
        assertThat(reopened).isEqualTo(1);
        assertThat(incomplete()).isEqualTo(1);

        retry.retry();

        deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (incomplete() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        assertThat(incomplete()).isZero();
    }
}
