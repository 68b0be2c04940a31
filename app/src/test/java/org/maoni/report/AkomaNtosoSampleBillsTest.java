package org.maoni.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.maoni.bill.Bill;
import org.maoni.bill.BillId;
import org.maoni.bill.BillStage;
import org.maoni.bill.BillVersion;
import org.maoni.bill.House;
import org.maoni.bill.Provision;
import org.maoni.bill.ProvisionTree;
import org.maoni.bill.ProvisionType;
import org.maoni.bill.ingest.DocumentExtractor;
import org.maoni.bill.ingest.ExtractionLimits;
import org.maoni.bill.parsing.BillMetadata;
import org.maoni.bill.parsing.BillParser;
import org.maoni.bill.parsing.ParsedBill;
import org.maoni.bill.synthetic.SyntheticBill;
import org.w3c.dom.Document;

/** The demo bill's two versions, parsed from their DOCX files, and generated bills export as valid Akoma Ntoso. */
class AkomaNtosoSampleBillsTest {

    private static DocumentExtractor extractor;
    private final AkomaNtosoWriter writer = new AkomaNtosoWriter();

    @BeforeAll
    static void open() {
        extractor = new DocumentExtractor(ExtractionLimits.defaults());
    }

    @AfterAll
    static void close() {
        extractor.close();
    }

    private static Path demoBill() {
        Path fromModule = Path.of("..", "seed-documents", "bills", "county-markets-bill-2026");
        return Files.isDirectory(fromModule)
                ? fromModule
                : Path.of("seed-documents", "bills", "county-markets-bill-2026");
    }

    private static ParsedBill parse(String file) throws Exception {
        return new BillParser()
                .parse(extractor.extract(demoBill().resolve(file)).blocks());
    }

    private static BillVersion version(int number, String label, LocalDate published) {
        return new BillVersion(
                number,
                label,
                published,
                "v.docx",
                "application/docx",
                1,
                "00",
                1,
                Instant.parse("2026-03-14T09:00:00Z"),
                "clerk",
                null,
                null,
                null);
    }

    private static Bill billFrom(BillMetadata m, List<BillVersion> versions) {
        return new Bill(
                BillId.random(),
                m.title(),
                House.fromText(m.house()).orElse(House.NATIONAL_ASSEMBLY),
                m.billNumber(),
                m.year(),
                m.gazetteSupplement(),
                null,
                null,
                BillStage.COMMITTEE,
                Instant.parse("2026-03-14T09:00:00Z"),
                versions);
    }

    private static void assertValidWithEachEIdOnce(String xml, List<Provision> provisions) {
        assertThat(AknSchema.problems(xml)).isEmpty();
        Document doc = AknSchema.parse(xml);
        List<String> exported =
                AknSchema.withEId(doc).stream().map(e -> e.getAttribute("eId")).toList();
        List<String> expected = AknFixtures.eIds(provisions);
        assertThat(expected).isNotEmpty();
        for (String eId : expected) {
            assertThat(exported).as("eId %s", eId).containsOnlyOnce(eId);
        }
        assertThat(AknSchema.elements(doc, "section")).hasSize(count(provisions, ProvisionType.SECTION));
        assertThat(AknSchema.elements(doc, "attachment"))
                .hasSize(count(provisions, ProvisionType.SCHEDULE)
                        + count(provisions, ProvisionType.OBJECTS_AND_REASONS));
    }

    private static int count(List<Provision> provisions, ProvisionType type) {
        int n = 0;
        for (Provision p : provisions) {
            n += (p.type() == type ? 1 : 0) + count(p.children(), type);
        }
        return n;
    }

    @ParameterizedTest
    @MethodSource("demoVersions")
    void theDemoBillExportsValidAkomaNtoso(String file, int number, String expression) throws Exception {
        ParsedBill v1 = parse("v1-first-reading.docx");
        ParsedBill parsed = number == 1 ? v1 : parse(file);
        Bill bill = billFrom(
                v1.metadata(),
                List.of(
                        version(1, "First Reading", LocalDate.of(2026, 3, 13)),
                        version(2, "Committee Stage", LocalDate.of(2026, 6, 2))));
        LocalDate published = number == 1 ? LocalDate.of(2026, 3, 13) : LocalDate.of(2026, 6, 2);
        ProvisionTree tree = new ProvisionTree(bill.id(), number, "v" + number, published, parsed.provisions());
        String xml = writer.write(bill, tree);

        assertValidWithEachEIdOnce(xml, parsed.provisions());
        assertThat(count(parsed.provisions(), ProvisionType.SECTION)).isEqualTo(number == 1 ? 23 : 24);
        Document doc = AknSchema.parse(xml);
        assertThat(AknSchema.frbr(doc, "FRBRWork", "FRBRuri", "value")).isEqualTo("/akn/ke/bill/2026/na-12");
        assertThat(AknSchema.frbr(doc, "FRBRExpression", "FRBRuri", "value")).isEqualTo(expression);
        assertThat(writer.uris(bill, tree).expression()).isEqualTo(expression);
        assertThat(AknSchema.elements(doc, "docTitle").get(0).getTextContent())
                .isEqualTo("The County Markets and Street Trading Bill, 2026");
        assertThat(AknSchema.elements(doc, "longTitle")).hasSize(1);
        assertThat(AknSchema.elements(doc, "formula")).hasSize(1);
    }

    static Stream<Arguments> demoVersions() {
        return Stream.of(
                Arguments.of("v1-first-reading.docx", 1, "/akn/ke/bill/2026/na-12/eng@2026-03-13"),
                Arguments.of("v2-committee-stage.docx", 2, "/akn/ke/bill/2026/na-12/eng@2026-06-02"));
    }

    @ParameterizedTest
    @MethodSource("syntheticBills")
    void generatedBillsExportValidAkomaNtoso(String kind, int clauses, long seed) {
        SyntheticBill synthetic = kind.equals("amendment")
                ? SyntheticBill.generateAmendment(clauses, seed)
                : SyntheticBill.generate(clauses, seed);
        List<Provision> provisions = synthetic.expectedProvisions();
        Bill bill = AknFixtures.bill(
                House.SENATE,
                "Senate Bills No. " + clauses,
                2025,
                AknFixtures.version(1, "First Reading", LocalDate.of(2025, 1, 1).plusDays(seed)));
        String xml = writer.write(bill, new ProvisionTree(bill.id(), 1, "First Reading", null, provisions));
        assertValidWithEachEIdOnce(xml, provisions);
        assertThat(count(provisions, ProvisionType.SECTION)).isEqualTo(clauses);
        assertThat(AknSchema.frbr(AknSchema.parse(xml), "FRBRWork", "FRBRuri", "value"))
                .isEqualTo("/akn/ke/bill/2025/senate-" + clauses);
    }

    static Stream<Arguments> syntheticBills() {
        Stream.Builder<Arguments> out = Stream.builder();
        for (long seed = 1; seed <= 6; seed++) {
            for (int clauses : new int[] {1, 7, 30, 120}) {
                out.add(Arguments.of("bill", clauses, seed));
            }
            for (int clauses : new int[] {1, 12, 40}) {
                out.add(Arguments.of("amendment", clauses, seed));
            }
        }
        return out.build();
    }
}
