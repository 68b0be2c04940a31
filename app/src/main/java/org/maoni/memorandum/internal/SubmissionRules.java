package org.maoni.memorandum.internal;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import org.maoni.bill.Provision;
import org.maoni.memorandum.Channel;
import org.maoni.memorandum.MemorandumProblem;
import org.maoni.memorandum.MemorandumProblem.FieldError;
import org.maoni.memorandum.NewMemorandum;
import org.maoni.memorandum.ProposalInput;
import org.maoni.memorandum.Stance;
import org.maoni.memorandum.SubmittedFile;
import org.maoni.memorandum.SubmitterKind;
import org.maoni.memorandum.intake.ProvisionReferences;
import org.maoni.memorandum.intake.ReferenceResolution;
import org.springframework.http.HttpStatus;

/**
 * The pure checks of a submission (fields, files, provision references) and the receipt token; no database, no
 * clock. Each check throws a {@link MemorandumProblem} naming what is wrong.
 */
final class SubmissionRules {

    private static final SecureRandom RANDOM = new SecureRandom();
    /** Longest text, proposal or justification accepted (a long memorandum is a few hundred thousand characters). */
    static final int MAX_TEXT_CHARS = 1_000_000;

    private SubmissionRules() {}

    /** A proposal resolved against the version's tree. */
    record ResolvedProposal(
            String reference, List<String> eIds, boolean insertion, Stance stance, String text, String why) {}

    /** The field errors of a submission (consent, submitter, stance, content). */
    static List<FieldError> fieldErrors(NewMemorandum m) {
        List<FieldError> errors = new ArrayList<>();
        if (m.billId() == null) {
            errors.add(new FieldError("billId", "is required"));
        }
        if (m.channel() == null) {
            errors.add(new FieldError("channel", "is required: WEB_FORM, UPLOAD, EMAIL or API"));
        }
        if (m.consent() == null) {
            errors.add(new FieldError(
                    "consent", "is required: PUBLISH_NAME to publish your name, ANONYMOUS to publish without it"));
        }
        if (m.submitter() == null) {
            errors.add(new FieldError("submitter", "is required"));
        } else {
            if (m.submitter().kind() == null) {
                errors.add(new FieldError("submitter.kind", "is required: INDIVIDUAL or ORGANISATION"));
            } else if (m.submitter().kind() == SubmitterKind.ORGANISATION) {
                if (m.submitter().organisationType() == null) {
                    errors.add(new FieldError(
                            "submitter.organisationType",
                            "is required for an organisation: CSO, PRIVATE_SECTOR, PUBLIC_BODY, ACADEMIC or OTHER"));
                }
                if (blank(m.submitter().name())) {
                    errors.add(new FieldError("submitter.name", "is required for an organisation"));
                }
            }
            if (m.submitter().name() != null && m.submitter().name().length() > 300) {
                errors.add(new FieldError("submitter.name", "is longer than 300 characters"));
            }
            var contact = m.submitter().contact();
            if (contact.email() != null && contact.email().length() > 320) {
                errors.add(new FieldError("submitter.contact.email", "is longer than 320 characters"));
            }
            if (contact.email() != null
                    && !contact.email().isBlank()
                    && !contact.email().strip().matches("[^@\\s]+@[^@\\s]+")) {
                errors.add(new FieldError("submitter.contact.email", "is not an e-mail address"));
            }
            if (contact.phone() != null && contact.phone().length() > 60) {
                errors.add(new FieldError("submitter.contact.phone", "is longer than 60 characters"));
            }
            if (contact.postalAddress() != null && contact.postalAddress().length() > 500) {
                errors.add(new FieldError("submitter.contact.postalAddress", "is longer than 500 characters"));
            }
        }
        if (m.text() != null && m.text().length() > MAX_TEXT_CHARS) {
            errors.add(new FieldError("text", "is longer than " + MAX_TEXT_CHARS + " characters"));
        }
        boolean stanceRequired = m.channel() == Channel.WEB_FORM || m.channel() == Channel.API;
        for (int i = 0; i < m.proposals().size(); i++) {
            ProposalInput p = m.proposals().get(i);
            String at = "proposals[" + i + "]";
            if (p == null) {
                errors.add(new FieldError(at, "is empty"));
                continue;
            }
            if (stanceRequired && p.stance() == null) {
                errors.add(new FieldError(at + ".stance", "is required: SUPPORT, OPPOSE, AMEND, DELETE or INSERT"));
            }
            if (blank(p.proposedText())
                    && blank(p.justification())
                    && p.stance() != Stance.SUPPORT
                    && p.stance() != Stance.OPPOSE
                    && p.stance() != Stance.DELETE) {
                errors.add(new FieldError(at + ".proposedText", "is required: say what should change"));
            }
            if (p.proposedText() != null && p.proposedText().length() > MAX_TEXT_CHARS) {
                errors.add(new FieldError(at + ".proposedText", "is too long"));
            }
            if (p.justification() != null && p.justification().length() > MAX_TEXT_CHARS) {
                errors.add(new FieldError(at + ".justification", "is too long"));
            }
        }
        if (blank(m.text()) && m.proposals().isEmpty() && m.files().isEmpty()) {
            errors.add(new FieldError("text", "is empty: write the memorandum, add proposals or attach a file"));
        }
        return errors;
    }

    /**
     * Checks the files (count, size, type by content and extension) and returns their types in order.
     *
     * @throws MemorandumProblem 413 when too many or too large, 415 when a type is not accepted
     */
    static List<FileTypes.Type> checkFiles(List<SubmittedFile> files, int maxFiles, long maxBytes) {
        if (files.size() > maxFiles) {
            throw MemorandumProblem.fileRejected(
                    HttpStatus.PAYLOAD_TOO_LARGE,
                    "too-many-files",
                    null,
                    "A memorandum may carry at most " + maxFiles + " files; " + files.size() + " were sent.");
        }
        List<FileTypes.Type> types = new ArrayList<>();
        for (SubmittedFile f : files) {
            if (f.content().length == 0) {
                throw MemorandumProblem.fileRejected(
                        HttpStatus.BAD_REQUEST, "empty-file", f.filename(), "The file " + f.filename() + " is empty.");
            }
            if (f.content().length > maxBytes) {
                throw MemorandumProblem.fileRejected(
                        HttpStatus.PAYLOAD_TOO_LARGE,
                        "file-too-large",
                        f.filename(),
                        "The file " + f.filename() + " is larger than the limit of " + maxBytes / 1024 + " KiB.");
            }
            var named = FileTypes.fromFileName(f.filename());
            var detected = FileTypes.detect(f.content());
            if (named.isEmpty() || detected.isEmpty() || named.get() != detected.get()) {
                String why = named.isEmpty()
                        ? "Only DOCX, PDF, ODT and plain-text (.txt) files are accepted."
                        : "The file is named ." + named.get().extension + " but its content is "
                                + detected.map(t -> "a " + t.name() + " file").orElse("not a document Maoni accepts")
                                + ".";
                throw MemorandumProblem.fileRejected(
                        HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                        "unsupported-file-type",
                        f.filename(),
                        "The file " + f.filename() + " was not accepted. " + why);
            }
            types.add(detected.get());
        }
        return types;
    }

    /**
     * Resolves each proposal's provision against the version's tree: an existing eId as it is, otherwise a reference
     * as written; a stance left out (uploads and e-mails) is inferred from the proposed text.
     *
     * @throws MemorandumProblem 400 naming the closest provisions when a proposal names one that does not exist
     */
    static List<ResolvedProposal> resolve(List<ProposalInput> proposals, List<Provision> tree) {
        Set<String> eIds = new java.util.HashSet<>();
        Provision.flatten(tree).forEach(p -> eIds.add(p.eId()));
        ProvisionReferences references = new ProvisionReferences(tree);
        List<ResolvedProposal> resolved = new ArrayList<>();
        for (int i = 0; i < proposals.size(); i++) {
            ProposalInput p = proposals.get(i);
            String provision = p.provision() == null ? null : p.provision().strip();
            String text = p.proposedText() == null ? "" : p.proposedText().strip();
            String why = p.justification() == null ? "" : p.justification().strip();
            if (blank(provision)) {
                resolved.add(new ResolvedProposal(null, List.of(), false, stance(p, false), text, why));
            } else if (eIds.contains(provision)) {
                resolved.add(new ResolvedProposal(provision, List.of(provision), false, stance(p, false), text, why));
            } else {
                ReferenceResolution r = references.resolve(provision, p.stance() == Stance.INSERT);
                if (r.kind() == ReferenceResolution.Kind.UNRESOLVED) {
                    String problem = r.problem() == null
                            ? "'" + provision + "' names no provision of this version."
                            : r.problem();
                    throw MemorandumProblem.unknownProvision(
                            "proposals[" + i + "].provision", provision, problem, r.closest());
                }
                boolean insertion = r.kind() == ReferenceResolution.Kind.INSERTION;
                resolved.add(new ResolvedProposal(provision, r.eIds(), insertion, stance(p, insertion), text, why));
            }
        }
        return resolved;
    }

    private static Stance stance(ProposalInput p, boolean insertion) {
        return p.stance() != null ? p.stance() : Stance.infer(p.proposedText() + " " + p.justification(), insertion);
    }

    /** A new receipt token: 256 random bits, URL-safe Base64 without padding. */
    static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String sha256(String text) {
        return sha256(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** Whether a presented token matches the stored hash, in time independent of where they differ. */
    static boolean tokenMatches(String token, String storedHash) {
        if (token == null || storedHash == null) {
            return false;
        }
        byte[] presented = sha256(token).getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        byte[] stored = storedHash.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(presented, stored);
    }

    /** Blank also when only control characters (a stray NUL) are left. */
    private static boolean blank(String s) {
        return s == null || s.replaceAll("[\\p{Cc}\\p{Z}\\s]", "").isEmpty();
    }
}
