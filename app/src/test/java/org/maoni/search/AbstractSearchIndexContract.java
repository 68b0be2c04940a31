package org.maoni.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.maoni.search.Doc.doc;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.maoni.search.query.QueryParser;

/**
 * The {@link SearchIndex} contract, run unchanged against every adapter: each test gets a fresh, empty index from
 * {@link #createIndex()}.
 */
public abstract class AbstractSearchIndexContract {

    protected SearchIndex index;

    /** A new, empty index. */
    protected abstract SearchIndex createIndex();

    /** Removes what {@link #createIndex()} made, after the index was closed. */
    protected void destroyIndex() {}

    @BeforeEach
    void open() {
        index = createIndex();
    }

    @AfterEach
    void close() {
        index.close();
        destroyIndex();
    }

    private void add(Doc... docs) {
        index.upsert(Arrays.stream(docs).map(Doc::build).toList());
    }

    private SearchResult search(String q) {
        return index.search(SearchQuery.publicQuery(QueryParser.parse(q)));
    }

    private SearchResult staff(String q) {
        return index.search(SearchQuery.publicQuery(QueryParser.parse(q)).withAudience(Audience.STAFF));
    }

    private SearchResult filtered(String q, SearchFilters filters) {
        return index.search(SearchQuery.publicQuery(QueryParser.parse(q)).withFilters(filters));
    }

    private static List<String> ids(SearchResult result) {
        return result.hits().stream().map(SearchHit::id).sorted().toList();
    }

    private void threeClauses() {
        add(
                doc("a").text("The county assembly shall publish the budget estimates."),
                doc("b").text("The county assembly shall meet in public."),
                doc("c").text("The Senate shall publish its report."));
    }

    @Test
    void everyWordMustMatch() {
        threeClauses();
        assertThat(ids(search("county publish"))).containsExactly("a");
        assertThat(ids(search("shall"))).containsExactly("a", "b", "c");
        assertThat(search("county publish").total()).isEqualTo(1);
    }

    @Test
    void wordsAreCaseInsensitiveAndWholeWords() {
        threeClauses();
        assertThat(ids(search("SENATE"))).containsExactly("c");
        assertThat(ids(search("publ"))).isEmpty();
    }

    @Test
    void quotedPhraseMatchesAdjacentWordsInOrder() {
        threeClauses();
        assertThat(ids(search("\"assembly shall publish\""))).containsExactly("a");
        assertThat(ids(search("\"publish assembly\""))).isEmpty();
    }

    @Test
    void minusExcludes() {
        threeClauses();
        assertThat(ids(search("shall -senate"))).containsExactly("a", "b");
        assertThat(ids(search("shall -\"in public\""))).containsExactly("a", "c");
        assertThat(ids(search("-county"))).containsExactly("c");
    }

    @Test
    void orMakesEitherEnough() {
        threeClauses();
        assertThat(ids(search("meet OR senate"))).containsExactly("b", "c");
        assertThat(ids(search("county meet OR report"))).containsExactly("b");
        assertThat(ids(search("\"in public\" OR \"its report\""))).containsExactly("b", "c");
    }

    @Test
    void emptyQueryMatchesEverything() {
        threeClauses();
        assertThat(search("").total()).isEqualTo(3);
        assertThat(search("   ").hits()).hasSize(3);
    }

    @Test
    void trailingWildcardMatchesWordBeginnings() {
        threeClauses();
        assertThat(ids(search("budg*"))).containsExactly("a");
        assertThat(ids(search("PUBL*"))).containsExactly("a", "b", "c");
    }

    @Test
    void aWordWithPunctuationMatchesItsPartsInOrder() {
        add(
                doc("a").text("Objections may be sent by e-mail to the Clerk."),
                doc("b").text("Send mail, or an e-form, to the Clerk."));
        assertThat(ids(search("e-mail"))).containsExactly("a");
        assertThat(ids(search("mail"))).containsExactly("a", "b");
    }

    @Test
    void kiswahiliAndOtherScriptsAreSearchable() {
        add(
                doc("a").text("Bunge la Kaunti litachapisha bajeti kila mwaka."),
                doc("b").text("مجلس المقاطعة ينشر الميزانية"),
                doc("c").text("Ada ya maji 💧 itapunguzwa."));
        assertThat(ids(search("BAJETI"))).containsExactly("a");
        assertThat(ids(search("\"la kaunti\""))).containsExactly("a");
        assertThat(ids(search("الميزانية"))).containsExactly("b");
        assertThat(ids(search("maji"))).containsExactly("c");
    }

    @Test
    void titleIsSearchedToo() {
        add(doc("a").title("Finance Bill").text("Short title."), doc("b").text("Short title."));
        assertThat(ids(search("finance"))).containsExactly("a");
        assertThat(search("finance").hits().get(0).title()).isEqualTo("Finance Bill");
    }

    @Test
    void filtersMatchExactValues() {
        add(
                doc("p1").bill("b1").version(1).eId("sec_1").lineage("L1").text("levy"),
                doc("p2").bill("b1").version(2).eId("sec_2").lineage("L1").text("levy"),
                doc("p3").bill("b2").version(1).eId("sec_1").lineage("L3").text("levy"),
                doc("m1")
                        .type(DocumentType.PROPOSAL)
                        .bill("b1")
                        .version(1)
                        .eId("sec_1")
                        .county("Nakuru")
                        .submitterType("ORGANISATION")
                        .stance("AMEND")
                        .decision("ACCEPTED")
                        .status("RESPONDED")
                        .date("2026-03-01")
                        .text("levy"),
                doc("m2")
                        .type(DocumentType.PROPOSAL)
                        .bill("b1")
                        .version(1)
                        .eId("sec_2")
                        .county("Kisumu")
                        .submitterType("INDIVIDUAL")
                        .stance("DELETE")
                        .decision("REJECTED")
                        .status("IN_DECISION")
                        .date("2026-04-15")
                        .text("levy"));
        SearchFilters none = SearchFilters.NONE;
        assertThat(ids(filtered("levy", none.withTypes(Set.of(DocumentType.PROPOSAL)))))
                .containsExactly("m1", "m2");
        assertThat(ids(filtered("levy", none.withBillIds(Set.of("b2"))))).containsExactly("p3");
        assertThat(ids(filtered("levy", none.withVersions(Set.of(2))))).containsExactly("p2");
        assertThat(ids(filtered("levy", none.withProvisions(Set.of("L1"))))).containsExactly("p1", "p2");
        assertThat(ids(filtered("levy", none.withProvisions(Set.of("sec_1"))))).containsExactly("m1", "p1", "p3");
        assertThat(ids(filtered("levy", none.withCounties(Set.of("Nakuru"))))).containsExactly("m1");
        assertThat(ids(filtered("levy", none.withSubmitterTypes(Set.of("INDIVIDUAL")))))
                .containsExactly("m2");
        assertThat(ids(filtered("levy", none.withStances(Set.of("AMEND", "DELETE")))))
                .containsExactly("m1", "m2");
        assertThat(ids(filtered("levy", none.withDecisions(Set.of("ACCEPTED")))))
                .containsExactly("m1");
        assertThat(ids(filtered("levy", none.withStatuses(Set.of("IN_DECISION")))))
                .containsExactly("m2");
        assertThat(ids(filtered("levy", none.withDates(LocalDate.parse("2026-04-15"), null))))
                .containsExactly("m2");
        assertThat(ids(filtered("levy", none.withDates(null, LocalDate.parse("2026-04-14")))))
                .containsExactly("m1");
        assertThat(ids(filtered("levy", none.withDates(LocalDate.parse("2026-03-01"), LocalDate.parse("2026-04-15")))))
                .containsExactly("m1", "m2");
        assertThat(ids(filtered(
                        "levy",
                        none.withBillIds(Set.of("b1"))
                                .withVersions(Set.of(1))
                                .withTypes(Set.of(DocumentType.PROVISION)))))
                .containsExactly("p1");
        assertThat(ids(filtered("levy", none.withCounties(Set.of("Mombasa"))))).isEmpty();
    }

    @Test
    void aDocumentAboutSeveralProvisionsIsFoundUnderEachAndShowsItsFirst() {
        add(
                doc("x").type(DocumentType.PROPOSAL)
                        .eId("sec_1")
                        .lineage("L1")
                        .also(List.of("sec_2", "sec_3"), List.of("L2", "L3"))
                        .text("levy"),
                doc("y").eId("sec_2").lineage("L2").text("levy"));
        SearchFilters none = SearchFilters.NONE;
        assertThat(ids(filtered("levy", none.withProvisions(Set.of("sec_3"))))).containsExactly("x");
        assertThat(ids(filtered("levy", none.withProvisions(Set.of("L2"))))).containsExactly("x", "y");
        assertThat(ids(filtered("levy", none.withProvisions(Set.of("L1"))))).containsExactly("x");
        SearchHit hit =
                filtered("levy", none.withProvisions(Set.of("L3"))).hits().get(0);
        assertThat(hit.eId()).isEqualTo("sec_1");
        assertThat(hit.lineageId()).isEqualTo("L1");
    }

    @Test
    void facetsCountEveryMatchNotOnlyThePage() {
        add(
                doc("a").stance("AMEND").county("Nakuru").text("water"),
                doc("b").stance("AMEND").county("Kisumu").text("water"),
                doc("c").stance("DELETE").county("Nakuru").text("water"),
                doc("d").stance("SUPPORT").bill("bill-2").text("water"),
                doc("e").stance("SUPPORT").text("roads"));
        SearchResult result =
                index.search(SearchQuery.publicQuery(QueryParser.parse("water")).withPage(0, 1));
        assertThat(result.total()).isEqualTo(4);
        assertThat(result.hits()).hasSize(1);
        assertThat(result.facets().get(Facet.STANCE))
                .containsExactly(new FacetCount("AMEND", 2), new FacetCount("DELETE", 1), new FacetCount("SUPPORT", 1));
        assertThat(result.facets().get(Facet.COUNTY))
                .containsExactly(new FacetCount("Nakuru", 2), new FacetCount("Kisumu", 1));
        assertThat(result.facets().get(Facet.BILL))
                .containsExactly(new FacetCount("bill-1", 3), new FacetCount("bill-2", 1));
        assertThat(result.facets().get(Facet.TYPE)).containsExactly(new FacetCount("PROVISION", 4));
        assertThat(result.facets().get(Facet.VERSION)).containsExactly(new FacetCount("1", 4));
        assertThat(result.facets().get(Facet.DECISION)).isEmpty();
    }

    @Test
    void snippetsHighlightMatchesAndEscapeEverythingElse() {
        add(doc("x").text("Clause 5 <script>alert('x')</script> imposes a budget levy & a \"fee\"."));
        String snippet = search("budget").hits().get(0).snippet();
        assertThat(snippet).contains("<mark>budget</mark>");
        assertThat(snippet).contains("&lt;script&gt;").doesNotContain("<script>");
        assertThat(snippet).contains("&amp;");
        String withoutMarks = snippet.replace("<mark>", "").replace("</mark>", "");
        assertThat(withoutMarks).doesNotContain("<").doesNotContain(">");
    }

    @Test
    void phraseAndOrMatchesAreHighlighted() {
        add(doc("x").text("The county assembly shall publish the budget estimates."));
        String phrase = search("\"budget estimates\"").hits().get(0).snippet();
        assertThat(phrase.replace("</mark> <mark>", " ")).contains("<mark>budget estimates</mark>");
        String or = search("levy OR estimates").hits().get(0).snippet();
        assertThat(or).contains("<mark>estimates</mark>");
    }

    @Test
    void withoutAMatchInTheTextTheSnippetIsItsEscapedBeginning() {
        add(doc("x").title("Levy").text("A <b>bold</b> start. " + "word ".repeat(100)));
        String snippet = search("levy").hits().get(0).snippet();
        assertThat(snippet).startsWith("A &lt;b&gt;bold&lt;&#x2F;b&gt; start.").endsWith("…");
        assertThat(snippet.length()).isLessThan(300);
        assertThat(search("").hits().get(0).snippet()).doesNotContain("<mark>");
    }

    @Test
    void relevanceOrderPutsTheBetterMatchFirst() {
        add(
                doc("a").text("levy tax tax tax tax"),
                doc("b").text("levy levy levy levy tax"),
                doc("c").text("levy levy tax tax tax"));
        assertThat(search("levy").hits().stream().map(SearchHit::id)).containsExactly("b", "c", "a");
    }

    @Test
    void equalScoresAreOrderedById() {
        add(doc("c").text("levy"), doc("a").text("levy"), doc("b").text("levy"));
        assertThat(search("levy").hits().stream().map(SearchHit::id)).containsExactly("a", "b", "c");
    }

    @Test
    void dateOrderPutsTheNewestFirstAndUndatedLast() {
        add(
                doc("old").date("2025-01-01").text("levy"),
                doc("new").date("2026-06-30").text("levy"),
                doc("none").text("levy levy levy"),
                doc("mid").date("2025-12-31").text("levy"));
        SearchResult result =
                index.search(SearchQuery.publicQuery(QueryParser.parse("levy")).withSort(SortOrder.DATE));
        assertThat(result.hits().stream().map(SearchHit::id)).containsExactly("new", "mid", "old", "none");
        assertThat(result.hits().get(0).date()).isEqualTo(LocalDate.parse("2026-06-30"));
    }

    @Test
    void pagesDoNotOverlapAndStopAtTheEnd() {
        Doc[] docs = new Doc[25];
        for (int i = 0; i < docs.length; i++) {
            docs[i] = doc(String.format("d%02d", i)).text("levy");
        }
        add(docs);
        SearchQuery q = SearchQuery.publicQuery(QueryParser.parse("levy"));
        SearchResult first = index.search(q.withPage(0, 10));
        SearchResult second = index.search(q.withPage(10, 10));
        SearchResult third = index.search(q.withPage(20, 10));
        SearchResult beyond = index.search(q.withPage(30, 10));
        assertThat(first.total()).isEqualTo(25);
        assertThat(first.hits()).hasSize(10);
        assertThat(second.hits()).hasSize(10);
        assertThat(third.hits()).hasSize(5);
        assertThat(beyond.hits()).isEmpty();
        assertThat(beyond.total()).isEqualTo(25);
        assertThat(first.hits().get(0).id()).isEqualTo("d00");
        assertThat(second.hits().get(0).id()).isEqualTo("d10");
        assertThat(third.hits().get(4).id()).isEqualTo("d24");
        SearchResult countOnly = index.search(q.withPage(0, 0));
        assertThat(countOnly.hits()).isEmpty();
        assertThat(countOnly.total()).isEqualTo(25);
    }

    @Test
    void pagingIsBounded() {
        SearchQuery q = SearchQuery.publicQuery(QueryParser.parse("levy"));
        assertThatThrownBy(() -> q.withPage(0, SearchQuery.MAX_LIMIT + 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> q.withPage(SearchQuery.MAX_DEPTH, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> q.withPage(-1, 10)).isInstanceOf(IllegalArgumentException.class);
        assertThat(index.search(q.withPage(SearchQuery.MAX_DEPTH - 10, 10)).hits())
                .isEmpty();
    }

    @Test
    void publicSearchesNeverSeeStaffOnlyDocuments() {
        add(
                doc("pub").text("water tariff"),
                doc("hidden")
                        .type(DocumentType.MEMORANDUM)
                        .staffOnly()
                        .stance("OPPOSE")
                        .text("water tariff secret"));
        assertThat(ids(search("water"))).containsExactly("pub");
        assertThat(ids(search("secret"))).isEmpty();
        assertThat(search("").total()).isEqualTo(1);
        assertThat(search("water").facets().get(Facet.STANCE)).isEmpty();
        assertThat(search("water").facets().get(Facet.TYPE)).containsExactly(new FacetCount("PROVISION", 1));
        assertThat(ids(staff("secret"))).containsExactly("hidden");
        assertThat(staff("").total()).isEqualTo(2);
    }

    @Test
    void publicSearchesNeverMatchOrReturnStaffOnlyText() {
        add(doc("m").type(DocumentType.MEMORANDUM).text("We oppose the levy.").staffText("Submitted by Wanjiku Kamau"));
        assertThat(ids(search("wanjiku"))).isEmpty();
        assertThat(ids(search("levy -wanjiku"))).containsExactly("m");
        SearchHit publicHit = search("levy").hits().get(0);
        assertThat(publicHit.staffSnippet()).isNull();
        assertThat(publicHit.toString()).doesNotContain("Wanjiku");
        SearchHit staffHit = staff("wanjiku").hits().get(0);
        assertThat(staffHit.staffSnippet()).contains("<mark>Wanjiku</mark>");
        assertThat(ids(staff("levy -wanjiku"))).isEmpty();
    }

    @Test
    void indexingTheSameDocumentAgainReplacesIt() {
        add(doc("a").text("original wording"));
        add(doc("a").text("original wording"));
        assertThat(index.count()).isEqualTo(1);
        assertThat(search("original").total()).isEqualTo(1);
        add(doc("a").text("amended wording"));
        assertThat(index.count()).isEqualTo(1);
        assertThat(ids(search("original"))).isEmpty();
        assertThat(ids(search("amended"))).containsExactly("a");
    }

    @Test
    void replacingAGroupDropsItsStaleDocumentsOnly() {
        add(
                doc("v1-a").group("bill-1/v1").text("levy one"),
                doc("v1-b").group("bill-1/v1").text("levy two"),
                doc("v2-a").group("bill-1/v2").text("levy three"));
        index.replaceGroup(
                "bill-1/v1",
                List.of(doc("v1-a").group("bill-1/v1").text("levy one amended").build()));
        assertThat(ids(search("levy"))).containsExactly("v1-a", "v2-a");
        assertThat(ids(search("amended"))).containsExactly("v1-a");
        index.replaceGroup("bill-1/v2", List.of());
        assertThat(ids(search("levy"))).containsExactly("v1-a");
        assertThatThrownBy(() ->
                        index.replaceGroup("other", List.of(doc("z").group("g").build())))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void deletedDocumentsAreGone() {
        threeClauses();
        index.delete(List.of("a", "unknown"));
        assertThat(ids(search("shall"))).containsExactly("b", "c");
        assertThat(index.count()).isEqualTo(2);
        index.deleteAll();
        assertThat(index.count()).isZero();
        assertThat(search("").total()).isZero();
    }

    @Test
    void hitsCarryTheDocumentsFields() {
        add(doc("p").type(DocumentType.DECISION)
                .bill("b9")
                .version(3)
                .eId("sec_4__subsec_2")
                .lineage("lin-4")
                .reference("MEM-2026-0001")
                .county("Nairobi")
                .submitterType("ORGANISATION")
                .stance("AMEND")
                .decision("ACCEPTED_WITH_AMENDMENT")
                .status("RESPONDED")
                .date("2026-05-05")
                .title("Decision on clause 4(2)")
                .text("Accepted with amendment: the levy is halved."));
        SearchHit hit = search("halved").hits().get(0);
        assertThat(hit)
                .usingRecursiveComparison()
                .ignoringFields("snippet")
                .isEqualTo(new SearchHit(
                        "p",
                        DocumentType.DECISION,
                        "b9",
                        3,
                        "sec_4__subsec_2",
                        "lin-4",
                        "MEM-2026-0001",
                        "Nairobi",
                        "ORGANISATION",
                        "AMEND",
                        "ACCEPTED_WITH_AMENDMENT",
                        "RESPONDED",
                        LocalDate.parse("2026-05-05"),
                        "Decision on clause 4(2)",
                        null,
                        null));
        assertThat(hit.snippet()).contains("<mark>halved</mark>");
    }
}
