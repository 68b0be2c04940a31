package org.maoni.memorandum.intake;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.maoni.bill.Provision;
import org.maoni.bill.ProvisionType;

/**
 * Resolves free-text references ("Clause 5(2)(a)", "sections 12 and 13", "Clauses 4-6", "Part III", "First
 * Schedule", "paragraph (b) of clause 7", "Kifungu cha 5", "new clause 12A", "Interpretation") to the provisions of
 * one bill version's tree. Strict: a provision is returned only when the text names it; otherwise the result is
 * {@link ReferenceResolution.Kind#UNRESOLVED} with the closest existing provisions. Immutable and thread-safe.
 */
public final class ProvisionReferences {

    /** References are short; longer text is cut so that hostile input costs little. */
    static final int MAX_REFERENCE_CHARS = 400;

    private static final int MAX_CLOSEST = 3;
    private static final Set<String> INTERPRETATION_HEADINGS =
            Set.of("interpretation", "definitions", "interpretation and definitions", "tafsiri", "ufafanuzi");
    private static final Pattern TOKEN = Pattern.compile(
            "\\(\\s*([0-9]{1,4}[a-z]{0,2}|[a-z]{1,4})\\s*\\)" // (2) (a) (1a) (ii)
                    + "|\\(([^()]*)\\)" // a parenthesised heading: "(Market committees)"
                    + "|([0-9]{1,6}[a-z]{0,2})(?![0-9a-z])" // 5 12a 1st
                    + "|([\\p{L}]+)\\.?" // words, with an abbreviation's full stop
                    + "|([,;&/-])");
    private static final Pattern NUMBER_WITH_SUFFIX = Pattern.compile("([0-9]{1,6})([a-z]{0,2})");
    private static final Pattern ORDINAL_NUMBER = Pattern.compile("([0-9]{1,6})(st|nd|rd|th)?");
    private static final int PAREN = 1;
    private static final int HEADING = 2;
    private static final int NUMBER = 3;
    private static final int WORD = 4;
    private static final int SEPARATOR = 5;

    private final List<Node> nodes = new ArrayList<>();

    /** Indexes the tree (top-level provisions in document order). */
    public ProvisionReferences(List<Provision> tree) {
        Objects.requireNonNull(tree, "tree");
        for (Provision p : tree) {
            index(p, null);
        }
    }

    private void index(Provision p, Node parent) {
        Node node = new Node(p, parent, nodes.size());
        nodes.add(node);
        if (parent != null) {
            parent.children.add(node);
        }
        for (Provision c : p.children()) {
            index(c, node);
        }
    }

    /** Resolves a reference as written: only the words "new" or "insert" make it an insertion. */
    public ReferenceResolution resolve(String reference) {
        return resolve(reference, false);
    }

    /**
     * Resolves a reference; with {@code insertionHint} (the proposal itself says to insert) a designator that does not
     * exist yet, such as "clause 5(1A)", is read as the place of a new provision instead of an error.
     */
    public ReferenceResolution resolve(String reference, boolean insertionHint) {
        String original = reference == null ? "" : reference;
        String text = normalize(original);
        Parse parse = new Parse(text);
        if (parse.items.isEmpty()) {
            return resolvePhrase(original, text, parse, insertionHint || parse.insertion);
        }
        List<String> eIds = new ArrayList<>();
        List<Comp> previous = null;
        Node rangeStart = null;
        List<Comp> shared = parse.sharedContainer();
        for (Item item : parse.items) {
            List<Comp> own = item.path();
            boolean partial =
                    item.partial && previous != null && own.get(0).level.subLevel();
            List<Comp> path = partial ? sibling(previous, own) : own;
            boolean refines = partial
                    && path.size() > previous.size()
                    && path.subList(0, previous.size()).equals(previous);
            if (refines && !eIds.isEmpty() && rangeStart == null) {
                // "clause 15, subclause (2)" names one provision, not clause 15 and then its subclause
                eIds.remove(eIds.size() - 1);
            }
            if (!path.isEmpty() && path.get(0).level.subLevel() && !shared.isEmpty()) {
                // "subclauses (2) and (3) of clause 5": the container named last applies to each
                List<Comp> full = new ArrayList<>(shared);
                full.addAll(path);
                path = full;
            }
            if (path.isEmpty()) {
                continue;
            }
            previous = path;
            String label = label(path);
            if (path.get(0).level != Level.SECTION
                    && path.get(0).level != Level.PART
                    && path.get(0).level != Level.SCHEDULE
                    && path.get(0).level != Level.DIVISION) {
                return ReferenceResolution.unresolved(
                        original, List.of(), label + " does not say which clause, Part or Schedule it belongs to");
            }
            Step step = walk(path);
            if (step.found == null) {
                boolean newNumber = parse.insertion || (insertionHint && looksInserted(path, step));
                if (newNumber && step.missingAtLast && parse.items.size() == 1) {
                    return insertion(original, path, step);
                }
                return ReferenceResolution.unresolved(
                        original, step.closest, problem(label, step.problem, step.closest));
            }
            if (parse.insertion && parse.items.size() == 1) {
                // "insert a new paragraph in clause 11(2)": the named provision is where the new text goes
                return ReferenceResolution.insertion(original, step.found.eId(), null);
            }
            if (rangeStart != null) {
                List<Node> range = range(rangeStart, step.found);
                if (range == null) {
                    return ReferenceResolution.unresolved(
                            original,
                            List.of(rangeStart.eId(), step.found.eId()),
                            "the range ending at " + label + " does not run forwards through one list of provisions");
                }
                range.forEach(n -> eIds.add(n.eId()));
                rangeStart = null;
            } else if (item.rangeToNext) {
                rangeStart = step.found;
            } else {
                eIds.add(step.found.eId());
            }
        }
        if (rangeStart != null) {
            eIds.add(rangeStart.eId());
        }
        if (eIds.isEmpty()) {
            return ReferenceResolution.none(original);
        }
        if (eIds.size() == 1 && parse.headings.size() == 1) {
            ReferenceResolution conflict = headingConflict(original, eIds.get(0), parse.headings.get(0));
            if (conflict != null) {
                return conflict;
            }
        }
        return ReferenceResolution.matched(original, List.copyOf(new LinkedHashSet<>(eIds)));
    }

    /**
     * A number and a heading that name two different provisions ("Clause 12 (Relocation of street traders)" where
     * that is clause 15's heading) cannot be settled without guessing. A heading that is no provision's heading
     * exactly (a paraphrase) is not a conflict.
     */
    private ReferenceResolution headingConflict(String original, String eId, String heading) {
        String wanted = bare(normalize(heading));
        Node found = byEId(eId);
        for (Node n = found; n != null; n = n.parent) {
            if (n.heading() != null && wanted.equals(bare(normalize(n.heading())))) {
                return null;
            }
        }
        List<Node> headed = nodes.stream()
                .filter(n -> n.heading() != null && wanted.equals(bare(normalize(n.heading()))))
                .toList();
        if (headed.isEmpty()) {
            return null;
        }
        List<String> both = new ArrayList<>();
        both.add(eId);
        headed.forEach(n -> both.add(n.eId()));
        return ReferenceResolution.unresolved(
                original,
                both,
                "the number names " + eId + " but “" + headed.get(0).heading().strip() + "” is the heading of "
                        + String.join(", ", both.subList(1, both.size())));
    }

    // ---------------------------------------------------------------- phrases without numbers

    private ReferenceResolution resolvePhrase(String original, String text, Parse parse, boolean insertion) {
        if (text.contains("long title")) {
            return firstOfType(original, ProvisionType.PREFACE, "the long title");
        }
        if (text.contains("preamble") || text.contains("enacting formula")) {
            return firstOfType(original, ProvisionType.PREAMBLE, "the enacting formula");
        }
        if (text.contains("objects and reasons")) {
            return firstOfType(original, ProvisionType.OBJECTS_AND_REASONS, "the memorandum of objects and reasons");
        }
        String bare = bare(text);
        boolean interpretation = INTERPRETATION_HEADINGS.contains(bare)
                || text.contains("definition")
                || text.contains("interpretation")
                || text.contains("tafsiri");
        if (interpretation) {
            List<Node> found = nodes.stream()
                    .filter(n -> n.type() == ProvisionType.SECTION
                            && INTERPRETATION_HEADINGS.contains(bare(normalize(n.heading()))))
                    .toList();
            if (found.size() == 1) {
                return insertion && text.contains("definition")
                        ? ReferenceResolution.insertion(original, found.get(0).eId(), null)
                        : ReferenceResolution.matched(
                                original, List.of(found.get(0).eId()));
            }
        }
        if (!bare.isEmpty()) {
            List<Node> headed = nodes.stream()
                    .filter(n -> n.heading() != null && bare.equals(bare(normalize(n.heading()))))
                    .toList();
            if (headed.size() == 1) {
                return ReferenceResolution.matched(
                        original, List.of(headed.get(0).eId()));
            }
            if (headed.size() > 1) {
                List<String> all = headed.stream().map(Node::eId).toList();
                return ReferenceResolution.unresolved(
                        original, all, problem("“" + bare + "”", "heads more than one provision", all));
            }
        }
        List<String> similar = similarHeadings(bare);
        if (!similar.isEmpty()) {
            return ReferenceResolution.unresolved(
                    original, similar, problem("“" + bare + "”", "is not the heading of any provision", similar));
        }
        if (parse.namedUnit) {
            return ReferenceResolution.unresolved(original, List.of(), "the reference names no number");
        }
        return ReferenceResolution.none(original);
    }

    private ReferenceResolution firstOfType(String original, ProvisionType type, String what) {
        return nodes.stream()
                .filter(n -> n.type() == type)
                .findFirst()
                .map(n -> ReferenceResolution.matched(original, List.of(n.eId())))
                .orElseGet(() -> ReferenceResolution.unresolved(original, List.of(), what + " is not in this version"));
    }

    /** Headings that share most of their letter trigrams with the text (typos, partial titles). */
    private List<String> similarHeadings(String bare) {
        if (bare.length() < 4) {
            return List.of();
        }
        Set<String> mine = trigrams(bare);
        record Scored(Node node, double score) {}
        return nodes.stream()
                .filter(n -> n.heading() != null)
                .map(n -> {
                    Set<String> theirs = trigrams(bare(normalize(n.heading())));
                    long common = theirs.stream().filter(mine::contains).count();
                    return new Scored(n, 2.0 * common / (mine.size() + theirs.size()));
                })
                .filter(s -> s.score >= 0.5)
                .sorted(Comparator.comparingDouble((Scored s) -> -s.score).thenComparingInt(s -> s.node.order))
                .limit(MAX_CLOSEST)
                .sorted(Comparator.comparingInt(s -> s.node.order))
                .map(s -> s.node.eId())
                .toList();
    }

    private static Set<String> trigrams(String s) {
        Set<String> out = new LinkedHashSet<>();
        String padded = " " + s + " ";
        for (int i = 0; i + 3 <= padded.length(); i++) {
            out.add(padded.substring(i, i + 3));
        }
        return out;
    }

    /** A heading or reference reduced to its words: no "the", "clause", quotes or closing punctuation. */
    private static String bare(String normalized) {
        String s = normalized
                .replaceAll("[\"'`.:;,]", " ")
                .replaceAll("\\b(the|clause|section|kifungu|cha)\\b", " ")
                .replaceAll("\\s+", " ")
                .strip();
        return s;
    }

    // ---------------------------------------------------------------- walking the tree

    private Step walk(List<Comp> path) {
        Comp first = path.get(0);
        List<Node> candidates = nodes.stream()
                .filter(n -> first.level.kind.equals(n.kind) && matches(first, n))
                .toList();
        List<Node> sameKind =
                nodes.stream().filter(n -> first.level.kind.equals(n.kind)).toList();
        if (first.value == null && first.level == Level.SCHEDULE) {
            candidates = sameKind;
            if (candidates.size() > 1) {
                return Step.missingFirst(
                        eIds(candidates), "is ambiguous: this version has " + candidates.size() + " Schedules", false);
            }
        }
        if (candidates.isEmpty()) {
            return Step.missingFirst(nearest(sameKind, first), "does not exist", path.size() == 1);
        }
        if (candidates.size() > 1) {
            return Step.missingFirst(eIds(candidates), "is ambiguous", false);
        }
        Node current = candidates.get(0);
        for (int i = 1; i < path.size(); i++) {
            Comp comp = path.get(i);
            Node parent = current;
            List<Node> direct = parent.children.stream()
                    .filter(n -> (comp.level == Level.ANY || comp.level.kind.equals(n.kind)) && matches(comp, n))
                    .toList();
            if (direct.isEmpty() && comp.level != Level.ANY) {
                direct = descendants(parent).stream()
                        .filter(n -> comp.level.kind.equals(n.kind) && matches(comp, n))
                        .toList();
            }
            if (direct.size() != 1) {
                List<Node> pool = direct.size() > 1
                        ? direct
                        : nearest(
                                        parent.children.stream()
                                                .filter(n -> comp.level == Level.ANY
                                                        ? sameClass(comp.value, n.value)
                                                        : comp.level.kind.equals(n.kind))
                                                .toList(),
                                        comp)
                                .stream()
                                .map(this::byEId)
                                .toList();
                String why = direct.size() > 1 ? "is ambiguous" : "does not exist";
                return new Step(
                        null,
                        parent,
                        pool.stream().map(Node::eId).toList(),
                        why,
                        direct.isEmpty() && i == path.size() - 1);
            }
            current = direct.get(0);
        }
        return new Step(current, current.parent, List.of(), null, false);
    }

    private Node byEId(String eId) {
        return nodes.stream().filter(n -> n.eId().equals(eId)).findFirst().orElseThrow();
    }

    private static List<Node> descendants(Node n) {
        List<Node> out = new ArrayList<>();
        for (Node c : n.children) {
            out.add(c);
            out.addAll(descendants(c));
        }
        return out;
    }

    private static List<String> eIds(List<Node> list) {
        return list.stream().map(Node::eId).toList();
    }

    private static boolean matches(Comp comp, Node n) {
        if (comp.value == null || n.value == null) {
            return false;
        }
        if (comp.level == Level.PART || comp.level == Level.DIVISION || comp.level == Level.SCHEDULE) {
            long want = ordinalOf(comp.value);
            return want > 0 && want == ordinalOf(n.value);
        }
        return comp.value.equals(n.value);
    }

    /** Up to three nodes of the list nearest in number to the designator, in document order. */
    private static List<String> nearest(List<Node> pool, Comp comp) {
        long want = comp.value == null ? 0 : order(comp.level, comp.value);
        return pool.stream()
                .sorted(Comparator.comparingLong((Node n) -> Math.abs(order(comp.level, n.value) - want))
                        .thenComparingInt(n -> n.order))
                .limit(MAX_CLOSEST)
                .sorted(Comparator.comparingInt(n -> n.order))
                .map(Node::eId)
                .toList();
    }

    /** A number for ordering designators: 12 < 12A < 12B < 13, (a) < (b), (i) < (ii), Part II < Part III. */
    static long order(Level level, String value) {
        if (value == null || value.isEmpty()) {
            return 0;
        }
        if (level == Level.PART || level == Level.DIVISION || level == Level.SCHEDULE) {
            return ordinalOf(value) * 100;
        }
        Matcher m = NUMBER_WITH_SUFFIX.matcher(value);
        if (m.matches()) {
            return Long.parseLong(m.group(1)) * 1000 + letters(m.group(2));
        }
        if (value.matches("[ivxlc]+") && romanValue(value) > 0 && level == Level.SUBPARAGRAPH) {
            return romanValue(value) * 1000;
        }
        return letters(value) * 1000;
    }

    private static long letters(String s) {
        long v = 0;
        for (char c : s.toCharArray()) {
            v = v * 27 + (c - 'a' + 1);
        }
        return v;
    }

    private static boolean sameClass(String a, String b) {
        if (a == null || b == null || a.isEmpty() || b.isEmpty()) {
            return false;
        }
        return Character.isDigit(a.charAt(0)) == Character.isDigit(b.charAt(0));
    }

    private List<Node> range(Node from, Node to) {
        List<Node> list;
        if (from.kind.equals(to.kind) && from.type() == ProvisionType.SECTION) {
            list = nodes.stream().filter(n -> n.type() == ProvisionType.SECTION).toList();
        } else if (from.parent == to.parent && from.kind.equals(to.kind)) {
            list = from.parent == null
                    ? nodes.stream().filter(n -> n.parent == null).toList()
                    : from.parent.children;
        } else {
            return null;
        }
        int a = list.indexOf(from);
        int b = list.indexOf(to);
        if (a < 0 || b < a) {
            return null;
        }
        return list.subList(a, b + 1).stream()
                .filter(n -> n.kind.equals(from.kind))
                .toList();
    }

    /**
     * Whether a missing designator looks like one a proposal would add: a number with a letter suffix ("12A", "1A")
     * or the number right after the last of its siblings.
     */
    private boolean looksInserted(List<Comp> path, Step step) {
        String value = path.get(path.size() - 1).value;
        if (value == null) {
            return false;
        }
        if (value.matches("[0-9]+[a-z]{1,2}")) {
            return true;
        }
        List<Node> siblings = siblings(path, step);
        Comp last = path.get(path.size() - 1);
        long max = siblings.stream()
                .mapToLong(n -> order(last.level, n.value))
                .max()
                .orElse(0);
        long want = order(last.level, value);
        return want > max && want - max <= 1000 && value.matches("[0-9]+");
    }

    private List<Node> siblings(List<Comp> path, Step step) {
        Comp last = path.get(path.size() - 1);
        if (path.size() == 1) {
            return nodes.stream().filter(n -> last.level.kind.equals(n.kind)).toList();
        }
        return step.parent.children.stream()
                .filter(n -> last.level == Level.ANY ? sameClass(last.value, n.value) : last.level.kind.equals(n.kind))
                .toList();
    }

    private ReferenceResolution insertion(String original, List<Comp> path, Step step) {
        Comp last = path.get(path.size() - 1);
        if (last.value == null) {
            return ReferenceResolution.unresolved(original, step.closest, "the new provision has no number");
        }
        List<Node> siblings = siblings(path, step);
        String kind;
        if (last.level != Level.ANY) {
            kind = last.level.kind;
        } else if (!siblings.isEmpty()) {
            kind = siblings.get(0).kind;
        } else {
            kind = Character.isDigit(last.value.charAt(0))
                    ? "subsec"
                    : step.parent.kind.equals("sec") ? "para" : "subpara";
        }
        long want = order(last.level, last.value);
        Node before = null;
        for (Node s : siblings) {
            if (order(last.level, s.value) < want) {
                before = s;
            }
        }
        Node container = path.size() == 1 ? null : step.parent;
        String place = before != null ? before.eId() : container == null ? null : container.eId();
        String value = last.level == Level.PART || last.level == Level.DIVISION
                ? roman(ordinalOf(last.value))
                : Character.isDigit(last.value.charAt(0)) ? last.value.toUpperCase(Locale.ROOT) : last.value;
        String candidate = (container == null ? "" : container.eId() + "__") + kind + "_" + value;
        String newEId = nodes.stream().anyMatch(n -> n.eId().equals(candidate)) ? null : candidate;
        return ReferenceResolution.insertion(original, place, newEId);
    }

    private static String problem(String label, String why, List<String> closest) {
        return label + " " + why + (closest.isEmpty() ? "" : "; closest: " + String.join(", ", closest));
    }

    /** The designator as a person would write it: "clause 5(2)(a)", "Part III", "the Schedule". */
    private static String label(List<Comp> path) {
        StringBuilder sb = new StringBuilder();
        Comp first = path.get(0);
        if (first.level == Level.SCHEDULE) {
            sb.append(first.value == null ? "the Schedule" : "Schedule " + ordinalOf(first.value));
        } else if (first.level == Level.PART || first.level == Level.DIVISION) {
            sb.append(first.level.word).append(' ').append(roman(ordinalOf(first.value)));
        } else {
            sb.append(first.level.word).append(' ').append(displayNumber(first.value));
        }
        for (Comp c : path.subList(1, path.size())) {
            sb.append('(').append(displayNumber(c.value)).append(')');
        }
        return sb.toString();
    }

    private static String displayNumber(String v) {
        return v != null && !v.isEmpty() && Character.isDigit(v.charAt(0)) ? v.toUpperCase(Locale.ROOT) : v;
    }

    private static List<Comp> sibling(List<Comp> previous, List<Comp> partial) {
        Comp head = partial.get(0);
        boolean digit = Character.isDigit(head.value.charAt(0));
        boolean romanish = head.value.matches("[ivx]+");
        // which designators of the previous path are paragraph letters and which are subparagraph numerals
        for (int i = previous.size() - 1; i >= 1; i--) {
            String v = previous.get(i).value;
            boolean prevDigit = Character.isDigit(v.charAt(0));
            boolean prevRoman = v.matches("[ivx]+")
                    && i > 1
                    && !Character.isDigit(previous.get(i - 1).value.charAt(0));
            boolean same = digit ? prevDigit : !prevDigit && (prevRoman ? romanish : true);
            if (same) {
                List<Comp> out = new ArrayList<>(previous.subList(0, i));
                out.addAll(partial);
                return out;
            }
        }
        List<Comp> out = new ArrayList<>(previous);
        out.addAll(partial);
        return out;
    }

    // ---------------------------------------------------------------- text

    static String normalize(String s) {
        if (s == null) {
            return "";
        }
        String cut = s.length() > MAX_REFERENCE_CHARS ? s.substring(0, MAX_REFERENCE_CHARS) : s;
        String n = Normalizer.normalize(cut, Normalizer.Form.NFKC);
        StringBuilder sb = new StringBuilder(n.length());
        n.codePoints().forEach(cp -> {
            int type = Character.getType(cp);
            if (type == Character.CONTROL || type == Character.FORMAT || type == Character.SURROGATE) {
                sb.append(' ');
            } else if ("\u2018\u2019\u201a\u201b\u2032\u00b4`".indexOf(cp) >= 0) {
                sb.append('\'');
            } else if ("\u201c\u201d\u201e\u201f\u00ab\u00bb\u2033".indexOf(cp) >= 0) {
                sb.append('"');
            } else if ("\u2010\u2011\u2012\u2013\u2014\u2015\u2212".indexOf(cp) >= 0) {
                sb.append('-');
            } else {
                sb.appendCodePoint(cp);
            }
        });
        return sb.toString()
                .toLowerCase(Locale.ROOT)
                .replaceAll("\\bsub[- ](clause|section|paragraph|para)", "sub$1")
                .replaceAll("\\b(kifungu|vifungu) (kidogo|vidogo)\\b", "subclause")
                .replaceAll("\\s+", " ")
                .strip();
    }

    private static long ordinalOf(String value) {
        if (value == null) {
            return 0;
        }
        String v = value.toLowerCase(Locale.ROOT);
        Matcher m = ORDINAL_NUMBER.matcher(v);
        if (m.matches()) {
            return Long.parseLong(m.group(1));
        }
        Long word = WORDS.get(v);
        if (word != null) {
            return word;
        }
        return romanValue(v);
    }

    private static final Map<String, Long> WORDS = Map.ofEntries(
            Map.entry("first", 1L),
            Map.entry("second", 2L),
            Map.entry("third", 3L),
            Map.entry("fourth", 4L),
            Map.entry("fifth", 5L),
            Map.entry("sixth", 6L),
            Map.entry("seventh", 7L),
            Map.entry("eighth", 8L),
            Map.entry("ninth", 9L),
            Map.entry("tenth", 10L),
            Map.entry("one", 1L),
            Map.entry("two", 2L),
            Map.entry("three", 3L),
            Map.entry("four", 4L),
            Map.entry("five", 5L),
            Map.entry("six", 6L),
            Map.entry("seven", 7L),
            Map.entry("eight", 8L),
            Map.entry("nine", 9L),
            Map.entry("ten", 10L),
            Map.entry("kwanza", 1L),
            Map.entry("pili", 2L),
            Map.entry("tatu", 3L),
            Map.entry("nne", 4L),
            Map.entry("tano", 5L),
            Map.entry("sita", 6L),
            Map.entry("saba", 7L),
            Map.entry("nane", 8L),
            Map.entry("tisa", 9L),
            Map.entry("kumi", 10L));

    private static long romanValue(String s) {
        if (s.isEmpty() || s.length() > 12 || !s.matches("[ivxlcdm]+")) {
            return 0;
        }
        String[] syms = {"m", "cm", "d", "cd", "c", "xc", "l", "xl", "x", "ix", "v", "iv", "i"};
        int[] vals = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
        long total = 0;
        int i = 0;
        String rest = s;
        while (!rest.isEmpty() && i < syms.length) {
            if (rest.startsWith(syms[i])) {
                total += vals[i];
                rest = rest.substring(syms[i].length());
            } else {
                i++;
            }
        }
        return rest.isEmpty() && roman(total).equalsIgnoreCase(s) ? total : 0;
    }

    private static String roman(long n) {
        if (n <= 0 || n >= 4000) {
            return Long.toString(n);
        }
        String[] syms = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};
        int[] vals = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
        StringBuilder sb = new StringBuilder();
        long rest = n;
        for (int i = 0; i < vals.length; i++) {
            while (rest >= vals[i]) {
                sb.append(syms[i]);
                rest -= vals[i];
            }
        }
        return sb.toString();
    }

    // ---------------------------------------------------------------- model

    /** The level a designator names; {@code kind} is the eId prefix of that level. */
    enum Level {
        SECTION("sec", "clause"),
        SUBSECTION("subsec", "subclause"),
        PARAGRAPH("para", "paragraph"),
        SUBPARAGRAPH("subpara", "subparagraph"),
        PART("part", "Part"),
        DIVISION("dvs", "Division"),
        SCHEDULE("sched", "the Schedule"),
        /** A parenthesised designator after a number: whatever level comes next in the tree. */
        ANY("", "");

        final String kind;
        final String word;

        Level(String kind, String word) {
            this.kind = kind;
            this.word = word;
        }

        boolean subLevel() {
            return this == SUBSECTION || this == PARAGRAPH || this == SUBPARAGRAPH || this == ANY;
        }
    }

    private static final Map<String, Level> UNITS = Map.ofEntries(
            Map.entry("clause", Level.SECTION),
            Map.entry("clauses", Level.SECTION),
            Map.entry("cl", Level.SECTION),
            Map.entry("cls", Level.SECTION),
            Map.entry("section", Level.SECTION),
            Map.entry("sections", Level.SECTION),
            Map.entry("sec", Level.SECTION),
            Map.entry("secs", Level.SECTION),
            Map.entry("s", Level.SECTION),
            Map.entry("ss", Level.SECTION),
            Map.entry("kifungu", Level.SECTION),
            Map.entry("vifungu", Level.SECTION),
            Map.entry("ibara", Level.SECTION),
            Map.entry("subclause", Level.SUBSECTION),
            Map.entry("subclauses", Level.SUBSECTION),
            Map.entry("subsection", Level.SUBSECTION),
            Map.entry("subsections", Level.SUBSECTION),
            Map.entry("subsec", Level.SUBSECTION),
            Map.entry("paragraph", Level.PARAGRAPH),
            Map.entry("paragraphs", Level.PARAGRAPH),
            Map.entry("para", Level.PARAGRAPH),
            Map.entry("paras", Level.PARAGRAPH),
            Map.entry("aya", Level.PARAGRAPH),
            Map.entry("subparagraph", Level.SUBPARAGRAPH),
            Map.entry("subparagraphs", Level.SUBPARAGRAPH),
            Map.entry("subpara", Level.SUBPARAGRAPH),
            Map.entry("part", Level.PART),
            Map.entry("parts", Level.PART),
            Map.entry("sehemu", Level.PART),
            Map.entry("division", Level.DIVISION),
            Map.entry("schedule", Level.SCHEDULE),
            Map.entry("schedules", Level.SCHEDULE),
            Map.entry("jedwali", Level.SCHEDULE));

    private static final Set<String> LIST_WORDS = Set.of("and", "or", "na", "au", "as", "well");
    private static final Set<String> RANGE_WORDS = Set.of("to", "through", "hadi", "mpaka", "till", "until");
    private static final Set<String> OF_WORDS = Set.of("of", "in", "under", "ya", "cha", "la", "za", "wa", "katika");
    private static final Set<String> NEW_WORDS =
            Set.of("new", "insert", "insertion", "additional", "kipya", "mpya", "vipya", "jipya");
    private static final Set<String> FILLER = Set.of("the", "a", "an", "proposed", "bill", "kwa");

    /** One designator: a level and a value ("5", "2", "a", "1a", "iii", "first"); null value for "the Schedule". */
    record Comp(Level level, String value) {}

    /** One named provision or range end, as chains joined by "of" in text order. */
    private static final class Item {
        final List<List<Comp>> chains = new ArrayList<>();
        boolean partial;
        boolean rangeToNext;

        Item() {
            chains.add(new ArrayList<>());
        }

        List<Comp> last() {
            return chains.get(chains.size() - 1);
        }

        /** Outermost first: "paragraph (b) of clause 7" is clause 7, then (b). */
        List<Comp> path() {
            List<Comp> out = new ArrayList<>();
            for (int i = chains.size() - 1; i >= 0; i--) {
                out.addAll(chains.get(i));
            }
            return out;
        }

        boolean isEmpty() {
            return chains.stream().allMatch(List::isEmpty);
        }
    }

    /** The designators found in a reference, read left to right. */
    private static final class Parse {
        final List<Item> items = new ArrayList<>();
        /** Parenthesised text that is not a designator: a heading quoted beside the number. */
        final List<String> headings = new ArrayList<>();

        boolean insertion;
        boolean namedUnit;

        Parse(String text) {
            Item item = new Item();
            Level unit = null;
            Level lastUnit = null;
            boolean afterSeparator = false;
            boolean prose = false;
            String pendingOrdinal = null;
            Matcher m = TOKEN.matcher(text);
            int tokens = 0;
            while (m.find() && tokens++ < 200) {
                String paren = m.group(PAREN);
                String number = m.group(NUMBER);
                String word = m.group(WORD);
                String sep = m.group(SEPARATOR);
                if (m.group(HEADING) != null) {
                    headings.add(m.group(HEADING));
                    continue;
                }
                if (paren != null) {
                    String v = paren.strip();
                    if (unit != null && unit != Level.PART && unit != Level.SCHEDULE && unit != Level.DIVISION) {
                        if (unit.subLevel() && afterSeparator && item.isEmpty() && !items.isEmpty()) {
                            // "clause 15, subclause (2)" and "clause 5(2)(a) and paragraph (b)"
                            item.partial = true;
                        }
                        item.last().add(new Comp(unit, v));
                        unit = null;
                    } else if (!item.last().isEmpty()) {
                        item.last().add(new Comp(Level.ANY, v));
                    } else if (afterSeparator && !items.isEmpty()) {
                        item.partial = true;
                        item.last().add(new Comp(Level.ANY, v));
                    } else {
                        continue;
                    }
                    afterSeparator = false;
                    prose = false;
                } else if (number != null) {
                    if (unit == null && number.matches("[0-9]+(st|nd|rd|th)")) {
                        pendingOrdinal = number;
                        continue;
                    }
                    Level level = unit;
                    if (level == null && pendingOrdinal == null) {
                        if (afterSeparator && lastUnit != null) {
                            level = lastUnit;
                        } else if (items.isEmpty() && item.isEmpty() && !prose && lastUnit == null) {
                            level = Level.SECTION;
                        }
                    }
                    if (level == null || !item.last().isEmpty()) {
                        prose = true;
                        continue;
                    }
                    item.last().add(new Comp(level, number));
                    lastUnit = level;
                    unit = null;
                    afterSeparator = false;
                    prose = false;
                } else if (word != null) {
                    Level u = UNITS.get(word);
                    boolean value = unit == Level.PART
                            || unit == Level.SCHEDULE
                            || unit == Level.DIVISION
                            || (afterSeparator && (lastUnit == Level.PART || lastUnit == Level.SCHEDULE));
                    if (value && ordinalOf(word) > 0 && !(word.equals("i") && unit == null)) {
                        Level level = unit != null ? unit : lastUnit;
                        if (!item.last().isEmpty()) {
                            finish(item);
                            item = new Item();
                        }
                        item.last().add(new Comp(level, word));
                        lastUnit = level;
                        unit = null;
                        afterSeparator = false;
                        prose = false;
                    } else if (u != null) {
                        namedUnit = true;
                        if (unit == Level.SCHEDULE) {
                            item.last().add(new Comp(Level.SCHEDULE, null));
                        }
                        if (!item.last().isEmpty() && !afterOf(item)) {
                            finish(item);
                            item = new Item();
                        }
                        if (u == Level.SCHEDULE && pendingOrdinal != null) {
                            item.last().add(new Comp(Level.SCHEDULE, pendingOrdinal));
                            lastUnit = u;
                            pendingOrdinal = null;
                        } else {
                            unit = u;
                        }
                        prose = false;
                    } else if (WORDS.containsKey(word) && unit == null && ordinalOf(word) <= 10) {
                        pendingOrdinal = word;
                    } else if (OF_WORDS.contains(word)) {
                        if (unit == Level.SCHEDULE) {
                            continue;
                        }
                        if (!item.last().isEmpty()) {
                            item.chains.add(new ArrayList<>());
                        }
                    } else if (LIST_WORDS.contains(word)) {
                        unit = flushSchedule(item, unit);
                        afterSeparator = true;
                        if (!item.isEmpty()) {
                            finish(item);
                            item = new Item();
                        }
                    } else if (RANGE_WORDS.contains(word)) {
                        unit = flushSchedule(item, unit);
                        if (!item.isEmpty()) {
                            item.rangeToNext = true;
                            finish(item);
                            item = new Item();
                            afterSeparator = true;
                        }
                    } else if (NEW_WORDS.contains(word)) {
                        insertion = true;
                    } else if (!FILLER.contains(word)) {
                        unit = flushSchedule(item, unit);
                        pendingOrdinal = null;
                        prose = true;
                        afterSeparator = false;
                    }
                } else if (sep != null) {
                    unit = flushSchedule(item, unit);
                    if (!item.isEmpty()) {
                        item.rangeToNext = sep.equals("-");
                        finish(item);
                        item = new Item();
                    }
                    afterSeparator = true;
                }
            }
            flushSchedule(item, unit);
            finish(item);
            // a dangling range end ("clauses 4-") is just its start
            if (!items.isEmpty()) {
                items.get(items.size() - 1).rangeToNext = false;
            }
        }

        /** The container the last item names after "of", when it has one: "... of clause 5" gives clause 5. */
        List<Comp> sharedContainer() {
            if (items.isEmpty()) {
                return List.of();
            }
            Item last = items.get(items.size() - 1);
            List<Comp> out = new ArrayList<>();
            for (int i = last.chains.size() - 1; i >= 1; i--) {
                out.addAll(last.chains.get(i));
            }
            return out.isEmpty() || out.get(0).level.subLevel() ? List.of() : out;
        }

        private static boolean afterOf(Item item) {
            return item.last().isEmpty();
        }

        private static Level flushSchedule(Item item, Level unit) {
            if (unit == Level.SCHEDULE) {
                item.last().add(new Comp(Level.SCHEDULE, null));
                return null;
            }
            return unit;
        }

        private void finish(Item item) {
            item.chains.removeIf(List::isEmpty);
            if (!item.chains.isEmpty()) {
                items.add(item);
            }
        }
    }

    private record Step(Node found, Node parent, List<String> closest, String problem, boolean missingAtLast) {
        static Step missingFirst(List<String> closest, String problem, boolean last) {
            return new Step(null, null, closest, problem, last);
        }
    }

    /** A provision with its place in the tree; {@code kind} and {@code value} come from its eId's last segment. */
    private static final class Node {
        final Provision provision;
        final Node parent;
        final int order;
        final String kind;
        final String value;
        final List<Node> children = new ArrayList<>();

        Node(Provision provision, Node parent, int order) {
            this.provision = provision;
            this.parent = parent;
            this.order = order;
            String eId = provision.eId();
            int cut = eId.lastIndexOf("__");
            // a duplicate number gets "-2" from the parser; it still answers to its printed number
            String seg = (cut < 0 ? eId : eId.substring(cut + 2)).replaceFirst("-[0-9]+$", "");
            int u = seg.indexOf('_');
            this.kind = u < 0 ? seg : seg.substring(0, u);
            this.value = u < 0 ? null : seg.substring(u + 1).toLowerCase(Locale.ROOT);
        }

        String eId() {
            return provision.eId();
        }

        String heading() {
            return provision.heading();
        }

        ProvisionType type() {
            return provision.type();
        }
    }
}
