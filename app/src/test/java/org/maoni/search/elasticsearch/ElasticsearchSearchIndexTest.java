package org.maoni.search.elasticsearch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.apache.http.HttpHost;
import org.elasticsearch.client.Request;
import org.elasticsearch.client.RestClient;
import org.junit.jupiter.api.Test;
import org.maoni.search.AbstractSearchIndexContract;
import org.maoni.search.DocumentType;
import org.maoni.search.SearchDocument;
import org.maoni.search.SearchIndex;
import org.maoni.search.SearchQuery;
import org.maoni.search.Visibility;
import org.maoni.search.query.QueryParser;
import org.maoni.support.elasticsearch.ElasticsearchServer;
import org.maoni.support.elasticsearch.EnabledIfElasticsearch;

/** The search contract against a real Elasticsearch server (a fresh index per test). */
@EnabledIfElasticsearch
class ElasticsearchSearchIndexTest extends AbstractSearchIndexContract {

    private final ElasticsearchServer server;
    private String indexName;

    ElasticsearchSearchIndexTest(ElasticsearchServer server) {
        this.server = server;
    }

    @Override
    protected SearchIndex createIndex() {
        indexName = "maoni-test-" + UUID.randomUUID().toString().toLowerCase(Locale.ROOT);
        return ElasticsearchSearchIndex.connect(List.of(server.uri().toString()), null, null, indexName);
    }

    @Override
    protected void destroyIndex() {
        try (RestClient rest =
                RestClient.builder(HttpHost.create(server.uri().toString())).build()) {
            rest.performRequest(new Request("DELETE", "/" + indexName));
            rest.performRequest(new Request("DELETE", "/_index_template/" + indexName + "-template"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void connectingAgainKeepsTheIndexAndItsDocuments() {
        index.upsert(List.of(new SearchDocument(
                "a",
                "g",
                DocumentType.PROVISION,
                Visibility.PUBLIC,
                "b",
                1,
                "sec_1",
                "l1",
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                "",
                "durable levy",
                "")));
        index.close();
        index = ElasticsearchSearchIndex.connect(List.of(server.uri().toString()), null, null, indexName);
        assertThat(index.search(SearchQuery.publicQuery(QueryParser.parse("durable")))
                        .total())
                .isEqualTo(1);
    }

    @Test
    void theMappingIsStrict() throws IOException {
        try (RestClient rest =
                RestClient.builder(HttpHost.create(server.uri().toString())).build()) {
            String mapping = new String(
                    rest.performRequest(new Request("GET", "/" + indexName + "/_mapping"))
                            .getEntity()
                            .getContent()
                            .readAllBytes(),
                    java.nio.charset.StandardCharsets.UTF_8);
            assertThat(mapping).contains("\"dynamic\":\"strict\"").contains("\"staffText\"");
        }
    }
}
