package org.maoni.diff;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.maoni.diff.SyntheticBill.Clause;
import org.maoni.diff.SyntheticBill.Part;

/** A second version made from a first by known edits, with the alignment those edits imply. */
final class EditScenario {

    /** An alignment entry as a test expects it: kind and keys, without the similarity. */
    record Expected(ChangeKind kind, List<String> oldKeys, List<String> newKeys) {

        static Expected of(Alignment alignment) {
            return new Expected(alignment.kind(), alignment.oldKeys(), alignment.newKeys());
        }
    }

    final SyntheticBill generator;
    final List<Part> before;
    final List<Part> after = new ArrayList<>();
    private final Set<Integer> touched = new HashSet<>();
    private final Set<Integer> modified = new HashSet<>();
    private final Set<Integer> moved = new HashSet<>();
    private final Set<Integer> inserted = new HashSet<>();
    private final Set<Integer> deleted = new HashSet<>();
    private final Map<Integer, List<Integer>> splits = new LinkedHashMap<>();
    private final Map<List<Integer>, Integer> merges = new LinkedHashMap<>();

    EditScenario(SyntheticBill generator, List<Part> before) {
        this.generator = generator;
        this.before = before;
        for (Part part : before) {
            after.add(new Part(part.heading(), new ArrayList<>(part.clauses())));
        }
    }

    EditScenario insertNearStart() {
        List<Clause> first = after.get(0).clauses();
        Clause fresh = generator.clause(2 + generator.nextInt(2));
        first.add(generator.nextInt(Math.min(3, first.size())), fresh);
        inserted.add(fresh.id());
        touched.add(fresh.id());
        return this;
    }

    EditScenario deleteOne() {
        Clause victim = pickUntouched(1);
        if (victim != null) {
            partOf(victim).clauses().remove(victim);
            deleted.add(victim.id());
            touched.add(victim.id());
        }
        return this;
    }

    EditScenario splitOne() {
        for (int attempt = 0; attempt < 50; attempt++) {
            Clause whole = pickUntouched(1);
            if (whole == null) {
                return this;
            }
            String[] sentences = whole.text().split(" (?=\\(\\d+\\) )");
            if (sentences.length < 2) {
                continue;
            }
            int cut = 1 + generator.nextInt(sentences.length - 1);
            Clause first = generator.newClause(
                    whole.heading(), String.join(" ", List.of(sentences).subList(0, cut)));
            Clause second = generator.newClause(
                    generator.freshHeading(),
                    String.join(" ", List.of(sentences).subList(cut, sentences.length)));
            List<Clause> clauses = partOf(whole).clauses();
            int at = clauses.indexOf(whole);
            clauses.set(at, first);
            clauses.add(at + 1, second);
            splits.put(whole.id(), List.of(first.id(), second.id()));
            touched.addAll(List.of(whole.id(), first.id(), second.id()));
            return this;
        }
        return this;
    }

    EditScenario mergeTwo() {
        for (int attempt = 0; attempt < 50; attempt++) {
            Clause first = pickUntouched(2);
            if (first == null) {
                return this;
            }
            List<Clause> clauses = partOf(first).clauses();
            int at = clauses.indexOf(first);
            Clause second = clauses.get(at + 1);
            if (touched.contains(second.id()) || !adjacentBefore(first, second)) {
                continue;
            }
            Clause merged = generator.newClause(first.heading(), first.text() + " " + second.text());
            clauses.set(at, merged);
            clauses.remove(at + 1);
            merges.put(List.of(first.id(), second.id()), merged.id());
            touched.addAll(List.of(first.id(), second.id(), merged.id()));
            return this;
        }
        return this;
    }

    /** Moves an untouched Part after later Parts holding clearly more clauses, so the move is unambiguous. */
    EditScenario movePart() {
        for (int attempt = 0; attempt < 50; attempt++) {
            int from = generator.nextInt(after.size() - 1);
            Part part = after.get(from);
            if (part.clauses().stream().anyMatch(c -> touched.contains(c.id()))) {
                continue;
            }
            int jumped = 0;
            for (int to = from + 1; to < after.size(); to++) {
                jumped += after.get(to).clauses().size();
                if (jumped >= part.clauses().size() + 2) {
                    after.remove(from);
                    after.add(to, part);
                    part.clauses().forEach(c -> {
                        moved.add(c.id());
                        touched.add(c.id());
                    });
                    return this;
                }
            }
        }
        return this;
    }

    /** Moves the last clause of a Part to the start of the next: in order, but in another Part. */
    EditScenario moveClauseToNextPart() {
        for (int attempt = 0; attempt < 50; attempt++) {
            int from = generator.nextInt(after.size() - 1);
            List<Clause> source = after.get(from).clauses();
            if (source.size() < 3) {
                continue;
            }
            Clause clause = source.get(source.size() - 1);
            if (touched.contains(clause.id())) {
                continue;
            }
            source.remove(source.size() - 1);
            after.get(from + 1).clauses().add(0, clause);
            moved.add(clause.id());
            touched.add(clause.id());
            return this;
        }
        return this;
    }

    /** Rewords each surviving clause (moved ones too) with the given probability. */
    EditScenario reword(double probability) {
        for (Part part : after) {
            List<Clause> clauses = part.clauses();
            for (int k = 0; k < clauses.size(); k++) {
                Clause clause = clauses.get(k);
                boolean survivor = !inserted.contains(clause.id())
                        && (!touched.contains(clause.id()) || moved.contains(clause.id()));
                if (survivor && generator.chance(probability)) {
                    clauses.set(k, new Clause(clause.id(), clause.heading(), generator.reword(clause.text())));
                    modified.add(clause.id());
                }
            }
        }
        return this;
    }

    List<AlignableProvision> oldVersion() {
        return SyntheticBill.render(before);
    }

    List<AlignableProvision> newVersion() {
        return SyntheticBill.render(after);
    }

    List<Expected> expected() {
        Map<Integer, String> oldKeys = SyntheticBill.keys(before);
        Map<Integer, String> newKeys = SyntheticBill.keys(after);
        List<Expected> expected = new ArrayList<>();
        for (Map.Entry<Integer, String> entry : oldKeys.entrySet()) {
            int id = entry.getKey();
            String newKey = newKeys.get(id);
            if (newKey == null) {
                continue;
            }
            ChangeKind kind;
            if (moved.contains(id)) {
                kind = ChangeKind.MOVED;
            } else if (modified.contains(id)) {
                kind = ChangeKind.MODIFIED;
            } else {
                kind = entry.getValue().equals(newKey) ? ChangeKind.UNCHANGED : ChangeKind.RENUMBERED;
            }
            expected.add(new Expected(kind, List.of(entry.getValue()), List.of(newKey)));
        }
        inserted.forEach(id -> expected.add(new Expected(ChangeKind.INSERTED, List.of(), List.of(newKeys.get(id)))));
        deleted.forEach(id -> expected.add(new Expected(ChangeKind.DELETED, List.of(oldKeys.get(id)), List.of())));
        splits.forEach((id, parts) -> expected.add(new Expected(
                ChangeKind.SPLIT,
                List.of(oldKeys.get(id)),
                parts.stream().map(newKeys::get).toList())));
        merges.forEach((ids, id) -> expected.add(
                new Expected(ChangeKind.MERGED, ids.stream().map(oldKeys::get).toList(), List.of(newKeys.get(id)))));
        return expected;
    }

    private Clause pickUntouched(int roomAfter) {
        List<Clause> candidates = new ArrayList<>();
        for (Part part : after) {
            List<Clause> clauses = part.clauses();
            for (int k = 0; k + roomAfter <= clauses.size(); k++) {
                if (!touched.contains(clauses.get(k).id())) {
                    candidates.add(clauses.get(k));
                }
            }
        }
        return candidates.isEmpty() ? null : candidates.get(generator.nextInt(candidates.size()));
    }

    private boolean adjacentBefore(Clause first, Clause second) {
        List<Integer> order = before.stream()
                .flatMap(p -> p.clauses().stream())
                .map(Clause::id)
                .toList();
        return order.indexOf(second.id()) == order.indexOf(first.id()) + 1;
    }

    private Part partOf(Clause clause) {
        return after.stream()
                .filter(p -> p.clauses().contains(clause))
                .findFirst()
                .orElseThrow();
    }
}
