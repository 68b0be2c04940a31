package org.maoni.search;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One document of the search index, the same for every type so that one query spans them all. Fields that do not apply
 * to a type are null (a provision has no stance; a memorandum no eId).
 *
 * <ul>
 *   <li>{@code id}: unique and stable, derived from what the document describes (e.g. {@code
 *       provision:<billId>:<version>:<eId>}), so indexing the same thing twice replaces it;
 *   <li>{@code group}: the unit that is re-indexed as a whole (e.g. one bill version's provisions, one memorandum with
 *       its proposals and decisions); see {@link SearchIndex#replaceGroup};
 *   <li>{@code type}, {@code visibility}: see {@link DocumentType} and {@link Visibility};
 *   <li>{@code billId}, {@code version}, {@code eId}, {@code lineageId}: the bill, version and provision it is about;
 *       {@code lineageId} follows the provision across versions;
 *   <li>{@code alsoEIds}, {@code alsoLineageIds}: further provisions of the same version it is about (a proposal
 *       naming several clauses); a provision filter matches these as it matches {@code eId} and {@code lineageId};
 *   <li>{@code reference}: the memorandum's reference number (memoranda, proposals, decisions);
 *   <li>{@code county}, {@code submitterType}, {@code stance}, {@code decision}, {@code status}: keyword facets (county
 *       display name; e.g. {@code ORGANISATION}; {@code AMEND}; {@code ACCEPTED}; {@code RESPONDED});
 *   <li>{@code date}: the date the document is ordered by (publication, receipt or decision date);
 *   <li>{@code title}, {@code text}: public searchable text, returned in hits and snippets;
 *   <li>{@code staffText}: searchable and shown to staff only, never to a public query, e.g. the name of a submitter
 *       who asked to stay anonymous.
 * </ul>
 *
 * Contact details (phone numbers, e-mail and postal addresses, ID numbers) are never put into any field, not even
 * {@code staffText}: staff read them in the memorandum module, not through search. Whoever builds a document puts
 * anything that is not published into {@code staffText}, or marks the whole document {@link Visibility#STAFF}.
 */
public record SearchDocument(
        String id,
        String group,
        DocumentType type,
        Visibility visibility,
        String billId,
        Integer version,
        String eId,
        String lineageId,
        String reference,
        String county,
        String submitterType,
        String stance,
        String decision,
        String status,
        LocalDate date,
        String title,
        String text,
        String staffText,
        List<String> alsoEIds,
        List<String> alsoLineageIds) {

    public SearchDocument {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("A search document needs an id");
        }
        if (group == null || group.isBlank()) {
            throw new IllegalArgumentException("A search document needs a group");
        }
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(visibility, "visibility");
        title = title == null ? "" : title;
        text = text == null ? "" : text;
        staffText = staffText == null ? "" : staffText;
        alsoEIds = alsoEIds == null ? List.of() : List.copyOf(alsoEIds);
        alsoLineageIds = alsoLineageIds == null ? List.of() : List.copyOf(alsoLineageIds);
    }

    /** A document about at most one provision. */
    public SearchDocument(
            String id,
            String group,
            DocumentType type,
            Visibility visibility,
            String billId,
            Integer version,
            String eId,
            String lineageId,
            String reference,
            String county,
            String submitterType,
            String stance,
            String decision,
            String status,
            LocalDate date,
            String title,
            String text,
            String staffText) {
        this(
                id,
                group,
                type,
                visibility,
                billId,
                version,
                eId,
                lineageId,
                reference,
                county,
                submitterType,
                stance,
                decision,
                status,
                date,
                title,
                text,
                staffText,
                List.of(),
                List.of());
    }
}
