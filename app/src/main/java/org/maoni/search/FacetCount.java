package org.maoni.search;

/** How many matching documents have one value of a facet. */
public record FacetCount(String value, long count) {}
