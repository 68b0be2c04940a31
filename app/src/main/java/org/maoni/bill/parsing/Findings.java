package org.maoni.bill.parsing;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.maoni.bill.ParseReport;

/** Collects warnings (capped, so a hostile document cannot flood the report) and hands out unique eIds. */
final class Findings {

    static final int MAX_WARNINGS = 500;

    private final List<ParseReport.Warning> warnings = new ArrayList<>();
    private final Set<String> seen = new HashSet<>();
    private final Map<String, Integer> eIds = new LinkedHashMap<>();
    private int dropped;

    void warn(String code, String message, String eId) {
        String key = code + '|' + message + '|' + eId;
        if (!seen.add(key)) {
            return;
        }
        if (warnings.size() >= MAX_WARNINGS) {
            dropped++;
            return;
        }
        warnings.add(new ParseReport.Warning(code, message, eId));
    }

    /** Returns {@code wanted}, or {@code wanted-2}, {@code wanted-3}... when taken (with a duplicate-eid warning). */
    String uniqueEId(String wanted) {
        Integer n = eIds.get(wanted);
        if (n == null) {
            eIds.put(wanted, 1);
            return wanted;
        }
        String candidate;
        do {
            n++;
            candidate = wanted + "-" + n;
        } while (eIds.containsKey(candidate));
        eIds.put(wanted, n);
        eIds.put(candidate, 1);
        warn("duplicate-eid", "The number of " + wanted + " occurs more than once; renamed " + candidate, candidate);
        return candidate;
    }

    List<ParseReport.Warning> warnings() {
        List<ParseReport.Warning> out = new ArrayList<>(warnings);
        if (dropped > 0) {
            out.add(new ParseReport.Warning("warnings-truncated", dropped + " further warnings were dropped", null));
        }
        return out;
    }
}
