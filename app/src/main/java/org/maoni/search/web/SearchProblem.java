package org.maoni.search.web;

import java.util.List;
import java.util.Map;
import org.maoni.web.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/**
 * A search request that is refused, as an RFC 9457 problem detail with a stable type ({@code urn:maoni:problem:<slug>}):
 * {@code invalid-query} kinds from the query parser, {@code page-too-deep}, or {@code invalid-request} with field
 * errors named by parameter.
 */
final class SearchProblem extends ErrorResponseException {

    private static final long serialVersionUID = 1L;

    /** One invalid request parameter. */
    record FieldError(String field, String message) {}

    private SearchProblem(String slug, String title, String detail, List<FieldError> errors) {
        super(
                HttpStatus.BAD_REQUEST,
                Problems.of(
                        HttpStatus.BAD_REQUEST,
                        slug,
                        title,
                        detail,
                        errors.isEmpty() ? Map.of() : Map.of("errors", List.copyOf(errors))),
                null);
    }

    static SearchProblem invalidQuery(String slug, String detail) {
        return new SearchProblem(slug, "The search query was not run", detail, List.of(new FieldError("q", detail)));
    }

    static SearchProblem pageTooDeep(String detail) {
        return new SearchProblem("page-too-deep", "The page is too deep", detail, List.of());
    }

    static SearchProblem invalidFields(List<FieldError> errors) {
        return new SearchProblem(
                "invalid-request",
                "Invalid request",
                "The search request has invalid parameters: " + errors.get(0).field() + " "
                        + errors.get(0).message(),
                errors);
    }
}
