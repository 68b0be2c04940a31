package org.maoni.search.lucene;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.maoni.search.AbstractSearchIndexContract;
import org.maoni.search.Audience;
import org.maoni.search.DocumentType;
import org.maoni.search.Facet;
import org.maoni.search.FacetCount;
import org.maoni.search.SearchDocument;
import org.maoni.search.SearchFilters;
import org.maoni.search.SearchHit;
import org.maoni.search.SearchIndex;
import org.maoni.search.SearchQuery;
import org.maoni.search.SearchResult;
import org.maoni.search.SortOrder;
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
        index.upsert(List.of(document("g", "durable levy")));
        index.close();
        index = new LuceneSearchIndex(directory.resolve("index"));
        assertThat(index.search(SearchQuery.publicQuery(QueryParser.parse("durable")))
                        .total())
                .isEqualTo(1);
    }

    @Test
    void concurrentWritesAreSearchableWhenTheyReturnAndDurableOnceCommitted() throws Exception {
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
                        index.replaceGroup(
                                "g" + writer + "-" + i, List.of(document("g" + writer + "-" + i, "committed levy")));
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
        assertThat(index.search(SearchQuery.publicQuery(QueryParser.parse("committed")))
                        .total())
                .isEqualTo(writers * each);
        ((LuceneSearchIndex) index).commitNow();
        assertThat(committedDocuments(directory.resolve("index"))).isEqualTo(writers * each);
    }

    @Test
    void theBackgroundCommitMakesWritesDurableWithoutBeingAsked() throws Exception {
        try (LuceneSearchIndex quick = new LuceneSearchIndex(directory.resolve("quick"), Duration.ofMillis(20))) {
            quick.upsert(List.of(document("q", "committed levy")));
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (committedDocuments(directory.resolve("quick")) == 0 && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            assertThat(committedDocuments(directory.resolve("quick"))).isEqualTo(1);
        }
    }

    @Test
    void anIndexThatWasNotClosedSaysItNeedsRecoveryAndAClosedOneDoesNot() throws Exception {
        assertThat(index.recoveryNeeded()).isFalse();
        index.upsert(List.of(document("crash", "committed levy")));
        ((LuceneSearchIndex) index).commitNow();
        // What a killed process leaves: the files of the last commit, with no close after them.
        Path crashed = directory.resolve("crashed");
        Files.createDirectories(crashed);
        try (Stream<Path> files = Files.list(directory.resolve("index"))) {
            for (Path file : files.toList()) {
                if (!file.getFileName().toString().equals("write.lock")) {
                    Files.copy(file, crashed.resolve(file.getFileName()));
                }
            }
        }
        try (LuceneSearchIndex afterCrash = new LuceneSearchIndex(crashed)) {
            assertThat(afterCrash.recoveryNeeded()).isTrue();
            assertThat(afterCrash.count()).isEqualTo(1);
        }
        try (LuceneSearchIndex afterClose = new LuceneSearchIndex(crashed)) {
            assertThat(afterClose.recoveryNeeded()).isFalse();
        }
    }

    @Test
    void hitsAreInScoreThenIdOrderAcrossSegmentsAfterUpdatesAndDeletes() {
        // One large segment (where the first hits by id are found by walking the ids), then small ones; ids compare
        // as bytes ("d10" before "d9"), and documents are written out of id order.
        Map<String, Memo> memos = new TreeMap<>();
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < 1500; i++) {
            order.add(i);
        }
        Collections.shuffle(order, new Random(6));
        List<SearchDocument> batch = new ArrayList<>();
        for (int i : order) {
            Memo memo = new Memo(
                    "d" + i,
                    i % 6 == 0 ? "levy" : i % 2 == 0 ? "fee" : "rate",
                    i % 10 == 0,
                    i % 7 == 0,
                    i % 5 == 0 ? null : LocalDate.of(2026, 1, 1 + i % 4),
                    i % 3 == 0 ? "Kisumu" : "Nakuru");
            memos.put(memo.id(), memo);
            batch.add(memo.document());
            if (batch.size() == (memos.size() <= 1000 ? 1000 : 37)) {
                index.upsert(batch);
                batch.clear();
            }
        }
        index.upsert(batch);
        assertOrders(memos);

        Random random = new Random(7);
        for (int round = 0; round < 5; round++) {
            List<SearchDocument> changed = new ArrayList<>();
            List<String> deleted = new ArrayList<>();
            for (Memo memo : List.copyOf(memos.values())) {
                int dice = random.nextInt(40);
                if (dice == 0) {
                    deleted.add(memo.id());
                    memos.remove(memo.id());
                } else if (dice == 1) {
                    Memo moved = new Memo(
                            memo.id(),
                            memo.word().equals("levy") ? "fee" : "levy",
                            !memo.staffLevy(),
                            memo.staffOnly(),
                            memo.date(),
                            memo.county());
                    memos.put(moved.id(), moved);
                    changed.add(moved.document());
                }
            }
            index.upsert(changed);
            index.delete(deleted);
            assertOrders(memos);
        }
    }

    @Test
    void onlyFiltersAreLeftToLucenesQueryCache() {
        Query county = new TermInSetQuery("county", List.of(new BytesRef("Kisumu")));
        Query dates = LongPoint.newRangeQuery("date", 1, 2);
        Query words = new TermQuery(new Term("text", "levy"));
        assertThat(LuceneSearchIndex.FiltersOnly.filter(county)).isTrue();
        assertThat(LuceneSearchIndex.FiltersOnly.filter(dates)).isTrue();
        assertThat(LuceneSearchIndex.FiltersOnly.filter(new BooleanQuery.Builder()
                        .add(county, Occur.SHOULD)
                        .add(new TermInSetQuery("lineageId", List.of(new BytesRef("l1"))), Occur.SHOULD)
                        .build()))
                .isTrue();
        assertThat(LuceneSearchIndex.FiltersOnly.filter(words)).isFalse();
        assertThat(LuceneSearchIndex.FiltersOnly.filter(new TermQuery(new Term("id", "d1"))))
                .isFalse();
        assertThat(LuceneSearchIndex.FiltersOnly.filter(new BooleanQuery.Builder()
                        .add(words, Occur.MUST)
                        .add(county, Occur.FILTER)
                        .build()))
                .isFalse();
        assertThat(LuceneSearchIndex.FiltersOnly.filter(new BooleanQuery.Builder()
                        .add(new MatchAllDocsQuery(), Occur.MUST)
                        .add(county, Occur.FILTER)
                        .build()))
                .isFalse();
    }

    /** A test memorandum: one word (and two more) in its text, perhaps "levy" in its staff text too. */
    private record Memo(String id, String word, boolean staffLevy, boolean staffOnly, LocalDate date, String county) {

        SearchDocument document() {
            return new SearchDocument(
                    id,
                    "g-" + id,
                    DocumentType.MEMORANDUM,
                    staffOnly ? Visibility.STAFF : Visibility.PUBLIC,
                    "b",
                    1,
                    "sec_1",
                    "l1",
                    null,
                    county,
                    null,
                    null,
                    null,
                    null,
                    date,
                    "",
                    word + " alpha beta",
                    (staffLevy ? "levy noted" : "") + (rare() ? " rare" : ""));
        }

        /** One in fifty holds "rare" in its staff text: few enough to be counted by Lucene's own leapfrogging. */
        boolean rare() {
            return Integer.parseInt(id.substring(1)) % 50 == 3;
        }

        boolean levy(Audience audience) {
            return word.equals("levy") || (audience == Audience.STAFF && staffLevy);
        }
    }

    private void assertOrders(Map<String, Memo> memos) {
        Comparator<Memo> byId = Comparator.comparing(m -> new BytesRef(m.id()));
        Comparator<Memo> byDate = Comparator.comparing(
                (Memo m) -> m.date() == null ? Long.MIN_VALUE : m.date().toEpochDay(), Comparator.reverseOrder());
        for (Audience audience : Audience.values()) {
            List<Memo> visible = memos.values().stream()
                    .filter(m -> audience == Audience.STAFF || !m.staffOnly())
                    .toList();
            if (audience == Audience.STAFF) {
                assertOrder(
                        "rare",
                        audience,
                        SearchFilters.NONE,
                        SortOrder.DATE,
                        visible.stream().filter(Memo::rare).toList(),
                        byDate.thenComparing(byId));
            }
            // no words: every match scores the same
            assertOrder("", audience, SearchFilters.NONE, SortOrder.RELEVANCE, visible, byId);
            SearchFilters kisumu = SearchFilters.NONE.withCounties(Set.of("Kisumu"));
            assertOrder(
                    "-rate",
                    audience,
                    kisumu,
                    SortOrder.RELEVANCE,
                    visible.stream()
                            .filter(m ->
                                    m.county().equals("Kisumu") && !m.word().equals("rate"))
                            .toList(),
                    byId);
            assertOrder(
                    "",
                    audience,
                    kisumu,
                    SortOrder.DATE,
                    visible.stream().filter(m -> m.county().equals("Kisumu")).toList(),
                    byDate.thenComparing(byId));
            // a prefix scores one per field it matches in: "levy" in text and staff text first
            Comparator<Memo> fields = Comparator.comparing(
                    (Memo m) ->
                            (m.word().equals("levy") ? 1 : 0) + (audience == Audience.STAFF && m.staffLevy() ? 1 : 0),
                    Comparator.reverseOrder());
            assertOrder(
                    "lev*",
                    audience,
                    SearchFilters.NONE,
                    SortOrder.RELEVANCE,
                    visible.stream().filter(m -> m.levy(audience)).toList(),
                    fields.thenComparing(byId));
            // texts of one length: the rarer word ("levy") scores higher, equal scores go by id
            if (audience == Audience.PUBLIC) {
                Comparator<Memo> rarer =
                        Comparator.comparing((Memo m) -> !m.word().equals("levy"));
                List<Memo> either =
                        visible.stream().filter(m -> !m.word().equals("rate")).toList();
                assertOrder(
                        "levy OR fee",
                        audience,
                        SearchFilters.NONE,
                        SortOrder.RELEVANCE,
                        either,
                        rarer.thenComparing(byId));
                assertOrder(
                        "levy OR fee",
                        audience,
                        SearchFilters.NONE,
                        SortOrder.DATE,
                        either,
                        byDate.thenComparing(byId));
                // a phrase of two words is counted by its pair of adjacent words: in order and next to each other
                assertThat(index.search(publicQuery("\"alpha beta\"")).total()).isEqualTo(visible.size());
                assertThat(index.search(publicQuery("\"beta alpha\"")).total()).isZero();
                assertThat(index.search(publicQuery("\"levy beta\"")).total()).isZero();
                assertThat(index.search(publicQuery("\"alpha beta\" -\"levy alpha\""))
                                .total())
                        .isEqualTo(visible.stream()
                                .filter(m -> !m.word().equals("levy"))
                                .count());
                assertOrder(
                        "\"alpha beta\" fee",
                        audience,
                        SearchFilters.NONE,
                        SortOrder.RELEVANCE,
                        visible.stream().filter(m -> m.word().equals("fee")).toList(),
                        byId);
            }
        }
    }

    private static SearchQuery publicQuery(String text) {
        return SearchQuery.publicQuery(QueryParser.parse(text));
    }

    /** Pages through the search (as deep as paging allows) and compares with the expected order of every match. */
    private void assertOrder(
            String text,
            Audience audience,
            SearchFilters filters,
            SortOrder sort,
            List<Memo> matches,
            Comparator<Memo> order) {
        List<String> expected = matches.stream().sorted(order).map(Memo::id).toList();
        SearchQuery query = new SearchQuery(QueryParser.parse(text), audience, filters, sort, 0, 20);
        List<String> found = new ArrayList<>();
        for (int size : new int[] {1, 20, 100}) {
            found.clear();
            for (int offset = 0; offset + size <= SearchQuery.MAX_DEPTH && offset < expected.size(); offset += size) {
                SearchResult page = index.search(query.withPage(offset, size));
                assertThat(page.total()).isEqualTo(expected.size());
                page.hits().forEach(hit -> found.add(hit.id()));
                if (size == 1 && offset >= 40) {
                    break;
                }
            }
            assertThat(found)
                    .as("%s (%s, %s, %s) in pages of %d", text, audience, filters, sort, size)
                    .isEqualTo(expected.subList(0, found.size()));
        }
        assertThat(found).hasSize(Math.min(expected.size(), SearchQuery.MAX_DEPTH));
    }

    @Test
    void theCommitIntervalMustBePositive() {
        assertThatThrownBy(() -> new LuceneSearchIndex(directory.resolve("other"), Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /** What a reader opened on the directory sees: only what was committed, what a crash now would leave. */
    private static int committedDocuments(Path path) throws Exception {
        try (FSDirectory dir = FSDirectory.open(path);
                DirectoryReader committed = DirectoryReader.open(dir)) {
            return committed.numDocs();
        }
    }

    private static SearchDocument document(String group, String text) {
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
                text,
                "");
    }
}
