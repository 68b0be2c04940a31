package org.maoni.diff;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The difference between an old and a new text as a list of operations; the EQUAL and DELETE runs concatenate to the
 * old text and the EQUAL and INSERT runs to the new one. The list is kept canonical: no empty runs, no two adjacent
 * runs of the same kind, and within each changed stretch the deletion comes before the insertion.
 */
public record TextDiff(List<DiffOp> operations, Set<Approximation> approximations) {

    /** Why a diff may be less than minimal; it is still exact (it reconstructs both texts). */
    public enum Approximation {
        /** The search hit the per-diff time limit, so part of it is a plain delete-then-insert. */
        TIMEOUT,
        /**
         * More distinct words changed than the word-to-character mapping holds; the excess words are treated as never
         * matching, so they show as deleted and inserted.
         */
        TOKEN_LIMIT
    }

    public TextDiff {
        Objects.requireNonNull(operations, "operations");
        operations = canonical(operations);
        Objects.requireNonNull(approximations, "approximations");
        EnumSet<Approximation> reasons = EnumSet.noneOf(Approximation.class);
        reasons.addAll(approximations);
        approximations = Collections.unmodifiableSet(reasons);
    }

    /** An exact diff with the given operations. */
    public static TextDiff of(List<DiffOp> operations) {
        return new TextDiff(operations, Set.of());
    }

    /** True when the diff is not guaranteed minimal; see {@link #approximations()} for why. */
    public boolean approximate() {
        return !approximations.isEmpty();
    }

    /** True when the two sides are identical. */
    public boolean unchanged() {
        return operations.stream().allMatch(op -> op.kind() == DiffOp.Kind.EQUAL);
    }

    /** The old text: the EQUAL and DELETE runs in order. */
    public String oldText() {
        return side(DiffOp.Kind.DELETE);
    }

    /** The new text: the EQUAL and INSERT runs in order. */
    public String newText() {
        return side(DiffOp.Kind.INSERT);
    }

    private String side(DiffOp.Kind own) {
        StringBuilder text = new StringBuilder();
        for (DiffOp op : operations) {
            if (op.kind() == DiffOp.Kind.EQUAL || op.kind() == own) {
                text.append(op.text());
            }
        }
        return text.toString();
    }

    private static List<DiffOp> canonical(List<DiffOp> operations) {
        List<DiffOp> result = new ArrayList<>();
        StringBuilder equal = new StringBuilder();
        StringBuilder deleted = new StringBuilder();
        StringBuilder inserted = new StringBuilder();
        for (DiffOp op : operations) {
            Objects.requireNonNull(op, "operation");
            if (op.text().isEmpty()) {
                continue;
            }
            if (op.kind() == DiffOp.Kind.EQUAL) {
                flushChange(result, deleted, inserted);
                equal.append(op.text());
            } else {
                flushEqual(result, equal);
                (op.kind() == DiffOp.Kind.DELETE ? deleted : inserted).append(op.text());
            }
        }
        flushEqual(result, equal);
        flushChange(result, deleted, inserted);
        return List.copyOf(result);
    }

    private static void flushEqual(List<DiffOp> result, StringBuilder equal) {
        if (equal.length() > 0) {
            result.add(DiffOp.equal(equal.toString()));
            equal.setLength(0);
        }
    }

    private static void flushChange(List<DiffOp> result, StringBuilder deleted, StringBuilder inserted) {
        if (deleted.length() > 0) {
            result.add(DiffOp.delete(deleted.toString()));
            deleted.setLength(0);
        }
        if (inserted.length() > 0) {
            result.add(DiffOp.insert(inserted.toString()));
            inserted.setLength(0);
        }
    }
}
