package org.maoni.bill;

import java.util.List;
import java.util.Map;
import org.maoni.web.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/**
 * A request about a draft version that cannot be carried out, as an RFC 9457 problem detail
 * ({@code urn:maoni:problem:<slug>}); nothing was stored when one is thrown.
 */
public final class DraftProblem extends ErrorResponseException {

    private static final long serialVersionUID = 1L;

    private final String slug;

    private DraftProblem(HttpStatus status, String slug, String title, String detail, Map<String, Object> properties) {
        super(status, Problems.of(status, slug, title, detail, properties), null);
        this.slug = slug;
    }

    /** The stable last part of the problem type, e.g. {@code draft-not-found}. */
    public String slug() {
        return slug;
    }

    /** No such draft, or one the caller may not see (drafts are for staff only). */
    public static DraftProblem draftNotFound(BillId id, int number) {
        return new DraftProblem(
                HttpStatus.NOT_FOUND,
                "draft-not-found",
                "Draft not found",
                "The bill " + id + " has no draft " + number + ".",
                Map.of());
    }

    /** Drafts are listed for staff only; to anyone else a bill has none to show. */
    public static DraftProblem noDrafts(BillId id) {
        return new DraftProblem(
                HttpStatus.NOT_FOUND,
                "draft-not-found",
                "Draft not found",
                "The bill " + id + " has no drafts.",
                Map.of());
    }

    public static DraftProblem provisionNotFound(String eId) {
        return new DraftProblem(
                HttpStatus.NOT_FOUND,
                "provision-not-found",
                "Provision not found",
                "The draft has no provision '" + eId + "'.",
                Map.of());
    }

    public static DraftProblem draftOpen(BillId id, int open) {
        return new DraftProblem(
                HttpStatus.CONFLICT,
                "draft-open",
                "A draft is already open",
                "Draft " + open + " of bill " + id + " is still open: publish or discard it first.",
                Map.of("openDraft", open));
    }

    public static DraftProblem notEditable(BillId id, int number, DraftStatus status) {
        return new DraftProblem(
                HttpStatus.CONFLICT,
                "draft-not-editable",
                "The draft cannot be edited now",
                "Draft " + number + " of bill " + id + " is " + status
                        + "; only a draft in DRAFTING can be edited (a reviewer can send it back).",
                Map.of("status", status));
    }

    public static DraftProblem invalidEdit(String detail, List<BillProblem.FieldError> errors) {
        return new DraftProblem(
                HttpStatus.UNPROCESSABLE_ENTITY,
                "invalid-draft-edit",
                "The edit was not made",
                detail,
                Map.of("errors", List.copyOf(errors)));
    }
}
