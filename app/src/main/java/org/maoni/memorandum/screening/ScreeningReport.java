package org.maoni.memorandum.screening;

import java.util.List;
import org.maoni.memorandum.ScreeningFlag;

/**
 * What screening found in one text: at most one flag per kind (personal data, abusive language), and the text with
 * every personal-data value replaced by a placeholder such as {@code [phone removed]}, fit for publication.
 */
public record ScreeningReport(List<ScreeningFlag> flags, String redactedText) {

    public ScreeningReport {
        flags = List.copyOf(flags);
        redactedText = redactedText == null ? "" : redactedText;
    }
}
