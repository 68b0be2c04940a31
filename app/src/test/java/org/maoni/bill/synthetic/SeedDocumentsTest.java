package org.maoni.bill.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.tika.Tika;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.maoni.bill.synthetic.DemoBillSource.Change;
import org.maoni.bill.synthetic.DemoBillSource.ChangeType;
import org.maoni.bill.synthetic.DemoMemoranda.Memo;

class SeedDocumentsTest {

    private static final Tika TIKA = new Tika();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static Map<String, byte[]> rendered;

    @BeforeAll
    static void render() {
        rendered = SeedDocuments.render();
    }

    private static Path seedDir() {
        Path fromModule = Path.of("..", "seed-documents");
        return Files.isDirectory(fromModule) ? fromModule : Path.of("seed-documents");
    }

    @Test
    void committedFilesAreWhatTheSourcesRender() throws Exception {
        for (Map.Entry<String, byte[]> file : rendered.entrySet()) {
            Path committed = seedDir().resolve(file.getKey());
            assertThat(committed)
                    .as("%s is committed; regenerate with WriteSeedDocuments", file.getKey())
                    .exists();
            byte[] bytes = Files.readAllBytes(committed);
            assertThat(Arrays.equals(bytes, file.getValue()))
                    .as("%s is stale; regenerate with WriteSeedDocuments", file.getKey())
                    .isTrue();
            assertThat(bytes.length).as("%s stays small", file.getKey()).isLessThan(100_000);
        }
        assertThat(seedDir().resolve("README.md")).exists();
    }

    @Test
    void versionsHaveTheDocumentedShape() {
        BillDocument v1 = DemoBillSource.firstReading();
        BillDocument v2 = DemoBillSource.committeeStage();

        assertThat(v1.clauses()).hasSize(23);
        assertThat(v2.clauses()).hasSize(24);
        assertThat(v1.parts()).hasSize(5);
        assertThat(v2.parts()).hasSize(5);
        assertThat(v1.title()).isEqualTo(v2.title()).isEqualTo("The County Markets and Street Trading Bill, 2026");
        assertThat(v1.cover().billNumberText()).isEqualTo("National Assembly Bills No. 12");
        for (BillDocument doc : List.of(v1, v2)) {
            List<String> lines = SyntheticBill.of(doc).lines();
            assertThat(lines).noneMatch(l -> l.contains("{s:"));
            assertThat(lines).contains("MEMORANDUM OF OBJECTS AND REASONS");
            assertThat(doc.schedules()).hasSize(1);
        }
    }

    @Test
    void changeListAccountsForEveryClauseOfBothVersionsOnce() {
        Map<String, Integer> v1 = DemoBillSource.numbersV1();
        Map<String, Integer> v2 = DemoBillSource.numbersV2();
        List<String> from = new ArrayList<>();
        List<String> to = new ArrayList<>();
        for (Change change : DemoBillSource.changes()) {
            from.addAll(change.from());
            to.addAll(change.to());
        }
        assertThat(from).containsExactlyInAnyOrderElementsOf(v1.keySet());
        assertThat(to).containsExactlyInAnyOrderElementsOf(v2.keySet());
        assertThat(DemoBillSource.changes().stream().map(Change::type))
                .contains(
                        ChangeType.INSERTED,
                        ChangeType.DELETED,
                        ChangeType.MOVED,
                        ChangeType.SPLIT,
                        ChangeType.AMENDED,
                        ChangeType.UNCHANGED);
    }

    @Test
    void changeTypesAgreeWithTheTwoTexts() {
        Pattern renumbered = Pattern.compile("Renumbered (\\d+) to (\\d+)");
        for (Change change : DemoBillSource.changes()) {
            if (change.from().size() != 1 || change.to().size() != 1) {
                continue;
            }
            String key = change.from().get(0);
            boolean same = DemoBillSource.sameDraft(key);
            boolean partMoved = !DemoBillSource.partOf(key, false).equals(DemoBillSource.partOf(key, true));
            switch (change.type()) {
                case UNCHANGED -> assertThat(same && !partMoved).as(key).isTrue();
                case MOVED -> assertThat(same && partMoved).as(key).isTrue();
                case AMENDED -> assertThat(!same && !partMoved).as(key).isTrue();
                default -> throw new AssertionError("unexpected one-to-one change " + change);
            }
            Matcher m = renumbered.matcher(change.description());
            if (m.find()) {
                assertThat(DemoBillSource.numbersV1().get(key)).as(key).isEqualTo(Integer.parseInt(m.group(1)));
                assertThat(DemoBillSource.numbersV2().get(key)).as(key).isEqualTo(Integer.parseInt(m.group(2)));
            }
        }
    }

    @Test
    void billFilesReadBackWithTikaHoldEveryClause() throws Exception {
        List<ExpectedClause> v1 =
                SyntheticBill.of(DemoBillSource.firstReading()).expectedClauses();
        List<ExpectedClause> v2 =
                SyntheticBill.of(DemoBillSource.committeeStage()).expectedClauses();
        String v1Docx = text(SeedDocuments.BILL_DIR + SeedDocuments.V1_DOCX);
        String v2Docx = text(SeedDocuments.BILL_DIR + SeedDocuments.V2_DOCX);
        String v1Pdf = text(SeedDocuments.BILL_DIR + SeedDocuments.V1_PDF).replaceAll("\\s+", " ");

        for (ExpectedClause clause : v1) {
            clause.text().lines().forEach(line -> assertThat(v1Docx).contains(line));
            assertThat(v1Pdf).contains(clause.number() + "—" + clause.heading() + ".");
        }
        for (ExpectedClause clause : v2) {
            clause.text().lines().forEach(line -> assertThat(v2Docx).contains(line));
        }
    }

    @Test
    void metadataDescribesTheBillAndItsFiles() throws Exception {
        JsonNode bill = JSON.readTree(rendered.get(SeedDocuments.BILL_DIR + "bill.json"));
        assertThat(bill.get("billNumber").asText()).isEqualTo("National Assembly Bills No. 12");
        assertThat(bill.get("versions")).hasSize(2);
        for (JsonNode version : bill.get("versions")) {
            assertThat(rendered)
                    .containsKey(SeedDocuments.BILL_DIR + version.get("file").asText());
            assertThat(version.get("publicationDate").asText()).matches("2026-\\d\\d-\\d\\d");
        }
        assertThat(bill.get("versions").get(0).get("label").asText()).isEqualTo("First Reading");
        assertThat(bill.get("versions").get(1).get("label").asText()).isEqualTo("Committee Stage");
    }

    @Test
    void memorandaAreFictionalWithPrivateContactsAndRealClauseNumbers() throws Exception {
        Set<String> formats = new HashSet<>();
        Set<String> languages = new HashSet<>();
        int clauses = DemoBillSource.firstReading().clauses().size();
        for (Memo memo : DemoMemoranda.all()) {
            formats.add(memo.format().name());
            languages.add(memo.language());
            JsonNode meta = JSON.readTree(rendered.get("memoranda/" + memo.id() + "-" + memo.slug() + ".json"));
            assertThat(meta.get("private").get("notice").asText()).startsWith("PRIVATE");
            assertThat(meta.get("private").get("email").asText()).contains("example.");
            assertThat(meta.get("stance").asText())
                    .isIn("support", "support-with-amendments", "oppose", "general-comment");
            assertThat(memo.clauses()).allMatch(n -> n >= 1 && n <= clauses);
            byte[] file = rendered.get("memoranda/" + memo.fileName());
            String text = TIKA.parseToString(new ByteArrayInputStream(file));
            // Contact details stay out of the document itself.
            assertThat(text)
                    .doesNotContain(memo.contact().email())
                    .doesNotContain(memo.contact().phone());
        }
        assertThat(formats).containsExactlyInAnyOrder("DOCX", "PDF", "TXT");
        assertThat(languages).contains("en", "sw");
    }

    @Test
    void civilSocietyMemorandumCarriesTheRecommendationsTable() throws Exception {
        byte[] docx = rendered.get("memoranda/memo-01-soko-haki-trust.docx");
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            XWPFTable table = doc.getTables().get(0);
            assertThat(table.getRow(0).getTableCells().stream()
                            .map(c -> c.getText())
                            .toList())
                    .containsExactly("Bill Section", "Proposed Change to the Section", "Rationale");
            assertThat(table.getNumberOfRows()).isGreaterThan(3);
            assertThat(table.getRow(1).getCell(0).getText()).startsWith("Clause 9");
        }
    }

    private static String text(String key) throws Exception {
        return TIKA.parseToString(new ByteArrayInputStream(rendered.get(key)));
    }
}
