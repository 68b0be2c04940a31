package org.maoni.web;

import java.net.URI;
import java.util.Map;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

/**
 * Builds the RFC 9457 problem details every module answers with: the type {@code urn:maoni:problem:<slug>}, a title, a
 * human detail and extra members (a member whose value is null is left out).
 */
public final class Problems {

    private Problems() {}

    /** A problem with no extra members. */
    public static ProblemDetail of(HttpStatusCode status, String slug, String title, String detail) {
        return of(status, slug, title, detail, Map.of());
    }

    /** A problem with {@code members} added to it. */
    public static ProblemDetail of(
            HttpStatusCode status, String slug, String title, String detail, Map<String, ?> members) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(ProblemDetailsAdvice.PROBLEM_BASE + slug));
        problem.setTitle(title);
        members.forEach((name, value) -> {
            if (value != null) {
                problem.setProperty(name, value);
            }
        });
        return problem;
    }
}
