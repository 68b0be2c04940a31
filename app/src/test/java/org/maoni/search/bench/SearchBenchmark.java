package org.maoni.search.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;
import org.maoni.search.Audience;
import org.maoni.search.DocumentType;
import org.maoni.search.SearchDocument;
import org.maoni.search.SearchIndex;
import org.maoni.search.SearchQuery;
import org.maoni.search.SortOrder;
import org.maoni.search.Visibility;
import org.maoni.search.elasticsearch.ElasticsearchSearchIndex;
import org.maoni.search.lucene.LuceneSearchIndex;
import org.maoni.search.query.QueryParser;

/**
 * Times indexing and searching a synthetic corpus (default 100 bills × 2 versions × 300 provisions, plus staff-only
 * memoranda) on the Lucene adapter in a temporary directory, and on Elasticsearch when a URI is given as the first
 * argument. Prints indexing throughput and per-query latency percentiles for a mix of words, phrases, OR, exclusion,
 * prefixes, filters and deep pages. Asserts nothing.
 */
public final class SearchBenchmark {

    private static final String[] WORDS =
            ("county market trader stall permit levy fee committee officer zone relocation appeal offence "
                            + "regulation revenue budget water road health education bunge kaunti ada soko biashara "
                            + "shall may person public notice period days section subsection paragraph assembly "
                            + "executive member government land tax licence inspection penalty")
                    .split(" ");
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
        ""
    };

    public static void main(String[] args) throws Exception {
        int bills = Integer.getInteger("bills", 100);
        List<SearchDocument> corpus = corpus(bills, 2, 300, new Random(2026));
        Path dir = Files.createTempDirectory("maoni-search-bench");
        try (SearchIndex lucene = new LuceneSearchIndex(dir)) {
            measure(lucene, corpus);
        } finally {
            try (Stream<Path> walk = Files.walk(dir)) {
                walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        if (args.length > 0 && !args[0].isBlank()) {
            try (SearchIndex es = ElasticsearchSearchIndex.connect(List.of(args[0]), null, null, "maoni-bench")) {
                es.deleteAll();
                measure(es, corpus);
                es.deleteAll();
            }
        }
    }

    private static List<SearchDocument> corpus(int bills, int versions, int provisions, Random random) {
        List<SearchDocument> docs = new ArrayList<>();
        for (int b = 0; b < bills; b++) {
            String bill = "bill-" + b;
            for (int v = 1; v <= versions; v++) {
                for (int p = 1; p <= provisions; p++) {
                    docs.add(new SearchDocument(
                            "provision:" + bill + ":" + v + ":sec_" + p,
                            "provisions:" + bill + ":" + v,
                            DocumentType.PROVISION,
                            Visibility.PUBLIC,
                            bill,
                            v,
                            "sec_" + p,
                            bill + "-lin-" + p,
                            null,
                            b % 5 == 0 ? "Nakuru" : null,
                            null,
                            null,
                            null,
                            null,
                            LocalDate.of(2026, 1, 1).plusDays(b),
                            p + ". " + words(random, 3),
                            words(random, 40 + random.nextInt(80)),
                            null));
                }
            }
            for (int m = 0; m < 20; m++) {
                docs.add(new SearchDocument(
                        "memorandum:" + bill + ":" + m,
                        "memorandum:" + bill + ":" + m,
                        DocumentType.MEMORANDUM,
                        m % 2 == 0 ? Visibility.PUBLIC : Visibility.STAFF,
                        bill,
                        1,
                        null,
                        null,
                        "MEM-" + b + "-" + m,
                        "Kisumu",
                        m % 3 == 0 ? "ORGANISATION" : "INDIVIDUAL",
                        m % 4 == 0 ? "SUPPORT" : "AMEND",
                        null,
                        "RECEIVED",
                        LocalDate.of(2026, 3, 1).plusDays(m),
                        "Memorandum " + m,
                        words(random, 400),
                        "Submitted by " + words(random, 2)));
            }
        }
        return docs;
    }

    private static String words(Random random, int n) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < n; i++) {
            s.append(i == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
        }
        return s.toString();
    }

    private static void measure(SearchIndex index, List<SearchDocument> corpus) {
        long start = System.nanoTime();
        for (int from = 0; from < corpus.size(); from += 1000) {
            index.upsert(corpus.subList(from, Math.min(corpus.size(), from + 1000)));
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(
                Locale.ROOT,
                "%s: indexed %d documents in %.1f s (%.0f documents/s)%n",
                index.backend(),
                corpus.size(),
                seconds,
                corpus.size() / seconds);
        System.out.printf(Locale.ROOT, "%-34s %9s %9s %9s %9s%n", "query", "hits", "p50 ms", "p95 ms", "max ms");
        for (String q : QUERIES) {
            for (Audience audience : Audience.values()) {
                SearchQuery query = new SearchQuery(QueryParser.parse(q), audience, null, SortOrder.RELEVANCE, 0, 20);
                report(index, q + " (" + audience.name().toLowerCase(Locale.ROOT) + ")", query);
            }
        }
        report(
                index,
                "county, deepest page, by date",
                new SearchQuery(QueryParser.parse("county"), Audience.PUBLIC, null, SortOrder.DATE, 980, 20));
    }

    private static void report(SearchIndex index, String label, SearchQuery query) {
        for (int i = 0; i < 5; i++) {
            index.search(query);
        }
        int runs = 30;
        double[] ms = new double[runs];
        long hits = 0;
        for (int i = 0; i < runs; i++) {
            long t = System.nanoTime();
            hits = index.search(query).total();
            ms[i] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(ms);
        System.out.printf(
                Locale.ROOT,
                "%-34s %9d %9.1f %9.1f %9.1f%n",
                label.length() > 34 ? label.substring(0, 34) : label,
                hits,
                ms[runs / 2],
                ms[(int) (runs * 0.95) - 1],
                ms[runs - 1]);
    }
}
