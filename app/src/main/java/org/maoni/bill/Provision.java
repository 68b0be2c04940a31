package org.maoni.bill;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One node of a bill version's provision tree. {@code eId} follows the Akoma Ntoso naming convention
 * ({@code part_II}, {@code sec_5}, {@code sec_5__subsec_2__para_a}) and is unique within a version; {@code num} is the
 * number as printed ("5.", "(2)", "(a)"), {@code heading} the marginal note or title, {@code text} the node's own text
 * before its children and {@code wrapUp} any text that follows them. {@code lineageId} stays the same for "the same"
 * provision across versions (the Akoma Ntoso wId idea); it is assigned by Maoni and null in trees not yet stored.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Provision(
        String eId,
        ProvisionType type,
        String num,
        String heading,
        String text,
        String wrapUp,
        List<Provision> children,
        String lineageId) {

    public Provision {
        Objects.requireNonNull(eId, "eId");
        Objects.requireNonNull(type, "type");
        children = children == null ? List.of() : List.copyOf(children);
    }

    /** A provision without a lineage yet (as parsed, or as a clerk sends a corrected tree). */
    public Provision(
            String eId,
            ProvisionType type,
            String num,
            String heading,
            String text,
            String wrapUp,
            List<Provision> children) {
        this(eId, type, num, heading, text, wrapUp, children, null);
    }

    /** Every node of the trees, each before its children, in document order. */
    public static List<Provision> flatten(List<Provision> nodes) {
        List<Provision> out = new ArrayList<>();
        for (Provision p : nodes) {
            out.add(p);
            out.addAll(flatten(p.children()));
        }
        return out;
    }

    /** This provision with another lineage id. */
    public Provision withLineage(String lineage) {
        return new Provision(eId, type, num, heading, text, wrapUp, children, lineage);
    }

    /** This provision with other children. */
    public Provision withChildren(List<Provision> newChildren) {
        return new Provision(eId, type, num, heading, text, wrapUp, newChildren, lineageId);
    }

    /** The whole printed text of this provision and its descendants: number and heading, text, children, wrap-up. */
    public String fullText() {
        List<String> lines = new ArrayList<>();
        collectLines(lines);
        return String.join("\n", lines);
    }

    private void collectLines(List<String> lines) {
        String label = ((num == null ? "" : num) + " " + (heading == null ? "" : heading)).strip();
        if (!label.isEmpty()) {
            lines.add(label);
        }
        if (text != null && !text.isBlank()) {
            lines.add(text.strip());
        }
        for (Provision child : children) {
            child.collectLines(lines);
        }
        if (wrapUp != null && !wrapUp.isBlank()) {
            lines.add(wrapUp.strip());
        }
    }
}
