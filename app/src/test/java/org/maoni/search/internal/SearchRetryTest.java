package org.maoni.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.maoni.bill.Bill;
import org.maoni.bill.BillRegistered;
import org.maoni.bill.BillService;
import org.maoni.support.MaoniIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.core.EventSerializer;

/**
 * An indexing event left incomplete (as after a failed write) is counted as backlog and delivered again by the retry,
 * which completes it (completed publications are deleted).
 */
@MaoniIntegrationTest
class SearchRetryTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    SearchRetry retry;

    @Autowired
    EventSerializer serializer;

    @Autowired
    BillService bills;

    @Autowired
    SearchHealthIndicator health;

    private long left(UUID id) {
        return jdbc.queryForObject(
                "SELECT COUNT(*) FROM EVENT_PUBLICATION WHERE ID = ? AND COMPLETION_DATE IS NULL", Long.class, id);
    }

    @Test
    void anIncompleteIndexingEventIsDeliveredAgainAndCompleted() throws InterruptedException {
        Bill bill = bills.list().get(0);
        BillRegistered event = new BillRegistered(bill.id(), bill.title(), 1);
        UUID id = UUID.randomUUID();
        // What a failed delivery an hour ago leaves: the search listener's publication, not completed.
        jdbc.update(
                "INSERT INTO EVENT_PUBLICATION (ID, EVENT_TYPE, LISTENER_ID, PUBLICATION_DATE, SERIALIZED_EVENT)"
                        + " VALUES (?, ?, ?, ?, ?)",
                id,
                BillRegistered.class.getName(),
                SearchIndexingListener.class.getName() + ".on(" + BillRegistered.class.getName() + ")",
                Timestamp.from(Instant.now().minus(Duration.ofHours(1))),
                serializer.serialize(event).toString());
        assertThat(left(id)).isEqualTo(1);
        assertThat((Long) health.health().getDetails().get("backlog")).isPositive();

        retry.retry();

        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (left(id) > 0 && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        assertThat(left(id)).isZero();
    }
}
