package org.maoni.annotation.anchoring;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.maoni.bill.Provision;
import org.maoni.bill.ProvisionType;

/**
 * Where each provision's full text lies inside the full text of the provision that is aligned across versions (the
 * nearest standalone ancestor-or-self: a clause, Part, Schedule...). A provision's {@link Provision#fullText()} is a
 * contiguous stretch of its ancestors' full texts; this records the stretch, in UTF-16 code units.
 */
final class ProvisionLayout {

    /** One provision: its aligned ancestor-or-self, its full text, and where that text starts in the ancestor's. */
    record Placement(String eId, String alignedKey, String text, int offset, int depth) {}

    private final Map<String, Placement> placements = new LinkedHashMap<>();
    private final Map<String, String> alignedTexts = new LinkedHashMap<>();
    private final Map<String, List<String>> descendants = new LinkedHashMap<>();

    private ProvisionLayout() {}

    /** The layout of a whole version's tree. */
    static ProvisionLayout of(List<Provision> tree) {
        ProvisionLayout layout = new ProvisionLayout();
        for (Provision p : Provision.flatten(Objects.requireNonNull(tree, "tree"))) {
            if (ProvisionType.STANDALONE.contains(p.type())) {
                layout.addAligned(p);
            }
        }
        return layout;
    }

    Placement placement(String eId) {
        return placements.get(eId);
    }

    /** The full text of an aligned provision, or null when there is none with that key. */
    String alignedText(String key) {
        return alignedTexts.get(key);
    }

    /** Every provision (the aligned one first) whose text lies inside the aligned provision {@code key}. */
    List<String> within(String key) {
        return descendants.getOrDefault(key, List.of());
    }

    private void addAligned(Provision root) {
        List<String> lines = new ArrayList<>();
        int[] length = {0};
        List<String> inside = new ArrayList<>();
        walk(root, root.eId(), 0, lines, length, inside, true);
        String text = String.join("\n", lines);
        alignedTexts.put(root.eId(), text);
        descendants.put(root.eId(), inside);
    }

    // Mirrors Provision.fullText(): label, text, children, wrap-up, one line each, joined by newlines. A nested
    // standalone provision (a clause inside a Part) belongs to its own layout, but its lines still count here.
    private void walk(
            Provision node,
            String alignedKey,
            int depth,
            List<String> lines,
            int[] length,
            List<String> in,
            boolean record) {
        int firstLine = lines.size();
        int start = length[0] + (lines.isEmpty() ? 0 : 1);
        String label =
                ((node.num() == null ? "" : node.num()) + " " + (node.heading() == null ? "" : node.heading())).strip();
        if (!label.isEmpty()) {
            add(lines, length, label);
        }
        if (node.text() != null && !node.text().isBlank()) {
            add(lines, length, node.text().strip());
        }
        for (Provision child : node.children()) {
            boolean own = !ProvisionType.STANDALONE.contains(child.type());
            walk(child, alignedKey, depth + 1, lines, length, in, record && own);
        }
        if (node.wrapUp() != null && !node.wrapUp().isBlank()) {
            add(lines, length, node.wrapUp().strip());
        }
        boolean empty = lines.size() == firstLine;
        int begin = empty ? length[0] : start;
        String text = String.join("\n", lines.subList(firstLine, lines.size()));
        if (record) {
            placements.putIfAbsent(node.eId(), new Placement(node.eId(), alignedKey, text, begin, depth));
            in.add(node.eId());
        }
    }

    private static void add(List<String> lines, int[] length, String line) {
        length[0] += (lines.isEmpty() ? 0 : 1) + line.length();
        lines.add(line);
    }
}
