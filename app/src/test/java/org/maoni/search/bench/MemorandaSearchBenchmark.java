package org.maoni.search.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.AnalyzerWrapper;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.maoni.search.Audience;
import org.maoni.search.DocumentType;
import org.maoni.search.Facet;
import org.maoni.search.SearchDocument;
import org.maoni.search.SearchFilters;
import org.maoni.search.SearchIndex;
import org.maoni.search.SearchQuery;
import org.maoni.search.SortOrder;
import org.maoni.search.Visibility;
import org.maoni.search.elasticsearch.ElasticsearchSearchIndex;
import org.maoni.search.internal.IndexFields;
import org.maoni.search.lucene.LuceneSearchIndex;
import org.maoni.search.query.QueryParser;
import org.maoni.support.elasticsearch.ElasticsearchServer;

/**
 * The search benchmark of issue 6. Indexes {@code -Dsearch.bench.docs} (default 100,000) synthetic memoranda and
 * prints documents per second for a raw-Lucene baseline (the same documents and fields as the Lucene adapter's
 * schema, pairs of adjacent words and facet combinations included, written straight through an {@link IndexWriter},
 * one commit at the end), the Lucene adapter and the Elasticsearch adapter (the server at the URI
 * given as the first argument, else one started from the distribution zip the build downloads, as the tests do),
 * then query latency p50/p99 with 10 concurrent clients on the Lucene adapter at that size and, after adding more
 * documents, at {@code -Dsearch.bench.large} (default 1,000,000). Asserts nothing; the figures depend on the machine.
 */
public final class MemorandaSearchBenchmark {

    private static final String[] COMMON = ("county market trader stall permit levy fee committee officer zone"
                    + " relocation appeal offence regulation revenue budget water road health education bunge kaunti"
                    + " ada soko biashara shall may person public notice period days section subsection paragraph"
                    + " assembly executive member government land tax licence inspection penalty housing clause"
                    + " support oppose amend delete insert propose reason because farmers traders women youth")
            .split(" ");
    private static final String[] COUNTIES = {"Nairobi", "Mombasa", "Kisumu", "Nakuru", "Kiambu", "Turkana", "Kakamega"
    };
    private static final String[] STANCES = {"SUPPORT", "OPPOSE", "AMEND", "DELETE", "INSERT"};
    private static final String[] DECISIONS = {"ACCEPTED", "ACCEPTED_WITH_AMENDMENT", "REJECTED", "NOTED"};
    private static final String[] STATUSES = {"RECEIVED", "IN_TRIAGE", "IN_DECISION", "RESPONDED"};
    private static final String[] QUERIES = {
        "market",
        "street trader",
        "\"trading permit\"",
        "levy OR fee",
        "county -market",
        "reloc*",
        "bunge kaunti",
        "\"county government\" permit",
        "appeal OR offence OR penalty",
        "housing levy clause",
        ""
    };
    private static final java.util.Set<String> FACET_FIELDS = java.util.Arrays.stream(Facet.values())
            .map(IndexFields::field)
            .collect(java.util.stream.Collectors.toSet());
    private static final int CLIENTS = 10;
    private static final int BATCH = 1000;

    private MemorandaSearchBenchmark() {}

    public static void main(String[] args) throws Exception {
        int docs = Integer.getInteger("search.bench.docs", 100_000);
        int large = Integer.getInteger("search.bench.large", 1_000_000);
        int rounds = Integer.getInteger("search.bench.rounds", 40);
        // To iterate on query speed: -Dsearch.bench.indexing=false skips the indexing-rate measurements (raw Lucene,
        // Elasticsearch) and fills the index in large batches; -Dsearch.bench.index=<folder> keeps the index there and
        // reuses it on the next run (only documents it lacks are added).
        boolean indexing = Boolean.parseBoolean(System.getProperty("search.bench.indexing", "true"));
        String kept = System.getProperty("search.bench.index");
        System.out.printf(
                Locale.ROOT,
                "Search benchmark: %d memoranda, %d cores, max heap %d MB%n",
                docs,
                Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20);

        double baseline = 0;
        if (indexing) {
            Path raw = Files.createTempDirectory("maoni-bench-raw");
            try {
                baseline = rawLucene(raw, docs);
            } finally {
                delete(raw);
            }
            System.out.printf(Locale.ROOT, "raw Lucene baseline: %.0f documents/s%n", baseline);
        }

        Path dir = kept == null ? Files.createTempDirectory("maoni-bench-lucene") : Path.of(kept);
        try (SearchIndex lucene = new LuceneSearchIndex(dir)) {
            if (indexing) {
                double adapter = index(lucene, 0, docs);
                System.out.printf(
                        Locale.ROOT,
                        "lucene adapter: %.0f documents/s, ratio to raw Lucene %.2f (target >= 0.5)%n",
                        adapter,
                        adapter / baseline);
                elasticsearch(args, docs, baseline);
            } else {
                index(lucene, (int) Math.min(lucene.count(), docs), docs, 20 * BATCH);
            }
            if (lucene.count() == docs) {
                latency(lucene, docs, rounds);
            }
            if (large > docs) {
                long start = System.nanoTime();
                // only the size matters here, not the rate: larger batches fill the index sooner
                index(lucene, (int) Math.max(docs, lucene.count()), large, 20 * BATCH);
                System.out.printf(
                        Locale.ROOT,
                        "lucene adapter: grew to %d documents in %.0f s%n",
                        lucene.count(),
                        (System.nanoTime() - start) / 1e9);
                latency(lucene, large, rounds);
            }
        } finally {
            if (kept == null) {
                delete(dir);
            }
        }
    }

    private static void elasticsearch(String[] args, int docs, double baseline) throws Exception {
        ElasticsearchServer server = null;
        String uri = args.length > 0 && !args[0].isBlank() ? args[0] : null;
        try {
            if (uri == null) {
                try {
                    server = ElasticsearchServer.start();
                    uri = server.uri().toString();
                } catch (ElasticsearchServer.Unavailable e) {
                    System.out.println("elasticsearch adapter: skipped (" + e.getMessage() + ")");
                    return;
                }
            }
            try (SearchIndex es = ElasticsearchSearchIndex.connect(List.of(uri), null, null, "maoni-bench")) {
                es.deleteAll();
                double rate = index(es, 0, docs);
                System.out.printf(
                        Locale.ROOT,
                        "elasticsearch adapter (%s): %.0f documents/s, ratio to raw Lucene %.2f%n",
                        uri,
                        rate,
                        rate / baseline);
                es.deleteAll();
            }
        } finally {
            if (server != null) {
                server.close();
            }
        }
    }

    /** Indexes memoranda [from, to) in batches of 1,000; answers documents per second. */
    private static double index(SearchIndex index, int from, int to) {
        return index(index, from, to, BATCH);
    }

    /** Indexes memoranda [from, to) in batches of {@code size}; answers documents per second. */
    static double index(SearchIndex index, int from, int to, int size) {
        long start = System.nanoTime();
        List<SearchDocument> batch = new ArrayList<>(size);
        for (int i = from; i < to; i++) {
            batch.add(memorandum(i));
            if (batch.size() == size) {
                index.upsert(batch);
                batch.clear();
            }
        }
        if (!batch.isEmpty()) {
            index.upsert(batch);
        }
        return (to - from) / ((System.nanoTime() - start) / 1e9);
    }

    /** The same documents and fields as the Lucene adapter writes, straight through an IndexWriter. */
    private static double rawLucene(Path dir, int docs) throws IOException {
        FieldType text = new FieldType();
        text.setTokenized(true);
        text.setStored(true);
        text.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        text.freeze();
        FieldType pairs = new FieldType();
        pairs.setTokenized(true);
        pairs.setOmitNorms(true);
        pairs.setIndexOptions(IndexOptions.DOCS);
        pairs.freeze();
        long start = System.nanoTime();
        try (FSDirectory directory = FSDirectory.open(dir);
                IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(pairsAnalyzer()))) {
            for (int i = 0; i < docs; i++) {
                SearchDocument d = memorandum(i);
                Document doc = new Document();
                doc.add(new StringField("$schema", "pairs", Field.Store.NO));
                List<String> facets = new ArrayList<>();
                doc.add(new StringField(IndexFields.ID, d.id(), Field.Store.YES));
                doc.add(new SortedDocValuesField(IndexFields.ID, new BytesRef(d.id())));
                IndexFields.keywordValues(d)
                        .forEach((field, values) -> values.forEach(v -> {
                            doc.add(new StringField(field, v, Field.Store.YES));
                            if (FACET_FIELDS.contains(field)) {
                                facets.add(field + '\u001f' + v);
                            }
                        }));
                facets.sort(null);
                doc.add(new SortedDocValuesField("$facetset", new BytesRef(String.join("\u001e", facets))));
                long day = d.date().toEpochDay();
                doc.add(new LongPoint(IndexFields.DATE, day));
                doc.add(new NumericDocValuesField(IndexFields.DATE, day));
                doc.add(new StoredField(IndexFields.DATE, day));
                doc.add(new Field(IndexFields.TITLE, d.title(), text));
                doc.add(new Field(IndexFields.TEXT, d.text(), text));
                doc.add(new Field(IndexFields.STAFF_TEXT, d.staffText(), text));
                doc.add(new Field(IndexFields.TITLE + "$pairs", d.title(), pairs));
                doc.add(new Field(IndexFields.TEXT + "$pairs", d.text(), pairs));
                doc.add(new Field(IndexFields.STAFF_TEXT + "$pairs", d.staffText(), pairs));
                writer.addDocument(doc);
            }
            writer.commit();
        }
        return docs / ((System.nanoTime() - start) / 1e9);
    }

    /** The standard analyser, turning the words of {@code *$pairs} fields into pairs of adjacent words. */
    private static Analyzer pairsAnalyzer() {
        Analyzer standard = new StandardAnalyzer();
        return new AnalyzerWrapper(Analyzer.PER_FIELD_REUSE_STRATEGY) {
            @Override
            protected Analyzer getWrappedAnalyzer(String fieldName) {
                return standard;
            }

            @Override
            protected TokenStreamComponents wrapComponents(String fieldName, TokenStreamComponents components) {
                if (!fieldName.endsWith("$pairs")) {
                    return components;
                }
                TokenStream words = components.getTokenStream();
                CharTermAttribute term = words.addAttribute(CharTermAttribute.class);
                TokenStream pairs = new TokenFilter(words) {
                    private String previous;

                    @Override
                    public boolean incrementToken() throws IOException {
                        while (input.incrementToken()) {
                            String current = term.toString();
                            String before = previous;
                            previous = current;
                            if (before != null) {
                                term.setEmpty().append(before).append(' ').append(current);
                                return true;
                            }
                        }
                        return false;
                    }

                    @Override
                    public void reset() throws IOException {
                        super.reset();
                        previous = null;
                    }
                };
                return new TokenStreamComponents(components.getSource(), pairs);
            }
        };
    }

    /**
     * Each query of the mix alone, one client: where the time goes before queries compete for the cores. Besides the
     * wall-clock median it reports the CPU time of the searching thread (mean, p50, p99 over the runs), which other
     * processes on the machine hardly change, so it is the figure to compare between changes.
     */
    static void singleClient(SearchIndex index, List<SearchQuery> mix) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        int runs = Integer.getInteger("search.bench.single-runs", 30);
        double cpuSum = 0;
        for (int q = 0; q < mix.size(); q++) {
            SearchQuery query = mix.get(q);
            double[] ms = new double[runs];
            double[] cpu = new double[runs];
            long total = 0;
            for (int i = 0; i < runs; i++) {
                long c = threads.getCurrentThreadCpuTime();
                long t = System.nanoTime();
                total = index.search(query).total();
                ms[i] = (System.nanoTime() - t) / 1e6;
                cpu[i] = (threads.getCurrentThreadCpuTime() - c) / 1e6;
            }
            Arrays.sort(ms);
            double mean = Arrays.stream(cpu).average().orElse(0);
            cpuSum += mean;
            Arrays.sort(cpu);
            System.out.printf(
                    Locale.ROOT,
                    "  one client: %-32s %-6s %8d hits, wall median %6.1f ms; CPU mean %6.1f, p50 %6.1f, p99 %6.1f ms%n",
                    QUERIES[q].isEmpty() ? "(everything)" : QUERIES[q],
                    query.audience().name().toLowerCase(Locale.ROOT),
                    total,
                    ms[runs / 2],
                    mean,
                    cpu[runs / 2],
                    cpu[(int) Math.ceil(runs * 0.99) - 1]);
        }
        System.out.printf(Locale.ROOT, "  one client: CPU mean over the mix %.1f ms/query%n", cpuSum / mix.size());
    }

    /** 10 clients each run every query (public and staff, some with filters, some by date) {@code rounds} times. */
    static void latency(SearchIndex index, int size, int rounds) throws Exception {
        List<SearchQuery> mix = new ArrayList<>();
        for (int q = 0; q < QUERIES.length; q++) {
            Audience audience = q % 2 == 0 ? Audience.PUBLIC : Audience.STAFF;
            SearchFilters filters = q % 3 == 0
                    ? SearchFilters.NONE.withCounties(java.util.Set.of(COUNTIES[q % COUNTIES.length]))
                    : SearchFilters.NONE;
            SortOrder order = q % 4 == 0 ? SortOrder.DATE : SortOrder.RELEVANCE;
            mix.add(new SearchQuery(QueryParser.parse(QUERIES[q]), audience, filters, order, 0, 20));
        }
        for (SearchQuery q : mix) {
            index.search(q);
        }
        singleClient(index, mix);
        if (rounds == 0) {
            return;
        }
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        try {
            List<Future<double[]>> results = new ArrayList<>();
            long start = System.nanoTime();
            for (int c = 0; c < CLIENTS; c++) {
                int offset = c;
                results.add(clients.submit(() -> {
                    double[] ms = new double[rounds * mix.size()];
                    for (int i = 0; i < ms.length; i++) {
                        SearchQuery q = mix.get((i + offset) % mix.size());
                        long t = System.nanoTime();
                        index.search(q);
                        ms[i] = (System.nanoTime() - t) / 1e6;
                    }
                    return ms;
                }));
            }
            double[] all = new double[0];
            for (Future<double[]> f : results) {
                double[] ms = f.get();
                int at = all.length;
                all = Arrays.copyOf(all, at + ms.length);
                System.arraycopy(ms, 0, all, at, ms.length);
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            Arrays.sort(all);
            System.out.printf(
                    Locale.ROOT,
                    "lucene adapter @ %d documents, %d clients: %d queries, %.0f queries/s, p50 %.1f ms, p99 %.1f ms,"
                            + " max %.1f ms (target p99 < 100 ms)%n",
                    size,
                    CLIENTS,
                    all.length,
                    all.length / seconds,
                    all[all.length / 2],
                    all[(int) Math.ceil(all.length * 0.99) - 1],
                    all[all.length - 1]);
        } finally {
            clients.shutdownNow();
        }
    }

    /** Memorandum {@code i}, always the same: about 150 words, a tenth of them from a long tail of rare words. */
    static SearchDocument memorandum(int i) {
        Random random = new Random(2026L * 1_000_003L + i);
        int bill = i % 50;
        String stance = STANCES[random.nextInt(STANCES.length)];
        String status = STATUSES[random.nextInt(STATUSES.length)];
        boolean responded = status.equals("RESPONDED");
        return new SearchDocument(
                "memorandum:BENCH-" + i,
                "memorandum:BENCH-" + i,
                DocumentType.MEMORANDUM,
                responded ? Visibility.PUBLIC : Visibility.STAFF,
                "bill-" + bill,
                1 + random.nextInt(2),
                "sec_" + (1 + random.nextInt(60)),
                "bill-" + bill + "-lin-" + random.nextInt(60),
                "MEM-" + i,
                COUNTIES[random.nextInt(COUNTIES.length)],
                random.nextInt(3) == 0 ? "ORGANISATION" : "INDIVIDUAL",
                stance,
                responded ? DECISIONS[random.nextInt(DECISIONS.length)] : null,
                status,
                LocalDate.of(2026, 1, 1).plusDays(random.nextInt(365)),
                "Memorandum MEM-" + i,
                words(random, 100 + random.nextInt(100)),
                random.nextInt(4) == 0 ? "Submitted by " + words(random, 2) : "");
    }

    private static String words(Random random, int n) {
        StringBuilder s = new StringBuilder(n * 8);
        for (int k = 0; k < n; k++) {
            if (k > 0) {
                s.append(' ');
            }
            if (random.nextInt(10) == 0) {
                s.append("neno").append(random.nextInt(20_000));
            } else {
                s.append(COMMON[random.nextInt(COMMON.length)]);
            }
        }
        return s.toString();
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
