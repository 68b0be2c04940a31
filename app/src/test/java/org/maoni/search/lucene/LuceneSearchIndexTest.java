package org.maoni.search.lucene;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.maoni.search.AbstractSearchIndexContract;
import org.maoni.search.DocumentType;
import org.maoni.search.SearchDocument;
import org.maoni.search.SearchIndex;
import org.maoni.search.SearchQuery;
import org.maoni.search.Visibility;
import org.maoni.search.query.QueryParser;

/** The search contract against the embedded Lucene index in a temporary directory. */
class LuceneSearchIndexTest extends AbstractSearchIndexContract {

    @TempDir
    Path directory;

    @Override
    protected SearchIndex createIndex() {
        return new LuceneSearchIndex(directory.resolve("index"));
    }

    @Test
    void aSecondWriterOnTheSameDirectoryIsRefusedWithAClearMessage() {
        assertThatThrownBy(() -> new LuceneSearchIndex(directory.resolve("index")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("in use by another process or application context");
    }

    @Test
    void writesSurviveReopening() {
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
        index = new LuceneSearchIndex(directory.resolve("index"));
        assertThat(index.search(SearchQuery.publicQuery(QueryParser.parse("durable")))
                        .total())
                .isEqualTo(1);
    }
}
