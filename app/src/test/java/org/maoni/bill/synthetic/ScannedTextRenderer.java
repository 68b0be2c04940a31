package org.maoni.bill.synthetic;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.SplittableRandom;
import org.maoni.bill.synthetic.BillLayout.Block;
import org.maoni.bill.synthetic.BillLayout.Kind;

/**
 * Renders laid-out blocks the way text comes out of a scanned Gazette PDF's OCR layer: printed lines wrapped at the
 * column width, pages with running headers and page numbers (sometimes glued to the title), a library stamp, marginal
 * notes glued before or after the line they stand beside or on lines of their own, and, in proportion to {@code
 * noise}, letter-spaced words, words broken by a space, doubled spaces and spaced-out brackets.
 */
final class ScannedTextRenderer {

    private static final int WIDTH = 62;
    private static final int PAGE_LINES = 40;

    private final BillDocument bill;
    private final Random random;
    private final double noise;
    private final List<String> out = new ArrayList<>();
    private int page;
    private int linesOnPage;

    ScannedTextRenderer(BillDocument bill, long seed, double noise) {
        if (noise < 0 || noise > 1) {
            throw new IllegalArgumentException("noise is between 0 and 1, not " + noise);
        }
        this.bill = bill;
        // Consecutive seeds give nearly equal first draws from Random; mixing the seed spreads them.
        this.random = new Random(new SplittableRandom(seed).nextLong());
        this.noise = noise;
    }

    List<String> render(List<Block> blocks) {
        stamp();
        for (Block block : blocks) {
            if (block.newPage()) {
                newPage();
            }
            if (block.kind() == Kind.ENTRIES) {
                BillTextRenderer.pack(block.entries(), WIDTH).forEach(line -> emit(line, false));
                continue;
            }
            boolean upper = block.text().equals(block.text().toUpperCase(Locale.ROOT));
            List<String> lines = wrap(BillTextRenderer.plain(block).replace('\t', ' '), upper ? 44 : WIDTH);
            String note = block.marginNote();
            if (note == null) {
                lines.forEach(line -> emit(line, upper));
                continue;
            }
            int placement = random.nextInt(3);
            if (placement == 0) {
                lines.set(0, note + lines.get(0));
            } else if (placement == 1) {
                lines.set(0, lines.get(0) + " " + note);
            }
            lines.forEach(line -> emit(line, upper));
            if (placement == 2) {
                wrap(note, 18).forEach(line -> emit(line, false));
            }
        }
        return out;
    }

    /** The library stamp that scanned copies carry on their cover. */
    private void stamp() {
        if (noise > 0) {
            out.add(spaced("NATIONAL COUNCIL FOR"));
            out.add(spaced("LAW REPORTING"));
            out.add(spaced("LIBRARY"));
            out.add("");
        }
    }

    private void newPage() {
        page++;
        linesOnPage = 0;
        out.add("");
        out.add("");
        int number = bill.cover().firstPage() + page - 1;
        String title = bill.title();
        String header;
        if (random.nextDouble() < noise) {
            header = number % 2 == 0 ? number + title : title + number;
        } else {
            header = number % 2 == 0 ? number + " " + title : title + " " + number;
        }
        out.add(noisy(header, false));
        out.add("");
        if (noise > 0 && page % 5 == 3) {
            out.add(spaced("LIBRARY ARCHIVE"));
        }
    }

    private void emit(String line, boolean heading) {
        if (page > 0 && linesOnPage >= PAGE_LINES) {
            newPage();
        }
        out.add(noisy(line, heading));
        linesOnPage++;
    }

    private String noisy(String line, boolean heading) {
        if (noise == 0) {
            return line;
        }
        StringBuilder sb = new StringBuilder();
        for (String word : line.split(" ")) {
            if (sb.length() > 0) {
                sb.append(random.nextDouble() < noise ? "  " : " ");
            }
            double roll = random.nextDouble();
            if (word.length() > 2 && roll < noise * (heading ? 0.6 : 0.05)) {
                sb.append(spaced(word));
            } else if (word.length() > 4 && roll < noise * (heading ? 0.7 : 0.15)) {
                int cut = 1 + random.nextInt(word.length() - 2);
                sb.append(word, 0, cut).append(' ').append(word.substring(cut));
            } else if (word.startsWith("(") && roll < noise * 0.25) {
                sb.append("( ").append(word.substring(1));
            } else {
                sb.append(word);
            }
        }
        return sb.toString();
    }

    /** "L I B R A R Y": letters apart, words two spaces apart, as OCR reads wide type. */
    private static String spaced(String text) {
        StringBuilder sb = new StringBuilder();
        for (String word : text.split(" ")) {
            if (sb.length() > 0) {
                sb.append("  ");
            }
            for (int i = 0; i < word.length(); i++) {
                if (i > 0) {
                    sb.append(' ');
                }
                sb.append(word.charAt(i));
            }
        }
        return sb.toString();
    }

    private static List<String> wrap(String text, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            if (line.length() > 0 && line.length() + 1 + word.length() > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            if (line.length() > 0) {
                line.append(' ');
            }
            line.append(word);
        }
        lines.add(line.toString());
        return lines;
    }
}
