package org.maoni.search.query;

/**
 * A user query that is refused rather than run, because it would cost too much or cannot mean anything; {@code slug}
 * names the reason ({@code query-too-long}, {@code too-many-terms}, {@code invalid-wildcard}) and the message says
 * what to change.
 */
public final class InvalidQueryException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String slug;

    public InvalidQueryException(String slug, String message) {
        super(message);
        this.slug = slug;
    }

    public String slug() {
        return slug;
    }
}
