package org.maoni.search.query;

import java.util.List;

/**
 * The syntax tree of a user's search query, in conjunctive normal form: a document matches when, for every group in
 * {@code required}, at least one of the group's atoms matches it, and none of the {@code excluded} atoms does. A query
 * with no required group matches every document that no excluded atom matches (so the empty query matches everything).
 * Each search adapter translates this tree, never the user's text, so every backend gives the same answers.
 */
public record ParsedQuery(List<List<Atom>> required, List<Atom> excluded) {

    public ParsedQuery {
        required = required.stream().map(List::copyOf).toList();
        excluded = List.copyOf(excluded);
        if (required.stream().anyMatch(List::isEmpty)) {
            throw new IllegalArgumentException("A required group needs at least one atom");
        }
    }

    /** The query that matches every document. */
    public static final ParsedQuery ALL = new ParsedQuery(List.of(), List.of());

    /** Whether this query matches every document (no words, no exclusions). */
    public boolean matchesAll() {
        return required.isEmpty() && excluded.isEmpty();
    }

    /** Every atom that must or may match: those worth highlighting. */
    public List<Atom> positiveAtoms() {
        return required.stream().flatMap(List::stream).toList();
    }

    /** One leaf of the tree. */
    public sealed interface Atom permits Word, Phrase, Prefix {}

    /**
     * A word as the user typed it (with any punctuation inside it); the backend's analyser splits it into tokens, and
     * several tokens (as in "e-mail" or "s.5") must then occur next to each other, like a phrase.
     */
    public record Word(String text) implements Atom {}

    /** A quoted phrase: its tokens must occur next to each other, in order. */
    public record Phrase(String text) implements Atom {}

    /** A word's beginning (the user wrote {@code prefix*}): lower-case letters and digits only, at least three. */
    public record Prefix(String prefix) implements Atom {}
}
