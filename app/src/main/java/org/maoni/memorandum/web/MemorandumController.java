package org.maoni.memorandum.web;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.maoni.bill.BillId;
import org.maoni.bill.County;
import org.maoni.memorandum.AttachmentInfo;
import org.maoni.memorandum.Channel;
import org.maoni.memorandum.Consent;
import org.maoni.memorandum.ContactDetails;
import org.maoni.memorandum.Gender;
import org.maoni.memorandum.MailImports;
import org.maoni.memorandum.Memoranda;
import org.maoni.memorandum.Memorandum;
import org.maoni.memorandum.MemorandumProblem;
import org.maoni.memorandum.MemorandumProblem.FieldError;
import org.maoni.memorandum.MemorandumReference;
import org.maoni.memorandum.MemorandumStatus;
import org.maoni.memorandum.NewMemorandum;
import org.maoni.memorandum.OrganisationType;
import org.maoni.memorandum.Proposal;
import org.maoni.memorandum.ProposalDecision;
import org.maoni.memorandum.ProposalInput;
import org.maoni.memorandum.Receipt;
import org.maoni.memorandum.Stance;
import org.maoni.memorandum.SubmittedFile;
import org.maoni.memorandum.Submitter;
import org.maoni.memorandum.SubmitterKind;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Memoranda over HTTP. Anyone submits (JSON, or multipart with files) and gets a receipt; the submitter reads the
 * status and withdraws with the receipt token; staff (CLERK, COMMITTEE, ADMIN) read everything, contact details
 * included, and download files.
 */
@RestController
@RequestMapping("/api/memoranda")
class MemorandumController {

    static final String TOKEN_HEADER = "X-Receipt-Token";
    static final String IDEMPOTENCY_HEADER = "Idempotency-Key";

    private final Memoranda memoranda;
    private final MailImports mailImports;
    private final org.maoni.bill.BillService bills;
    private final ObjectMapper objectMapper;

    MemorandumController(
            Memoranda memoranda, MailImports mailImports, org.maoni.bill.BillService bills, ObjectMapper objectMapper) {
        this.memoranda = memoranda;
        this.mailImports = mailImports;
        this.bills = bills;
        this.objectMapper = objectMapper;
    }

    /** A memorandum as a client sends it; {@code county} is the enum name or the county's name. */
    record SubmissionRequest(
            String billId,
            Integer version,
            Channel channel,
            SubmitterRequest submitter,
            Consent consent,
            String text,
            List<ProposalInput> proposals,
            String idempotencyKey) {}

    /** The submitter part of a submission. */
    record SubmitterRequest(
            SubmitterKind kind,
            String name,
            OrganisationType organisationType,
            String county,
            Gender gender,
            Boolean disability,
            ContactDetails contact) {}

    /** A proposal as its submitter sees it; the decision only once the response is published. */
    record SubmitterProposal(
            String reference,
            List<String> eIds,
            boolean insertion,
            Stance stance,
            String proposedText,
            String justification,
            ProposalDecision decision) {}

    /** A file as its submitter sees it. */
    record SubmitterFile(String filename, String mediaType, long size) {}

    /** The submitter's status page: no contact details, no screening flags, decisions only when published. */
    record SubmitterView(
            MemorandumReference reference,
            BillId billId,
            String billTitle,
            int version,
            Channel channel,
            Instant receivedAt,
            LocalDate responseDue,
            boolean late,
            MemorandumStatus status,
            boolean overdue,
            String statusNote,
            List<SubmitterProposal> proposals,
            List<SubmitterFile> files) {}

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Receipt> submitJson(
            @RequestBody String body,
            @RequestHeader(value = IDEMPOTENCY_HEADER, required = false) String idempotencyKey,
            Authentication authentication) {
        SubmissionRequest request = read(body, "");
        return created(memoranda.submit(toNew(request, List.of(), idempotencyKey, authentication)));
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<Receipt> submitMultipart(
            @RequestPart(value = "memorandum", required = false) String memorandum,
            @RequestPart(value = "files", required = false) List<MultipartFile> files,
            @RequestHeader(value = IDEMPOTENCY_HEADER, required = false) String idempotencyKey,
            Authentication authentication)
            throws IOException {
        if (memorandum == null || memorandum.isBlank()) {
            throw MemorandumProblem.invalidFields(
                    "Send the memorandum's details as the JSON part 'memorandum'.",
                    List.of(new FieldError("memorandum", "is required")));
        }
        SubmissionRequest request = read(memorandum, "memorandum.");
        List<SubmittedFile> submitted = new ArrayList<>();
        for (MultipartFile f : files == null ? List.<MultipartFile>of() : files) {
            if (f.isEmpty()
                    && (f.getOriginalFilename() == null
                            || f.getOriginalFilename().isBlank())) {
                continue;
            }
            submitted.add(new SubmittedFile(f.getOriginalFilename(), f.getContentType(), f.getBytes()));
        }
        return created(memoranda.submit(toNew(request, submitted, idempotencyKey, authentication)));
    }

    /** Staff import e-mails (.eml, .msg): one EMAIL memorandum each; files that fail are listed, the rest imported. */
    @PostMapping(value = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize("hasAnyRole('CLERK', 'ADMIN')")
    MailImports.Result importMail(
            @RequestParam("billId") BillId billId,
            @RequestParam(value = "version", required = false) Integer version,
            @RequestParam(value = "consent", required = false) Consent consent,
            @RequestPart(value = "files", required = false) List<MultipartFile> files,
            Authentication authentication)
            throws IOException {
        List<SubmittedFile> mails = new ArrayList<>();
        for (MultipartFile f : files == null ? List.<MultipartFile>of() : files) {
            mails.add(new SubmittedFile(f.getOriginalFilename(), f.getContentType(), f.getBytes()));
        }
        return mailImports.importMail(billId, version, consent, mails, authentication.getName());
    }

    @GetMapping("/{reference}")
    Object get(
            @PathVariable String reference,
            @RequestHeader(value = TOKEN_HEADER, required = false) String tokenHeader,
            @RequestParam(value = "token", required = false) String tokenParam,
            Authentication authentication) {
        MemorandumReference ref = reference(reference);
        String token = tokenHeader != null ? tokenHeader : tokenParam;
        if (token == null && StaffAccess.isStaff(authentication)) {
            return memoranda.find(ref).orElseThrow(() -> MemorandumProblem.notFound(reference));
        }
        return submitterView(memoranda.forSubmitter(ref, token));
    }

    @PostMapping("/{reference}/withdraw")
    SubmitterView withdraw(
            @PathVariable String reference,
            @RequestHeader(value = TOKEN_HEADER, required = false) String tokenHeader,
            @RequestParam(value = "token", required = false) String tokenParam) {
        String token = tokenHeader != null ? tokenHeader : tokenParam;
        return submitterView(memoranda.withdraw(reference(reference), token));
    }

    @GetMapping
    List<Memorandum> list(@RequestParam("billId") BillId billId, Authentication authentication) {
        StaffAccess.requireStaff(authentication);
        return memoranda.list(billId);
    }

    @GetMapping("/{reference}/files/{id}")
    ResponseEntity<byte[]> file(@PathVariable String reference, @PathVariable long id, Authentication authentication) {
        StaffAccess.requireStaff(authentication);
        MemorandumReference ref = reference(reference);
        Memorandum m = memoranda.find(ref).orElseThrow(() -> MemorandumProblem.notFound(reference));
        AttachmentInfo info = m.attachments().stream()
                .filter(a -> a.id() == id)
                .findFirst()
                .orElseThrow(() -> MemorandumProblem.fileNotFound(reference, id));
        byte[] content =
                memoranda.fileContent(ref, id).orElseThrow(() -> MemorandumProblem.fileNotFound(reference, id));
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(info.mediaType()))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(info.filename(), java.nio.charset.StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(content);
    }

    private SubmitterView submitterView(Memorandum m) {
        boolean responded = m.status() == MemorandumStatus.RESPONDED;
        String title = bills.find(m.billId()).map(b -> b.title()).orElse(null);
        return new SubmitterView(
                m.reference(),
                m.billId(),
                title,
                m.version(),
                m.channel(),
                m.receivedAt(),
                m.responseDue(),
                m.late(),
                m.status(),
                m.overdue(),
                m.statusNote(),
                m.proposals().stream()
                        .map((Proposal p) -> new SubmitterProposal(
                                p.reference(),
                                p.eIds(),
                                p.insertion(),
                                p.stance(),
                                p.proposedText(),
                                p.justification(),
                                responded ? p.decision() : null))
                        .toList(),
                m.attachments().stream()
                        .map(a -> new SubmitterFile(a.filename(), a.mediaType(), a.size()))
                        .toList());
    }

    private static ResponseEntity<Receipt> created(Receipt receipt) {
        return ResponseEntity.created(URI.create("/api/memoranda/" + receipt.reference()))
                .body(receipt);
    }

    private static MemorandumReference reference(String text) {
        return MemorandumReference.parse(text).orElseThrow(() -> MemorandumProblem.notFound(text));
    }

    private NewMemorandum toNew(
            SubmissionRequest r, List<SubmittedFile> files, String idempotencyHeader, Authentication authentication) {
        List<FieldError> errors = new ArrayList<>();
        BillId billId = null;
        if (r.billId() == null || r.billId().isBlank()) {
            errors.add(new FieldError("billId", "is required"));
        } else {
            try {
                billId = BillId.valueOf(r.billId().strip());
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError("billId", "is not a bill id"));
            }
        }
        Channel channel = r.channel() == null ? Channel.API : r.channel();
        if (channel == Channel.EMAIL || (channel == Channel.UPLOAD && files.isEmpty())) {
            errors.add(new FieldError(
                    "channel",
                    "must be WEB_FORM or API (UPLOAD is set when files are attached; EMAIL is for imports)"));
        }
        if (!files.isEmpty()) {
            channel = Channel.UPLOAD;
        }
        Submitter submitter = null;
        if (r.submitter() != null) {
            SubmitterRequest s = r.submitter();
            County county = null;
            if (s.county() != null && !s.county().isBlank()) {
                // "Nairobi City" is how the capital's county is often written
                Optional<County> found = County.fromName(s.county())
                        .or(() -> County.fromName(s.county().strip().replaceAll("(?i)\\s+city$", "")));
                if (found.isEmpty()) {
                    errors.add(new FieldError("submitter.county", "is not one of Kenya's 47 counties"));
                } else {
                    county = found.get();
                }
            }
            submitter = new Submitter(
                    s.kind(), s.name(), s.organisationType(), county, s.gender(), s.disability(), s.contact());
        }
        if (!errors.isEmpty()) {
            throw MemorandumProblem.invalidFields("The memorandum has invalid fields.", errors);
        }
        String key = idempotencyHeader != null && !idempotencyHeader.isBlank() ? idempotencyHeader : r.idempotencyKey();
        String actor = StaffAccess.isStaff(authentication) ? authentication.getName() : null;
        return new NewMemorandum(
                billId, r.version(), channel, submitter, r.consent(), r.text(), r.proposals(), files, null, key, actor);
    }

    private SubmissionRequest read(String json, String prefix) {
        try {
            SubmissionRequest request = objectMapper.readValue(json, SubmissionRequest.class);
            if (request == null) {
                throw MemorandumProblem.invalidFields(
                        "The memorandum is empty.",
                        List.of(new FieldError(prefix.isEmpty() ? "$" : prefix, "is empty")));
            }
            return request;
        } catch (InvalidFormatException e) {
            String allowed = e.getTargetType() != null && e.getTargetType().isEnum()
                    ? ": one of " + Arrays.toString(e.getTargetType().getEnumConstants())
                    : "";
            throw MemorandumProblem.invalidFields(
                    "The memorandum has invalid fields.",
                    List.of(new FieldError(prefix + path(e), "has an invalid value" + allowed)));
        } catch (MismatchedInputException e) {
            throw MemorandumProblem.invalidFields(
                    "The memorandum has invalid fields.",
                    List.of(new FieldError(prefix + path(e), "has a value of the wrong type")));
        } catch (IOException e) {
            throw MemorandumProblem.invalidFields(
                    "The memorandum is not valid JSON.",
                    List.of(new FieldError(prefix.isEmpty() ? "$" : prefix, "is not valid JSON")));
        }
    }

    private static String path(JsonMappingException e) {
        return e.getPath().stream()
                .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                .reduce((a, b) -> b.startsWith("[") ? a + b : a + "." + b)
                .orElse("$");
    }

    /** Who counts as staff for reading personal data. */
    static final class StaffAccess {
        private StaffAccess() {}

        static boolean isStaff(Authentication authentication) {
            if (authentication == null
                    || authentication instanceof AnonymousAuthenticationToken
                    || !authentication.isAuthenticated()) {
                return false;
            }
            return authentication.getAuthorities().stream()
                    .anyMatch(a -> a.getAuthority().equals("ROLE_CLERK")
                            || a.getAuthority().equals("ROLE_COMMITTEE")
                            || a.getAuthority().equals("ROLE_ADMIN"));
        }

        static void requireStaff(Authentication authentication) {
            if (!isStaff(authentication)) {
                throw new org.springframework.security.access.AccessDeniedException("staff only");
            }
        }
    }
}
