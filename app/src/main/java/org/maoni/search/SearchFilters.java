package org.maoni.search;

import java.time.LocalDate;
import java.util.Set;

/**
 * Exact-match filters of a search: within one field any listed value matches, across fields all must; an empty set
 * does not filter. {@code provisions} matches a document's eId or its lineage id; {@code from} and {@code to} bound
 * {@code date} inclusively (a document without a date is then left out).
 */
public record SearchFilters(
        Set<DocumentType> types,
        Set<String> billIds,
        Set<Integer> versions,
        Set<String> provisions,
        Set<String> counties,
        Set<String> submitterTypes,
        Set<String> stances,
        Set<String> decisions,
        Set<String> statuses,
        LocalDate from,
        LocalDate to) {

    /** No filter at all. */
    public static final SearchFilters NONE = new SearchFilters(
            Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), null, null);

    public SearchFilters {
        types = copy(types);
        billIds = copy(billIds);
        versions = copy(versions);
        provisions = copy(provisions);
        counties = copy(counties);
        submitterTypes = copy(submitterTypes);
        stances = copy(stances);
        decisions = copy(decisions);
        statuses = copy(statuses);
    }

    private static <T> Set<T> copy(Set<T> values) {
        return values == null ? Set.of() : Set.copyOf(values);
    }

    public SearchFilters withTypes(Set<DocumentType> newTypes) {
        return new SearchFilters(
                newTypes,
                billIds,
                versions,
                provisions,
                counties,
                submitterTypes,
                stances,
                decisions,
                statuses,
                from,
                to);
    }

    public SearchFilters withBillIds(Set<String> newBillIds) {
        return new SearchFilters(
                types,
                newBillIds,
                versions,
                provisions,
                counties,
                submitterTypes,
                stances,
                decisions,
                statuses,
                from,
                to);
    }

    public SearchFilters withVersions(Set<Integer> newVersions) {
        return new SearchFilters(
                types,
                billIds,
                newVersions,
                provisions,
                counties,
                submitterTypes,
                stances,
                decisions,
                statuses,
                from,
                to);
    }

    public SearchFilters withProvisions(Set<String> newProvisions) {
        return new SearchFilters(
                types,
                billIds,
                versions,
                newProvisions,
                counties,
                submitterTypes,
                stances,
                decisions,
                statuses,
                from,
                to);
    }

    public SearchFilters withCounties(Set<String> newCounties) {
        return new SearchFilters(
                types,
                billIds,
                versions,
                provisions,
                newCounties,
                submitterTypes,
                stances,
                decisions,
                statuses,
                from,
                to);
    }

    public SearchFilters withSubmitterTypes(Set<String> newSubmitterTypes) {
        return new SearchFilters(
                types,
                billIds,
                versions,
                provisions,
                counties,
                newSubmitterTypes,
                stances,
                decisions,
                statuses,
                from,
                to);
    }

    public SearchFilters withStances(Set<String> newStances) {
        return new SearchFilters(
                types,
                billIds,
                versions,
                provisions,
                counties,
                submitterTypes,
                newStances,
                decisions,
                statuses,
                from,
                to);
    }

    public SearchFilters withDecisions(Set<String> newDecisions) {
        return new SearchFilters(
                types,
                billIds,
                versions,
                provisions,
                counties,
                submitterTypes,
                stances,
                newDecisions,
                statuses,
                from,
                to);
    }

    public SearchFilters withStatuses(Set<String> newStatuses) {
        return new SearchFilters(
                types,
                billIds,
                versions,
                provisions,
                counties,
                submitterTypes,
                stances,
                decisions,
                newStatuses,
                from,
                to);
    }

    public SearchFilters withDates(LocalDate newFrom, LocalDate newTo) {
        return new SearchFilters(
                types,
                billIds,
                versions,
                provisions,
                counties,
                submitterTypes,
                stances,
                decisions,
                statuses,
                newFrom,
                newTo);
    }
}
