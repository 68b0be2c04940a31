package org.maoni.notification;

import java.util.List;
import java.util.Map;
import org.maoni.web.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/**
 * A staff request about a stored message that cannot be carried out, as an RFC 9457 problem detail with a stable type
 * ({@code urn:maoni:problem:<slug>}); nothing was changed when one is thrown.
 */
public final class NotificationProblem extends ErrorResponseException {

    private static final long serialVersionUID = 1L;

    private final String slug;

    private NotificationProblem(HttpStatus status, String slug, String title, String detail) {
        super(status, Problems.of(status, slug, title, detail), null);
        this.slug = slug;
    }

    /** The stable last part of the problem type, e.g. {@code message-not-found}. */
    public String slug() {
        return slug;
    }

    public static NotificationProblem notFound(MessageId id) {
        return new NotificationProblem(
                HttpStatus.NOT_FOUND, "message-not-found", "Message not found", "No message has the id " + id + ".");
    }

    public static NotificationProblem notFound(String id) {
        return new NotificationProblem(
                HttpStatus.NOT_FOUND, "message-not-found", "Message not found", "No message has the id " + id + ".");
    }

    public static NotificationProblem conflict(String slug, String title, String detail) {
        return new NotificationProblem(HttpStatus.CONFLICT, slug, title, detail);
    }

    public static NotificationProblem invalidParameter(String name, String detail) {
        NotificationProblem problem =
                new NotificationProblem(HttpStatus.BAD_REQUEST, "invalid-request", "Invalid request", detail);
        problem.getBody().setProperty("errors", List.of(Map.of("field", name, "message", detail)));
        return problem;
    }
}
