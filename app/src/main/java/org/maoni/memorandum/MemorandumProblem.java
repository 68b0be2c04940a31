package org.maoni.memorandum;

import java.util.List;
import java.util.Map;
import org.maoni.web.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/**
 * A request about memoranda or calls for memoranda that cannot be carried out, as an RFC 9457 problem detail with a
 * stable type ({@code urn:maoni:problem:<slug>}); nothing was stored when one is thrown.
 */
public final class MemorandumProblem extends ErrorResponseException {

    private static final long serialVersionUID = 1L;

    private final String slug;

    private MemorandumProblem(
            HttpStatus status, String slug, String title, String detail, Map<String, Object> properties) {
        super(status, Problems.of(status, slug, title, detail, properties), null);
        this.slug = slug;
    }

    /** The stable last part of the problem type, e.g. {@code window-not-open}. */
    public String slug() {
        return slug;
    }

    /** One invalid field, named by its JSON path. */
    public record FieldError(String field, String message) {}

    public static MemorandumProblem invalidFields(String detail, List<FieldError> errors) {
        return new MemorandumProblem(
                HttpStatus.BAD_REQUEST,
                "invalid-request",
                "Invalid request",
                detail,
                Map.of("errors", List.copyOf(errors)));
    }

    /** A proposal names a provision the version does not have; {@code closest} names the nearest existing ones. */
    public static MemorandumProblem unknownProvision(String field, String reference, String why, List<String> closest) {
        return new MemorandumProblem(
                HttpStatus.BAD_REQUEST,
                "unknown-provision",
                "The bill has no such provision",
                why + (closest.isEmpty() ? "" : " Closest: " + String.join(", ", closest) + "."),
                Map.of(
                        "errors",
                        List.of(new FieldError(field, "names no provision of this version: '" + reference + "'")),
                        "closest",
                        List.copyOf(closest)));
    }

    public static MemorandumProblem notFound(String reference) {
        return new MemorandumProblem(
                HttpStatus.NOT_FOUND,
                "memorandum-not-found",
                "Memorandum not found",
                "No memorandum " + reference + " matches that reference and receipt token.",
                Map.of());
    }

    /** The proposal does not exist or is not on the named bill. */
    public static MemorandumProblem proposalNotFound(org.maoni.bill.BillId billId, long proposalId) {
        return new MemorandumProblem(
                HttpStatus.NOT_FOUND,
                "proposal-not-found",
                "Proposal not found",
                "Bill " + billId.value() + " has no proposal " + proposalId + ".",
                Map.of());
    }

    public static MemorandumProblem callNotFound(String what) {
        return new MemorandumProblem(HttpStatus.NOT_FOUND, "call-not-found", "No call for memoranda", what, Map.of());
    }

    public static MemorandumProblem fileNotFound(String reference, long id) {
        return new MemorandumProblem(
                HttpStatus.NOT_FOUND,
                "file-not-found",
                "File not found",
                "Memorandum " + reference + " has no file " + id + ".",
                Map.of());
    }

    public static MemorandumProblem conflict(String slug, String title, String detail) {
        return new MemorandumProblem(HttpStatus.CONFLICT, slug, title, detail, Map.of());
    }

    public static MemorandumProblem windowNotOpen(String detail) {
        return conflict("window-not-open", "The call for memoranda is not open", detail);
    }

    public static MemorandumProblem idempotencyKeyReused(String key) {
        return new MemorandumProblem(
                HttpStatus.UNPROCESSABLE_ENTITY,
                "idempotency-key-reused",
                "The idempotency key was used for a different request",
                "The Idempotency-Key '" + key + "' was already used for a different memorandum; use a new key.",
                Map.of());
    }

    public static MemorandumProblem fileRejected(HttpStatus status, String slug, String file, String detail) {
        return new MemorandumProblem(
                status, slug, "The file was not accepted", detail, Map.of("file", file == null ? "" : file));
    }

    public static MemorandumProblem forbidden(String detail) {
        return new MemorandumProblem(HttpStatus.FORBIDDEN, "forbidden", "Not allowed", detail, Map.of());
    }
}
