package org.maoni.bill;

import java.util.List;

/**
 * What the parser found in a bill version, checked against the bill's own ARRANGEMENT OF CLAUSES: how many clauses the
 * arrangement lists, how many the body yielded, which arrangement clauses were not found ({@code missing}), which body
 * clauses the arrangement does not list ({@code extra}), and warnings. {@code score} is the share of arrangement clauses
 * found with the right number and heading (1.0 when the arrangement is absent and the body parsed cleanly).
 */
public record ParseReport(
        int arrangementClauses,
        int bodyClauses,
        int matchedClauses,
        double score,
        List<String> missing,
        List<String> extra,
        List<Warning> warnings) {

    public ParseReport {
        missing = List.copyOf(missing);
        extra = List.copyOf(extra);
        warnings = List.copyOf(warnings);
    }

    /** One finding, with a stable {@code code} (e.g. {@code clause-missing}), a human message and the eId concerned. */
    public record Warning(String code, String message, String eId) {}
}
