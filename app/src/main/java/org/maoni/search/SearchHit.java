package org.maoni.search;

import java.time.LocalDate;

/**
 * One matching document as its audience may see it. {@code snippet} is HTML: the matching passage of {@code text}
 * with every character escaped and the matched words wrapped in {@code <mark>...</mark>} (the beginning of the text
 * when nothing in it matched); {@code staffSnippet} is the same for {@code staffText} and is null for the public.
 */
public record SearchHit(
        String id,
        DocumentType type,
        String billId,
        Integer version,
        String eId,
        String lineageId,
        String reference,
        String county,
        String submitterType,
        String stance,
        String decision,
        String status,
        LocalDate date,
        String title,
        String snippet,
        String staffSnippet) {}
