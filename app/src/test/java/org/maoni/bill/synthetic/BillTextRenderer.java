package org.maoni.bill.synthetic;

import java.util.ArrayList;
import java.util.List;
import org.maoni.bill.ingest.TextBlock;
import org.maoni.bill.synthetic.BillLayout.Block;
import org.maoni.bill.synthetic.BillLayout.Kind;

/** Renders laid-out blocks as plain-text lines, one line per printed paragraph, arrangement entries packed. */
final class BillTextRenderer {

    /** Arrangement lines are packed to about this many characters, as a printed page of the Gazette holds. */
    static final int ARRANGEMENT_WIDTH = 64;

    private BillTextRenderer() {}

    static List<String> lines(List<Block> blocks, MarginalNotes notes) {
        List<String> lines = new ArrayList<>();
        for (Block block : blocks) {
            if (block.newPage()) {
                lines.add("");
            }
            if (block.kind() == Kind.ENTRIES) {
                lines.addAll(pack(block.entries(), ARRANGEMENT_WIDTH));
                continue;
            }
            String line = plain(block);
            String note = block.kind() == Kind.SCHEDULE_TITLE ? null : block.marginNote();
            if (note == null || notes == MarginalNotes.OMITTED) {
                lines.add(line);
            } else if (notes == MarginalNotes.LINE_BEFORE) {
                lines.add(note);
                lines.add(line);
            } else if (notes == MarginalNotes.LINE_AFTER) {
                lines.add(line);
                lines.add(note);
            } else {
                lines.add(line + "     " + note);
            }
        }
        return lines;
    }

    static List<TextBlock> textBlocks(List<Block> blocks) {
        List<TextBlock> out = new ArrayList<>();
        for (Block block : blocks) {
            if (block.kind() == Kind.ENTRIES) {
                pack(block.entries(), ARRANGEMENT_WIDTH).forEach(line -> out.add(TextBlock.of(line)));
            } else {
                String note = block.kind() == Kind.SCHEDULE_TITLE ? null : block.marginNote();
                out.add(new TextBlock(plain(block), note, 0));
            }
        }
        return out;
    }

    /** A block's printed line; a contents entry or Schedule title puts its page or reference after a tab. */
    static String plain(Block block) {
        return switch (block.kind()) {
            case CONTENTS_ENTRY -> block.text() + "\t" + block.num();
            case SCHEDULE_TITLE -> block.marginNote() == null ? block.text() : block.text() + "\t" + block.marginNote();
            default -> block.numbered();
        };
    }

    /** Greedy packing of arrangement entries into lines of at most {@code width} characters (longer entries alone). */
    static List<String> pack(List<String> entries, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String entry : entries) {
            if (line.length() > 0 && line.length() + 1 + entry.length() > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            if (line.length() > 0) {
                line.append(' ');
            }
            line.append(entry);
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines;
    }
}
