package org.maoni.memorandum.web;

import java.util.List;
import org.maoni.bill.BillId;
import org.maoni.memorandum.Hearing;
import org.maoni.memorandum.Hearings;
import org.maoni.memorandum.NewHearing;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The public hearings held on a bill: clerks record them; anyone may read them (they hold no personal data). */
@RestController
@RequestMapping("/api/bills/{billId}/hearings")
class HearingController {

    private final Hearings hearings;

    HearingController(Hearings hearings) {
        this.hearings = hearings;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAnyRole('CLERK', 'ADMIN')")
    Hearing record(@PathVariable BillId billId, @RequestBody NewHearing hearing, Authentication authentication) {
        return hearings.record(billId, hearing, authentication.getName());
    }

    @GetMapping
    List<Hearing> list(@PathVariable BillId billId) {
        return hearings.list(billId);
    }
}
