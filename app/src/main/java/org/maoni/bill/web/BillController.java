package org.maoni.bill.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import jakarta.validation.Validator;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.maoni.bill.Bill;
import org.maoni.bill.BillId;
import org.maoni.bill.BillProblem;
import org.maoni.bill.BillService;
import org.maoni.bill.BillStage;
import org.maoni.bill.BillVersion;
import org.maoni.bill.NewBill;
import org.maoni.bill.NewVersion;
import org.maoni.bill.Provision;
import org.maoni.bill.ProvisionTree;
import org.maoni.bill.SourceFile;
import org.maoni.bill.VersionAdded;
import org.maoni.diff.ChangeKind;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Bills over HTTP: reading is public, registering bills, adding versions and correcting trees need CLERK. */
@RestController
@RequestMapping("/api/bills")
class BillController {

    private final BillService bills;
    private final ObjectMapper objectMapper;
    private final Validator validator;

    BillController(BillService bills, ObjectMapper objectMapper, Validator validator) {
        this.bills = bills;
        this.objectMapper = objectMapper;
        this.validator = validator;
    }

    /** A bill in a list. */
    record BillSummary(
            BillId id,
            String title,
            String house,
            String billNumber,
            Integer year,
            String gazetteSupplement,
            String sponsor,
            String committee,
            BillStage stage,
            int latestVersion) {

        static BillSummary of(Bill b) {
            return new BillSummary(
                    b.id(),
                    b.title(),
                    b.house().toString(),
                    b.billNumber(),
                    b.year(),
                    b.gazetteSupplement(),
                    b.sponsor(),
                    b.committee(),
                    b.stage(),
                    b.latestVersion());
        }
    }

    @GetMapping
    List<BillSummary> list() {
        return bills.list().stream().map(BillSummary::of).toList();
    }

    @GetMapping("/{billId}")
    Bill get(@PathVariable BillId billId) {
        return bills.get(billId);
    }

    @GetMapping("/{billId}/versions/{number}")
    ProvisionTree version(@PathVariable BillId billId, @PathVariable int number) {
        return bills.tree(billId, number);
    }

    @GetMapping("/{billId}/versions/{number}/file")
    ResponseEntity<byte[]> originalFile(@PathVariable BillId billId, @PathVariable int number) {
        BillVersion version = bills.version(billId, number);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(version.mediaType()))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(version.fileName(), StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(bills.originalFile(billId, number));
    }

    @GetMapping(value = "/{billId}/versions/{number}/text", produces = "text/plain;charset=UTF-8")
    String extractedText(@PathVariable BillId billId, @PathVariable int number) {
        return bills.extractedText(billId, number);
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize("hasRole('CLERK')")
    ResponseEntity<Bill> register(
            @RequestParam("file") MultipartFile file,
            @RequestParam(value = "metadata", required = false) String metadata,
            Authentication authentication)
            throws IOException {
        NewBill details = read(metadata, NewBill.class, NewBill.empty());
        Bill bill = bills.register(details, source(file), authentication.getName());
        return ResponseEntity.created(URI.create("/api/bills/" + bill.id())).body(bill);
    }

    @PostMapping(value = "/{billId}/versions", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize("hasRole('CLERK')")
    ResponseEntity<VersionCreated> addVersion(
            @PathVariable BillId billId,
            @RequestParam("file") MultipartFile file,
            @RequestParam(value = "metadata", required = false) String metadata,
            Authentication authentication)
            throws IOException {
        NewVersion details = read(metadata, NewVersion.class, new NewVersion(null, null));
        VersionAdded added = bills.addVersion(billId, details, source(file), authentication.getName());
        return ResponseEntity.created(URI.create("/api/bills/" + billId + "/versions/" + added.number()))
                .body(new VersionCreated(bills.get(billId), added.number(), added.alignmentSummary()));
    }

    /** The bill with its new version, and how the new version's provisions changed since the one before. */
    record VersionCreated(Bill bill, int number, Map<ChangeKind, Integer> alignmentSummary) {}

    @PutMapping("/{billId}/versions/{number}/provisions")
    @PreAuthorize("hasRole('CLERK')")
    ProvisionTree replaceTree(
            @PathVariable BillId billId,
            @PathVariable int number,
            @RequestBody List<Provision> provisions,
            Authentication authentication) {
        return bills.replaceTree(billId, number, provisions, authentication.getName());
    }

    private static String path(MismatchedInputException e) {
        String path = e.getPath().stream()
                .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                .reduce((a, b) -> b.startsWith("[") ? a + b : a + "." + b)
                .orElse("metadata");
        return path;
    }

    private static SourceFile source(MultipartFile file) throws IOException {
        return new SourceFile(file.getOriginalFilename(), file.getBytes());
    }

    private <T> T read(String json, Class<T> type, T fallback) {
        if (json == null || json.isBlank()) {
            return fallback;
        }
        T value;
        try {
            value = objectMapper.readValue(json, type);
        } catch (InvalidFormatException e) {
            String allowed = e.getTargetType() != null && e.getTargetType().isEnum()
                    ? ": one of " + java.util.Arrays.toString(e.getTargetType().getEnumConstants())
                    : "";
            throw BillProblem.invalidFields(
                    "The metadata has invalid fields.",
                    List.of(new BillProblem.FieldError(path(e), "has an invalid value" + allowed)));
        } catch (MismatchedInputException e) {
            throw BillProblem.invalidFields(
                    "The metadata has invalid fields.",
                    List.of(new BillProblem.FieldError(path(e), "has a value of the wrong type")));
        } catch (JsonProcessingException e) {
            throw BillProblem.invalidFields(
                    "The metadata part is not valid JSON.",
                    List.of(new BillProblem.FieldError(
                            "metadata",
                            e.getLocation() == null
                                    ? "is not valid JSON"
                                    : "is not valid JSON (line "
                                            + e.getLocation().getLineNr() + ", column "
                                            + e.getLocation().getColumnNr() + ")")));
        }
        List<BillProblem.FieldError> errors = validator.validate(value).stream()
                .map(v -> new BillProblem.FieldError(v.getPropertyPath().toString(), v.getMessage()))
                .sorted(Comparator.comparing(BillProblem.FieldError::field))
                .toList();
        if (!errors.isEmpty()) {
            throw BillProblem.invalidFields("The metadata has invalid fields.", errors);
        }
        return value;
    }
}
