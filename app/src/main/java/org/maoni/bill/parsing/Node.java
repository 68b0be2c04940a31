package org.maoni.bill.parsing;

import java.util.ArrayList;
import java.util.List;
import org.maoni.bill.Provision;
import org.maoni.bill.ProvisionType;

/** Mutable provision under construction; {@link #toProvision()} freezes it. */
final class Node {

    final ProvisionType type;
    final String num;
    /** The eId as assigned (unique within the bill). */
    String eId;

    String heading;
    final StringBuilder text = new StringBuilder();
    final StringBuilder wrapUp = new StringBuilder();
    final List<Node> children = new ArrayList<>();
    Node parent;

    /** Clauses: the number as an integer and its key ("5", "5A"); items: the key ("1A", "a", "ii"). */
    int number;

    String key;
    /** Clauses: marginal-note pieces found in the body, in order. */
    final List<String> noteFragments = new ArrayList<>();
    /** Clauses: end offset, in the arrangement heading's letters, of the note text matched so far. */
    int noteCursor;
    /** Clauses: the marginal note the extractor anchored to the clause's block. */
    String anchoredNote;
    /** Index of the line that opened the node. */
    int firstLine;

    Node(ProvisionType type, String num, String key) {
        this.type = type;
        this.num = num;
        this.key = key;
    }

    /** Appends a line of text: on a new line, or joined to the last with a space (line-end hyphens mended). */
    static void append(StringBuilder sb, String s, boolean newLine) {
        if (s == null || s.isBlank()) {
            return;
        }
        String t = s.strip();
        if (sb.length() == 0) {
            sb.append(t);
            return;
        }
        if (newLine) {
            sb.append('\n').append(t);
            return;
        }
        int len = sb.length();
        char last = sb.charAt(len - 1);
        if (last == '-'
                && len >= 2
                && Character.isLowerCase(sb.charAt(len - 2))
                && Character.isLowerCase(t.charAt(0))) {
            int start = len - 2;
            while (start > 0 && Character.isLetter(sb.charAt(start - 1))) {
                start--;
            }
            String head = sb.substring(start, len - 1);
            int end = 0;
            while (end < t.length() && Character.isLetter(t.charAt(end))) {
                end++;
            }
            String tail = t.substring(0, end);
            String joined = (head + tail).toLowerCase(java.util.Locale.ROOT);
            if (Vocabulary.isWord(joined) && !Vocabulary.isWord(head.toLowerCase(java.util.Locale.ROOT))) {
                sb.setLength(len - 1);
                sb.append(t);
                return;
            }
            sb.append(t);
            return;
        }
        sb.append(' ').append(t);
    }

    void appendText(String s, boolean newLine) {
        append(text, s, newLine);
    }

    void appendWrapUp(String s, boolean newLine) {
        append(wrapUp, s, newLine);
    }

    private final java.util.EnumMap<ProvisionType, Node> lastByType = new java.util.EnumMap<>(ProvisionType.class);

    void add(Node child) {
        child.parent = this;
        children.add(child);
        lastByType.put(child.type, child);
    }

    Node lastChild(ProvisionType type) {
        return lastByType.get(type);
    }

    boolean hasChild(ProvisionType type) {
        return lastChild(type) != null;
    }

    Provision toProvision() {
        List<Provision> kids = new ArrayList<>(children.size());
        for (Node child : children) {
            kids.add(child.toProvision());
        }
        String t = text.length() == 0 ? null : text.toString();
        String w = wrapUp.length() == 0 ? null : wrapUp.toString();
        return new Provision(eId, type, num, heading, t, w, kids);
    }
}
