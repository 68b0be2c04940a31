package org.maoni.search.internal;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.concurrent.ThreadPoolExecutor;
import org.maoni.search.SearchIndex;
import org.maoni.search.SearchSettings;
import org.maoni.search.elasticsearch.ElasticsearchSearchIndex;
import org.maoni.search.lucene.LuceneSearchIndex;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * Creates the {@link SearchIndex} adapter that {@code maoni.search.backend} names. The Lucene index lives under
 * {@code maoni.data-dir/search/lucene/db-<hash of spring.datasource.url>}: an index is derived from one database, so an
 * application pointed at another database (or a second application context in the same JVM) gets its own index, which
 * {@link SearchCatchUp} fills, instead of another database's documents or a locked directory.
 */
@Configuration
@EnableConfigurationProperties(SearchSettings.class)
class SearchConfiguration {

    /** The executor of the index's listeners ({@link IndexingListener}). */
    static final String INDEXING_EXECUTOR = "searchIndexingExecutor";

    /**
     * Indexing threads of their own: waiting for the index (each write waits until it is searchable) on the shared event
     * executor held up every other listener behind it. A full queue runs the listener on the publishing thread, which
     * slows intake down instead of dropping work; the event publication registry keeps each event until indexed.
     */
    @Bean(name = INDEXING_EXECUTOR, destroyMethod = "shutdown")
    ThreadPoolTaskExecutor searchIndexingExecutor() {
        ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
        executor.setThreadNamePrefix("maoni-search-");
        executor.setCorePoolSize(4);
        executor.setMaxPoolSize(4);
        executor.setQueueCapacity(100_000);
        executor.setRejectedExecutionHandler(new ThreadPoolExecutor.CallerRunsPolicy());
        executor.setWaitForTasksToCompleteOnShutdown(true);
        executor.setAwaitTerminationSeconds(20);
        return executor;
    }

    @Bean(destroyMethod = "close")
    SearchIndex searchIndex(
            SearchSettings settings,
            @Value("${maoni.data-dir}") String dataDirectory,
            @Value("${spring.datasource.url:}") String databaseUrl) {
        return switch (settings.backend()) {
            case LUCENE ->
                new LuceneSearchIndex(
                        Path.of(dataDirectory, "search", "lucene", databaseKey(databaseUrl)),
                        settings.lucene().commitInterval());
            case ELASTICSEARCH -> {
                SearchSettings.Elasticsearch es = settings.elasticsearch();
                yield ElasticsearchSearchIndex.connect(es.uris(), es.username(), es.password(), es.index());
            }
        };
    }

    /** A short, stable name for the database behind a JDBC URL (hashed: the URL may carry credentials). */
    static String databaseKey(String url) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(url.getBytes(StandardCharsets.UTF_8));
            return "db-" + HexFormat.of().formatHex(digest, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing", e);
        }
    }
}
