package org.maoni.search.lucene;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.maoni.search.AbstractSearchIndexContract;
import org.maoni.search.DocumentType;
import org.maoni.search.Facet;
import org.maoni.search.FacetCount;
import org.maoni.search.SearchDocument;
import org.maoni.search.SearchHit;
import org.maoni.search.SearchIndex;
import org.maoni.search.SearchQuery;
import org.maoni.search.SearchResult;
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
    void documentsWrittenBeforePairsAndFacetCombinationsAreStillFoundAndCounted() throws Exception {
        index.close();
        FieldType text = new FieldType();
        text.setTokenized(true);
        text.setStored(true);
        text.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        try (FSDirectory dir = FSDirectory.open(directory.resolve("index"));
                IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(new StandardAnalyzer()))) {
            // The schema of the previous release: no pairs of adjacent words, facet terms in one multi-valued field.
            Document old = new Document();
            old.add(new StringField("id", "old", Field.Store.YES));
            old.add(new SortedDocValuesField("id", new BytesRef("old")));
            old.add(new StringField("group", "g", Field.Store.YES));
            old.add(new StringField("type", "MEMORANDUM", Field.Store.YES));
            old.add(new SortedSetDocValuesField("$facets", new BytesRef("type\u001fMEMORANDUM")));
            old.add(new StringField("visibility", "PUBLIC", Field.Store.YES));
            old.add(new StringField("county", "Kisumu", Field.Store.YES));
            old.add(new SortedSetDocValuesField("$facets", new BytesRef("county\u001fKisumu")));
            old.add(new Field("title", "", text));
            old.add(new Field("text", "the county government levy", text));
            old.add(new Field("staffText", "", text));
            writer.addDocument(old);
        }
        index = new LuceneSearchIndex(directory.resolve("index"));
        index.upsert(List.of(new SearchDocument(
                "new",
                "g",
                DocumentType.MEMORANDUM,
                Visibility.PUBLIC,
                null,
                null,
                null,
                null,
                null,
                "Kisumu",
                null,
                null,
                null,
                null,
                null,
                "",
                "a county government permit",
                "")));

        SearchResult result = index.search(SearchQuery.publicQuery(QueryParser.parse("\"county government\"")));

        assertThat(result.hits()).extracting(SearchHit::id).containsExactly("new", "old");
        assertThat(result.facets().get(Facet.COUNTY)).containsExactly(new FacetCount("Kisumu", 2));
        assertThat(result.facets().get(Facet.TYPE)).containsExactly(new FacetCount("MEMORANDUM", 2));
        assertThat(index.search(SearchQuery.publicQuery(QueryParser.parse("\"government county\"")))
                        .total())
                .isZero();
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
