package org.maoni.memorandum.internal;

import java.util.List;
import org.maoni.memorandum.Memorandum;
import org.maoni.memorandum.ScreeningFlag;
import org.maoni.memorandum.screening.Screener;
import org.maoni.memorandum.screening.ScreeningReport;
import org.springframework.stereotype.Component;

/**
 * Screening of a memorandum's whole text (what was typed, its proposals and the text extracted from its files) with
 * the pure {@link Screener}: abusive language and personal data, and the fingerprint that finds exact duplicates.
 */
@Component
class MemorandumScreening {

    private final Screener screener = new Screener();

    /** The flags of the text and its duplicate fingerprint. */
    record Result(List<ScreeningFlag> flags, String fingerprint) {}

    Result screen(String text) {
        ScreeningReport report = screener.screen(text);
        return new Result(report.flags(), Screener.fingerprint(text));
    }

    /** Everything the submitter wrote, in a stable order. */
    String textOf(Memorandum m, String extractedText) {
        StringBuilder text = new StringBuilder(m.text() == null ? "" : m.text());
        for (var p : m.proposals()) {
            append(text, p.proposedText());
            append(text, p.justification());
        }
        append(text, extractedText);
        return text.toString().strip();
    }

    private static void append(StringBuilder text, String part) {
        if (part != null && !part.isBlank()) {
            text.append('\n').append(part);
        }
    }
}
