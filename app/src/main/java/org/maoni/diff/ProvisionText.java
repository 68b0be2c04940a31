package org.maoni.diff;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The comparable forms of a provision's heading and text: a strict form (only whitespace collapsed) that says whether
 * the text changed at all, and a noise-tolerant form, reduced to character 4-gram shingles, for similarity.
 */
final class ProvisionText {

    static final int SHINGLE = 4;
    private static final Pattern WHITESPACE = Pattern.compile("[\\s\\p{Z}]+");

    final String strict;
    final String normalised;
    final long[] shingles;
    // The text without the heading: splits and merges are judged on it, since a new part brings a heading of its own.
    final long[] bodyShingles;

    private ProvisionText(String strict, String normalised, String body) {
        this.strict = strict;
        this.normalised = normalised;
        this.shingles = shingles(normalised);
        this.bodyShingles = shingles(body);
    }

    static ProvisionText of(AlignableProvision provision) {
        return of(provision.heading(), provision.text());
    }

    static ProvisionText of(String heading, String text) {
        String strict = collapse(heading) + "\n" + collapse(text);
        return new ProvisionText(strict, normalise(heading + " " + text), normalise(text));
    }

    /** Several provisions read as one, in order, as for the parts of a split or merge. */
    static ProvisionText joined(List<ProvisionText> parts) {
        StringBuilder strict = new StringBuilder();
        StringBuilder normalised = new StringBuilder();
        for (ProvisionText part : parts) {
            strict.append(strict.length() == 0 ? "" : "\n").append(part.strict);
            normalised.append(part.normalised);
        }
        return new ProvisionText(strict.toString(), normalised.toString(), "");
    }

    static String collapse(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC)
                .transform(t -> WHITESPACE.matcher(t).replaceAll(" "))
                .trim();
    }

    /**
     * Folds what scanned Gazette text gets wrong: case, compatibility forms, letter-spaced words (all whitespace goes),
     * punctuation (all of it goes), and the usual OCR confusions (1/l/I, 0/O, rn/m, vv/w).
     */
    static String normalise(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder kept = new StringBuilder(folded.length());
        folded.codePoints().forEach(cp -> {
            if (Character.isLetterOrDigit(cp)) {
                kept.appendCodePoint(
                        switch (cp) {
                            case '1', 'i' -> 'l';
                            case '0' -> 'o';
                            default -> cp;
                        });
            }
        });
        return kept.toString().replace("rn", "m").replace("vv", "w");
    }

    // A text shorter than a shingle becomes one shingle marked with U+FFFF, which normalised text never contains.
    private static final long SHORT_MARK = 0xFFFFL << 48;

    // Four UTF-16 units pack exactly into a long, so shingles need no hashing and cannot collide.
    private static long[] shingles(String text) {
        if (text.isEmpty()) {
            return new long[0];
        }
        if (text.length() < SHINGLE) {
            return new long[] {SHORT_MARK | pack(text, 0, text.length())};
        }
        long[] all = new long[text.length() - SHINGLE + 1];
        for (int i = 0; i < all.length; i++) {
            all[i] = pack(text, i, i + SHINGLE);
        }
        Arrays.sort(all);
        int unique = 0;
        for (int i = 0; i < all.length; i++) {
            if (i == 0 || all[i] != all[i - 1]) {
                all[unique++] = all[i];
            }
        }
        return Arrays.copyOf(all, unique);
    }

    private static long pack(String text, int from, int to) {
        long value = 0;
        for (int i = from; i < to; i++) {
            value = (value << 16) | text.charAt(i);
        }
        return value;
    }

    static int intersection(long[] a, long[] b) {
        int count = 0;
        int i = 0;
        int j = 0;
        while (i < a.length && j < b.length) {
            if (a[i] < b[j]) {
                i++;
            } else if (a[i] > b[j]) {
                j++;
            } else {
                count++;
                i++;
                j++;
            }
        }
        return count;
    }

    static long[] union(long[] a, long[] b) {
        long[] out = new long[a.length + b.length];
        int n = 0;
        int i = 0;
        int j = 0;
        while (i < a.length || j < b.length) {
            long next;
            if (j >= b.length || (i < a.length && a[i] < b[j])) {
                next = a[i++];
            } else if (i >= a.length || b[j] < a[i]) {
                next = b[j++];
            } else {
                next = a[i++];
                j++;
            }
            out[n++] = next;
        }
        return Arrays.copyOf(out, n);
    }

    /** The Sørensen–Dice coefficient of two shingle sets; two empty sets are identical. */
    static double dice(int intersection, int sizeA, int sizeB) {
        return sizeA + sizeB == 0 ? 1.0 : 2.0 * intersection / (sizeA + sizeB);
    }
}
