package org.maoni.review.internal;

import java.util.List;
import java.util.Map;
import org.maoni.web.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/**
 * A request about workflow tasks that cannot be carried out, as an RFC 9457 problem detail with a stable type
 * ({@code urn:maoni:problem:<slug>}); nothing was changed when one is thrown.
 */
public final class ReviewProblem extends ErrorResponseException {

    private static final long serialVersionUID = 1L;

    private final String slug;

    private ReviewProblem(HttpStatus status, String slug, String title, String detail, Map<String, Object> properties) {
        super(status, Problems.of(status, slug, title, detail, properties), null);
        this.slug = slug;
    }

    /** The stable last part of the problem type, e.g. {@code task-not-found}. */
    public String slug() {
        return slug;
    }

    /** One invalid field, named by its JSON path. */
    public record FieldError(String field, String message) {}

    public static ReviewProblem taskNotFound(String id) {
        return new ReviewProblem(
                HttpStatus.NOT_FOUND,
                "task-not-found",
                "Task not found",
                "No open task has the id " + id + "; it may have been completed already.",
                Map.of());
    }

    public static ReviewProblem taskForbidden(String id) {
        return new ReviewProblem(
                HttpStatus.FORBIDDEN,
                "task-forbidden",
                "Not your task",
                "The task " + id + " belongs to a group your role is not in.",
                Map.of());
    }

    public static ReviewProblem taskClaimed(String id, String assignee) {
        return new ReviewProblem(
                HttpStatus.CONFLICT,
                "task-claimed",
                "Claimed by someone else",
                "The task " + id + " is claimed by " + assignee + "; they must unclaim it first.",
                Map.of("assignee", assignee));
    }

    public static ReviewProblem taskChanged(String id) {
        return new ReviewProblem(
                HttpStatus.CONFLICT,
                "task-changed",
                "Changed at the same time",
                "Someone else changed the task " + id + " at the same moment; reload it and try again.",
                Map.of());
    }

    public static ReviewProblem taskNotClaimed(String id) {
        return new ReviewProblem(
                HttpStatus.CONFLICT,
                "task-not-claimed",
                "Not claimed by you",
                "The task " + id + " is not claimed by you, so you cannot unclaim it.",
                Map.of());
    }

    public static ReviewProblem workflowNotFound(String reference) {
        return new ReviewProblem(
                HttpStatus.NOT_FOUND,
                "workflow-not-found",
                "Workflow not found",
                "No review workflow exists for the memorandum " + reference + ".",
                Map.of());
    }

    public static ReviewProblem invalidFields(String detail, List<FieldError> errors) {
        return new ReviewProblem(
                HttpStatus.BAD_REQUEST,
                "invalid-request",
                "Invalid request",
                detail,
                Map.of("errors", List.copyOf(errors)));
    }
}
