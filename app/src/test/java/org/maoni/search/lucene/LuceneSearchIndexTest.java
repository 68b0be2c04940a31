package org.maoni.search.lucene;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
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

    @Test
    void everyWriteIsCommittedWhenItReturnsEvenWhenWritersShareCommits() throws Exception {
        int writers = 8;
        int each = 40;
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> done = new ArrayList<>();
        try {
            for (int w = 0; w < writers; w++) {
                int writer = w;
                done.add(pool.submit(() -> {
                    start.await();
                    for (int i = 0; i < each; i++) {
                        index.replaceGroup("g" + writer + "-" + i, List.of(committed("g" + writer + "-" + i)));
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        // A reader opened on the directory sees only what was committed: what a crash now would leave.
        try (FSDirectory dir = FSDirectory.open(directory.resolve("index"));
                DirectoryReader committed = DirectoryReader.open(dir)) {
            assertThat(committed.numDocs()).isEqualTo(writers * each);
        }
        assertThat(index.search(SearchQuery.publicQuery(QueryParser.parse("committed")))
                        .total())
                .isEqualTo(writers * each);
    }

    private static SearchDocument committed(String group) {
        return new SearchDocument(
                group + "-doc",
                group,
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
                "committed levy",
                "");
    }
}
