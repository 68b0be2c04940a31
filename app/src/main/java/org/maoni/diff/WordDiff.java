package org.maoni.diff;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.bitbucket.cowwoc.diffmatchpatch.DiffMatchPatch;

/**
 * Word-level diffs with diff-match-patch. Texts are split into words, whitespace runs and symbols, each distinct token
 * is mapped to one character, the character strings are diffed and semantically cleaned up, and the result is mapped
 * back, so every operation holds whole tokens (and never half a surrogate pair). Thread-safe.
 */
public final class WordDiff {

    /** The default per-diff time limit. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(1);

    // Tokens found on only one side can never match, so they all share one placeholder per side; shared tokens get
    // their own character from the BMP, skipping the surrogate block so diff-match-patch never splits a pair.
    static final char OLD_ONLY = '\u0001';
    static final char NEW_ONLY = '\u0002';
    private static final char FIRST_CODE = '\u0003';
    static final int MAX_SHARED_TOKENS =
            Character.MAX_VALUE - FIRST_CODE + 1 - (Character.MAX_SURROGATE - Character.MIN_SURROGATE + 1);

    private final Duration timeout;
    private final int sharedTokenCapacity;

    /** A word diff with the {@link #DEFAULT_TIMEOUT}. */
    public WordDiff() {
        this(DEFAULT_TIMEOUT);
    }

    /** A word diff with the given time limit per diff; {@link Duration#ZERO} means no limit. */
    public WordDiff(Duration timeout) {
        this(timeout, MAX_SHARED_TOKENS);
    }

    WordDiff(Duration timeout, int sharedTokenCapacity) {
        Objects.requireNonNull(timeout, "timeout");
        if (timeout.isNegative()) {
            throw new IllegalArgumentException("timeout must not be negative: " + timeout);
        }
        if (sharedTokenCapacity < 1 || sharedTokenCapacity > MAX_SHARED_TOKENS) {
            throw new IllegalArgumentException("sharedTokenCapacity out of range: " + sharedTokenCapacity);
        }
        this.timeout = timeout;
        this.sharedTokenCapacity = sharedTokenCapacity;
    }

    /** The diff that turns {@code oldText} into {@code newText}. */
    public TextDiff diff(String oldText, String newText) {
        Objects.requireNonNull(oldText, "oldText");
        Objects.requireNonNull(newText, "newText");
        List<String> oldTokens = WordTokens.split(oldText);
        List<String> newTokens = WordTokens.split(newText);

        // Trimming the common ends first keeps the mapped strings, and the number of distinct tokens, small when a
        // long clause changes in only a few places.
        int prefix = 0;
        int shorter = Math.min(oldTokens.size(), newTokens.size());
        while (prefix < shorter && oldTokens.get(prefix).equals(newTokens.get(prefix))) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < shorter - prefix
                && oldTokens.get(oldTokens.size() - 1 - suffix).equals(newTokens.get(newTokens.size() - 1 - suffix))) {
            suffix++;
        }
        List<String> oldMiddle = oldTokens.subList(prefix, oldTokens.size() - suffix);
        List<String> newMiddle = newTokens.subList(prefix, newTokens.size() - suffix);

        List<DiffOp> operations = new ArrayList<>();
        operations.add(DiffOp.equal(String.join("", oldTokens.subList(0, prefix))));
        Set<TextDiff.Approximation> approximations = EnumSet.noneOf(TextDiff.Approximation.class);
        if (oldMiddle.isEmpty() || newMiddle.isEmpty()) {
            operations.add(DiffOp.delete(String.join("", oldMiddle)));
            operations.add(DiffOp.insert(String.join("", newMiddle)));
        } else {
            diffMiddle(oldMiddle, newMiddle, operations, approximations);
        }
        operations.add(DiffOp.equal(String.join("", oldTokens.subList(oldTokens.size() - suffix, oldTokens.size()))));
        return new TextDiff(operations, approximations);
    }

    /** The character standing for the shared token with the given ordinal: never a surrogate or a placeholder. */
    static char code(int ordinal) {
        if (ordinal < 0 || ordinal >= MAX_SHARED_TOKENS) {
            throw new IllegalArgumentException("ordinal out of range: " + ordinal);
        }
        int below = Character.MIN_SURROGATE - FIRST_CODE;
        return (char) (ordinal < below ? FIRST_CODE + ordinal : Character.MAX_SURROGATE + 1 + (ordinal - below));
    }

    private void diffMiddle(
            List<String> oldTokens,
            List<String> newTokens,
            List<DiffOp> operations,
            Set<TextDiff.Approximation> approximations) {
        Set<String> inNew = new HashSet<>(newTokens);
        Map<String, Character> codes = new HashMap<>();
        StringBuilder oldChars = new StringBuilder(oldTokens.size());
        for (String token : oldTokens) {
            Character code = codes.get(token);
            if (code == null && inNew.contains(token)) {
                if (codes.size() < sharedTokenCapacity) {
                    code = code(codes.size());
                    codes.put(token, code);
                } else {
                    approximations.add(TextDiff.Approximation.TOKEN_LIMIT);
                }
            }
            oldChars.append(code == null ? OLD_ONLY : code);
        }
        StringBuilder newChars = new StringBuilder(newTokens.size());
        for (String token : newTokens) {
            Character code = codes.get(token);
            newChars.append(code == null ? NEW_ONLY : code);
        }

        DiffMatchPatch dmp = new DiffMatchPatch();
        dmp.diffTimeout = timeout.toNanos() / 1e9f;
        long deadline = System.currentTimeMillis() + timeout.toMillis();
        LinkedList<DiffMatchPatch.Diff> diffs = dmp.diffMain(oldChars.toString(), newChars.toString(), false);
        // The library gives no sign that it gave up; it gives up only once its own deadline, which starts after ours,
        // has passed, so finishing after ours is a safe (if cautious) sign.
        if (!timeout.isZero() && System.currentTimeMillis() > deadline) {
            approximations.add(TextDiff.Approximation.TIMEOUT);
        }
        dmp.diffCleanupSemantic(diffs);

        // Each operation consumes its side's tokens in order, so mapping back by position needs no reverse table
        // (the one-sided placeholders could not be reversed anyway).
        int oldIndex = 0;
        int newIndex = 0;
        for (DiffMatchPatch.Diff diff : diffs) {
            int count = diff.text.length();
            switch (diff.operation) {
                case EQUAL -> {
                    operations.add(DiffOp.equal(String.join("", oldTokens.subList(oldIndex, oldIndex + count))));
                    oldIndex += count;
                    newIndex += count;
                }
                case DELETE -> {
                    operations.add(DiffOp.delete(String.join("", oldTokens.subList(oldIndex, oldIndex + count))));
                    oldIndex += count;
                }
                case INSERT -> {
                    operations.add(DiffOp.insert(String.join("", newTokens.subList(newIndex, newIndex + count))));
                    newIndex += count;
                }
            }
        }
    }
}
