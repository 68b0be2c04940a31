package org.maoni.search;

import java.util.List;
import java.util.Map;

/**
 * The answer to a {@link SearchQuery}: the exact number of matching documents, one page of hits, and for every
 * {@link Facet} up to {@link #FACET_SIZE} values with their counts over all matching documents (most frequent first,
 * ties by value).
 */
public record SearchResult(long total, List<SearchHit> hits, Map<Facet, List<FacetCount>> facets) {

    /** Most values reported per facet. */
    public static final int FACET_SIZE = 20;

    public SearchResult {
        hits = List.copyOf(hits);
        facets = Map.copyOf(facets);
    }
}
