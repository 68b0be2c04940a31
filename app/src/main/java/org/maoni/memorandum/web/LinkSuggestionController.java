package org.maoni.memorandum.web;

import java.util.List;
import org.maoni.memorandum.LinkSuggestions;
import org.maoni.memorandum.MemorandumProblem;
import org.maoni.memorandum.MemorandumReference;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Clause-link suggestions for the clerk triaging a memorandum (staff only). */
@RestController
class LinkSuggestionController {

    private final LinkSuggestions suggestions;

    LinkSuggestionController(LinkSuggestions suggestions) {
        this.suggestions = suggestions;
    }

    @GetMapping("/api/memoranda/{reference}/link-suggestions")
    @PreAuthorize("hasAnyRole('CLERK', 'COMMITTEE', 'ADMIN')")
    List<LinkSuggestions.ParagraphLinks> suggest(@PathVariable String reference) {
        MemorandumReference ref =
                MemorandumReference.parse(reference).orElseThrow(() -> MemorandumProblem.notFound(reference));
        return suggestions.suggest(ref);
    }
}
