package org.maoni.search;

import java.util.Objects;
import org.maoni.search.query.ParsedQuery;

/**
 * One search: the parsed query, who asks, filters, order and the page ({@code offset} hits skipped, at most
 * {@code limit} returned). Paging is bounded: {@code limit} at most {@link #MAX_LIMIT} and {@code offset + limit} at
 * most {@link #MAX_DEPTH}, so no request walks deep into the result list.
 */
public record SearchQuery(
        ParsedQuery query, Audience audience, SearchFilters filters, SortOrder sort, int offset, int limit) {

    /** Most hits in one page. */
    public static final int MAX_LIMIT = 100;
    /** Deepest hit any page may reach. */
    public static final int MAX_DEPTH = 1000;

    public SearchQuery {
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(audience, "audience");
        filters = filters == null ? SearchFilters.NONE : filters;
        sort = sort == null ? SortOrder.RELEVANCE : sort;
        if (offset < 0 || limit < 0 || limit > MAX_LIMIT || (long) offset + limit > MAX_DEPTH) {
            throw new IllegalArgumentException("Paging out of bounds: offset " + offset + ", limit " + limit);
        }
    }

    /** The first page of 20 hits for the public, by relevance, without filters. */
    public static SearchQuery publicQuery(ParsedQuery query) {
        return new SearchQuery(query, Audience.PUBLIC, SearchFilters.NONE, SortOrder.RELEVANCE, 0, 20);
    }

    public SearchQuery withAudience(Audience newAudience) {
        return new SearchQuery(query, newAudience, filters, sort, offset, limit);
    }

    public SearchQuery withFilters(SearchFilters newFilters) {
        return new SearchQuery(query, audience, newFilters, sort, offset, limit);
    }

    public SearchQuery withSort(SortOrder newSort) {
        return new SearchQuery(query, audience, filters, newSort, offset, limit);
    }

    public SearchQuery withPage(int newOffset, int newLimit) {
        return new SearchQuery(query, audience, filters, sort, newOffset, newLimit);
    }
}
