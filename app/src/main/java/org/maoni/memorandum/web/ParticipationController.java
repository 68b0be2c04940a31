package org.maoni.memorandum.web;

import java.net.URI;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.maoni.bill.BillId;
import org.maoni.bill.BillService;
import org.maoni.memorandum.CallForMemoranda;
import org.maoni.memorandum.CallsForMemoranda;
import org.maoni.memorandum.Channel;
import org.maoni.memorandum.MemorandumProblem;
import org.maoni.memorandum.MemorandumProblem.FieldError;
import org.maoni.memorandum.OpenCall;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A bill's call for memoranda over HTTP: anyone reads the current call; a clerk (or admin) opens, extends, closes or
 * withdraws it. Date-times are ISO-8601; without an offset they are Nairobi time, and a bare date means the start of
 * that day for {@code opensAt} and its last moment for {@code closesAt}.
 */
@RestController
@RequestMapping("/api/bills/{billId}/participation")
class ParticipationController {

    private final CallsForMemoranda calls;
    private final BillService bills;

    ParticipationController(CallsForMemoranda calls, BillService bills) {
        this.calls = calls;
        this.bills = bills;
    }

    /** What a clerk asks for: {@code action} OPEN, EXTEND, CLOSE or WITHDRAW with the fields that action needs. */
    record ParticipationRequest(
            String action,
            Integer version,
            String notice,
            String opensAt,
            String closesAt,
            List<Channel> channels,
            Integer responseWorkingDays,
            String reason) {}

    @GetMapping
    CallForMemoranda current(@PathVariable BillId billId) {
        bills.get(billId);
        return calls.current(billId)
                .orElseThrow(() -> MemorandumProblem.callNotFound(
                        "No call for memoranda has been opened on bill " + billId + "."));
    }

    @PostMapping
    @PreAuthorize("hasAnyRole('CLERK', 'ADMIN')")
    ResponseEntity<CallForMemoranda> act(
            @PathVariable BillId billId, @RequestBody ParticipationRequest request, Authentication authentication) {
        String actor = authentication.getName();
        String action = request.action() == null ? "" : request.action().strip().toUpperCase(Locale.ROOT);
        switch (action) {
            case "OPEN" -> {
                List<FieldError> errors = new ArrayList<>();
                ZonedDateTime opens = ParticipationTimes.parse(request.opensAt(), "opensAt", false, errors);
                ZonedDateTime closes = ParticipationTimes.parse(request.closesAt(), "closesAt", true, errors);
                if (request.version() == null) {
                    errors.add(new FieldError("version", "is required"));
                }
                if (request.responseWorkingDays() == null) {
                    errors.add(new FieldError("responseWorkingDays", "is required"));
                }
                if (opens == null && request.opensAt() == null) {
                    errors.add(new FieldError("opensAt", "is required"));
                }
                if (closes == null && request.closesAt() == null) {
                    errors.add(new FieldError("closesAt", "is required"));
                }
                if (!errors.isEmpty()) {
                    throw MemorandumProblem.invalidFields("The call for memoranda is incomplete.", errors);
                }
                CallForMemoranda call = calls.open(
                        new OpenCall(
                                billId,
                                request.version(),
                                request.notice(),
                                opens,
                                closes,
                                request.channels() == null ? Set.of() : Set.copyOf(request.channels()),
                                request.responseWorkingDays()),
                        actor);
                return ResponseEntity.created(URI.create("/api/bills/" + billId + "/participation"))
                        .body(call);
            }
            case "EXTEND" -> {
                List<FieldError> errors = new ArrayList<>();
                ZonedDateTime closes = ParticipationTimes.parse(request.closesAt(), "closesAt", true, errors);
                if (!errors.isEmpty()) {
                    throw MemorandumProblem.invalidFields("The new closing time is not valid.", errors);
                }
                return ResponseEntity.ok(calls.extend(billId, closes, actor));
            }
            case "CLOSE" -> {
                return ResponseEntity.ok(calls.closeNow(billId, actor));
            }
            case "WITHDRAW" -> {
                return ResponseEntity.ok(calls.withdrawBill(billId, request.reason(), actor));
            }
            default ->
                throw MemorandumProblem.invalidFields(
                        "Say what to do with the call.",
                        List.of(new FieldError("action", "must be OPEN, EXTEND, CLOSE or WITHDRAW")));
        }
    }
}
