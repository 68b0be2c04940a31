package org.maoni.search.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.maoni.search.Audience;
import org.maoni.search.Facet;
import org.maoni.search.SearchFilters;
import org.maoni.search.SearchIndex;
import org.maoni.search.SearchQuery;
import org.maoni.search.SortOrder;
import org.maoni.search.query.QueryParser;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The {@code search} health: DOWN when the index cannot be read; otherwise UP with the backend, the number of indexed
 * documents in all and by type (provisions, memoranda, proposals, decisions) and the indexing backlog, i.e. events for the search listeners that the event publication registry has not
 * yet seen completed (pending or failed), with the oldest one's publication time.
 */
@Component("search")
class SearchHealthIndicator extends AbstractHealthIndicator {

    private static final String LISTENERS = SearchIndexingListener.class.getName() + "%";

    private final SearchIndex index;
    private final JdbcTemplate jdbc;

    SearchHealthIndicator(SearchIndex index, JdbcTemplate jdbc) {
        this.index = index;
        this.jdbc = jdbc;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        long documents = index.count();
        Map<String, Long> byType = new LinkedHashMap<>();
        index.search(new SearchQuery(
                        QueryParser.parse(""), Audience.STAFF, SearchFilters.NONE, SortOrder.RELEVANCE, 0, 0))
                .facets()
                .getOrDefault(Facet.TYPE, List.of())
                .forEach(c -> byType.put(c.value(), c.count()));
        var backlog = jdbc.queryForMap(
                "SELECT COUNT(*) AS pending, MIN(PUBLICATION_DATE) AS oldest FROM EVENT_PUBLICATION"
                        + " WHERE COMPLETION_DATE IS NULL AND LISTENER_ID LIKE ?",
                LISTENERS);
        builder.up()
                .withDetail("backend", index.backend())
                .withDetail("documents", documents)
                .withDetail("documentsByType", byType)
                .withDetail("backlog", ((Number) backlog.get("pending")).longValue());
        if (backlog.get("oldest") != null) {
            builder.withDetail("oldestPending", String.valueOf(backlog.get("oldest")));
        }
    }
}
