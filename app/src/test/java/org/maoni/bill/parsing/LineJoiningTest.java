package org.maoni.bill.parsing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.maoni.bill.ingest.TextBlock;

/** PDF lines are joined into the provision's text; line-end hyphens are mended only where a word results. */
class LineJoiningTest {

    private static List<TextBlock> page(String... lines) {
        List<TextBlock> blocks = new ArrayList<>();
        blocks.add(new TextBlock("ENACTED by the Parliament of Kenya, as follows—", null, 1));
        for (String line : lines) {
            blocks.add(new TextBlock(line, null, 1));
        }
        return blocks;
    }

    @Test
    void joinsLinesAndMendsHyphensSafely() {
        ParsedBill bill = new BillParser()
                .parse(page(
                        "1. The Cabinet Secretary shall establish a regis-",
                        "ter of e-",
                        "health providers and of self-",
                        "employed practitioners."));
        assertThat(Fixtures.find(bill, "sec_1").text())
                .isEqualTo("The Cabinet Secretary shall establish a register of e-health providers and of"
                        + " self-employed practitioners.");
    }

    @Test
    void aRunningHeaderInsideASentenceIsDropped() {
        List<TextBlock> blocks =
                page("1. This Act may be cited as the Boats Act, 2024.", "2. Every boat shall carry a");
        blocks.add(new TextBlock("8 The Boats Bill, 2024", null, 2));
        blocks.add(new TextBlock("life jacket for each passenger.", null, 2));
        ParsedBill bill = new BillParser().parse(blocks);
        assertThat(Fixtures.find(bill, "sec_2").text())
                .isEqualTo("Every boat shall carry a life jacket for each passenger.");
    }

    @Test
    void aNumberAfterAReferenceWordIsNoNewItem() {
        ParsedBill bill = new BillParser()
                .parse(page(
                        "1. (1) A licence shall be issued under section",
                        "2 of the Fisheries Act.",
                        "(2) An application made under subsection",
                        "(1) shall be in writing.",
                        "2. The Cabinet Secretary may make regulations."));
        assertThat(Fixtures.eIds(bill))
                .containsExactly("preamble", "sec_1", "sec_1__subsec_1", "sec_1__subsec_2", "sec_2");
        assertThat(Fixtures.find(bill, "sec_1__subsec_2").text())
                .isEqualTo("An application made under subsection (1) shall be in writing.");
    }
}
