package org.maoni.bill.parsing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.maoni.bill.Provision;
import org.maoni.bill.ProvisionType;
import org.maoni.bill.ingest.TextBlock;

/**
 * Loads the hand-written bill fixtures in {@code src/test/resources/bills/}: one block per line; lines starting
 * {@code ##} are comments; {@code @page N} starts page N (PDF-like blocks, page 0 until then); {@code text @@ note}
 * gives the block a marginal note; {@code \t} stands for a tab.
 */
final class Fixtures {

    private Fixtures() {}

    static List<TextBlock> blocks(String name) {
        String resource = "/bills/" + name;
        try (InputStream in = Fixtures.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + resource);
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            List<TextBlock> blocks = new ArrayList<>();
            int page = 0;
            for (String line : text.split("\n", -1)) {
                if (line.startsWith("##") || line.isEmpty()) {
                    continue;
                }
                if (line.startsWith("@page ")) {
                    page = Integer.parseInt(line.substring(6).strip());
                    continue;
                }
                String note = null;
                int at = line.indexOf(" @@ ");
                if (at >= 0) {
                    note = line.substring(at + 4);
                    line = line.substring(0, at);
                }
                blocks.add(new TextBlock(line.replace("\\t", "\t"), note, page));
            }
            return blocks;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** All provisions, depth first. */
    static List<Provision> flatten(List<Provision> provisions) {
        List<Provision> out = new ArrayList<>();
        for (Provision p : provisions) {
            out.add(p);
            out.addAll(flatten(p.children()));
        }
        return out;
    }

    static List<String> eIds(ParsedBill bill) {
        return flatten(bill.provisions()).stream().map(Provision::eId).toList();
    }

    static Provision find(ParsedBill bill, String eId) {
        return flatten(bill.provisions()).stream()
                .filter(p -> p.eId().equals(eId))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no provision " + eId + " in " + eIds(bill)));
    }

    static long count(ParsedBill bill, ProvisionType type) {
        return flatten(bill.provisions()).stream().filter(p -> p.type() == type).count();
    }

    static List<String> warningCodes(ParsedBill bill) {
        return bill.report().warnings().stream().map(w -> w.code()).toList();
    }

    /** A readable dump of the tree, for failure messages and for authoring tests. */
    static String dump(ParsedBill bill) {
        StringBuilder sb = new StringBuilder();
        sb.append(bill.metadata()).append('\n');
        dump(bill.provisions(), "", sb);
        bill.report().warnings().forEach(w -> sb.append("! ").append(w).append('\n'));
        return sb.toString();
    }

    private static void dump(List<Provision> provisions, String indent, StringBuilder sb) {
        for (Provision p : provisions) {
            sb.append(indent)
                    .append(p.eId())
                    .append(" [")
                    .append(p.num())
                    .append("] {")
                    .append(p.heading())
                    .append("}");
            if (p.text() != null) {
                sb.append("\n").append(indent).append("   T: ").append(p.text().replace("\n", "\n" + indent + "   | "));
            }
            if (p.wrapUp() != null) {
                sb.append("\n").append(indent).append("   W: ").append(p.wrapUp());
            }
            sb.append('\n');
            dump(p.children(), indent + "  ", sb);
        }
    }

    /** Prints the parse of each fixture named (for authoring tests). */
    public static void main(String[] args) {
        for (String name : args) {
            System.out.println(dump(new BillParser().parse(blocks(name))));
        }
    }
}
