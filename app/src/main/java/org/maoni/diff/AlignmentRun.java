package org.maoni.diff;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/** One alignment of two versions; holds the working state of {@link ProvisionAligner}. Not thread-safe. */
final class AlignmentRun {

    // A pin counts as a perfect match in the order-preserving pass; a pin that crosses better-supported pairs is
    // still linked, as a move.
    private static final double PIN_WEIGHT = 1.0;
    // Breaks ties between equally similar candidates (repeated boilerplate clauses) in favour of the same number.
    private static final double SAME_NUMBER_BONUS = 1e-6;
    // Similarity 1 is kept for texts identical after normalisation; equal shingle sets alone get just below it.
    private static final double BELOW_ONE = 0.999;
    private static final int MAX_PARTS = 12;
    private static final Pattern NOT_ALPHANUMERIC = Pattern.compile("[^\\p{L}\\p{N}]");

    private static final byte SKIP_OLD = 0;
    private static final byte SKIP_NEW = 1;
    private static final byte MATCH = 2;

    private final AlignmentSettings settings;
    private final List<AlignableProvision> olds;
    private final List<AlignableProvision> news;
    private final int n;
    private final int m;
    private final ProvisionText[] oldTexts;
    private final ProvisionText[] newTexts;
    private final String[] oldNumbers;
    private final String[] newNumbers;
    // Per old provision: the new provisions it shares enough shingles with to ever matter (ascending), and how many.
    private final int[][] sharedWith;
    private final int[][] sharedCount;
    private final Set<Long> forbidden = new HashSet<>();
    private final int[] pinnedNew;
    private final int[] pinnedOld;
    private final Group[] oldGroup;
    private final Group[] newGroup;
    private final List<Group> groups = new ArrayList<>();

    /** Old and new provisions (indices) that became each other. */
    private static final class Group {
        final List<Integer> olds = new ArrayList<>();
        final List<Integer> news = new ArrayList<>();
        // Placed by the order-preserving pass (or a split or merge grown from it); deletions anchor on these.
        final boolean inOrder;

        Group(boolean inOrder) {
            this.inOrder = inOrder;
        }
    }

    private record Candidate(boolean split, int one, int from, int to, double dice, Group replaces) {}

    AlignmentRun(
            AlignmentSettings settings,
            List<AlignableProvision> oldVersion,
            List<AlignableProvision> newVersion,
            Collection<ProvisionLink> pinned,
            Collection<ProvisionLink> forbiddenLinks) {
        this.settings = settings;
        this.olds = List.copyOf(Objects.requireNonNull(oldVersion, "oldVersion"));
        this.news = List.copyOf(Objects.requireNonNull(newVersion, "newVersion"));
        this.n = olds.size();
        this.m = news.size();
        this.oldTexts = olds.stream().map(ProvisionText::of).toArray(ProvisionText[]::new);
        this.newTexts = news.stream().map(ProvisionText::of).toArray(ProvisionText[]::new);
        this.oldNumbers = olds.stream().map(AlignmentRun::number).toArray(String[]::new);
        this.newNumbers = news.stream().map(AlignmentRun::number).toArray(String[]::new);
        this.pinnedNew = filled(n);
        this.pinnedOld = filled(m);
        this.oldGroup = new Group[n];
        this.newGroup = new Group[m];
        Map<String, Integer> oldIndex = index(olds, "old");
        Map<String, Integer> newIndex = index(news, "new");
        for (ProvisionLink link : Objects.requireNonNull(forbiddenLinks, "forbidden")) {
            forbidden.add(code(lookup(oldIndex, link.oldKey(), "old"), lookup(newIndex, link.newKey(), "new")));
        }
        applyPins(Objects.requireNonNull(pinned, "pinned"), oldIndex, newIndex);
        this.sharedWith = new int[n][];
        this.sharedCount = new int[n][];
        indexSharedShingles();
    }

    List<Alignment> run() {
        matchInOrder();
        growSplitsAndMerges();
        matchMoved();
        findSplitsAndMerges();
        for (int i = 0; i < n; i++) {
            if (oldGroup[i] == null) {
                assign(new Group(false), List.of(i), List.of());
            }
        }
        for (int j = 0; j < m; j++) {
            if (newGroup[j] == null) {
                assign(new Group(false), List.of(), List.of(j));
            }
        }
        return describe();
    }

    private static int[] filled(int size) {
        int[] array = new int[size];
        Arrays.fill(array, -1);
        return array;
    }

    private static Map<String, Integer> index(List<AlignableProvision> provisions, String side) {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < provisions.size(); i++) {
            AlignableProvision provision = Objects.requireNonNull(provisions.get(i), "provision");
            if (index.put(provision.key(), i) != null) {
                throw new IllegalArgumentException("duplicate key in the " + side + " version: " + provision.key());
            }
        }
        return index;
    }

    private static int lookup(Map<String, Integer> index, String key, String side) {
        Integer i = index.get(key);
        if (i == null) {
            throw new IllegalArgumentException("no provision " + key + " in the " + side + " version");
        }
        return i;
    }

    private long code(int i, int j) {
        return (long) i * (m + 1) + j;
    }

    private void applyPins(
            Collection<ProvisionLink> pinned, Map<String, Integer> oldIndex, Map<String, Integer> newIndex) {
        // Pins form a bipartite graph; each connected piece is a pair, a split or a merge.
        int[] parent = new int[n + m];
        for (int k = 0; k < parent.length; k++) {
            parent[k] = k;
        }
        Set<Integer> involved = new HashSet<>();
        for (ProvisionLink link : pinned) {
            int i = lookup(oldIndex, link.oldKey(), "old");
            int j = lookup(newIndex, link.newKey(), "new");
            if (forbidden.contains(code(i, j))) {
                throw new IllegalArgumentException("pinned and forbidden at once: " + link);
            }
            parent[root(parent, i)] = root(parent, n + j);
            involved.add(i);
            involved.add(n + j);
        }
        Map<Integer, Group> pieces = new LinkedHashMap<>();
        involved.stream().sorted().forEach(node -> {
            Group piece = pieces.computeIfAbsent(root(parent, node), r -> new Group(true));
            if (node < n) {
                piece.olds.add(node);
            } else {
                piece.news.add(node - n);
            }
        });
        for (Group piece : pieces.values()) {
            if (piece.olds.size() == 1 && piece.news.size() == 1) {
                pinnedNew[piece.olds.get(0)] = piece.news.get(0);
                pinnedOld[piece.news.get(0)] = piece.olds.get(0);
            } else if (piece.olds.size() > 1 && piece.news.size() > 1) {
                throw new IllegalArgumentException("pins link several old provisions to several new ones: "
                        + keys(piece.olds, olds) + " and " + keys(piece.news, news));
            } else {
                assign(new Group(true), List.copyOf(piece.olds), List.copyOf(piece.news));
            }
        }
    }

    private static int root(int[] parent, int node) {
        while (parent[node] != node) {
            parent[node] = parent[parent[node]];
            node = parent[node];
        }
        return node;
    }

    private void indexSharedShingles() {
        // An inverted index (distinct new shingles, sorted, each with the new provisions holding it) keeps this
        // near-linear: only pairs that share shingles are ever touched.
        int total = 0;
        for (ProvisionText text : newTexts) {
            total += text.shingles.length;
        }
        long[] keys = new long[total];
        int filled = 0;
        for (ProvisionText text : newTexts) {
            System.arraycopy(text.shingles, 0, keys, filled, text.shingles.length);
            filled += text.shingles.length;
        }
        Arrays.sort(keys);
        int distinct = 0;
        for (int k = 0; k < keys.length; k++) {
            if (k == 0 || keys[k] != keys[k - 1]) {
                keys[distinct++] = keys[k];
            }
        }
        keys = Arrays.copyOf(keys, distinct);
        int[] start = new int[distinct + 1];
        for (ProvisionText text : newTexts) {
            for (long shingle : text.shingles) {
                start[Arrays.binarySearch(keys, shingle) + 1]++;
            }
        }
        for (int k = 0; k < distinct; k++) {
            start[k + 1] += start[k];
        }
        int[] holders = new int[total];
        int[] next = Arrays.copyOf(start, distinct);
        for (int j = 0; j < m; j++) {
            for (long shingle : newTexts[j].shingles) {
                holders[next[Arrays.binarySearch(keys, shingle)]++] = j;
            }
        }
        int[] row = new int[m];
        int[] with = new int[m];
        int[] count = new int[m];
        for (int i = 0; i < n; i++) {
            Arrays.fill(row, 0);
            for (long shingle : oldTexts[i].shingles) {
                int key = Arrays.binarySearch(keys, shingle);
                if (key >= 0) {
                    for (int h = start[key]; h < start[key + 1]; h++) {
                        row[holders[h]]++;
                    }
                }
            }
            int kept = 0;
            for (int j = 0; j < m; j++) {
                if (row[j] > 0 && matters(i, j, row[j])) {
                    with[kept] = j;
                    count[kept++] = row[j];
                }
            }
            sharedWith[i] = Arrays.copyOf(with, kept);
            sharedCount[i] = Arrays.copyOf(count, kept);
        }
    }

    // Only pairs that could link, or be part and whole of a split or merge, need their overlap kept; the rest of the
    // n-by-m overlaps are dropped so that memory stays near-linear.
    private boolean matters(int i, int j, int shared) {
        double threshold = settings.matchThreshold();
        return pinnedNew[i] == j
                || ProvisionText.dice(shared, oldTexts[i].shingles.length, newTexts[j].shingles.length) >= threshold
                || shared + ProvisionText.SHINGLE >= threshold * newTexts[j].bodyShingles.length
                || shared + ProvisionText.SHINGLE >= threshold * oldTexts[i].bodyShingles.length;
    }

    /** How many shingles old i and new j share, or 0 where that was too few to keep. */
    private int common(int i, int j) {
        int k = Arrays.binarySearch(sharedWith[i], j);
        return k < 0 ? 0 : sharedCount[i][k];
    }

    private double similarity(int i, int j) {
        double dice = ProvisionText.dice(common(i, j), oldTexts[i].shingles.length, newTexts[j].shingles.length);
        if (dice < 1.0) {
            return Math.min(dice, BELOW_ONE);
        }
        return oldTexts[i].normalised.equals(newTexts[j].normalised) ? 1.0 : BELOW_ONE;
    }

    /** Whether automatic matching may link old i and new j at all, leaving aside whether they are still free. */
    private boolean linkable(int i, int j) {
        return pinnedNew[i] < 0
                && pinnedOld[j] < 0
                && !forbidden.contains(code(i, j))
                && olds.get(i).kind().equals(news.get(j).kind());
    }

    private boolean free(int i, int j) {
        return oldGroup[i] == null && newGroup[j] == null;
    }

    private boolean matchable(int i, int j) {
        return free(i, j) && linkable(i, j) && similarity(i, j) >= settings.matchThreshold();
    }

    /** The heaviest order-preserving one-to-one matching (a weighted LCS over similarity). */
    private void matchInOrder() {
        byte[][] move = new byte[n + 1][m + 1];
        double[] previous = new double[m + 1];
        double[] current = new double[m + 1];
        for (int i = 1; i <= n; i++) {
            current[0] = 0;
            for (int j = 1; j <= m; j++) {
                double best = previous[j];
                byte choice = SKIP_OLD;
                if (current[j - 1] > best) {
                    best = current[j - 1];
                    choice = SKIP_NEW;
                }
                double weight = weight(i - 1, j - 1);
                if (weight > 0 && previous[j - 1] + weight > best) {
                    best = previous[j - 1] + weight;
                    choice = MATCH;
                }
                current[j] = best;
                move[i][j] = choice;
            }
            double[] swap = previous;
            previous = current;
            current = swap;
        }
        int i = n;
        int j = m;
        while (i > 0 && j > 0) {
            switch (move[i][j]) {
                case MATCH -> {
                    assign(new Group(true), List.of(i - 1), List.of(j - 1));
                    i--;
                    j--;
                }
                case SKIP_NEW -> j--;
                default -> i--;
            }
        }
        // Pins that cross other pins could not all be kept in order; they are still linked, as moves.
        for (int k = 0; k < n; k++) {
            if (pinnedNew[k] >= 0 && oldGroup[k] == null) {
                assign(new Group(false), List.of(k), List.of(pinnedNew[k]));
            }
        }
    }

    private double weight(int i, int j) {
        if (pinnedNew[i] == j) {
            return PIN_WEIGHT;
        }
        if (!matchable(i, j)) {
            return 0;
        }
        return similarity(i, j) + (oldNumbers[i].equals(newNumbers[j]) ? SAME_NUMBER_BONUS : 0);
    }

    /** A matched pair whose partner is only part of the story grows into a split or merge with its free neighbours. */
    private void growSplitsAndMerges() {
        List<Candidate> candidates = new ArrayList<>();
        for (Group group : List.copyOf(groups)) {
            if (!group.inOrder || group.olds.size() != 1 || group.news.size() != 1) {
                continue;
            }
            int i = group.olds.get(0);
            int j = group.news.get(0);
            if (pinnedNew[i] == j) {
                continue;
            }
            double current = bodyDice(oldTexts[i].bodyShingles, newTexts[j].bodyShingles);
            Candidate split = grow(true, i, j, group);
            Candidate merge = grow(false, j, i, group);
            Candidate better = split == null ? merge : merge == null || split.dice() >= merge.dice() ? split : merge;
            if (better != null && better.dice() > current) {
                candidates.add(better);
            }
        }
        apply(candidates, true);
    }

    private Candidate grow(boolean split, int one, int partner, Group group) {
        if (!part(split, one, partner, true)) {
            return null;
        }
        int size = split ? m : n;
        int from = partner;
        while (from > 0 && partner - from < MAX_PARTS - 1 && part(split, one, from - 1, false)) {
            from--;
        }
        int to = partner;
        while (to < size - 1 && to - partner < MAX_PARTS - 1 && part(split, one, to + 1, false)) {
            to++;
        }
        return bestRun(split, one, from, to, partner, group);
    }

    /**
     * Whether item {@code other} (new for a split, old for a merge) could be a part of {@code one}: most of its text
     * must come from there.
     */
    private boolean part(boolean split, int one, int other, boolean isPartner) {
        int i = split ? one : other;
        int j = split ? other : one;
        boolean otherFree = (split ? newGroup[j] : oldGroup[i]) == null;
        if (!isPartner && !(otherFree && linkable(i, j))) {
            return false;
        }
        long[] partText = split ? newTexts[j].bodyShingles : oldTexts[i].bodyShingles;
        long[] wholeText = split ? oldTexts[i].bodyShingles : newTexts[j].bodyShingles;
        double needed = settings.matchThreshold() * partText.length;
        // The full-text overlap bounds the body overlap (give or take the shingles across the heading), which
        // spares most intersections.
        if (partText.length == 0 || common(i, j) + ProvisionText.SHINGLE < needed) {
            return false;
        }
        return ProvisionText.intersection(partText, wholeText) >= needed;
    }

    private Candidate bestRun(boolean split, int one, int from, int to, int mustContain, Group replaces) {
        long[] whole = split ? oldTexts[one].bodyShingles : newTexts[one].bodyShingles;
        if (whole.length == 0) {
            return null;
        }
        ProvisionText[] parts = split ? newTexts : oldTexts;
        Candidate best = null;
        for (int a = from; a < to; a++) {
            if (mustContain >= 0 && a > mustContain) {
                break;
            }
            long[] union = parts[a].bodyShingles;
            for (int b = a + 1; b <= to && b - a < MAX_PARTS; b++) {
                union = ProvisionText.union(union, parts[b].bodyShingles);
                if (mustContain >= 0 && b < mustContain) {
                    continue;
                }
                int shared = ProvisionText.intersection(whole, union);
                double dice = ProvisionText.dice(shared, whole.length, union.length);
                if ((double) shared / whole.length >= settings.splitMergeCoverage()
                        && (best == null || dice > best.dice())) {
                    best = new Candidate(split, one, a, b, dice, replaces);
                }
            }
        }
        return best;
    }

    /** Splits and merges among provisions that nothing has claimed yet. */
    private void findSplitsAndMerges() {
        List<Candidate> candidates = new ArrayList<>();
        for (boolean split : new boolean[] {true, false}) {
            int ones = split ? n : m;
            int others = split ? m : n;
            for (int one = 0; one < ones; one++) {
                if ((split ? oldGroup[one] : newGroup[one]) != null) {
                    continue;
                }
                int from = 0;
                while (from < others) {
                    if (!part(split, one, from, false)) {
                        from++;
                        continue;
                    }
                    int to = from;
                    while (to + 1 < others && part(split, one, to + 1, false)) {
                        to++;
                    }
                    if (to > from) {
                        Candidate best = bestRun(split, one, from, to, -1, null);
                        if (best != null && best.dice() > bestSingle(split, one, best)) {
                            candidates.add(best);
                        }
                    }
                    from = to + 1;
                }
            }
        }
        apply(candidates, false);
    }

    // A group must explain the whole better than its best part alone does, or the part is just a rewording.
    private double bestSingle(boolean split, int one, Candidate candidate) {
        long[] whole = split ? oldTexts[one].bodyShingles : newTexts[one].bodyShingles;
        double best = 0;
        for (int k = candidate.from(); k <= candidate.to(); k++) {
            best = Math.max(best, bodyDice(whole, split ? newTexts[k].bodyShingles : oldTexts[k].bodyShingles));
        }
        return best;
    }

    private static double bodyDice(long[] a, long[] b) {
        return ProvisionText.dice(ProvisionText.intersection(a, b), a.length, b.length);
    }

    private void apply(List<Candidate> candidates, boolean inOrder) {
        candidates.sort(Comparator.comparingDouble(Candidate::dice)
                .reversed()
                .thenComparing(Candidate::split)
                .thenComparingInt(Candidate::one));
        for (Candidate candidate : candidates) {
            Group replaces = candidate.replaces();
            if (replaces != null && !groups.contains(replaces)) {
                continue;
            }
            boolean free = (candidate.split() ? oldGroup[candidate.one()] : newGroup[candidate.one()]) == replaces;
            List<Integer> parts = new ArrayList<>();
            for (int k = candidate.from(); k <= candidate.to(); k++) {
                Group owner = candidate.split() ? newGroup[k] : oldGroup[k];
                free &= owner == null || owner == replaces;
                parts.add(k);
            }
            if (!free) {
                continue;
            }
            if (replaces != null) {
                release(replaces);
            }
            List<Integer> one = List.of(candidate.one());
            if (candidate.split()) {
                assign(new Group(inOrder), one, parts);
            } else {
                assign(new Group(inOrder), parts, one);
            }
        }
    }

    /**
     * Leftover pairs that are out of order; with no neighbours to vouch for them they must be more alike than
     * in-order pairs. The best pairs go first. A strong pair may take the new provision from a weak in-order pair
     * (one below the move threshold, which only its position supported): the old side of that pair is then left over.
     */
    private void matchMoved() {
        record Pair(int i, int j, double similarity) {}
        List<Pair> pairs = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (oldGroup[i] != null) {
                continue;
            }
            for (int j = 0; j < m; j++) {
                if (linkable(i, j)) {
                    double similarity = similarity(i, j);
                    if (similarity >= settings.moveThreshold() && displaceable(newGroup[j], similarity)) {
                        pairs.add(new Pair(i, j, similarity));
                    }
                }
            }
        }
        pairs.sort(Comparator.comparingDouble(Pair::similarity)
                .reversed()
                .thenComparingInt(Pair::i)
                .thenComparingInt(Pair::j));
        for (Pair pair : pairs) {
            Group owner = newGroup[pair.j()];
            if (oldGroup[pair.i()] == null && displaceable(owner, pair.similarity())) {
                if (owner != null) {
                    release(owner);
                }
                assign(new Group(false), List.of(pair.i()), List.of(pair.j()));
            }
        }
    }

    private boolean displaceable(Group owner, double challenger) {
        if (owner == null) {
            return true;
        }
        if (!owner.inOrder || owner.olds.size() != 1 || owner.news.size() != 1) {
            return false;
        }
        int i = owner.olds.get(0);
        int j = owner.news.get(0);
        double held = similarity(i, j);
        return pinnedNew[i] != j && held < settings.moveThreshold() && held < challenger;
    }

    private void assign(Group group, List<Integer> oldItems, List<Integer> newItems) {
        group.olds.addAll(oldItems);
        group.news.addAll(newItems);
        group.olds.sort(null);
        group.news.sort(null);
        oldItems.forEach(i -> oldGroup[i] = group);
        newItems.forEach(j -> newGroup[j] = group);
        groups.add(group);
    }

    private void release(Group group) {
        group.olds.forEach(i -> oldGroup[i] = null);
        group.news.forEach(j -> newGroup[j] = null);
        groups.remove(group);
    }

    private List<Alignment> describe() {
        Map<String, String> containers = mapContainers();
        record Placed(Alignment alignment, int primary, int secondary) {}
        List<Placed> placed = new ArrayList<>();
        for (Group group : groups) {
            Alignment alignment = alignment(group, containers);
            if (!group.news.isEmpty()) {
                placed.add(new Placed(alignment, group.news.get(0), -1));
            } else {
                int deleted = group.olds.get(0);
                int anchor = -1;
                for (int k = deleted - 1; k >= 0 && anchor < 0; k--) {
                    Group before = oldGroup[k];
                    if (before.inOrder && !before.news.isEmpty()) {
                        anchor = before.news.get(0);
                    }
                }
                placed.add(new Placed(alignment, anchor, deleted));
            }
        }
        placed.sort(Comparator.comparingInt(Placed::primary).thenComparingInt(Placed::secondary));
        return placed.stream().map(Placed::alignment).toList();
    }

    /**
     * Which old container became which new one, judged by where the in-order pairs went, so that renumbered or renamed
     * Parts do not make every clause in them look moved.
     */
    private Map<String, String> mapContainers() {
        Map<List<String>, Integer> counts = new LinkedHashMap<>();
        for (Group group : groups) {
            if (group.inOrder && group.olds.size() == 1 && group.news.size() == 1) {
                List<String> pair = List.of(
                        olds.get(group.olds.get(0)).container(),
                        news.get(group.news.get(0)).container());
                counts.merge(pair, 1, Integer::sum);
            }
        }
        List<Map.Entry<List<String>, Integer>> ranked = new ArrayList<>(counts.entrySet());
        ranked.sort(Map.Entry.<List<String>, Integer>comparingByValue().reversed());
        Map<String, String> mapping = new HashMap<>();
        Set<String> taken = new HashSet<>();
        for (Map.Entry<List<String>, Integer> entry : ranked) {
            String from = entry.getKey().get(0);
            String to = entry.getKey().get(1);
            if (!mapping.containsKey(from) && taken.add(to)) {
                mapping.put(from, to);
            }
        }
        return mapping;
    }

    private Alignment alignment(Group group, Map<String, String> containers) {
        List<String> oldKeys = keys(group.olds, olds);
        List<String> newKeys = keys(group.news, news);
        if (group.news.isEmpty()) {
            return new Alignment(ChangeKind.DELETED, oldKeys, newKeys, 0, true);
        }
        if (group.olds.isEmpty()) {
            return new Alignment(ChangeKind.INSERTED, oldKeys, newKeys, 0, true);
        }
        if (group.olds.size() > 1 || group.news.size() > 1) {
            ProvisionText oldSide = joined(group.olds, oldTexts);
            ProvisionText newSide = joined(group.news, newTexts);
            int shared = ProvisionText.intersection(oldSide.shingles, newSide.shingles);
            double dice = ProvisionText.dice(shared, oldSide.shingles.length, newSide.shingles.length);
            double similarity = oldSide.normalised.equals(newSide.normalised) ? 1.0 : Math.min(dice, BELOW_ONE);
            ChangeKind kind = group.news.size() > 1 ? ChangeKind.SPLIT : ChangeKind.MERGED;
            return new Alignment(kind, oldKeys, newKeys, similarity, !oldSide.strict.equals(newSide.strict));
        }
        int i = group.olds.get(0);
        int j = group.news.get(0);
        AlignableProvision before = olds.get(i);
        AlignableProvision after = news.get(j);
        double similarity = similarity(i, j);
        boolean textChanged = !oldTexts[i].strict.equals(newTexts[j].strict);
        boolean moved = !group.inOrder || !after.container().equals(containers.get(before.container()));
        ChangeKind kind;
        if (moved) {
            kind = ChangeKind.MOVED;
        } else if (similarity < settings.unchangedThreshold()) {
            kind = ChangeKind.MODIFIED;
        } else if (oldNumbers[i].equals(newNumbers[j])) {
            kind = ChangeKind.UNCHANGED;
        } else {
            kind = ChangeKind.RENUMBERED;
        }
        return new Alignment(kind, oldKeys, newKeys, similarity, textChanged);
    }

    private ProvisionText joined(List<Integer> items, ProvisionText[] texts) {
        return ProvisionText.joined(items.stream().map(k -> texts[k]).toList());
    }

    private static List<String> keys(List<Integer> items, List<AlignableProvision> provisions) {
        return items.stream().map(k -> provisions.get(k).key()).toList();
    }

    private static String number(AlignableProvision provision) {
        return NOT_ALPHANUMERIC.matcher(provision.num()).replaceAll("").toLowerCase(Locale.ROOT);
    }
}
