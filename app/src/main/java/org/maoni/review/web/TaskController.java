package org.maoni.review.web;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Locale;
import org.maoni.review.internal.ReviewProblem;
import org.maoni.review.internal.StaffTasks;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The staff work queue: the open user tasks of the review and participation workflows a staff role may work on
 * (clerks, committee; admins see all), claiming and completing them with the form of each task.
 */
@RestController
@RequestMapping("/api/tasks")
@PreAuthorize("hasAnyRole('CLERK', 'COMMITTEE', 'ADMIN')")
class TaskController {

    private final StaffTasks tasks;

    TaskController(StaffTasks tasks) {
        this.tasks = tasks;
    }

    @GetMapping
    List<StaffTasks.TaskView> list(@RequestParam(defaultValue = "all") String scope, Authentication authentication) {
        return tasks.list(scope(scope), StaffUsers.of(authentication));
    }

    @GetMapping("/{id}")
    StaffTasks.TaskView get(@PathVariable String id, Authentication authentication) {
        return tasks.get(id, StaffUsers.of(authentication));
    }

    @PostMapping("/{id}/claim")
    StaffTasks.TaskView claim(@PathVariable String id, Authentication authentication) {
        return tasks.claim(id, StaffUsers.of(authentication));
    }

    @PostMapping("/{id}/unclaim")
    StaffTasks.TaskView unclaim(@PathVariable String id, Authentication authentication) {
        return tasks.unclaim(id, StaffUsers.of(authentication));
    }

    @PostMapping("/{id}/complete")
    ResponseEntity<Void> complete(
            @PathVariable String id, @RequestBody(required = false) JsonNode body, Authentication authentication) {
        tasks.complete(id, body, StaffUsers.of(authentication));
        return ResponseEntity.noContent().build();
    }

    private static StaffTasks.Scope scope(String text) {
        try {
            return StaffTasks.Scope.valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ReviewProblem.invalidFields(
                    "Unknown scope '" + text + "'.",
                    List.of(new ReviewProblem.FieldError("scope", "must be one of mine, groups, all")));
        }
    }
}
