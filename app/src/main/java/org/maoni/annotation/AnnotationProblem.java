package org.maoni.annotation;

import java.util.Map;
import org.maoni.web.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/**
 * An annotation that cannot be accepted or shown, as an RFC 9457 problem detail whose type
 * {@code urn:maoni:problem:<slug>} names the reason (quote-not-found, selectors-disagree, unknown-target, bad-context,
 * ...); {@code path} names where in the JSON-LD the fault lies when known. Nothing was stored when one is thrown.
 */
public final class AnnotationProblem extends ErrorResponseException {

    private static final long serialVersionUID = 1L;

    private final String slug;

    public AnnotationProblem(HttpStatus status, String slug, String title, String detail, String path) {
        super(status, Problems.of(status, slug, title, detail, path == null ? Map.of() : Map.of("path", path)), null);
        this.slug = slug;
    }

    /** The stable last part of the problem type, e.g. {@code quote-not-found}. */
    public String slug() {
        return slug;
    }
}
