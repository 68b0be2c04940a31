package org.maoni.search.lucene;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.BreakIterator;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.AnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.DocValuesType;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BulkScorer;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.MultiCollector;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PointRangeQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryCachingPolicy;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollector;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.TwoPhaseIterator;
import org.apache.lucene.search.UsageTrackingQueryCachingPolicy;
import org.apache.lucene.search.Weight;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.FixedBitSet;
import org.apache.lucene.util.QueryBuilder;
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
import org.maoni.search.internal.IndexFields;
import org.maoni.search.query.ParsedQuery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded {@link SearchIndex}: a Lucene index in one directory, written by one {@link IndexWriter} and read through
 * a near-real-time {@link SearcherManager}. Every write refreshes the searcher before it returns (so the next search
 * sees it); a background commit makes writes durable within the commit interval, because a commit (an fsync of every
 * new file, over 100 ms on a busy disk) per write capped memorandum intake far below its target. The last commit records
 * whether the index is open: one found open at start was not closed cleanly, may lack the writes of its last interval,
 * and says so through {@link #recoveryNeeded()}. One index directory belongs to one process.
 */
public final class LuceneSearchIndex implements SearchIndex {

    private static final FieldType TEXT_TYPE = textType();
    private static final FieldType PAIRS_TYPE = pairsType();
    /** Suffix of the field that holds a text field's pairs of adjacent words (see {@link AdjacentPairsFilter}). */
    private static final String PAIRS = "$pairs";
    /**
     * Marks the documents written with pairs fields: an index that also holds older documents cannot narrow phrases by
     * their pairs (it would miss those documents) until it has been rebuilt.
     */
    private static final Term WITH_PAIRS = new Term("$schema", "pairs");
    /**
     * One single-valued doc-values field holds all facet values of a document together, as its sorted
     * {@code <field>\u001f<value>} terms joined by {@code \u001e}. Documents share few such combinations, so counting
     * facets reads one ordinal per match and splits each combination into its values once per search, not per match.
     */
    private static final String FACET_SET = "$facetset";
    /**
     * Documents written before {@link #FACET_SET} hold their facet terms in this multi-valued doc-values field (and
     * older ones still one doc-values field per facet); they are counted from those until the index is rebuilt.
     */
    private static final String FACETS = "$facets";

    private static final char FACET_SEPARATOR = '\u001f';
    private static final Logger log = LoggerFactory.getLogger(LuceneSearchIndex.class);
    /** Commit data: whether the index was open (and so possibly behind its writes) when that commit was made. */
    private static final String STATE = "maoni.state";

    private static final String OPEN = "open";
    private static final String CLOSED = "closed";
    private static final char SET_SEPARATOR = '\u001e';
    private static final Map<String, Facet> FACET_FIELDS = facetFields();

    private final Directory directory;
    private final Analyzer analyzer = new StandardAnalyzer();
    private final Analyzer indexAnalyzer = new AnalyzerWrapper(Analyzer.PER_FIELD_REUSE_STRATEGY) {
        @Override
        protected Analyzer getWrappedAnalyzer(String fieldName) {
            return analyzer;
        }

        @Override
        protected TokenStreamComponents wrapComponents(String fieldName, TokenStreamComponents components) {
            return fieldName.endsWith(PAIRS)
                    ? new TokenStreamComponents(
                            components.getSource(), new AdjacentPairsFilter(components.getTokenStream()))
                    : components;
        }
    };
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final ScheduledExecutorService committer;
    private final boolean recoveryNeeded;
    private final Object commitLock = new Object();
    private final ReentrantLock refreshing = new ReentrantLock();
    /** How many refreshes have begun; written only while holding {@link #refreshing}. */
    private volatile long refreshesBegun;
    /** How many refreshes have finished (guarded by {@link #refreshing}). */
    private long refreshesDone;
    /** The sequence number of the last write (a writer's operations get increasing numbers). */
    private final AtomicLong written = new AtomicLong(-1);
    /** The sequence number of the last operation the latest commit holds (guarded by {@link #commitLock}). */
    private long committed = -1;

    private final FacetSets facetSets = new FacetSets();
    private final QueryCachingPolicy filtersOnly = new FiltersOnly();

    /** Opens (or creates) the index at {@code path}, committing every second. */
    public LuceneSearchIndex(Path path) {
        this(path, Duration.ofSeconds(1));
    }

    /** Opens (or creates) the index at {@code path}, committing what was written every {@code commitInterval}. */
    public LuceneSearchIndex(Path path, Duration commitInterval) {
        if (commitInterval.isNegative() || commitInterval.isZero()) {
            throw new IllegalArgumentException("The commit interval must be positive: " + commitInterval);
        }
        try {
            Files.createDirectories(path);
            directory = FSDirectory.open(path);
            // Every refresh flushes a small segment, soon merged: packing each into a compound file first would copy
            // it once more for nothing. A refresh would also wait up to 500 ms for merges of those small segments (the
            // default), and every writer waits for the refresh: under intake the event threads all stood there.
            writer = new IndexWriter(
                    directory,
                    new IndexWriterConfig(indexAnalyzer)
                            .setUseCompoundFile(false)
                            .setMaxFullFlushMergeWaitMillis(0));
            recoveryNeeded = OPEN.equals(commitData(writer).get(STATE));
            writer.setLiveCommitData(Map.of(STATE, OPEN).entrySet());
            writer.commit();
            searchers = new SearcherManager(writer, new SearcherFactory() {
                @Override
                public IndexSearcher newSearcher(IndexReader reader, IndexReader previous) throws IOException {
                    Searcher searcher = new Searcher(reader);
                    searcher.setQueryCachingPolicy(filtersOnly);
                    return searcher;
                }
            });
        } catch (LockObtainFailedException e) {
            throw new IllegalStateException(
                    "The search index at " + path + " is in use by another process or application context: give each"
                            + " its own maoni.data-dir, or share an index with maoni.search.backend=elasticsearch",
                    e);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot open the search index at " + path, e);
        }
        committer = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "search-commit");
            thread.setDaemon(true);
            return thread;
        });
        long millis = commitInterval.toMillis();
        committer.scheduleWithFixedDelay(this::commitInBackground, millis, millis, TimeUnit.MILLISECONDS);
    }

    @Override
    public String backend() {
        return "lucene";
    }

    @Override
    public void upsert(List<SearchDocument> documents) {
        write(() -> {
            long sequence = -1;
            for (SearchDocument d : documents) {
                sequence = writer.updateDocument(new Term(IndexFields.ID, d.id()), toLucene(d));
            }
            return sequence;
        });
    }

    @Override
    public void replaceGroup(String group, List<SearchDocument> documents) {
        for (SearchDocument d : documents) {
            if (!group.equals(d.group())) {
                throw new IllegalArgumentException("Document " + d.id() + " is not in group " + group);
            }
        }
        write(() -> {
            List<BytesRef> ids = new ArrayList<>();
            for (SearchDocument d : documents) {
                writer.updateDocument(new Term(IndexFields.ID, d.id()), toLucene(d));
                ids.add(new BytesRef(d.id()));
            }
            BooleanQuery.Builder stale =
                    new BooleanQuery.Builder().add(new TermQuery(new Term(IndexFields.GROUP, group)), Occur.FILTER);
            if (!ids.isEmpty()) {
                stale.add(new TermInSetQuery(IndexFields.ID, ids), Occur.MUST_NOT);
            }
            return writer.deleteDocuments(stale.build());
        });
    }

    @Override
    public void delete(Collection<String> ids) {
        write(() -> {
            long sequence = -1;
            for (String id : ids) {
                sequence = writer.deleteDocuments(new Term(IndexFields.ID, id));
            }
            return sequence;
        });
    }

    @Override
    public void deleteAll() {
        write(writer::deleteAll);
    }

    @Override
    public long count() {
        return withSearcher(s -> (long) s.getIndexReader().numDocs());
    }

    @Override
    public SearchResult search(SearchQuery request) {
        return withSearcher(searcher -> {
            boolean pairs = ((Searcher) searcher).everyDocumentHasPairs;
            Query query = translate(request, pairs ? Phrases.NARROWED : Phrases.POSITIONS);
            Query counted = pairs ? translate(request, Phrases.PAIRS) : query;
            try {
                int wanted = request.offset() + request.limit();
                FacetCollector facets = new FacetCollector(facetSets);
                ScoreDoc[] top;
                if (request.limit() == 0) {
                    count(searcher, counted, facets);
                    top = new ScoreDoc[0];
                } else if (request.sort() == SortOrder.RELEVANCE && twoPasses(request.query())) {
                    // Counting without scores, then finding the page with the scorers free to skip what cannot make
                    // it (a document scoring below the page's last hit), costs less than scoring every match once
                    // when the query is an OR, a prefix or a phrase; for plain words one pass costs less.
                    count(searcher, counted, facets);
                    top = facets.total > request.offset()
                            ? topDocs(searcher, query, request.sort(), wanted)
                            : new ScoreDoc[0];
                } else {
                    // One pass over the matches counts them, counts the facets and keeps the top hits (by date, in the
                    // order of the documents, without scores).
                    TopFieldCollector collector = new TopFieldCollectorManager(
                                    sort(request.sort()), wanted, null, Integer.MAX_VALUE, false)
                            .newCollector();
                    Collector both = MultiCollector.wrap(facets, collector);
                    if (request.sort() == SortOrder.DATE) {
                        count(searcher, counted, both);
                    } else {
                        searcher.search(query, both);
                    }
                    top = collector.topDocs().scoreDocs;
                }
                List<SearchHit> hits = List.of();
                if (top.length > request.offset()) {
                    hits = hits(searcher, request, Arrays.copyOfRange(top, request.offset(), top.length));
                }
                return new SearchResult(facets.total, hits, facets.counts());
            } catch (IOException e) {
                throw new UncheckedIOException("Search failed", e);
            }
        });
    }

    /**
     * Passes every match of {@code query} (a translated query: its clauses are words and phrases, exclusions and
     * filters) to {@code collector}, which needs no scores. Where every required clause matches many documents of a
     * segment, each clause's matches are gathered into a bit set (any of a clause's words or fields) and the sets are
     * intersected: reading whole lists of documents costs far less per match than leapfrogging between them, which is
     * what Lucene does (and still does here for a segment where some required clause matches few documents).
     */
    private static void count(IndexSearcher searcher, Query query, Collector collector) throws IOException {
        List<Occur> occurs = new ArrayList<>();
        List<List<Weight>> clauses = new ArrayList<>();
        for (BooleanClause clause : ((BooleanQuery) query).clauses()) {
            List<Weight> anyOf = new ArrayList<>();
            if (!(clause.getQuery() instanceof MatchAllDocsQuery)) {
                for (Query q : anyOf(clause.getQuery(), new ArrayList<>())) {
                    anyOf.add(searcher.createWeight(searcher.rewrite(q), ScoreMode.COMPLETE_NO_SCORES, 1f));
                }
            }
            occurs.add(clause.getOccur());
            clauses.add(anyOf);
        }
        Weight whole = null;
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            int maxDoc = leaf.reader().maxDoc();
            List<List<ScorerSupplier>> suppliers = new ArrayList<>();
            long lead = Long.MAX_VALUE;
            for (int c = 0; c < clauses.size(); c++) {
                List<ScorerSupplier> any = new ArrayList<>();
                long cost = 0;
                for (Weight w : clauses.get(c)) {
                    ScorerSupplier supplier = w.scorerSupplier(leaf);
                    if (supplier != null) {
                        any.add(supplier);
                        cost += supplier.cost();
                    }
                }
                suppliers.add(any);
                if (occurs.get(c) != Occur.MUST_NOT && !clauses.get(c).isEmpty()) {
                    lead = Math.min(lead, cost);
                }
            }
            if (lead == 0) {
                continue;
            }
            if (lead < maxDoc / 16) {
                if (whole == null) {
                    whole = searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE_NO_SCORES, 1f);
                }
                BulkScorer scorer = whole.bulkScorer(leaf);
                if (scorer != null) {
                    LeafCollector leafCollector = collector.getLeafCollector(leaf);
                    scorer.score(leafCollector, leaf.reader().getLiveDocs());
                    leafCollector.finish();
                }
                continue;
            }
            FixedBitSet matches = null;
            List<FixedBitSet> excluded = new ArrayList<>();
            for (int c = 0; c < clauses.size(); c++) {
                if (clauses.get(c).isEmpty()) {
                    continue;
                }
                FixedBitSet docs = new FixedBitSet(maxDoc);
                for (ScorerSupplier supplier : suppliers.get(c)) {
                    Scorer scorer = supplier.get(Long.MAX_VALUE);
                    TwoPhaseIterator twoPhase = scorer.twoPhaseIterator();
                    docs.or(twoPhase == null ? scorer.iterator() : TwoPhaseIterator.asDocIdSetIterator(twoPhase));
                }
                if (occurs.get(c) == Occur.MUST_NOT) {
                    excluded.add(docs);
                } else if (matches == null) {
                    matches = docs;
                } else {
                    matches.and(docs);
                }
            }
            if (matches == null) {
                matches = new FixedBitSet(maxDoc);
                matches.set(0, maxDoc);
            }
            for (FixedBitSet docs : excluded) {
                matches.andNot(docs);
            }
            Bits live = leaf.reader().getLiveDocs();
            LeafCollector leafCollector = collector.getLeafCollector(leaf);
            Unscored unscored = new Unscored();
            leafCollector.setScorer(unscored);
            for (int doc = matches.nextSetBit(0);
                    doc != DocIdSetIterator.NO_MORE_DOCS;
                    doc = doc + 1 < maxDoc ? matches.nextSetBit(doc + 1) : DocIdSetIterator.NO_MORE_DOCS) {
                if (live == null || live.get(doc)) {
                    unscored.doc = doc;
                    leafCollector.collect(doc);
                }
            }
            leafCollector.finish();
        }
    }

    /** The queries any of which matches where {@code query} does: the clauses of nested ORs, else itself. */
    private static List<Query> anyOf(Query query, List<Query> into) {
        if (query instanceof BooleanQuery bool
                && bool.getMinimumNumberShouldMatch() == 0
                && bool.clauses().stream().allMatch(c -> c.getOccur() == Occur.SHOULD)
                && !bool.clauses().isEmpty()) {
            for (BooleanClause clause : bool.clauses()) {
                anyOf(clause.getQuery(), into);
            }
        } else {
            into.add(query);
        }
        return into;
    }

    /** Stands for the scorer where matches are collected without scores. */
    private static final class Unscored extends Scorable {

        private int doc = -1;

        @Override
        public float score() {
            return 0;
        }

        @Override
        public int docID() {
            return doc;
        }
    }

    /**
     * The first {@code wanted} hits in this order, found without counting every match (the count is done apart): once
     * that many are found, documents that cannot beat the last of them (a lower score, an older date) may be skipped.
     * Equal scores or dates are still compared by id, so the order stays exact.
     */
    private static ScoreDoc[] topDocs(IndexSearcher searcher, Query query, SortOrder order, int wanted)
            throws IOException {
        TopFieldCollector collector =
                new TopFieldCollectorManager(sort(order), wanted, null, wanted, false).newCollector();
        searcher.search(query, collector);
        return collector.topDocs().scoreDocs;
    }

    /** Whether the query has an OR, a prefix or a phrase (anything but plain words that must all occur). */
    private static boolean twoPasses(ParsedQuery query) {
        for (List<ParsedQuery.Atom> group : query.required()) {
            if (group.size() > 1 || !(group.get(0) instanceof ParsedQuery.Word)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void close() {
        committer.shutdown();
        try {
            committer.awaitTermination(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            searchers.close();
            writer.setLiveCommitData(Map.of(STATE, CLOSED).entrySet());
            writer.commit();
            writer.close();
            directory.close();
        } catch (IOException e) {
            throw new UncheckedIOException("Closing the search index failed", e);
        }
    }

    /** A change to the index; returns the sequence number of its last operation. */
    private interface IndexWrite {
        long run() throws IOException;
    }

    private void write(IndexWrite change) {
        try {
            written.accumulateAndGet(change.run(), Math::max);
            awaitRefresh();
        } catch (IOException e) {
            throw new UncheckedIOException("Writing the search index failed", e);
        }
    }

    /**
     * Returns once a refresh that began after the caller's change has finished, so the change is searchable. Writers
     * that arrive while a refresh runs share the next one: refreshing once per writer (what waiting for the searcher to
     * be current amounts to while others keep writing) queued every indexing thread behind one refresh at a time.
     */
    private void awaitRefresh() throws IOException {
        long begunBefore = refreshesBegun;
        refreshing.lock();
        try {
            if (refreshesDone > begunBefore) {
                return;
            }
            refreshesBegun++;
            searchers.maybeRefreshBlocking();
            refreshesDone = refreshesBegun;
        } finally {
            refreshing.unlock();
        }
    }

    /** Whether this index was not closed cleanly last time, so writes of its last commit interval may be missing. */
    @Override
    public boolean recoveryNeeded() {
        return recoveryNeeded;
    }

    /** Commits every write made so far (the background committer does this every interval). */
    void commitNow() throws IOException {
        synchronized (commitLock) {
            if (committed < written.get()) {
                committed = Math.max(committed, writer.commit());
            }
        }
    }

    private void commitInBackground() {
        try {
            commitNow();
        } catch (IOException | RuntimeException e) {
            // The writes stay in the writer and the next interval commits them; a crash before then is recovered.
            log.warn("Committing the search index failed; trying again in the next interval", e);
        }
    }

    private static Map<String, String> commitData(IndexWriter writer) {
        Map<String, String> data = new HashMap<>();
        Iterable<Map.Entry<String, String>> live = writer.getLiveCommitData();
        if (live != null) {
            live.forEach(e -> data.put(e.getKey(), e.getValue()));
        }
        return data;
    }

    private <T> T withSearcher(Function<IndexSearcher, T> work) {
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                return work.apply(searcher);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Reading the search index failed", e);
        }
    }

    /**
     * Lets Lucene's query cache keep the documents of filters (exact keyword values, date ranges) that are used often,
     * but never of a query with words, nor of a whole query: repeated searches must not be answered from a cache of
     * their own matches, and counting without scores would otherwise make the whole query cacheable.
     */
    static final class FiltersOnly implements QueryCachingPolicy {

        private static final Set<String> FILTER_FIELDS = filterFields();

        private final QueryCachingPolicy usage = new UsageTrackingQueryCachingPolicy();

        @Override
        public void onUse(Query query) {
            usage.onUse(query);
        }

        @Override
        public boolean shouldCache(Query query) throws IOException {
            return filter(query) && usage.shouldCache(query);
        }

        /** Whether the query only filters by exact keyword values or dates. */
        static boolean filter(Query query) {
            if (query instanceof TermQuery term) {
                return FILTER_FIELDS.contains(term.getTerm().field());
            }
            if (query instanceof TermInSetQuery terms) {
                return FILTER_FIELDS.contains(terms.getField());
            }
            if (query instanceof PointRangeQuery range) {
                return range.getField().equals(IndexFields.DATE);
            }
            if (query instanceof BooleanQuery bool) {
                return bool.clauses().stream().allMatch(clause -> filter(clause.getQuery()));
            }
            return false;
        }

        private static Set<String> filterFields() {
            Set<String> fields = new HashSet<>(IndexFields.KEYWORDS);
            fields.remove(IndexFields.ID);
            return Set.copyOf(fields);
        }
    }

    /** A searcher that knows whether phrases may be narrowed by pairs of adjacent words on its whole index. */
    private static final class Searcher extends IndexSearcher {

        private final boolean everyDocumentHasPairs;

        Searcher(IndexReader reader) throws IOException {
            super(reader);
            // Deleted documents count too, so this errs on the side of not narrowing.
            everyDocumentHasPairs = reader.docFreq(WITH_PAIRS) == reader.maxDoc();
        }
    }

    // --- documents

    private static Map<String, Facet> facetFields() {
        Map<String, Facet> fields = new HashMap<>();
        for (Facet facet : Facet.values()) {
            fields.put(IndexFields.field(facet), facet);
        }
        return Map.copyOf(fields);
    }

    private static FieldType textType() {
        FieldType type = new FieldType();
        type.setTokenized(true);
        type.setStored(true);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        type.freeze();
        return type;
    }

    private static FieldType pairsType() {
        FieldType type = new FieldType();
        type.setTokenized(true);
        type.setOmitNorms(true);
        type.setIndexOptions(IndexOptions.DOCS);
        type.freeze();
        return type;
    }

    private static Document toLucene(SearchDocument d) {
        Document doc = new Document();
        doc.add(new StringField(WITH_PAIRS.field(), WITH_PAIRS.text(), Field.Store.NO));
        doc.add(new StringField(IndexFields.ID, d.id(), Field.Store.YES));
        doc.add(new SortedDocValuesField(IndexFields.ID, new BytesRef(d.id())));
        List<String> facetTerms = new ArrayList<>();
        IndexFields.keywordValues(d)
                .forEach((field, values) -> values.forEach(v -> {
                    doc.add(new StringField(field, v, Field.Store.YES));
                    if (FACET_FIELDS.containsKey(field)) {
                        facetTerms.add(field + FACET_SEPARATOR + v);
                    }
                }));
        if (!facetTerms.isEmpty()) {
            facetTerms.sort(null);
            doc.add(new SortedDocValuesField(
                    FACET_SET, new BytesRef(String.join(String.valueOf(SET_SEPARATOR), facetTerms))));
        }
        if (d.date() != null) {
            long day = d.date().toEpochDay();
            doc.add(new LongPoint(IndexFields.DATE, day));
            doc.add(new NumericDocValuesField(IndexFields.DATE, day));
            doc.add(new StoredField(IndexFields.DATE, day));
        }
        text(doc, IndexFields.TITLE, d.title());
        text(doc, IndexFields.TEXT, d.text());
        text(doc, IndexFields.STAFF_TEXT, d.staffText());
        return doc;
    }

    private static void text(Document doc, String field, String value) {
        doc.add(new Field(field, value, TEXT_TYPE));
        doc.add(new Field(field + PAIRS, value, PAIRS_TYPE));
    }

    // --- queries

    /** How a phrase is matched. */
    private enum Phrases {
        /** By the positions of its words. */
        POSITIONS,
        /** By positions, read only in documents that hold each of its pairs of adjacent words. */
        NARROWED,
        /**
         * As {@link #NARROWED}, except that a phrase of two words is matched by its pair alone, which is exact (the
         * document holds the pair where it holds the phrase) but does not score like the phrase: only for counting.
         */
        PAIRS
    }

    private Query translate(SearchQuery request, Phrases phrases) {
        ParsedQuery parsed = request.query();
        List<String> fields = IndexFields.searchedFields(request.audience());
        BooleanQuery.Builder root = new BooleanQuery.Builder();
        if (parsed.required().isEmpty()) {
            root.add(new MatchAllDocsQuery(), Occur.MUST);
        }
        for (List<ParsedQuery.Atom> group : parsed.required()) {
            BooleanQuery.Builder any = new BooleanQuery.Builder();
            for (ParsedQuery.Atom atom : group) {
                any.add(atom(atom, fields, phrases), Occur.SHOULD);
            }
            root.add(any.build(), Occur.MUST);
        }
        for (ParsedQuery.Atom atom : parsed.excluded()) {
            root.add(atom(atom, fields, phrases), Occur.MUST_NOT);
        }
        if (request.audience() == Audience.PUBLIC) {
            root.add(new TermQuery(new Term(IndexFields.VISIBILITY, Visibility.PUBLIC.name())), Occur.FILTER);
        }
        filters(root, request.filters());
        return root.build();
    }

    private Query atom(ParsedQuery.Atom atom, List<String> fields, Phrases phrases) {
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        for (String field : fields) {
            Query q = fieldQuery(atom, field);
            if (q instanceof PhraseQuery phrase && phrases != Phrases.POSITIONS) {
                Term[] terms = phrase.getTerms();
                int[] positions = phrase.getPositions();
                q = phrases == Phrases.PAIRS && terms.length == 2 && positions[1] == positions[0] + 1
                        ? new TermQuery(pair(phrase.getField(), terms[0], terms[1]))
                        : narrowed(phrase);
            }
            any.add(q, Occur.SHOULD);
        }
        return any.build();
    }

    /** The term of the pair of these two words in the pairs field of {@code field}. */
    private static Term pair(String field, Term first, Term second) {
        return new Term(field + PAIRS, first.text() + AdjacentPairsFilter.SEPARATOR + second.text());
    }

    /**
     * The phrase, required to hold each of its pairs of adjacent words as well. That changes neither what matches nor
     * the score (the pairs only filter), but Lucene then reads word positions only where all the pairs occur, instead of
     * wherever all the words do (nearly every document, for common words).
     */
    private static Query narrowed(PhraseQuery phrase) {
        Term[] terms = phrase.getTerms();
        int[] positions = phrase.getPositions();
        BooleanQuery.Builder narrowed = new BooleanQuery.Builder().add(phrase, Occur.MUST);
        for (int i = 1; i < terms.length; i++) {
            if (positions[i] == positions[i - 1] + 1) {
                narrowed.add(new TermQuery(pair(phrase.getField(), terms[i - 1], terms[i])), Occur.FILTER);
            }
        }
        return narrowed.build();
    }

    private Query fieldQuery(ParsedQuery.Atom atom, String field) {
        QueryBuilder builder = new QueryBuilder(analyzer);
        Query q;
        if (atom instanceof ParsedQuery.Prefix p) {
            q = new PrefixQuery(new Term(field, p.prefix()));
        } else if (atom instanceof ParsedQuery.Word w) {
            q = builder.createPhraseQuery(field, w.text());
        } else {
            q = builder.createPhraseQuery(field, ((ParsedQuery.Phrase) atom).text());
        }
        return q == null ? new MatchNoDocsQuery() : q;
    }

    private static void filters(BooleanQuery.Builder root, SearchFilters f) {
        anyOf(root, IndexFields.TYPE, f.types().stream().map(DocumentType::name).toList());
        anyOf(root, IndexFields.BILL, f.billIds());
        anyOf(
                root,
                IndexFields.VERSION,
                f.versions().stream().map(String::valueOf).toList());
        if (!f.provisions().isEmpty()) {
            BooleanQuery.Builder either = new BooleanQuery.Builder();
            either.add(terms(IndexFields.EID, f.provisions()), Occur.SHOULD);
            either.add(terms(IndexFields.LINEAGE, f.provisions()), Occur.SHOULD);
            root.add(either.build(), Occur.FILTER);
        }
        anyOf(root, IndexFields.COUNTY, f.counties());
        anyOf(root, IndexFields.SUBMITTER_TYPE, f.submitterTypes());
        anyOf(root, IndexFields.STANCE, f.stances());
        anyOf(root, IndexFields.DECISION, f.decisions());
        anyOf(root, IndexFields.STATUS, f.statuses());
        if (f.from() != null || f.to() != null) {
            long from = f.from() == null ? Long.MIN_VALUE : f.from().toEpochDay();
            long to = f.to() == null ? Long.MAX_VALUE : f.to().toEpochDay();
            root.add(LongPoint.newRangeQuery(IndexFields.DATE, from, to), Occur.FILTER);
        }
    }

    private static void anyOf(BooleanQuery.Builder root, String field, Collection<String> values) {
        if (!values.isEmpty()) {
            root.add(terms(field, values), Occur.FILTER);
        }
    }

    private static Query terms(String field, Collection<String> values) {
        return new TermInSetQuery(field, values.stream().map(BytesRef::new).toList());
    }

    private static Sort sort(SortOrder order) {
        SortField byId = new SortField(IndexFields.ID, SortField.Type.STRING);
        if (order == SortOrder.DATE) {
            SortField byDate = new SortField(IndexFields.DATE, SortField.Type.LONG, true);
            byDate.setMissingValue(Long.MIN_VALUE);
            return new Sort(byDate, byId);
        }
        return new Sort(SortField.FIELD_SCORE, byId);
    }

    // --- results

    private List<SearchHit> hits(IndexSearcher searcher, SearchQuery request, ScoreDoc[] page) throws IOException {
        boolean staff = request.audience() == Audience.STAFF;
        String[] fields =
                staff ? new String[] {IndexFields.TEXT, IndexFields.STAFF_TEXT} : new String[] {IndexFields.TEXT};
        // Each hit's stored fields are read (and their block decompressed) once, for the hit and its snippets.
        StoredFields stored = searcher.storedFields();
        Map<Integer, Document> documents = new HashMap<>();
        for (ScoreDoc hit : page) {
            documents.put(hit.doc, stored.document(hit.doc));
        }
        Map<String, String[]> highlights = new HashMap<>();
        if (page.length > 0 && !request.query().positiveAtoms().isEmpty()) {
            UnifiedHighlighter highlighter = new StoredHighlighter(
                    UnifiedHighlighter.builder(searcher, analyzer)
                            .withMaxLength(IndexFields.MAX_HIGHLIGHT_CHARS)
                            .withFormatter(new DefaultPassageFormatter(
                                    IndexFields.MARK_OPEN, IndexFields.MARK_CLOSE, IndexFields.ELLIPSIS, true))
                            .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(
                                    BreakIterator.getSentenceInstance(Locale.ROOT), IndexFields.PASSAGE_LENGTH, 0.5f))
                            .withMaxNoHighlightPassages(0),
                    documents);
            TopDocs pageDocs = new TopDocs(new TotalHits(page.length, TotalHits.Relation.EQUAL_TO), page);
            // Only the words and phrases asked for are highlighted, and in each field only its own: matching the whole
            // query again (its filters, exclusions and the other fields) for every hit of the page cost far more than
            // the search itself, and the highlighter matches every clause of its query in each field it highlights.
            for (String field : fields) {
                BooleanQuery.Builder asked = new BooleanQuery.Builder();
                for (ParsedQuery.Atom atom : request.query().positiveAtoms()) {
                    asked.add(atom(atom, List.of(field), Phrases.POSITIONS), Occur.SHOULD);
                }
                highlights.putAll(highlighter.highlightFields(
                        new String[] {field}, asked.build(), pageDocs, new int[] {IndexFields.PASSAGES}));
            }
        }
        List<SearchHit> hits = new ArrayList<>(page.length);
        for (int i = 0; i < page.length; i++) {
            Document doc = documents.get(page[i].doc);
            String snippet = snippet(highlights.get(IndexFields.TEXT), i, doc.get(IndexFields.TEXT));
            String staffSnippet =
                    staff ? snippet(highlights.get(IndexFields.STAFF_TEXT), i, doc.get(IndexFields.STAFF_TEXT)) : null;
            String version = doc.get(IndexFields.VERSION);
            var date = doc.getField(IndexFields.DATE);
            hits.add(new SearchHit(
                    doc.get(IndexFields.ID),
                    DocumentType.valueOf(doc.get(IndexFields.TYPE)),
                    doc.get(IndexFields.BILL),
                    version == null ? null : Integer.valueOf(version),
                    doc.get(IndexFields.EID),
                    doc.get(IndexFields.LINEAGE),
                    doc.get(IndexFields.REFERENCE),
                    doc.get(IndexFields.COUNTY),
                    doc.get(IndexFields.SUBMITTER_TYPE),
                    doc.get(IndexFields.STANCE),
                    doc.get(IndexFields.DECISION),
                    doc.get(IndexFields.STATUS),
                    date == null
                            ? null
                            : LocalDate.ofEpochDay(date.numericValue().longValue()),
                    doc.get(IndexFields.TITLE),
                    snippet,
                    staffSnippet));
        }
        return hits;
    }

    /** Highlights the text of documents already read, instead of reading their stored fields again. */
    private static final class StoredHighlighter extends UnifiedHighlighter {

        private final Map<Integer, Document> documents;

        StoredHighlighter(UnifiedHighlighter.Builder builder, Map<Integer, Document> documents) {
            super(builder);
            this.documents = documents;
        }

        /** As Lucene's own: the values of each document in turn, cut at the maximum length, until enough are read. */
        @Override
        protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docs, int cacheCharsThreshold)
                throws IOException {
            List<CharSequence[]> values = new ArrayList<>();
            long chars = 0;
            for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
                Document document = documents.get(doc);
                CharSequence[] byField = new CharSequence[fields.length];
                for (int f = 0; f < fields.length; f++) {
                    String value = document.get(fields[f]);
                    if (value != null) {
                        byField[f] = value.length() > getMaxLength() ? value.substring(0, getMaxLength()) : value;
                        chars += byField[f].length();
                    }
                }
                values.add(byField);
                if (chars > cacheCharsThreshold || cacheCharsThreshold == 0) {
                    break;
                }
            }
            return values;
        }
    }

    private static String snippet(String[] highlighted, int i, String text) {
        if (highlighted != null && highlighted[i] != null && !highlighted[i].isEmpty()) {
            return highlighted[i].strip();
        }
        return IndexFields.leadSnippet(text);
    }

    /**
     * Numbers the facet terms ({@code <field>\u001f<value>}) seen in {@link #FACET_SET} combinations, and keeps, per
     * segment, each combination split into those numbers; a segment's table is built on its first search and dropped
     * when the segment is closed.
     */
    private static final class FacetSets {

        /**
         * The facet-term numbers of each combination ordinal {@code o}: {@code ids[start[o] .. start[o + 1])}; and the
         * combination ordinal of each document ({@code -1} without one), read once instead of decoded per match.
         */
        record Split(int[] start, int[] ids, int[] ordByDoc) {

            int valueCount() {
                return start.length - 1;
            }
        }

        private final Map<String, Integer> numbers = new HashMap<>();
        private final List<String> terms = new ArrayList<>();
        private final Map<IndexReader.CacheKey, Split> bySegment = new ConcurrentHashMap<>();

        synchronized int number(String term) {
            Integer n = numbers.get(term);
            if (n == null) {
                n = terms.size();
                numbers.put(term, n);
                terms.add(term);
            }
            return n;
        }

        synchronized String term(int number) {
            return terms.get(number);
        }

        synchronized int size() {
            return terms.size();
        }

        Split split(LeafReader reader) throws IOException {
            IndexReader.CacheHelper helper = reader.getCoreCacheHelper();
            if (helper == null) {
                return compute(reader);
            }
            try {
                return bySegment.computeIfAbsent(helper.getKey(), key -> {
                    helper.addClosedListener(bySegment::remove);
                    try {
                        return compute(reader);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
        }

        private Split compute(LeafReader reader) throws IOException {
            SortedDocValues sets = DocValues.getSorted(reader, FACET_SET);
            int count = sets.getValueCount();
            int[] start = new int[count + 1];
            List<Integer> ids = new ArrayList<>();
            TermsEnum combinations = sets.termsEnum();
            for (int ord = 0; ord < count; ord++) {
                String combination = combinations.next().utf8ToString();
                start[ord] = ids.size();
                int from = 0;
                while (from <= combination.length()) {
                    int to = combination.indexOf(SET_SEPARATOR, from);
                    if (to < 0) {
                        to = combination.length();
                    }
                    ids.add(number(combination.substring(from, to)));
                    from = to + 1;
                }
            }
            start[count] = ids.size();
            int[] ordByDoc = new int[reader.maxDoc()];
            Arrays.fill(ordByDoc, -1);
            for (int doc = sets.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = sets.nextDoc()) {
                ordByDoc[doc] = sets.ordValue();
            }
            return new Split(start, ids.stream().mapToInt(Integer::intValue).toArray(), ordByDoc);
        }
    }

    /**
     * Counts matching documents and the values of every facet among them. Per match it reads only the ordinal of the
     * document's facet combination ({@link #FACET_SET}; no stored field); combinations are split into values once per
     * segment at the end. Documents written before that field existed are counted from their older doc-values fields.
     */
    private static final class FacetCollector implements Collector {

        /** One segment's facet combinations, counted by ordinal. */
        private record SetCounts(FacetSets.Split split, int[] byOrd) {}

        /** One segment's facet values of documents from before combinations, counted by ordinal. */
        private record LeafCounts(SortedSetDocValues values, long[] byOrd) {}

        /** One segment's values of one facet field (documents from before the shared field), counted by ordinal. */
        private record LegacyCounts(Facet facet, SortedSetDocValues values, long[] byOrd) {}

        private final FacetSets sets;
        private long total;

        private final List<SetCounts> combinations = new ArrayList<>();
        private final List<LeafCounts> leaves = new ArrayList<>();
        private final List<LegacyCounts> legacy = new ArrayList<>();

        FacetCollector(FacetSets sets) {
            this.sets = sets;
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }

        @Override
        public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
            LeafReader reader = context.reader();
            FacetSets.Split split = sets.split(reader);
            int[] ordByDoc = split.ordByDoc();
            SortedSetDocValues shared = DocValues.getSortedSet(reader, FACETS);
            long[] counts = new long[(int) shared.getValueCount()];
            leaves.add(new LeafCounts(shared, counts));
            List<LegacyCounts> old = new ArrayList<>();
            for (Facet facet : Facet.values()) {
                FieldInfo info = reader.getFieldInfos().fieldInfo(IndexFields.field(facet));
                if (info == null || info.getDocValuesType() != DocValuesType.SORTED_SET) {
                    continue;
                }
                SortedSetDocValues dv = DocValues.getSortedSet(reader, IndexFields.field(facet));
                if (dv.getValueCount() > 0) {
                    old.add(new LegacyCounts(facet, dv, new long[(int) dv.getValueCount()]));
                }
            }
            legacy.addAll(old);
            LegacyCounts[] perField = old.toArray(LegacyCounts[]::new);
            return new LeafCollector() {

                private int[] byOrd;

                @Override
                public void setScorer(Scorable scorer) {}

                @Override
                public void collect(int doc) throws IOException {
                    total++;
                    int ord = ordByDoc[doc];
                    if (ord >= 0) {
                        // allocated on the first match, so that segments without one cost nothing
                        if (byOrd == null) {
                            byOrd = new int[split.valueCount()];
                            combinations.add(new SetCounts(split, byOrd));
                        }
                        byOrd[ord]++;
                        return;
                    }
                    if (shared.advanceExact(doc)) {
                        for (int k = shared.docValueCount(); k > 0; k--) {
                            counts[(int) shared.nextOrd()]++;
                        }
                        return;
                    }
                    for (LegacyCounts leaf : perField) {
                        if (leaf.values().advanceExact(doc)) {
                            for (int k = leaf.values().docValueCount(); k > 0; k--) {
                                leaf.byOrd()[(int) leaf.values().nextOrd()]++;
                            }
                        }
                    }
                }
            };
        }

        Map<Facet, List<FacetCount>> counts() throws IOException {
            Map<Facet, Map<String, Long>> byValue = new EnumMap<>(Facet.class);
            long[] byNumber = new long[sets.size()];
            for (SetCounts leaf : combinations) {
                int[] byOrd = leaf.byOrd();
                int[] start = leaf.split().start();
                int[] ids = leaf.split().ids();
                for (int ord = 0; ord < byOrd.length; ord++) {
                    int count = byOrd[ord];
                    if (count > 0) {
                        for (int i = start[ord], end = start[ord + 1]; i < end; i++) {
                            byNumber[ids[i]] += count;
                        }
                    }
                }
            }
            for (int n = 0; n < byNumber.length; n++) {
                if (byNumber[n] > 0) {
                    addTerm(byValue, sets.term(n), byNumber[n]);
                }
            }
            for (LeafCounts leaf : leaves) {
                for (int ord = 0; ord < leaf.byOrd().length; ord++) {
                    if (leaf.byOrd()[ord] > 0) {
                        addTerm(byValue, leaf.values().lookupOrd(ord).utf8ToString(), leaf.byOrd()[ord]);
                    }
                }
            }
            for (LegacyCounts leaf : legacy) {
                for (int ord = 0; ord < leaf.byOrd().length; ord++) {
                    if (leaf.byOrd()[ord] > 0) {
                        byValue.computeIfAbsent(leaf.facet(), k -> new HashMap<>())
                                .merge(leaf.values().lookupOrd(ord).utf8ToString(), leaf.byOrd()[ord], Long::sum);
                    }
                }
            }
            Map<Facet, List<FacetCount>> out = new EnumMap<>(Facet.class);
            for (Facet facet : Facet.values()) {
                out.put(
                        facet,
                        byValue.getOrDefault(facet, Map.of()).entrySet().stream()
                                .map(e -> new FacetCount(e.getKey(), e.getValue()))
                                .sorted(Comparator.comparingLong(FacetCount::count)
                                        .reversed()
                                        .thenComparing(FacetCount::value))
                                .limit(SearchResult.FACET_SIZE)
                                .toList());
            }
            return out;
        }

        private static void addTerm(Map<Facet, Map<String, Long>> byValue, String term, long count) {
            int cut = term.indexOf(FACET_SEPARATOR);
            Facet facet = FACET_FIELDS.get(term.substring(0, cut));
            byValue.computeIfAbsent(facet, k -> new HashMap<>()).merge(term.substring(cut + 1), count, Long::sum);
        }
    }
}
