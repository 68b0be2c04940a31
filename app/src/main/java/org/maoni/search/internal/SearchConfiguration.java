package org.maoni.search.internal;

import java.nio.file.Path;
import org.maoni.search.SearchIndex;
import org.maoni.search.SearchSettings;
import org.maoni.search.elasticsearch.ElasticsearchSearchIndex;
import org.maoni.search.lucene.LuceneSearchIndex;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Creates the {@link SearchIndex} adapter that {@code maoni.search.backend} names. */
@Configuration
@EnableConfigurationProperties(SearchSettings.class)
class SearchConfiguration {

    @Bean(destroyMethod = "close")
    SearchIndex searchIndex(SearchSettings settings, @Value("${maoni.data-dir}") String dataDirectory) {
        return switch (settings.backend()) {
            case LUCENE -> new LuceneSearchIndex(Path.of(dataDirectory, "search", "lucene"));
            case ELASTICSEARCH -> {
                SearchSettings.Elasticsearch es = settings.elasticsearch();
                yield ElasticsearchSearchIndex.connect(es.uris(), es.username(), es.password(), es.index());
            }
        };
    }
}
