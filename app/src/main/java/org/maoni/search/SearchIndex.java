package org.maoni.search;

import java.util.Collection;
import java.util.List;

/**
 * The search index port: full-text search over everything the public and staff may look up, with one adapter per
 * backend (Lucene, embedded; Elasticsearch) that must behave identically; one contract test suite runs against both.
 *
 * <p><b>What is indexed.</b> {@link SearchDocument}s: provisions of every bill version (with their lineage id),
 * memoranda (their text and their attachments' text), proposals, and committee decisions with their reasons. The index
 * is derived data: it is built from the database and can be rebuilt from it at any time.
 *
 * <p><b>Visibility.</b> A {@link Audience#PUBLIC} search matches only {@link Visibility#PUBLIC} documents, searches
 * only their public fields ({@code title}, {@code text}) and returns only public fields: a word that occurs only in
 * {@code staffText}, or only in a staff-only document, finds nothing. A {@link Audience#STAFF} search matches every
 * document and also searches and returns {@code staffText}. Contact details are never indexed at all.
 *
 * <p><b>Query semantics.</b> The query is a {@link org.maoni.search.query.ParsedQuery}, never user syntax. Words and
 * phrases are analysed like the indexed text (Unicode word boundaries, lower-cased, no stemming, no stop words); a word
 * or phrase matches when it occurs in any searched field; {@code prefix*} matches any indexed word starting with it.
 * Filters are exact keyword matches ({@link SearchFilters}). Hits are ordered by relevance (BM25) or by date, ties
 * broken by id; {@code total} and facet counts are exact and cover every match, not only the page.
 *
 * <p><b>Consistency.</b> Every write is idempotent (documents are keyed by id, so the same document indexed twice is
 * stored once) and, when the method returns, visible to every later search on any node. It is durable when the method
 * returns (Elasticsearch) or within the backend's commit interval (Lucene): an index that may have lost acknowledged
 * writes in a crash says so at the next start ({@link #recoveryNeeded()}), and is then rebuilt from the database. Writes of
 * different groups may run concurrently; callers serialise writes of the same group (the event listeners re-read the
 * database, so the last write wins with the latest state). A failed write throws and may have been applied in part;
 * repeating it converges.
 */
public interface SearchIndex extends AutoCloseable {

    /** Which backend this is: {@code lucene} or {@code elasticsearch}. */
    String backend();

    /** Adds or replaces each document by id. */
    void upsert(List<SearchDocument> documents);

    /**
     * Makes {@code documents} the whole content of {@code group}: upserts them, then deletes the group's documents whose
     * ids are not among them. Every document must belong to {@code group}.
     */
    void replaceGroup(String group, List<SearchDocument> documents);

    /** Deletes the documents with these ids; unknown ids are ignored. */
    void delete(Collection<String> ids);

    /** Deletes every document (before a full rebuild). */
    void deleteAll();

    /** Runs one search; see the type's Javadoc for its semantics. */
    SearchResult search(SearchQuery query);

    /** How many documents the index holds, of any visibility. */
    long count();

    /**
     * Whether writes acknowledged before the last stop may be missing (the process died before the index made them
     * durable): the caller then re-indexes from the database. False for a backend that is durable on every write.
     */
    default boolean recoveryNeeded() {
        return false;
    }

    /** Releases the backend's resources; the index is unusable afterwards. */
    @Override
    void close();
}
