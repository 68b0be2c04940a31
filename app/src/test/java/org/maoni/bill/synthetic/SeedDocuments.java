package org.maoni.bill.synthetic;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.maoni.bill.synthetic.DemoBillSource.Change;
import org.maoni.bill.synthetic.DemoMemoranda.Memo;

/**
 * Renders every file of {@code seed-documents/} (except its README) from {@link DemoBillSource} and {@link
 * DemoMemoranda}: the two versions of the demo bill, their metadata, expected clauses and change list, and the
 * memoranda with their metadata. Keys are paths relative to {@code seed-documents/}, in a stable order.
 */
final class SeedDocuments {

    static final String BILL_DIR = "bills/county-markets-bill-2026/";
    static final String V1_DOCX = "v1-first-reading.docx";
    static final String V1_PDF = "v1-first-reading.pdf";
    static final String V2_DOCX = "v2-committee-stage.docx";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final DefaultPrettyPrinter PRETTY = new DefaultPrettyPrinter()
            .withSeparators(Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER))
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n"));

    private SeedDocuments() {}

    static Map<String, byte[]> render() {
        SyntheticBill v1 = SyntheticBill.of(DemoBillSource.firstReading());
        SyntheticBill v2 = SyntheticBill.of(DemoBillSource.committeeStage());
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put(BILL_DIR + V1_DOCX, v1.toDocx());
        files.put(BILL_DIR + V1_PDF, v1.toPdf(new PdfOptions(true)));
        files.put(
                BILL_DIR + V2_DOCX,
                v2.toDocx(new DocxOptions(true, DocxOptions.MarginNoteStyle.RIGHT_ALIGNED_PARAGRAPH)));
        files.put(BILL_DIR + "bill.json", json(billMetadata(v1, v2)));
        files.put(BILL_DIR + "changes-v1-v2.json", json(changes(v1, v2)));
        files.put(BILL_DIR + "expected/v1-clauses.json", json(clauses(v1)));
        files.put(BILL_DIR + "expected/v2-clauses.json", json(clauses(v2)));
        for (Memo memo : DemoMemoranda.all()) {
            String base = "memoranda/" + memo.id() + "-" + memo.slug();
            byte[] content = switch (memo.format()) {
                case DOCX -> MemorandumWriter.docx(memo);
                case PDF -> MemorandumWriter.pdf(memo);
                case TXT -> MemorandumWriter.text(memo).getBytes(StandardCharsets.UTF_8);
            };
            files.put("memoranda/" + memo.fileName(), content);
            files.put(base + ".json", json(memoMetadata(memo)));
        }
        return files;
    }

    private static Map<String, Object> billMetadata(SyntheticBill v1, SyntheticBill v2) {
        BillDocument.Cover cover = v1.document().cover();
        Map<String, Object> bill = new LinkedHashMap<>();
        bill.put("id", "county-markets-bill-2026");
        bill.put("fictional", "Written for the Maoni demo; not a real bill.");
        bill.put("title", v1.document().title());
        bill.put("house", cover.house());
        bill.put("billNumber", cover.billNumberText());
        bill.put("year", cover.year());
        bill.put("gazetteSupplement", cover.gazetteSupplement());
        bill.put(
                "sponsor",
                "Hon. Martha Njeri Kibet, MP, Chairperson, Departmental Committee on Trade, Industry and"
                        + " Cooperatives");
        bill.put("committee", "Departmental Committee on Trade, Industry and Cooperatives");
        bill.put("stage", "COMMITTEE");
        bill.put("callForMemoranda", ordered("opens", "2026-03-16", "closes", "2026-04-10"));
        List<Object> versions = new ArrayList<>();
        Map<String, Object> first = ordered(
                "number",
                1,
                "label",
                "First Reading",
                "file",
                V1_DOCX,
                "alternateFiles",
                List.of(V1_PDF),
                "publicationDate",
                v1.document().cover().date().toString(),
                "clauses",
                v1.document().clauses().size(),
                "expected",
                "expected/v1-clauses.json");
        versions.add(first);
        versions.add(ordered(
                "number",
                2,
                "label",
                "Committee Stage",
                "file",
                V2_DOCX,
                "alternateFiles",
                List.of(),
                "publicationDate",
                v2.document().cover().date().toString(),
                "clauses",
                v2.document().clauses().size(),
                "expected",
                "expected/v2-clauses.json"));
        bill.put("versions", versions);
        bill.put("changes", "changes-v1-v2.json");
        return bill;
    }

    private static Map<String, Object> changes(SyntheticBill v1, SyntheticBill v2) {
        Map<String, ExpectedClause> before = byKey(v1, DemoBillSource.numbersV1());
        Map<String, ExpectedClause> after = byKey(v2, DemoBillSource.numbersV2());
        List<Object> list = new ArrayList<>();
        for (Change change : DemoBillSource.changes()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("type", change.type().name().toLowerCase(Locale.ROOT));
            entry.put(
                    "from",
                    change.from().stream().map(k -> ref(k, before.get(k))).toList());
            entry.put("to", change.to().stream().map(k -> ref(k, after.get(k))).toList());
            if (change.from().size() == 1 && change.to().size() == 1) {
                ExpectedClause a = before.get(change.from().get(0));
                ExpectedClause b = after.get(change.to().get(0));
                entry.put("renumbered", a.number() != b.number());
                entry.put("partChanged", !a.partNumber().equals(b.partNumber()));
                entry.put("headingChanged", !a.heading().equals(b.heading()));
                entry.put("sameWording", DemoBillSource.sameDraft(change.from().get(0)));
                entry.put("identicalText", withoutNumber(a).equals(withoutNumber(b)));
            }
            entry.put("description", change.description());
            list.add(entry);
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("bill", "county-markets-bill-2026");
        out.put("fromVersion", 1);
        out.put("toVersion", 2);
        out.put(
                "note",
                "Clauses are identified by number, marginal note and Part. sameWording is true where the committee"
                        + " did not touch the clause; identicalText is false for such a clause only where its"
                        + " cross-references to other clauses were renumbered.");
        out.put("changes", list);
        return out;
    }

    private static String withoutNumber(ExpectedClause clause) {
        return clause.text().substring(clause.text().indexOf(' ') + 1);
    }

    private static Map<String, Object> ref(String key, ExpectedClause clause) {
        return ordered("key", key, "number", clause.number(), "heading", clause.heading(), "part", clause.partNumber());
    }

    private static Map<String, ExpectedClause> byKey(SyntheticBill bill, Map<String, Integer> numbers) {
        Map<String, ExpectedClause> out = new LinkedHashMap<>();
        List<ExpectedClause> clauses = bill.expectedClauses();
        numbers.forEach((key, number) -> out.put(key, clauses.get(number - 1)));
        return out;
    }

    private static List<Object> clauses(SyntheticBill bill) {
        List<Object> out = new ArrayList<>();
        for (ExpectedClause c : bill.expectedClauses()) {
            out.add(ordered(
                    "number", c.number(),
                    "heading", c.heading(),
                    "part", c.partNumber(),
                    "partHeading", c.partHeading(),
                    "subclauses", c.subclauses(),
                    "paragraphs", c.paragraphs(),
                    "subparagraphs", c.subparagraphs(),
                    "text", c.text()));
        }
        return out;
    }

    private static Map<String, Object> memoMetadata(Memo memo) {
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("id", memo.id());
        meta.put("file", memo.fileName());
        meta.put("fictional", "Written for the Maoni demo; the submitter and organisation are invented.");
        meta.put("bill", "county-markets-bill-2026");
        meta.put("billVersion", 1);
        meta.put("title", memo.title());
        meta.put("language", memo.language());
        meta.put("submittedOn", memo.submittedOn());
        meta.put("channel", memo.channel());
        Map<String, Object> submitter = new LinkedHashMap<>();
        submitter.put("name", memo.submitterName());
        submitter.put("organisation", memo.organisation());
        submitter.put("organisationType", memo.organisationType());
        submitter.put("county", memo.county());
        meta.put("submitter", submitter);
        meta.put("stance", memo.stance());
        meta.put("clausesDiscussed", memo.clauses());
        Map<String, Object> contact = new LinkedHashMap<>();
        contact.put("notice", "PRIVATE. Fictional contact details for the demo; never publish, index or export.");
        contact.put("email", memo.contact().email());
        contact.put("phone", memo.contact().phone());
        contact.put("postalAddress", memo.contact().postalAddress());
        meta.put("private", contact);
        return meta;
    }

    private static Map<String, Object> ordered(Object... keyValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            map.put((String) keyValues[i], keyValues[i + 1]);
        }
        return map;
    }

    private static byte[] json(Object value) {
        try {
            return (JSON.writer(PRETTY).writeValueAsString(value) + "\n").getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
