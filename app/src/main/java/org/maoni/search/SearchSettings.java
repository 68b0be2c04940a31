package org.maoni.search;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Search configuration ({@code maoni.search.*}): which backend holds the index ({@code lucene}, the default, under
 * {@code maoni.data-dir}/search/lucene/db-...; or {@code elasticsearch}), how to reach Elasticsearch, and how often
 * events whose indexing failed are delivered again ({@code retry-interval}, also the age such an event must reach), and
 * how often the embedded index commits ({@code lucene.commit-interval}).
 */
@ConfigurationProperties(prefix = "maoni.search")
public record SearchSettings(
        @DefaultValue("lucene") Backend backend,
        @DefaultValue Elasticsearch elasticsearch,
        @DefaultValue("1m") Duration retryInterval,
        @DefaultValue Lucene lucene) {

    /** Where the index lives. */
    public enum Backend {
        LUCENE,
        ELASTICSEARCH
    }

    /**
     * The Elasticsearch cluster: its HTTP {@code uris}, optional basic-auth credentials, and the name of the index
     * (an index template for {@code index + "*"} is installed on start).
     */
    public record Elasticsearch(
            @DefaultValue("http://localhost:9200") List<String> uris,
            String username,
            String password,
            @DefaultValue("maoni-search") String index) {}

    /**
     * The embedded index: writes are searchable at once and committed (made durable) every {@code commitInterval}; a
     * crash inside an interval is recovered by re-indexing at the next start.
     */
    public record Lucene(@DefaultValue("1s") Duration commitInterval) {}
}
