package org.maoni.bill.synthetic;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.maoni.bill.Provision;
import org.maoni.bill.ProvisionType;

/**
 * How well a parsed provision tree recovers a bill's clauses. {@code found} counts expected clauses whose number the
 * parse has, {@code headingsMatched} those whose marginal note also matches (ignoring case, spacing and the closing
 * full stop), {@code structureMatched} those whose subclause count also matches; {@code missing} and {@code extra}
 * name clause numbers the parse lacks or invents.
 */
public record ClauseScore(
        int expected,
        int parsed,
        int found,
        int headingsMatched,
        int structureMatched,
        List<String> missing,
        List<String> extra) {

    public ClauseScore {
        missing = List.copyOf(missing);
        extra = List.copyOf(extra);
    }

    /** Share of expected clauses found with the right number and heading, less a penalty for invented clauses. */
    public double score() {
        if (expected == 0) {
            return parsed == 0 ? 1.0 : 0.0;
        }
        return Math.max(0.0, (headingsMatched - extra.size()) / (double) expected);
    }

    static ClauseScore of(List<ExpectedClause> expected, List<Provision> provisions) {
        Map<String, Provision> sections = new LinkedHashMap<>();
        List<String> extra = new ArrayList<>();
        collect(provisions, sections, extra);
        int found = 0;
        int headings = 0;
        int structure = 0;
        List<String> missing = new ArrayList<>();
        for (ExpectedClause clause : expected) {
            String key = String.valueOf(clause.number());
            Provision section = sections.remove(key);
            if (section == null) {
                missing.add(key);
                continue;
            }
            found++;
            if (normalise(section.heading()).equals(normalise(clause.heading()))) {
                headings++;
                long subsections = section.children().stream()
                        .filter(c -> c.type() == ProvisionType.SUBSECTION)
                        .count();
                if (subsections == clause.subclauses()) {
                    structure++;
                }
            }
        }
        extra.addAll(sections.keySet());
        int parsed = found + extra.size();
        return new ClauseScore(expected.size(), parsed, found, headings, structure, missing, extra);
    }

    /** Sections anywhere in the tree, by number; a number seen twice counts the second as invented. */
    private static void collect(List<Provision> nodes, Map<String, Provision> sections, List<String> extra) {
        for (Provision node : nodes) {
            if (node.type() == ProvisionType.SECTION) {
                String number = node.num() == null ? "?" : node.num().replaceAll("[.\\s]", "");
                if (sections.putIfAbsent(number, node) != null) {
                    extra.add(number);
                }
            } else {
                collect(node.children(), sections, extra);
            }
        }
    }

    private static String normalise(String heading) {
        if (heading == null) {
            return "";
        }
        String flat = heading.replaceAll("\\s+", " ").trim().toLowerCase(Locale.ROOT);
        return flat.endsWith(".") ? flat.substring(0, flat.length() - 1) : flat;
    }
}
