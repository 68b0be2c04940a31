package org.maoni.bill.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import java.util.Set;
import org.maoni.bill.BillId;
import org.maoni.bill.Draft;
import org.maoni.bill.DraftEdit;
import org.maoni.bill.DraftProblem;
import org.maoni.bill.DraftVersions;
import org.maoni.bill.ProvisionType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Drafts of a bill's next version over HTTP. Staff (clerks, committee, administrators) read them; anyone else is told
 * there is no such draft (404). Starting and editing need CLERK; publication happens through the drafting workflow.
 */
@RestController
@RequestMapping("/api/bills/{billId}/drafts")
class DraftController {

    private static final Set<String> STAFF = Set.of("ROLE_CLERK", "ROLE_COMMITTEE", "ROLE_ADMIN");

    private final DraftVersions drafts;

    DraftController(DraftVersions drafts) {
        this.drafts = drafts;
    }

    /** What a drafter says when starting a draft. */
    record NewDraft(@Size(max = 200) String label) {}

    /** New wording; a null field is left as it is, a blank one cleared. */
    record Reword(
            @Size(max = 2_000) String heading,
            @Size(max = 200_000) String text,
            @Size(max = 200_000) String wrapUp) {}

    /** A new provision after {@code after}, or first under {@code parent}. */
    record Insert(
            String after,
            String parent,
            @NotNull ProvisionType type,
            @NotBlank @Size(max = 100) String num,
            @Size(max = 2_000) String heading,
            @Size(max = 200_000) String text) {}

    /** Where a provision moves: after {@code after}, or first under {@code parent} (the top when both are null). */
    record Move(String after, String parent) {}

    /** A provision's new number as printed ("6.", "(3)"). */
    record Renumber(@NotBlank @Size(max = 100) String num) {}

    @GetMapping
    List<Draft> list(@PathVariable BillId billId, Authentication authentication) {
        if (!staff(authentication)) {
            throw DraftProblem.noDrafts(billId);
        }
        return drafts.list(billId);
    }

    @PostMapping
    @PreAuthorize("hasRole('CLERK')")
    ResponseEntity<Draft> start(
            @PathVariable BillId billId,
            @Valid @RequestBody(required = false) NewDraft body,
            Authentication authentication) {
        Draft draft = drafts.start(billId, body == null ? null : body.label(), authentication.getName());
        return ResponseEntity.created(URI.create("/api/bills/" + billId + "/drafts/" + draft.number()))
                .body(draft);
    }

    @GetMapping("/{number}")
    Draft get(@PathVariable BillId billId, @PathVariable int number, Authentication authentication) {
        if (!staff(authentication)) {
            throw DraftProblem.draftNotFound(billId, number);
        }
        return drafts.get(billId, number);
    }

    @PutMapping("/{number}/provisions/{eId}")
    @PreAuthorize("hasRole('CLERK')")
    DraftVersions.Edited reword(
            @PathVariable BillId billId,
            @PathVariable int number,
            @PathVariable String eId,
            @Valid @RequestBody Reword body,
            Authentication authentication) {
        return drafts.edit(
                billId,
                number,
                new DraftEdit.Reword(eId, body.heading(), body.text(), body.wrapUp()),
                authentication.getName());
    }

    @PostMapping("/{number}/provisions")
    @PreAuthorize("hasRole('CLERK')")
    ResponseEntity<DraftVersions.Edited> insert(
            @PathVariable BillId billId,
            @PathVariable int number,
            @Valid @RequestBody Insert body,
            Authentication authentication) {
        DraftVersions.Edited edited = drafts.edit(
                billId,
                number,
                new DraftEdit.Insert(
                        blankToNull(body.after()),
                        blankToNull(body.parent()),
                        body.type(),
                        body.num(),
                        body.heading(),
                        body.text()),
                authentication.getName());
        return ResponseEntity.created(
                        URI.create("/api/bills/" + billId + "/drafts/" + number + "/provisions/" + edited.eId()))
                .body(edited);
    }

    @DeleteMapping("/{number}/provisions/{eId}")
    @PreAuthorize("hasRole('CLERK')")
    DraftVersions.Edited delete(
            @PathVariable BillId billId,
            @PathVariable int number,
            @PathVariable String eId,
            Authentication authentication) {
        return drafts.edit(billId, number, new DraftEdit.Delete(eId), authentication.getName());
    }

    @PostMapping("/{number}/provisions/{eId}/move")
    @PreAuthorize("hasRole('CLERK')")
    DraftVersions.Edited move(
            @PathVariable BillId billId,
            @PathVariable int number,
            @PathVariable String eId,
            @RequestBody Move body,
            Authentication authentication) {
        return drafts.edit(
                billId,
                number,
                new DraftEdit.Move(eId, blankToNull(body.after()), blankToNull(body.parent())),
                authentication.getName());
    }

    @PostMapping("/{number}/provisions/{eId}/renumber")
    @PreAuthorize("hasRole('CLERK')")
    DraftVersions.Edited renumber(
            @PathVariable BillId billId,
            @PathVariable int number,
            @PathVariable String eId,
            @Valid @RequestBody Renumber body,
            Authentication authentication) {
        return drafts.edit(billId, number, new DraftEdit.Renumber(eId, body.num()), authentication.getName());
    }

    @PostMapping("/{number}/renumber")
    @PreAuthorize("hasRole('CLERK')")
    DraftVersions.Edited renumberAll(
            @PathVariable BillId billId, @PathVariable int number, Authentication authentication) {
        return drafts.edit(billId, number, new DraftEdit.RenumberAll(), authentication.getName());
    }

    private static boolean staff(Authentication authentication) {
        if (authentication == null
                || authentication instanceof AnonymousAuthenticationToken
                || !authentication.isAuthenticated()) {
            return false;
        }
        return authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .anyMatch(STAFF::contains);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
