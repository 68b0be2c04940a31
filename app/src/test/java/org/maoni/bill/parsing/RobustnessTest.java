package org.maoni.bill.parsing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.maoni.bill.Provision;
import org.maoni.bill.ProvisionType;
import org.maoni.bill.ingest.TextBlock;

/** Odd input never throws; size and time stay linear; one parser serves many threads. */
class RobustnessTest {

    private final BillParser parser = new BillParser();

    private static List<TextBlock> paragraphs(String... texts) {
        return Arrays.stream(texts).map(TextBlock::of).toList();
    }

    private static List<TextBlock> smallBill(String clauseOneText) {
        return paragraphs(
                "THE SMALL BILL, 2024",
                "A Bill for",
                "AN ACT of Parliament to test the parser",
                "ENACTED by the Parliament of Kenya, as follows—",
                "1. " + clauseOneText,
                "2. The Cabinet Secretary may make regulations.");
    }

    @Test
    void nullAndEmptyInputAreNotABill() {
        for (List<TextBlock> input : Arrays.asList(null, List.<TextBlock>of(), paragraphs("", " ", "\t"))) {
            ParsedBill bill = parser.parse(input);
            assertThat(bill).isNotNull();
            assertThat(bill.provisions()).isEmpty();
            assertThat(BillParser.isBill(bill)).isFalse();
            assertThat(bill.report().warnings()).extracting(w -> w.code()).contains(BillParser.NOT_A_BILL);
        }
        List<TextBlock> withNulls = new ArrayList<>();
        withNulls.add(null);
        withNulls.add(TextBlock.of("1. This Act may be cited as the Null Act."));
        withNulls.add(null);
        assertThatCode(() -> parser.parse(withNulls)).doesNotThrowAnyException();
    }

    @Test
    void nulBytesAndControlCharactersAreDropped() {
        ParsedBill bill =
                parser.parse(smallBill("This\u0000 Act may\u0007 be cited as the\u0000 Small Act, 2024.\u0000"));
        assertThat(Fixtures.find(bill, "sec_1").text()).isEqualTo("This Act may be cited as the Small Act, 2024.");
        assertThat(Fixtures.find(bill, "sec_2").text()).isEqualTo("The Cabinet Secretary may make regulations.");
    }

    @Test
    void emojiRtlAndKiswahiliTextSurvive() {
        String text = "This Act 🙂 may be cited as the Small Act; kwa Kiswahili: Sheria hii itajulikana kama Sheria"
                + " Ndogo. بالعربية: هذا القانون";
        ParsedBill bill = parser.parse(smallBill(text));
        assertThat(Fixtures.find(bill, "sec_1").text()).isEqualTo(text);
        assertThat(bill.report().bodyClauses()).isEqualTo(2);
    }

    @Test
    void aBillInKiswahili() {
        ParsedBill bill = parser.parse(paragraphs(
                "MSWADA WA SHERIA YA MAJI, 2024",
                "IMETUNGWA na Bunge la Kenya, kama ifuatavyo—",
                "1. Sheria hii itajulikana kama Sheria ya Maji, 2024.",
                "2. (1) Kila kaunti itahifadhi daftari la visima.",
                "(2) Daftari hilo litaonyesha mahali pa kila kisima."));
        assertThat(Fixtures.eIds(bill))
                .as(Fixtures.dump(bill))
                .containsExactly("preamble", "sec_1", "sec_2", "sec_2__subsec_1", "sec_2__subsec_2");
        assertThat(Fixtures.find(bill, "sec_1").text()).isEqualTo("Sheria hii itajulikana kama Sheria ya Maji, 2024.");
        assertThat(Fixtures.find(bill, "preamble").text()).isEqualTo("IMETUNGWA na Bunge la Kenya, kama ifuatavyo—");
    }

    @Test
    void randomGarbageNeverThrows() {
        Random random = new Random(42);
        String alphabet =
                "abcXYZ019 ().,;:—-“”\"'\t\n\u0000\u200B\u202E🙂ءبت()(a)(i)1.PART SCHEDULE ENACTED MEMORANDUM";
        for (int round = 0; round < 200; round++) {
            List<TextBlock> blocks = new ArrayList<>();
            int n = random.nextInt(60);
            for (int i = 0; i < n; i++) {
                StringBuilder sb = new StringBuilder();
                int len = random.nextInt(120);
                for (int k = 0; k < len; k++) {
                    sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
                }
                String note = random.nextInt(5) == 0 ? sb.reverse().toString() : null;
                blocks.add(new TextBlock(sb.toString(), note, random.nextInt(3)));
            }
            ParsedBill bill = parser.parse(blocks);
            assertThat(bill).isNotNull();
            assertUniqueEIds(bill.provisions());
        }
    }

    @Test
    void duplicateClauseNumbersGetUniqueEIds() {
        ParsedBill bill = parser.parse(paragraphs(
                "ENACTED by the Parliament of Kenya, as follows—",
                "1. This Act may be cited as the Twice Act.",
                "2. The first clause two.",
                "2. The second clause two.",
                "3. The third clause."));
        assertThat(Fixtures.eIds(bill)).containsExactly("preamble", "sec_1", "sec_2", "sec_2-2", "sec_3");
        assertThat(Fixtures.warningCodes(bill)).contains("duplicate-eid");
    }

    @Test
    void veryLongLinesAndManyBlocksParse() {
        List<TextBlock> blocks = new ArrayList<>(smallBill("This Act may be cited as the Long Act."));
        blocks.add(TextBlock.of("word ".repeat(200_000)));
        blocks.add(TextBlock.of("a b c d e f g h i j k l m n o p ".repeat(600)));
        for (int i = 0; i < 20_000; i++) {
            blocks.add(new TextBlock("(" + (i % 7) + ") some text that goes on " + i, null, 0));
        }
        ParsedBill bill = parser.parse(blocks);
        assertThat(bill.report().bodyClauses()).isEqualTo(2);
    }

    @Test
    void aThreeHundredClauseBillParsesCompletelyInBothLayouts() {
        List<TextBlock> pdf = SyntheticBill.scanned(300);
        List<TextBlock> docx = SyntheticBill.docx(300);
        // Speed is measured by the benchmark command (README), not asserted here.
        ParsedBill scanned = parser.parse(pdf);
        ParsedBill word = parser.parse(docx);
        assertThat(scanned.report().arrangementClauses()).isEqualTo(300);
        assertThat(scanned.report().matchedClauses()).isEqualTo(300);
        assertThat(word.report().matchedClauses()).isEqualTo(300);
        assertThat(Fixtures.count(scanned, ProvisionType.SUBSECTION)).isEqualTo(600);
    }

    @Test
    void oneParserServesManyThreads() throws Exception {
        List<TextBlock> a = Fixtures.blocks("scanned-bill-with-arrangement.txt");
        List<TextBlock> b = Fixtures.blocks("docx-bill-with-notes.txt");
        String expectedA = Fixtures.dump(parser.parse(a));
        String expectedB = Fixtures.dump(parser.parse(b));
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<String>> results = new ArrayList<>();
            for (int i = 0; i < 32; i++) {
                List<TextBlock> input = i % 2 == 0 ? a : b;
                results.add(pool.submit(() -> Fixtures.dump(parser.parse(input))));
            }
            for (int i = 0; i < results.size(); i++) {
                assertThat(results.get(i).get()).isEqualTo(i % 2 == 0 ? expectedA : expectedB);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static void assertUniqueEIds(List<Provision> provisions) {
        List<String> all =
                Fixtures.flatten(provisions).stream().map(Provision::eId).toList();
        assertThat(new HashSet<>(all)).hasSize(all.size());
    }
}
