package org.maoni.search.elasticsearch;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch._types.SortOptions;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch._types.query_dsl.BoolQuery;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import co.elastic.clients.elasticsearch.core.search.Highlight;
import co.elastic.clients.elasticsearch.core.search.HighlighterEncoder;
import co.elastic.clients.elasticsearch.core.search.HighlighterType;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import co.elastic.clients.transport.TransportException;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import co.elastic.clients.util.NamedValue;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.http.HttpHost;
import org.apache.http.auth.AuthScope;
import org.apache.http.auth.UsernamePasswordCredentials;
import org.apache.http.impl.client.BasicCredentialsProvider;
import org.elasticsearch.client.ResponseException;
import org.elasticsearch.client.RestClient;
import org.elasticsearch.client.RestClientBuilder;
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
import org.maoni.search.Visibility;
import org.maoni.search.internal.IndexFields;
import org.maoni.search.query.ParsedQuery;

/**
 * The {@link SearchIndex} on an Elasticsearch cluster, through the elasticsearch-java client. On start it installs an
 * index template (strict mapping: keyword fields, a {@code date}, three {@code standard}-analysed text fields; one
 * shard, so relevance and facet counts are exact and match the Lucene adapter) and creates the index. Writes go in bulk
 * requests of at most {@link #BATCH} operations, retried with exponential back-off for the operations refused with 429,
 * and wait for a refresh so that they are visible when the method returns.
 */
public final class ElasticsearchSearchIndex implements SearchIndex {

    static final int BATCH = 500;
    private static final int DELETE_PAGE = 1000;

    private static final String TEMPLATE = """
            {
              "index_patterns": ["%s*"],
              "priority": 100,
              "template": {
                "settings": { "number_of_shards": 1, "max_result_window": %d },
                "mappings": {
                  "dynamic": "strict",
                  "properties": {
                    %s,
                    "date": { "type": "date", "format": "yyyy-MM-dd" },
                    "title": { "type": "text", "analyzer": "standard", "index_options": "offsets" },
                    "text": { "type": "text", "analyzer": "standard", "index_options": "offsets" },
                    "staffText": { "type": "text", "analyzer": "standard", "index_options": "offsets" }
                  }
                }
              }
            }
            """;

    private final RestClientTransport transport;
    private final ElasticsearchClient client;
    private final String index;
    private final Backoff backoff;

    ElasticsearchSearchIndex(RestClient restClient, String index, Backoff backoff) {
        this.transport = new RestClientTransport(restClient, new JacksonJsonpMapper());
        this.client = new ElasticsearchClient(transport);
        this.index = index;
        this.backoff = backoff;
        install();
    }

    /**
     * Connects to the cluster at {@code uris} (with basic auth when {@code username} is given), installs the template
     * and creates {@code index} if it does not exist.
     */
    public static ElasticsearchSearchIndex connect(List<String> uris, String username, String password, String index) {
        RestClientBuilder builder =
                RestClient.builder(uris.stream().map(HttpHost::create).toArray(HttpHost[]::new));
        if (username != null && !username.isBlank()) {
            BasicCredentialsProvider credentials = new BasicCredentialsProvider();
            credentials.setCredentials(
                    AuthScope.ANY, new UsernamePasswordCredentials(username, password == null ? "" : password));
            builder.setHttpClientConfigCallback(http -> http.setDefaultCredentialsProvider(credentials));
        }
        Backoff backoff =
                new Backoff(8, Duration.ofMillis(100), Duration.ofSeconds(10), d -> Thread.sleep(d.toMillis()));
        return new ElasticsearchSearchIndex(builder.build(), index, backoff);
    }

    @Override
    public String backend() {
        return "elasticsearch";
    }

    private void install() {
        StringBuilder keywords = new StringBuilder();
        for (String field : IndexFields.KEYWORDS) {
            if (!keywords.isEmpty()) {
                keywords.append(",\n");
            }
            keywords.append('"').append(field).append("\": { \"type\": \"keyword\" }");
        }
        String body = TEMPLATE.formatted(index, SearchQuery.MAX_DEPTH + SearchQuery.MAX_LIMIT, keywords);
        call(() -> client.indices()
                .putIndexTemplate(t -> t.name(index + "-template").withJson(new StringReader(body))));
        boolean exists = call(() -> client.indices().exists(e -> e.index(index)).value());
        if (!exists) {
            try {
                client.indices().create(c -> c.index(index));
            } catch (ElasticsearchException e) {
                // Another node created it first.
                if (!"resource_already_exists_exception".equals(e.error().type())) {
                    throw e;
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot create the search index " + index, e);
            }
        }
    }

    @Override
    public void upsert(List<SearchDocument> documents) {
        bulk(documents.stream().map(this::indexOperation).toList());
    }

    @Override
    public void replaceGroup(String group, List<SearchDocument> documents) {
        for (SearchDocument d : documents) {
            if (!group.equals(d.group())) {
                throw new IllegalArgumentException("Document " + d.id() + " is not in group " + group);
            }
        }
        upsert(documents);
        List<String> ids = documents.stream().map(SearchDocument::id).toList();
        Query stale = Query.of(q -> q.bool(b -> {
            b.filter(term(IndexFields.GROUP, group));
            if (!ids.isEmpty()) {
                b.mustNot(m -> m.ids(i -> i.values(ids)));
            }
            return b;
        }));
        deleteByQuery(stale);
    }

    @Override
    public void delete(Collection<String> ids) {
        bulk(ids.stream()
                .map(id -> BulkOperation.of(b -> b.delete(d -> d.index(index).id(id))))
                .toList());
    }

    @Override
    public void deleteAll() {
        deleteByQuery(Query.of(q -> q.matchAll(m -> m)));
    }

    @Override
    public long count() {
        return call(() -> client.count(c -> c.index(index)).count());
    }

    @Override
    public void close() {
        try {
            transport.close();
        } catch (IOException e) {
            throw new UncheckedIOException("Closing the Elasticsearch client failed", e);
        }
    }

    // --- writes

    private BulkOperation indexOperation(SearchDocument d) {
        Map<String, Object> source = new LinkedHashMap<>();
        source.put(IndexFields.ID, d.id());
        IndexFields.keywordValues(d)
                .forEach((field, values) -> source.put(field, values.size() == 1 ? values.get(0) : values));
        put(source, IndexFields.DATE, d.date() == null ? null : d.date().toString());
        source.put(IndexFields.TITLE, d.title());
        source.put(IndexFields.TEXT, d.text());
        source.put(IndexFields.STAFF_TEXT, d.staffText());
        return BulkOperation.of(b -> b.index(i -> i.index(index).id(d.id()).document(source)));
    }

    private static void put(Map<String, Object> source, String field, String value) {
        if (value != null) {
            source.put(field, value);
        }
    }

    private void bulk(List<BulkOperation> operations) {
        for (int from = 0; from < operations.size(); from += BATCH) {
            List<BulkOperation> batch = operations.subList(from, Math.min(operations.size(), from + BATCH));
            backoff.run(batch, this::sendBulk);
        }
    }

    /** Sends one bulk request; answers the operations refused with 429, throws for any other failure. */
    private List<BulkOperation> sendBulk(List<BulkOperation> operations) {
        BulkResponse response;
        try {
            response = client.bulk(b -> b.operations(operations).refresh(Refresh.WaitFor));
        } catch (ElasticsearchException e) {
            if (e.status() == 429) {
                return operations;
            }
            throw e;
        } catch (TransportException e) {
            if (e.getCause() instanceof ResponseException r
                    && r.getResponse().getStatusLine().getStatusCode() == 429) {
                return operations;
            }
            throw new UncheckedIOException("Bulk request to Elasticsearch failed", e);
        } catch (IOException e) {
            throw new UncheckedIOException("Bulk request to Elasticsearch failed", e);
        }
        if (!response.errors()) {
            return List.of();
        }
        List<BulkOperation> refused = new ArrayList<>();
        List<BulkResponseItem> items = response.items();
        for (int i = 0; i < items.size(); i++) {
            BulkResponseItem item = items.get(i);
            if (item.error() == null
                    || (item.status() == 404 && operations.get(i).isDelete())) {
                continue;
            }
            if (item.status() == 429) {
                refused.add(operations.get(i));
            } else {
                throw new IllegalStateException("Elasticsearch refused document " + item.id() + ": "
                        + item.error().type() + ": " + item.error().reason());
            }
        }
        return refused;
    }

    /**
     * Deletes the documents matching {@code query}: their ids are read page by page (in id order) and deleted in bulk.
     * This avoids {@code _delete_by_query}, which lives in the reindex module that minimal distributions lack.
     */
    private void deleteByQuery(Query query) {
        List<String> ids = new ArrayList<>();
        String after = null;
        while (true) {
            String from = after;
            @SuppressWarnings("rawtypes")
            SearchResponse<Map> page = call(() -> client.search(
                    s -> {
                        s.index(index)
                                .query(query)
                                .size(DELETE_PAGE)
                                .source(src -> src.fetch(false))
                                .sort(so ->
                                        so.field(f -> f.field(IndexFields.ID).order(SortOrder.Asc)));
                        if (from != null) {
                            s.searchAfter(FieldValue.of(from));
                        }
                        return s;
                    },
                    Map.class));
            List<String> found = page.hits().hits().stream().map(Hit::id).toList();
            ids.addAll(found);
            if (found.size() < DELETE_PAGE) {
                break;
            }
            after = found.get(found.size() - 1);
        }
        delete(ids);
    }

    // --- search

    @Override
    public SearchResult search(SearchQuery request) {
        boolean staff = request.audience() == Audience.STAFF;
        Query query = translate(request);
        SearchRequest.Builder search = new SearchRequest.Builder()
                .index(index)
                .query(query)
                .from(request.offset())
                .size(request.limit())
                .trackTotalHits(t -> t.enabled(true))
                .sort(sort(request.sort()));
        if (!staff) {
            search.source(s -> s.filter(f -> f.excludes(IndexFields.STAFF_TEXT)));
        }
        for (Facet facet : Facet.values()) {
            search.aggregations(
                    facet.name(),
                    Aggregation.of(a -> a.terms(t -> t.field(IndexFields.field(facet))
                            .size(SearchResult.FACET_SIZE)
                            .order(List.of(
                                    NamedValue.of("_count", SortOrder.Desc), NamedValue.of("_key", SortOrder.Asc))))));
        }
        if (!request.query().positiveAtoms().isEmpty()) {
            search.highlight(highlight(staff));
        }
        @SuppressWarnings("rawtypes")
        SearchResponse<Map> response = call(() -> client.search(search.build(), Map.class));
        List<SearchHit> hits = new ArrayList<>();
        for (@SuppressWarnings("rawtypes") Hit<Map> hit : response.hits().hits()) {
            hits.add(hit(hit, staff));
        }
        Map<Facet, List<FacetCount>> facets = new EnumMap<>(Facet.class);
        for (Facet facet : Facet.values()) {
            Aggregate aggregate = response.aggregations().get(facet.name());
            List<FacetCount> counts = new ArrayList<>();
            for (StringTermsBucket bucket : aggregate.sterms().buckets().array()) {
                counts.add(new FacetCount(bucket.key().stringValue(), bucket.docCount()));
            }
            facets.put(facet, counts);
        }
        long total =
                response.hits().total() == null ? 0 : response.hits().total().value();
        return new SearchResult(total, hits, facets);
    }

    private Highlight highlight(boolean staff) {
        List<String> fields = staff ? List.of(IndexFields.TEXT, IndexFields.STAFF_TEXT) : List.of(IndexFields.TEXT);
        return Highlight.of(h -> {
            h.type(HighlighterType.Unified)
                    .encoder(HighlighterEncoder.Html)
                    .preTags(IndexFields.MARK_OPEN)
                    .postTags(IndexFields.MARK_CLOSE)
                    .fragmentSize(IndexFields.PASSAGE_LENGTH)
                    .numberOfFragments(IndexFields.PASSAGES)
                    .noMatchSize(0)
                    .requireFieldMatch(true)
                    .maxAnalyzedOffset(IndexFields.MAX_HIGHLIGHT_CHARS);
            for (String field : fields) {
                h.fields(field, f -> f);
            }
            return h;
        });
    }

    @SuppressWarnings("rawtypes")
    private static SearchHit hit(Hit<Map> hit, boolean staff) {
        Map source = hit.source();
        Map<String, List<String>> highlights = hit.highlight();
        String version = string(source, IndexFields.VERSION);
        String date = string(source, IndexFields.DATE);
        return new SearchHit(
                string(source, IndexFields.ID),
                DocumentType.valueOf(string(source, IndexFields.TYPE)),
                string(source, IndexFields.BILL),
                version == null ? null : Integer.valueOf(version),
                string(source, IndexFields.EID),
                string(source, IndexFields.LINEAGE),
                string(source, IndexFields.REFERENCE),
                string(source, IndexFields.COUNTY),
                string(source, IndexFields.SUBMITTER_TYPE),
                string(source, IndexFields.STANCE),
                string(source, IndexFields.DECISION),
                string(source, IndexFields.STATUS),
                date == null ? null : LocalDate.parse(date),
                string(source, IndexFields.TITLE),
                snippet(highlights.get(IndexFields.TEXT), string(source, IndexFields.TEXT)),
                staff ? snippet(highlights.get(IndexFields.STAFF_TEXT), string(source, IndexFields.STAFF_TEXT)) : null);
    }

    @SuppressWarnings("rawtypes")
    private static String string(Map source, String field) {
        Object value = source.get(field);
        if (value instanceof List<?> values) {
            // a multi-valued keyword (further provisions): the first value is the document's own
            value = values.isEmpty() ? null : values.get(0);
        }
        return value == null ? null : value.toString();
    }

    private static String snippet(List<String> fragments, String text) {
        if (fragments == null || fragments.isEmpty()) {
            return IndexFields.leadSnippet(text);
        }
        return String.join(
                IndexFields.ELLIPSIS, fragments.stream().map(String::strip).toList());
    }

    private static List<SortOptions> sort(org.maoni.search.SortOrder order) {
        SortOptions byId =
                SortOptions.of(s -> s.field(f -> f.field(IndexFields.ID).order(SortOrder.Asc)));
        if (order == org.maoni.search.SortOrder.DATE) {
            SortOptions byDate = SortOptions.of(s ->
                    s.field(f -> f.field(IndexFields.DATE).order(SortOrder.Desc).missing("_last")));
            return List.of(byDate, byId);
        }
        return List.of(SortOptions.of(s -> s.score(sc -> sc.order(SortOrder.Desc))), byId);
    }

    private static Query translate(SearchQuery request) {
        ParsedQuery parsed = request.query();
        List<String> fields = IndexFields.searchedFields(request.audience());
        BoolQuery.Builder root = new BoolQuery.Builder();
        if (parsed.required().isEmpty()) {
            root.must(m -> m.matchAll(a -> a));
        }
        for (List<ParsedQuery.Atom> group : parsed.required()) {
            List<Query> any = group.stream().map(a -> atom(a, fields)).toList();
            root.must(m -> m.bool(b -> b.should(any)));
        }
        for (ParsedQuery.Atom atom : parsed.excluded()) {
            root.mustNot(atom(atom, fields));
        }
        if (request.audience() == Audience.PUBLIC) {
            root.filter(term(IndexFields.VISIBILITY, Visibility.PUBLIC.name()));
        }
        filters(root, request.filters());
        return Query.of(q -> q.bool(root.build()));
    }

    private static Query atom(ParsedQuery.Atom atom, List<String> fields) {
        List<Query> any = fields.stream().map(f -> fieldQuery(atom, f)).toList();
        return Query.of(q -> q.bool(b -> b.should(any)));
    }

    private static Query fieldQuery(ParsedQuery.Atom atom, String field) {
        if (atom instanceof ParsedQuery.Prefix p) {
            return Query.of(q -> q.prefix(x -> x.field(field).value(p.prefix())));
        }
        String text = atom instanceof ParsedQuery.Word w ? w.text() : ((ParsedQuery.Phrase) atom).text();
        return Query.of(q -> q.matchPhrase(m -> m.field(field).query(text)));
    }

    private static void filters(BoolQuery.Builder root, SearchFilters f) {
        anyOf(root, IndexFields.TYPE, f.types().stream().map(DocumentType::name).toList());
        anyOf(root, IndexFields.BILL, f.billIds());
        anyOf(
                root,
                IndexFields.VERSION,
                f.versions().stream().map(String::valueOf).toList());
        if (!f.provisions().isEmpty()) {
            root.filter(q -> q.bool(b -> b.should(terms(IndexFields.EID, f.provisions()))
                    .should(terms(IndexFields.LINEAGE, f.provisions()))));
        }
        anyOf(root, IndexFields.COUNTY, f.counties());
        anyOf(root, IndexFields.SUBMITTER_TYPE, f.submitterTypes());
        anyOf(root, IndexFields.STANCE, f.stances());
        anyOf(root, IndexFields.DECISION, f.decisions());
        anyOf(root, IndexFields.STATUS, f.statuses());
        if (f.from() != null || f.to() != null) {
            root.filter(q -> q.range(r -> r.date(d -> {
                d.field(IndexFields.DATE);
                if (f.from() != null) {
                    d.gte(f.from().toString());
                }
                if (f.to() != null) {
                    d.lte(f.to().toString());
                }
                return d;
            })));
        }
    }

    private static void anyOf(BoolQuery.Builder root, String field, Collection<String> values) {
        if (!values.isEmpty()) {
            root.filter(terms(field, values));
        }
    }

    private static Query term(String field, String value) {
        return Query.of(q -> q.term(t -> t.field(field).value(value)));
    }

    private static Query terms(String field, Collection<String> values) {
        List<FieldValue> list = values.stream().map(FieldValue::of).toList();
        return Query.of(q -> q.terms(t -> t.field(field).terms(v -> v.value(list))));
    }

    private interface Call<T> {
        T run() throws IOException;
    }

    private static <T> T call(Call<T> call) {
        try {
            return call.run();
        } catch (IOException e) {
            throw new UncheckedIOException("Elasticsearch request failed", e);
        }
    }
}
