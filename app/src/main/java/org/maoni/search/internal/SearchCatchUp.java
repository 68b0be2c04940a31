package org.maoni.search.internal;

import java.util.Set;
import org.maoni.bill.BillService;
import org.maoni.memorandum.Memoranda;
import org.maoni.search.Audience;
import org.maoni.search.DocumentType;
import org.maoni.search.SearchFilters;
import org.maoni.search.SearchIndex;
import org.maoni.search.SearchQuery;
import org.maoni.search.SearchResult;
import org.maoni.search.SortOrder;
import org.maoni.search.query.QueryParser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * On start, fills the index from the database in the background when it is empty (a new data directory, a first start
 * with search, or another database) or holds no memoranda while the database has some (an index built before memoranda
 * were indexed), and when the index was not closed cleanly (its last writes may be missing): events published before
 * then would otherwise never reach it. It does not empty anything first, so it cannot undo what listeners index
 * meanwhile.
 */
@Component
@Order(0)
class SearchCatchUp implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(SearchCatchUp.class);

    private final SearchIndex index;
    private final SearchReindexing reindexing;
    private final BillService bills;
    private final Memoranda memoranda;

    SearchCatchUp(SearchIndex index, SearchReindexing reindexing, BillService bills, Memoranda memoranda) {
        this.index = index;
        this.reindexing = reindexing;
        this.bills = bills;
        this.memoranda = memoranda;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (index.count() == 0) {
            log.info("The {} search index is empty: indexing every bill in the background", index.backend());
            reindexing.start(false);
        } else if (index.recoveryNeeded()) {
            log.warn(
                    "The {} search index was not closed cleanly and may lack its last writes: indexing every bill"
                            + " again in the background",
                    index.backend());
            reindexing.start(false);
        } else if (!indexHoldsMemoranda()
                && bills.list().stream().anyMatch(b -> !memoranda.list(b.id()).isEmpty())) {
            log.info("The {} search index holds no memoranda: indexing every bill in the background", index.backend());
            reindexing.start(false);
        }
    }

    private boolean indexHoldsMemoranda() {
        SearchResult result = index.search(new SearchQuery(
                QueryParser.parse(""),
                Audience.STAFF,
                SearchFilters.NONE.withTypes(Set.of(DocumentType.MEMORANDUM)),
                SortOrder.RELEVANCE,
                0,
                0));
        return result.total() > 0;
    }
}
