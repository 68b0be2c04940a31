package org.maoni.bill.internal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.maoni.bill.BillProblem.FieldError;
import org.maoni.bill.DraftEdit;
import org.maoni.bill.DraftProblem;
import org.maoni.bill.Provision;
import org.maoni.bill.ProvisionType;

/**
 * The editing core of drafts, without storage: applies one {@link DraftEdit} to a provision tree and returns the new
 * tree, or refuses with a {@link DraftProblem} naming what is wrong. eIds follow the Akoma Ntoso convention the parser
 * uses ({@code part_II}, {@code part_II__dvs_1}, {@code sec_5}, {@code sec_5__subsec_2__para_a__subpara_i},
 * {@code sched_1__para_3}); lineages never change except that an inserted provision gets a new one.
 */
public final class DraftEditor {

    private static final Map<ProvisionType, String> PREFIX = new EnumMap<>(Map.of(
            ProvisionType.PART, "part_",
            ProvisionType.DIVISION, "dvs_",
            ProvisionType.SECTION, "sec_",
            ProvisionType.SUBSECTION, "subsec_",
            ProvisionType.PARAGRAPH, "para_",
            ProvisionType.SUBPARAGRAPH, "subpara_",
            ProvisionType.SCHEDULE, "sched_"));

    /** Parents whose children's eIds start with the parent's eId and "__". */
    private static final Set<ProvisionType> PREFIXING = EnumSet.of(
            ProvisionType.SECTION,
            ProvisionType.SUBSECTION,
            ProvisionType.PARAGRAPH,
            ProvisionType.SUBPARAGRAPH,
            ProvisionType.SCHEDULE);

    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9]+");
    private static final Pattern LABEL_WORD =
            Pattern.compile("(?i)^\\s*(part|division|schedule|clause|section)\\b\\s*");
    private static final String[] ROMAN = {
        "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii", "xiii", "xiv", "xv", "xvi", "xvii",
        "xviii", "xix", "xx", "xxi", "xxii", "xxiii", "xxiv", "xxv", "xxvi", "xxvii", "xxviii", "xxix", "xxx"
    };

    private DraftEditor() {}

    /** The tree after an edit, and the eId of the provision the edit made or changed (null for renumbering all). */
    public record Result(List<Provision> tree, String eId) {}

    /** Applies the edit; {@code newLineage} gives the lineage of an inserted provision. */
    public static Result apply(List<Provision> tree, DraftEdit edit, Supplier<String> newLineage) {
        Node root = Node.root(tree);
        String eId;
        if (edit instanceof DraftEdit.Reword r) {
            eId = reword(root, r);
        } else if (edit instanceof DraftEdit.Insert i) {
            eId = insert(root, i, newLineage.get());
        } else if (edit instanceof DraftEdit.Delete d) {
            eId = delete(root, d);
        } else if (edit instanceof DraftEdit.Move m) {
            eId = move(root, m);
        } else if (edit instanceof DraftEdit.Renumber r) {
            eId = renumber(root, r);
        } else if (edit instanceof DraftEdit.RenumberAll) {
            eId = renumberAll(root);
        } else {
            throw new IllegalArgumentException("Unknown edit " + edit);
        }
        List<Provision> result = root.toProvisions();
        List<FieldError> errors = ProvisionTreeValidator.validate(result);
        if (!errors.isEmpty()) {
            FieldError first = errors.get(0);
            throw DraftProblem.invalidEdit(
                    "The edit would leave the draft invalid: " + first.field() + " " + first.message() + ".", errors);
        }
        return new Result(result, eId);
    }

    /**
     * The number a provision inserted right after {@code eId} takes before the bill is renumbered: clause 5 is followed
     * by 5A, 5A by 5B, paragraph (a) by (aa), subclause (2) by (2A).
     */
    public static String numberAfter(List<Provision> tree, String eId) {
        Node anchor = Node.root(tree).find(eId);
        if (anchor == null) {
            throw DraftProblem.provisionNotFound(eId);
        }
        String key = key(anchor.num);
        String next;
        if (key.isEmpty()) {
            next = "1";
        } else if (Character.isUpperCase(key.charAt(key.length() - 1)) && key.length() > 1) {
            next = key.substring(0, key.length() - 1) + (char) (key.charAt(key.length() - 1) + 1);
        } else if (Character.isDigit(key.charAt(key.length() - 1))) {
            next = key + "A";
        } else {
            next = key + key.charAt(key.length() - 1);
        }
        String candidate = replaceKey(anchor.num, next, anchor.type);
        String prefix = prefixFor(anchor.parent, anchor.type) + PREFIX.getOrDefault(anchor.type, "");
        // Skip numbers already taken (5A inserted earlier, so the next is 5B).
        Node root = anchor.root();
        while (root.find(prefix + key(candidate)) != null) {
            String k = key(candidate);
            char last = k.charAt(k.length() - 1);
            String bumped = Character.isLetter(last) ? k.substring(0, k.length() - 1) + (char) (last + 1) : k + "A";
            candidate = replaceKey(anchor.num, bumped, anchor.type);
        }
        return candidate;
    }

    private static String reword(Node root, DraftEdit.Reword r) {
        Node n = existing(root, r.eId());
        if (r.heading() == null && r.text() == null && r.wrapUp() == null) {
            throw invalid("heading", "give a new heading, text or wrap-up");
        }
        if (r.heading() != null) {
            n.heading = blankToNull(r.heading());
        }
        if (r.text() != null) {
            n.text = blankToNull(r.text());
        }
        if (r.wrapUp() != null) {
            n.wrapUp = blankToNull(r.wrapUp());
        }
        return n.eId;
    }

    private static String insert(Node root, DraftEdit.Insert i, String lineage) {
        List<FieldError> errors = new ArrayList<>();
        if (i.type() == null || !PREFIX.containsKey(i.type())) {
            errors.add(new FieldError("type", "must be one of " + PREFIX.keySet()));
        }
        if (key(i.num()).isEmpty()) {
            errors.add(new FieldError("num", "must contain the provision's number, e.g. \"5A.\" or \"(2)\""));
        }
        if (blankToNull(i.heading()) == null && blankToNull(i.text()) == null) {
            errors.add(new FieldError("text", "give the new provision's text or heading"));
        }
        Node parent = root;
        int index = 0;
        if (i.after() != null) {
            Node after = root.find(i.after());
            if (after == null) {
                errors.add(new FieldError("after", "the draft has no provision '" + i.after() + "'"));
            } else {
                parent = after.parent;
                index = parent.children.indexOf(after) + 1;
            }
        } else if (i.parent() != null) {
            Node p = root.find(i.parent());
            if (p == null) {
                errors.add(new FieldError("parent", "the draft has no provision '" + i.parent() + "'"));
            } else {
                parent = p;
            }
        }
        if (!errors.isEmpty()) {
            throw DraftProblem.invalidEdit("The provision was not inserted: " + message(errors), errors);
        }
        Node n = new Node();
        n.type = i.type();
        n.num = i.num().strip();
        n.heading = blankToNull(i.heading());
        n.text = blankToNull(i.text());
        n.lineage = lineage;
        n.parent = parent;
        n.eId = prefixFor(parent, n.type) + PREFIX.get(n.type) + key(n.num);
        parent.children.add(index, n);
        return n.eId;
    }

    private static String delete(Node root, DraftEdit.Delete d) {
        Node n = existing(root, d.eId());
        n.parent.children.remove(n);
        return n.eId;
    }

    private static String move(Node root, DraftEdit.Move m) {
        Node n = existing(root, m.eId());
        Node parent;
        Node after = null;
        if (m.after() != null) {
            after = root.find(m.after());
            if (after == null) {
                throw invalid("after", "the draft has no provision '" + m.after() + "'");
            }
            if (after == n || after.isInside(n)) {
                throw invalid("after", "a provision cannot move after itself or inside itself");
            }
            parent = after.parent;
        } else if (m.parent() != null) {
            parent = root.find(m.parent());
            if (parent == null) {
                throw invalid("parent", "the draft has no provision '" + m.parent() + "'");
            }
            if (parent == n || parent.isInside(n)) {
                throw invalid("parent", "a provision cannot move inside itself");
            }
        } else {
            parent = root;
        }
        String ownSegment = n.ownSegment();
        n.parent.children.remove(n);
        int index = after == null ? 0 : parent.children.indexOf(after) + 1;
        parent.children.add(index, n);
        n.parent = parent;
        n.rename(prefixFor(parent, n.type) + ownSegment);
        return n.eId;
    }

    private static String renumber(Node root, DraftEdit.Renumber r) {
        Node n = existing(root, r.eId());
        if (key(r.num()).isEmpty()) {
            throw invalid("num", "must contain the provision's number, e.g. \"6.\" or \"(3)\"");
        }
        n.num = r.num().strip();
        if (PREFIX.containsKey(n.type)) {
            n.rename(prefixFor(n.parent, n.type) + PREFIX.get(n.type) + key(n.num));
        }
        return n.eId;
    }

    private static String renumberAll(Node root) {
        int[] clause = {0};
        numberClauses(root, clause);
        return null;
    }

    private static void numberClauses(Node container, int[] clause) {
        for (Node n : container.children) {
            switch (n.type) {
                case SCHEDULE, PREFACE, PREAMBLE, OBJECTS_AND_REASONS -> {
                    // Schedules number their own paragraphs; the rest carries no number.
                }
                case PART, DIVISION -> numberClauses(n, clause);
                case SECTION -> {
                    renumberTo(n, String.valueOf(++clause[0]));
                    numberInside(n);
                }
                default -> numberInside(n);
            }
        }
    }

    private static void numberInside(Node container) {
        Map<ProvisionType, Integer> counts = new EnumMap<>(ProvisionType.class);
        for (Node child : container.children) {
            int k = counts.merge(child.type, 1, Integer::sum);
            String key = switch (child.type) {
                case SUBSECTION -> String.valueOf(k);
                case PARAGRAPH -> letters(k);
                case SUBPARAGRAPH -> k <= ROMAN.length ? ROMAN[k - 1] : String.valueOf(k);
                default -> null;
            };
            if (key != null) {
                renumberTo(child, key);
            }
            numberInside(child);
        }
    }

    private static void renumberTo(Node n, String key) {
        n.num = replaceKey(n.num, key, n.type);
        n.rename(prefixFor(n.parent, n.type) + PREFIX.get(n.type) + key);
    }

    /** a, b, ... z, aa, bb, ... as bills letter their paragraphs. */
    private static String letters(int k) {
        char c = (char) ('a' + (k - 1) % 26);
        return String.valueOf(c).repeat((k - 1) / 26 + 1);
    }

    /** The number as printed with its letters and digits replaced by {@code key}: "5." to "6.", "(a)" to "(b)". */
    static String replaceKey(String num, String key, ProvisionType type) {
        if (num == null || !KEY.matcher(stripLabel(num)).find()) {
            return switch (type) {
                case SECTION -> key + ".";
                case SUBSECTION, PARAGRAPH, SUBPARAGRAPH -> "(" + key + ")";
                default -> key;
            };
        }
        String label = num.substring(0, num.length() - stripLabel(num).length());
        Matcher m = KEY.matcher(stripLabel(num));
        m.find();
        String rest = stripLabel(num);
        return label + rest.substring(0, m.start()) + key + rest.substring(m.end());
    }

    /** The letters and digits of a printed number: "5A." gives "5A", "(iv)" gives "iv", "PART II" gives "II". */
    static String key(String num) {
        if (num == null) {
            return "";
        }
        Matcher m = KEY.matcher(stripLabel(num));
        return m.find() ? m.group() : "";
    }

    private static String stripLabel(String num) {
        return LABEL_WORD.matcher(num).replaceFirst("");
    }

    private static String prefixFor(Node parent, ProvisionType childType) {
        if (parent.type == null) {
            return "";
        }
        boolean prefixed = PREFIXING.contains(parent.type)
                || (parent.type == ProvisionType.PART && childType == ProvisionType.DIVISION);
        return prefixed ? parent.eId + "__" : "";
    }

    private static Node existing(Node root, String eId) {
        Node n = eId == null ? null : root.find(eId);
        if (n == null) {
            throw DraftProblem.provisionNotFound(eId);
        }
        return n;
    }

    private static DraftProblem invalid(String field, String message) {
        return DraftProblem.invalidEdit(
                "The edit was not made: " + field + " " + message + ".", List.of(new FieldError(field, message)));
    }

    private static String message(List<FieldError> errors) {
        return errors.get(0).field() + " " + errors.get(0).message() + ".";
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** A mutable node while a tree is edited; the root has no type and holds the top-level provisions. */
    private static final class Node {
        String eId;
        ProvisionType type;
        String num;
        String heading;
        String text;
        String wrapUp;
        String lineage;
        Node parent;
        final List<Node> children = new ArrayList<>();

        static Node root(List<Provision> tree) {
            Node root = new Node();
            for (Provision p : tree) {
                root.children.add(of(p, root));
            }
            return root;
        }

        static Node of(Provision p, Node parent) {
            Node n = new Node();
            n.eId = p.eId();
            n.type = p.type();
            n.num = p.num();
            n.heading = p.heading();
            n.text = p.text();
            n.wrapUp = p.wrapUp();
            n.lineage = p.lineageId();
            n.parent = parent;
            for (Provision c : p.children()) {
                n.children.add(of(c, n));
            }
            return n;
        }

        Node find(String id) {
            for (Node c : children) {
                if (c.eId.equals(id)) {
                    return c;
                }
                Node inside = c.find(id);
                if (inside != null) {
                    return inside;
                }
            }
            return null;
        }

        Node root() {
            Node n = this;
            while (n.parent != null) {
                n = n.parent;
            }
            return n;
        }

        boolean isInside(Node ancestor) {
            for (Node p = parent; p != null; p = p.parent) {
                if (p == ancestor) {
                    return true;
                }
            }
            return false;
        }

        /** The eId without the parent's prefix: "subsec_2" of "sec_5__subsec_2". */
        String ownSegment() {
            String prefix = prefixFor(parent, type);
            return !prefix.isEmpty() && eId.startsWith(prefix) ? eId.substring(prefix.length()) : eId;
        }

        /** Gives this node a new eId; descendants named under it follow. */
        void rename(String newEId) {
            String old = eId;
            eId = newEId;
            for (Node c : children) {
                if (c.eId.startsWith(old + "__")) {
                    c.rename(newEId + c.eId.substring(old.length()));
                }
            }
        }

        List<Provision> toProvisions() {
            List<Provision> out = new ArrayList<>(children.size());
            for (Node c : children) {
                out.add(new Provision(c.eId, c.type, c.num, c.heading, c.text, c.wrapUp, c.toProvisions(), c.lineage));
            }
            return out;
        }
    }
}
