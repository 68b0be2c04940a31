package org.maoni.search.web;

import org.maoni.search.internal.SearchReindexing;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Rebuilding the search index from the database (ADMIN): {@code POST} starts a rebuild in the background (202; a
 * rebuild already running is not started twice) and {@code GET} reports its progress.
 */
@RestController
@RequestMapping("/api/admin/search/reindex")
@PreAuthorize("hasRole('ADMIN')")
class SearchAdminController {

    private final SearchReindexing reindexing;

    SearchAdminController(SearchReindexing reindexing) {
        this.reindexing = reindexing;
    }

    @PostMapping
    ResponseEntity<SearchReindexing.Progress> start() {
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(reindexing.start());
    }

    @GetMapping
    SearchReindexing.Progress progress() {
        return reindexing.progress();
    }
}
