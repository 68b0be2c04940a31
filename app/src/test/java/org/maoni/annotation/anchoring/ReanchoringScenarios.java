package org.maoni.annotation.anchoring;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.maoni.bill.Provision;
import org.maoni.bill.ProvisionType;
import org.maoni.bill.internal.VersionAlignment;
import org.maoni.bill.parsing.BillParser;
import org.maoni.bill.synthetic.SyntheticBill;
import org.maoni.diff.Alignment;
import org.maoni.diff.ProvisionAligner;

/**
 * Generated re-anchoring trials with ground truth. A synthetic bill is parsed into a provision tree; a quote of 1 to
 * 12 words is placed in the text of a provision inside a clause; one edit of a given kind makes the next version, and
 * the generator knows where the quote's text went (or that it is gone). Re-anchoring is then judged: right (the true
 * new place, or orphaned when the text is gone), miss (orphaned although the text is still there) or wrong (anchored
 * anywhere else). Inserted words never hold the quote itself where it was unique (which would leave two places no
 * one could tell apart). An anchor is on the true place when its range overlaps the true range by at least
 * {@link #RIGHT_OVERLAP} (intersection over union) in the same clause.
 */
public final class ReanchoringScenarios {

    /** The least intersection-over-union of anchored and true range for an anchor to count as the right text. */
    public static final double RIGHT_OVERLAP = 0.75;

    /** The kinds of edit between the two versions. */
    public enum EditKind {
        WORDS_INSERTED_BEFORE,
        WORDS_INSERTED_AFTER,
        WORDS_INSERTED_AROUND,
        WORD_REPLACED,
        PUNCTUATION_CHANGED,
        TYPO_FIXED,
        CLAUSE_RENUMBERED,
        CLAUSE_MOVED,
        CLAUSE_DELETED,
        QUOTE_DELETED,
        OTHER_CLAUSES_CHANGED
    }

    /** How one trial was judged. */
    public enum Verdict {
        RIGHT,
        MISS,
        WRONG
    }

    /** One trial's result. */
    public record Trial(EditKind kind, Verdict verdict, AnchorStatus status, boolean exactBounds, String detail) {}

    /** The results of a kind of edit. */
    public static final class Tally {
        public int trials;
        public int right;
        public int miss;
        public int wrong;
        public int exactBounds;
        public final Map<AnchorStatus, Integer> statuses = new EnumMap<>(AnchorStatus.class);
        public final List<String> failures = new ArrayList<>();

        void add(Trial t) {
            trials++;
            switch (t.verdict()) {
                case RIGHT -> right++;
                case MISS -> miss++;
                case WRONG -> wrong++;
            }
            if (t.exactBounds()) {
                exactBounds++;
            }
            statuses.merge(t.status(), 1, Integer::sum);
            if (t.verdict() != Verdict.RIGHT && failures.size() < 5) {
                failures.add(t.detail());
            }
        }
    }

    private static final Pattern WORD = Pattern.compile("\\S+");
    private static final String[] INSERTED = {
        "forthwith",
        "duly",
        "in writing",
        "where applicable",
        "subject to this Act",
        "and any other",
        "reasonably",
        "within thirty days",
        "or such other person",
        "as prescribed",
        "in consultation with the county government",
        "at least"
    };
    private static final String[] REPLACEMENTS = {
        "shall",
        "may",
        "must",
        "Cabinet",
        "Secretary",
        "county",
        "national",
        "public",
        "officer",
        "board",
        "registered",
        "appropriate",
        "relevant",
        "person",
        "committee",
        "written"
    };

    private final BillParser parser = new BillParser();
    private final ProvisionAligner aligner = new ProvisionAligner();
    private final BillReanchorer reanchorer = new BillReanchorer();

    /** Runs {@code perKind} trials of every kind on bills generated from each seed; the same seeds give the same. */
    public Map<EditKind, Tally> run(long[] seeds, int perKind) {
        Map<EditKind, Tally> tallies = new EnumMap<>(EditKind.class);
        for (EditKind kind : EditKind.values()) {
            tallies.put(kind, new Tally());
        }
        for (long seed : seeds) {
            List<Provision> tree =
                    parser.parse(SyntheticBill.generate(40, seed).textBlocks()).provisions();
            List<Site> sites = sites(tree);
            Random random = new Random(seed * 31 + 7);
            for (EditKind kind : EditKind.values()) {
                int done = 0;
                int attempts = 0;
                while (done < perKind && attempts++ < perKind * 20) {
                    Trial trial = trial(tree, sites, kind, random);
                    if (trial != null) {
                        tallies.get(kind).add(trial);
                        done++;
                    }
                }
            }
        }
        return tallies;
    }

    /** A provision inside a clause whose own text can hold a quote, with the clause it is in. */
    private record Site(String sectionEId, String eId) {}

    private static List<Site> sites(List<Provision> tree) {
        List<Site> out = new ArrayList<>();
        for (Provision p : Provision.flatten(tree)) {
            if (p.type() != ProvisionType.SECTION) {
                continue;
            }
            for (Provision n : Provision.flatten(List.of(p))) {
                if (n.type() != ProvisionType.SECTION && ProvisionType.STANDALONE.contains(n.type())) {
                    continue;
                }
                if (n.text() != null
                        && n.text().equals(n.text().strip())
                        && n.text().split("\\s+").length >= 4) {
                    out.add(new Site(p.eId(), n.eId()));
                }
            }
        }
        return out;
    }

    private Trial trial(List<Provision> tree, List<Site> sites, EditKind kind, Random random) {
        Site site = sites.get(random.nextInt(sites.size()));
        Provision node = find(tree, site.eId());
        String text = node.text();
        List<int[]> words = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            words.add(new int[] {m.start(), m.end()});
        }
        int count = 1 + random.nextInt(Math.min(12, words.size()));
        if (kind == EditKind.WORD_REPLACED && count < 3 || kind == EditKind.PUNCTUATION_CHANGED && count < 2) {
            return null;
        }
        int first = random.nextInt(words.size() - count + 1);
        int qa = words.get(first)[0];
        int qb = words.get(first + count - 1)[1];
        String oldText = text;
        String newText = text;
        int ta = qa;
        int tb = qb;
        boolean gone = false;
        List<String> inserted = new ArrayList<>();
        List<Provision> newTree;
        String newSection = site.sectionEId();
        switch (kind) {
            case WORDS_INSERTED_BEFORE -> {
                String w = pick(INSERTED, random) + " ";
                inserted.add(w);
                newText = text.substring(0, qa) + w + text.substring(qa);
                ta += w.length();
                tb += w.length();
            }
            case WORDS_INSERTED_AFTER -> {
                String w = " " + pick(INSERTED, random);
                inserted.add(w);
                newText = text.substring(0, qb) + w + text.substring(qb);
            }
            case WORDS_INSERTED_AROUND -> {
                String before = pick(INSERTED, random) + " ";
                String after = " " + pick(INSERTED, random);
                inserted.add(before);
                inserted.add(after);
                newText = text.substring(0, qa) + before + text.substring(qa, qb) + after + text.substring(qb);
                ta += before.length();
                tb += before.length();
            }
            case WORD_REPLACED -> {
                int w = first + random.nextInt(count);
                int[] span = words.get(w);
                String replacement = pick(REPLACEMENTS, random);
                String old = text.substring(span[0], span[1]);
                String core = old.replaceAll("[^\\p{L}\\p{N}]+$", "");
                if (core.isEmpty() || core.equalsIgnoreCase(replacement)) {
                    return null;
                }
                newText = text.substring(0, span[0]) + replacement + text.substring(span[0] + core.length());
                tb += replacement.length() - core.length();
            }
            case PUNCTUATION_CHANGED -> {
                int w = first + random.nextInt(count - 1);
                int end = words.get(w)[1];
                char last = text.charAt(end - 1);
                if (last == ',' || last == ';') {
                    newText = text.substring(0, end - 1) + text.substring(end);
                    tb -= 1;
                } else {
                    newText = text.substring(0, end) + "," + text.substring(end);
                    tb += 1;
                }
            }
            case TYPO_FIXED -> {
                int w = first + random.nextInt(count);
                int[] span = words.get(w);
                if (span[1] - span[0] < 5) {
                    return null;
                }
                int at = span[0] + 1 + random.nextInt(span[1] - span[0] - 3);
                char a = text.charAt(at);
                char b = text.charAt(at + 1);
                if (a == b || !Character.isLetter(a) || !Character.isLetter(b)) {
                    return null;
                }
                oldText = text.substring(0, at) + b + a + text.substring(at + 2);
            }
            case QUOTE_DELETED -> {
                int end = qb < text.length() && text.charAt(qb) == ' ' ? qb + 1 : qb;
                int start = end == qb && qa > 0 && text.charAt(qa - 1) == ' ' ? qa - 1 : qa;
                newText = text.substring(0, start) + text.substring(end);
                gone = true;
            }
            default -> {}
        }
        // Inserted words that hold the quote itself would leave two places that no one could tell apart.
        String quoted = " " + text.substring(qa, qb) + " ";
        if (kind.name().startsWith("WORDS_INSERTED")
                && inserted.stream().anyMatch(w -> (" " + w.strip() + " ").contains(quoted))) {
            return null;
        }
        List<Provision> oldTree = oldText.equals(text) ? tree : replaceText(tree, site.eId(), oldText);
        newTree = newText.equals(text) ? tree : replaceText(tree, site.eId(), newText);
        String newEId = site.eId();
        switch (kind) {
            case CLAUSE_RENUMBERED -> {
                newTree = insertClauseBefore(newTree, site.sectionEId(), random);
            }
            case CLAUSE_MOVED -> {
                newTree = moveToOtherPart(newTree, site.sectionEId(), random);
                if (newTree == null) {
                    return null;
                }
            }
            case CLAUSE_DELETED -> {
                newTree = remove(newTree, site.sectionEId());
                gone = true;
            }
            case OTHER_CLAUSES_CHANGED -> newTree = changeOthers(newTree, site.sectionEId(), random);
            default -> {}
        }
        if (kind == EditKind.CLAUSE_RENUMBERED || kind == EditKind.CLAUSE_MOVED || kind == EditKind.CLAUSE_DELETED) {
            Renumbered renumbered = renumber(newTree, site.sectionEId());
            newTree = renumbered.tree();
            newSection = renumbered.newEId();
            if (newSection != null) {
                newEId = newSection + site.eId().substring(site.sectionEId().length());
            }
        }
        // The quote as an annotator made it on the old version.
        Provision oldNode = find(oldTree, site.eId());
        int textOffset = labelLength(oldNode);
        String oldFull = oldNode.fullText();
        AnchoredQuote quote = AnchoredQuote.at(
                site.eId(),
                oldFull,
                CodePoints.toPoints(oldFull, textOffset + qa),
                CodePoints.toPoints(oldFull, textOffset + qb));
        List<Alignment> alignment =
                aligner.align(VersionAlignment.alignable(oldTree), VersionAlignment.alignable(newTree));
        Outcome outcome =
                reanchorer.reanchor(oldTree, newTree, alignment, List.of(quote)).get(0);
        return judge(kind, outcome, gone, newTree, newSection, newEId, ta, tb);
    }

    private static Trial judge(
            EditKind kind,
            Outcome outcome,
            boolean gone,
            List<Provision> newTree,
            String newSection,
            String newEId,
            int ta,
            int tb) {
        String what = kind + " " + outcome.original().eId() + " \""
                + outcome.original().exact() + "\"";
        if (outcome.status() == AnchorStatus.ORPHANED) {
            return new Trial(kind, gone ? Verdict.RIGHT : Verdict.MISS, outcome.status(), gone, what + " orphaned");
        }
        String got = what + " -> " + outcome.anchored().eId() + " \""
                + outcome.anchored().exact() + "\"";
        if (gone) {
            return new Trial(kind, Verdict.WRONG, outcome.status(), false, got + " (text gone)");
        }
        ProvisionLayout layout = ProvisionLayout.of(newTree);
        ProvisionLayout.Placement anchoredAt =
                layout.placement(outcome.anchored().eId());
        ProvisionLayout.Placement truthAt = layout.placement(newEId);
        if (anchoredAt == null || truthAt == null || !anchoredAt.alignedKey().equals(newSection)) {
            return new Trial(kind, Verdict.WRONG, outcome.status(), false, got + " (other provision)");
        }
        Provision truthNode = find(newTree, newEId);
        int truthFrom = truthAt.offset() + labelLength(truthNode) + ta;
        int truthTo = truthAt.offset() + labelLength(truthNode) + tb;
        String placed = anchoredAt.text();
        int from = anchoredAt.offset()
                + CodePoints.toUnits(placed, outcome.anchored().start());
        int to = anchoredAt.offset()
                + CodePoints.toUnits(placed, outcome.anchored().end());
        int intersection = Math.max(0, Math.min(to, truthTo) - Math.max(from, truthFrom));
        int union = Math.max(to, truthTo) - Math.min(from, truthFrom);
        double iou = union == 0 ? 0 : (double) intersection / union;
        boolean exact = from == truthFrom && to == truthTo;
        String truth = layout.alignedText(newSection).substring(truthFrom, truthTo);
        return new Trial(
                kind,
                iou >= RIGHT_OVERLAP ? Verdict.RIGHT : Verdict.WRONG,
                outcome.status(),
                exact,
                got + " truth \"" + truth + "\" iou " + String.format(java.util.Locale.ROOT, "%.2f", iou));
    }

    private static int labelLength(Provision p) {
        String label = ((p.num() == null ? "" : p.num()) + " " + (p.heading() == null ? "" : p.heading())).strip();
        return label.isEmpty() ? 0 : label.length() + 1;
    }

    private static String pick(String[] options, Random random) {
        return options[random.nextInt(options.length)];
    }

    static Provision find(List<Provision> tree, String eId) {
        return Provision.flatten(tree).stream()
                .filter(p -> p.eId().equals(eId))
                .findFirst()
                .orElseThrow();
    }

    private static List<Provision> replaceText(List<Provision> nodes, String eId, String text) {
        List<Provision> out = new ArrayList<>();
        for (Provision p : nodes) {
            Provision q = p.eId().equals(eId)
                    ? new Provision(p.eId(), p.type(), p.num(), p.heading(), text, p.wrapUp(), p.children())
                    : p;
            out.add(q.withChildren(replaceText(q.children(), eId, text)));
        }
        return out;
    }

    private static List<Provision> remove(List<Provision> nodes, String eId) {
        List<Provision> out = new ArrayList<>();
        for (Provision p : nodes) {
            if (!p.eId().equals(eId)) {
                out.add(p.withChildren(remove(p.children(), eId)));
            }
        }
        return out;
    }

    private static List<Provision> insertClauseBefore(List<Provision> nodes, String eId, Random random) {
        List<Provision> out = new ArrayList<>();
        for (Provision p : nodes) {
            if (p.eId().equals(eId)) {
                StringBuilder text = new StringBuilder("The Cabinet Secretary shall");
                for (int i = 0; i < 18; i++) {
                    text.append(' ').append(pick(REPLACEMENTS, random));
                }
                out.add(new Provision(
                        "sec_new", ProvisionType.SECTION, "0.", "Newly inserted provision", text + ".", null, null));
            }
            out.add(p.withChildren(insertClauseBefore(p.children(), eId, random)));
        }
        return out;
    }

    private static List<Provision> moveToOtherPart(List<Provision> tree, String eId, Random random) {
        List<Provision> parts =
                tree.stream().filter(p -> p.type() == ProvisionType.PART).toList();
        Provision section = find(tree, eId);
        List<Provision> others = parts.stream()
                .filter(p -> p.children().stream().noneMatch(c -> c.eId().equals(eId)))
                .toList();
        if (others.isEmpty()) {
            return null;
        }
        String target = others.get(random.nextInt(others.size())).eId();
        List<Provision> out = new ArrayList<>();
        for (Provision p : remove(tree, eId)) {
            if (p.eId().equals(target)) {
                List<Provision> children = new ArrayList<>(p.children());
                children.add(random.nextInt(children.size() + 1), section);
                out.add(p.withChildren(children));
            } else {
                out.add(p);
            }
        }
        return out;
    }

    private static List<Provision> changeOthers(List<Provision> tree, String eId, Random random) {
        List<Provision> sections = Provision.flatten(tree).stream()
                .filter(p -> p.type() == ProvisionType.SECTION && !p.eId().equals(eId))
                .toList();
        List<Provision> out = tree;
        for (int i = 0; i < 3 && !sections.isEmpty(); i++) {
            Provision victim = sections.get(random.nextInt(sections.size()));
            for (Provision n : Provision.flatten(List.of(victim))) {
                if (n.text() != null && !n.text().isBlank() && random.nextBoolean()) {
                    String changed = n.text()
                            .replaceFirst("\\b(shall|may|the)\\b", pick(REPLACEMENTS, random))
                            .concat(" " + pick(INSERTED, random));
                    out = replaceText(out, n.eId(), changed);
                }
            }
        }
        return out;
    }

    private record Renumbered(List<Provision> tree, String newEId) {}

    /** Numbers the clauses 1, 2, 3... in document order (eIds and printed numbers); tracks where {@code eId} went. */
    private static Renumbered renumber(List<Provision> tree, String eId) {
        int[] next = {1};
        String[] found = {null};
        List<Provision> out = renumber(tree, eId, next, found);
        return new Renumbered(out, found[0]);
    }

    private static List<Provision> renumber(List<Provision> nodes, String eId, int[] next, String[] found) {
        List<Provision> out = new ArrayList<>();
        for (Provision p : nodes) {
            if (p.type() == ProvisionType.SECTION) {
                String newEId = "sec_" + next[0];
                if (p.eId().equals(eId)) {
                    found[0] = newEId;
                }
                out.add(rename(p, p.eId(), newEId, next[0] + "."));
                next[0]++;
            } else {
                out.add(p.withChildren(renumber(p.children(), eId, next, found)));
            }
        }
        return out;
    }

    private static Provision rename(Provision p, String from, String to, String num) {
        String eId = to + p.eId().substring(from.length());
        List<Provision> children = new ArrayList<>();
        for (Provision c : p.children()) {
            children.add(rename(c, from, to, c.num()));
        }
        return new Provision(eId, p.type(), num, p.heading(), p.text(), p.wrapUp(), children, p.lineageId());
    }
}
