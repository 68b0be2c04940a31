package org.maoni.review.web;

import com.fasterxml.jackson.databind.JsonNode;
import org.maoni.bill.BillId;
import org.maoni.bill.DraftProblem;
import org.maoni.bill.DraftVersions;
import org.maoni.review.internal.ProcessIds;
import org.maoni.review.internal.StaffTasks;
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
 * A draft's workflow from the drafting screen: which step is open (its task, for staff), and submitting the draft to
 * legal review (or discarding it), which completes the drafting task like the task inbox would.
 */
@RestController
@RequestMapping("/api/bills/{billId}/drafts/{number}")
class DraftWorkflowController {

    private final StaffTasks tasks;
    private final DraftVersions drafts;

    DraftWorkflowController(StaffTasks tasks, DraftVersions drafts) {
        this.tasks = tasks;
        this.drafts = drafts;
    }

    /** The open task of the draft's workflow; null when the workflow has not started yet or has ended. */
    record DraftWorkflow(StaffTasks.TaskView task) {}

    @GetMapping("/workflow")
    @PreAuthorize("hasAnyRole('CLERK', 'COMMITTEE', 'ADMIN')")
    DraftWorkflow workflow(@PathVariable BillId billId, @PathVariable int number) {
        drafts.get(billId, number);
        return new DraftWorkflow(tasks.draftTask(billId, number).orElse(null));
    }

    @PostMapping("/submit")
    @PreAuthorize("hasRole('CLERK')")
    ResponseEntity<Void> submit(
            @PathVariable BillId billId,
            @PathVariable int number,
            @RequestBody(required = false) JsonNode body,
            Authentication authentication) {
        var draft = drafts.get(billId, number);
        StaffTasks.TaskView task = tasks.draftTask(billId, number)
                .filter(t -> ProcessIds.TASK_DRAFT_VERSION.equals(t.taskKey()))
                .orElseThrow(() -> DraftProblem.notEditable(billId, number, draft.status()));
        tasks.complete(task.id(), body, StaffUsers.of(authentication));
        return ResponseEntity.noContent().build();
    }
}
