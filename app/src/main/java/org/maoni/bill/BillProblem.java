package org.maoni.bill;

import java.util.List;
import java.util.Map;
import org.maoni.web.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/**
 * A request about bills that cannot be carried out, as an RFC 9457 problem detail with a stable type
 * ({@code urn:maoni:problem:<slug>}); nothing was stored when one is thrown.
 */
public final class BillProblem extends ErrorResponseException {

    private static final long serialVersionUID = 1L;

    private final String slug;

    private BillProblem(HttpStatus status, String slug, String title, String detail, Map<String, Object> properties) {
        super(status, Problems.of(status, slug, title, detail, properties), null);
        this.slug = slug;
    }

    /** The stable last part of the problem type, e.g. {@code bill-not-found}. */
    public String slug() {
        return slug;
    }

    /** One invalid field, named by its JSON path. */
    public record FieldError(String field, String message) {}

    public static BillProblem billNotFound(BillId id) {
        return new BillProblem(
                HttpStatus.NOT_FOUND, "bill-not-found", "Bill not found", "No bill has the id " + id + ".", Map.of());
    }

    public static BillProblem versionNotFound(BillId id, int number) {
        return new BillProblem(
                HttpStatus.NOT_FOUND,
                "version-not-found",
                "Version not found",
                "The bill " + id + " has no version " + number + ".",
                Map.of());
    }

    public static BillProblem provisionNotFound(BillId id, String eId, Integer version) {
        return new BillProblem(
                HttpStatus.NOT_FOUND,
                "provision-not-found",
                "Provision not found",
                "The bill " + id + " has no provision '" + eId + "'"
                        + (version == null ? " in any version." : " in version " + version + "."),
                Map.of());
    }

    public static BillProblem noParticipationVersion(BillId id) {
        return new BillProblem(
                HttpStatus.CONFLICT,
                "no-participation-version",
                "No version is marked as the one that went to public participation",
                "Mark the version of bill " + id + " that went to public participation first" + " (PUT /api/bills/" + id
                        + "/participation-version).",
                Map.of());
    }

    public static BillProblem documentRejected(HttpStatus status, String reasonSlug, String detail) {
        return new BillProblem(status, reasonSlug, "The document was not accepted", detail, Map.of());
    }

    public static BillProblem notABill(String detail) {
        return new BillProblem(
                HttpStatus.UNPROCESSABLE_ENTITY, "not-a-bill", "The document is not a bill", detail, Map.of());
    }

    public static BillProblem invalidFields(String detail, List<FieldError> errors) {
        return new BillProblem(
                HttpStatus.BAD_REQUEST,
                "invalid-request",
                "Invalid request",
                detail,
                Map.of("errors", List.copyOf(errors)));
    }

    public static BillProblem invalidTree(List<FieldError> errors) {
        return new BillProblem(
                HttpStatus.UNPROCESSABLE_ENTITY,
                "invalid-provision-tree",
                "Invalid provision tree",
                "The provision tree was not saved: " + errors.size() + " problem(s), the first: "
                        + errors.get(0).field() + " " + errors.get(0).message(),
                Map.of("errors", List.copyOf(errors)));
    }

    public static BillProblem duplicateVersion(BillId id, String sha256, int existing) {
        return new BillProblem(
                HttpStatus.CONFLICT,
                "duplicate-version",
                "This file is already a version of the bill",
                "The same file (SHA-256 " + sha256 + ") is already version " + existing + " of bill " + id + ".",
                Map.of("existingVersion", existing));
    }
}
