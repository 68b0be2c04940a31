package org.maoni.search.internal;

import org.maoni.search.SearchIndex;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * On start, fills an empty index from the database in the background (a new data directory, a first start with
 * search, or another database): events published before the index existed would otherwise never reach it. It does not
 * empty anything first, so it cannot undo what listeners index meanwhile.
 */
@Component
@Order(0)
class SearchCatchUp implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(SearchCatchUp.class);

    private final SearchIndex index;
    private final SearchReindexing reindexing;

    SearchCatchUp(SearchIndex index, SearchReindexing reindexing) {
        this.index = index;
        this.reindexing = reindexing;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (index.count() == 0) {
            log.info("The {} search index is empty: indexing every bill in the background", index.backend());
            reindexing.start(false);
        }
    }
}
