package org.maoni.bill.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.maoni.bill.synthetic.ExpectedClause;
import org.maoni.bill.synthetic.SyntheticBill;
import org.maoni.support.ApiClient;
import org.maoni.support.ApiClient.Response;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The bill API's contract, run unchanged against each database (one small subclass per backend): registering from
 * real file formats, reading trees, correcting them, and every bad input answered with a problem detail that stores
 * nothing.
 */
abstract class AbstractBillApiContract {

    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;

    ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient(port);
    }

    @Test
    void demoBillIsLoadedWithBothVersions() {
        Response list = api.get("/api/bills");
        assertThat(list.status()).isEqualTo(200);
        JsonNode demo = null;
        for (JsonNode bill : list.json()) {
            if (bill.path("title").asText().equals("The County Markets and Street Trading Bill, 2026")
                    && bill.path("latestVersion").asInt() == 2
                    && demo == null) {
                demo = bill;
            }
        }
        assertThat(demo).as("demo bill in %s", list.body()).isNotNull();
        assertThat(demo.path("latestVersion").asInt()).isEqualTo(2);
        JsonNode tree = api.get("/api/bills/" + demo.path("id").asText() + "/versions/1")
                .json();
        assertThat(sections(tree.path("provisions"))).isNotEmpty();
        assertThat(tree.path("label").asText()).isEqualTo("First Reading");
    }

    @Test
    void clerkRegistersABillFromDocxAndEveryClauseIsFound() throws Exception {
        SyntheticBill synthetic = SyntheticBill.generate(40, 301);
        byte[] docx = synthetic.toDocx();
        int before = api.get("/api/bills").json().size();

        Response created = api.postFile(
                "/api/bills",
                "bill.docx",
                docx,
                "{\"sponsor\":\"Hon. Amina Wanjiru, MP\",\"committee\":\"Departmental Committee on Trade\"}",
                ApiClient.CLERK);

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        JsonNode bill = created.json();
        assertThat(bill.path("house").asText())
                .isEqualTo(synthetic.document().cover().house());
        assertThat(bill.path("billNumber").asText())
                .isEqualTo(synthetic.document().cover().billNumberText());
        assertThat(bill.path("sponsor").asText()).isEqualTo("Hon. Amina Wanjiru, MP");
        JsonNode version = bill.path("versions").get(0);
        assertThat(version.path("number").asInt()).isEqualTo(1);
        assertThat(version.path("sha256").asText()).isEqualTo(sha256(docx));
        assertThat(version.path("mediaType").asText()).contains("wordprocessingml");
        assertThat(version.path("parseReport").path("score").asDouble()).isEqualTo(1.0);

        String id = bill.path("id").asText();
        JsonNode tree = api.get("/api/bills/" + id + "/versions/1").json();
        List<JsonNode> sections = sections(tree.path("provisions"));
        List<ExpectedClause> expected = synthetic.expectedClauses();
        assertThat(sections).hasSize(expected.size());
        for (int i = 0; i < expected.size(); i++) {
            assertThat(sections.get(i).path("eId").asText())
                    .isEqualTo("sec_" + expected.get(i).number());
            assertThat(sections.get(i).path("heading").asText())
                    .isEqualTo(expected.get(i).heading());
        }
        assertThat(api.get("/api/bills").json().size()).isEqualTo(before + 1);

        Response original = api.get("/api/bills/" + id + "/versions/1/file");
        assertThat(original.status()).isEqualTo(200);
        assertThat(original.bytes()).isEqualTo(docx);
    }

    @Test
    void registersABillFromAScannedStylePdf() {
        SyntheticBill synthetic = SyntheticBill.generate(25, 7);
        Response created = api.postFile("/api/bills", "gazette.pdf", synthetic.toPdf(), null, ApiClient.CLERK);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        JsonNode report = created.json().path("versions").get(0).path("parseReport");
        assertThat(report.path("arrangementClauses").asInt()).isEqualTo(25);
        assertThat(report.path("score").asDouble()).isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void writingNeedsTheClerkRole() {
        byte[] docx = SyntheticBill.generate(3, 1).toDocx();
        Response anonymous = api.postFile("/api/bills", "bill.docx", docx, null, null);
        assertThat(anonymous.status()).isIn(401, 403);
        assertThat(anonymous.contentType()).contains("application/problem+json");

        Response committee = api.postFile("/api/bills", "bill.docx", docx, null, ApiClient.COMMITTEE);
        assertThat(committee.status()).isEqualTo(403);
        assertThat(committee.json().path("type").asText()).isEqualTo("urn:maoni:problem:forbidden");
    }

    @Test
    void badFilesAreRefusedWithProblemDetailsAndNothingIsStored() {
        int before = api.get("/api/bills").json().size();

        assertProblem(api.postFile("/api/bills", "bill.docx", new byte[0], null, ApiClient.CLERK), 422, "empty");
        assertProblem(
                api.postFile(
                        "/api/bills",
                        "tool.exe",
                        new byte[] {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0},
                        null,
                        ApiClient.CLERK),
                415,
                null);
        assertProblem(
                api.postFile(
                        "/api/bills",
                        "bill.pdf",
                        "PK\u0003\u0004 not a pdf".getBytes(StandardCharsets.ISO_8859_1),
                        null,
                        ApiClient.CLERK),
                null,
                null);
        byte[] pdf = SyntheticBill.generate(5, 3).toPdf();
        byte[] truncated = java.util.Arrays.copyOf(pdf, pdf.length / 3);
        assertProblem(api.postFile("/api/bills", "bill.pdf", truncated, null, ApiClient.CLERK), 422, null);
        String letter = "Dear Clerk,\nWe write to support the Bill. Kind regards,\nMaoni Residents Association\n";
        assertProblem(
                api.postFile(
                        "/api/bills", "letter.txt", letter.getBytes(StandardCharsets.UTF_8), null, ApiClient.CLERK),
                422,
                "not-a-bill");
        assertProblem(
                api.postFile(
                        "/api/bills",
                        "bill.docx",
                        SyntheticBill.generate(3, 2).toDocx(),
                        "{\"house\":\"County Assembly of Atlantis\"}",
                        ApiClient.CLERK),
                400,
                "invalid-request");
        assertProblem(
                api.postFile(
                        "/api/bills", "bill.docx", SyntheticBill.generate(3, 2).toDocx(), "{not json", ApiClient.CLERK),
                400,
                "invalid-request");
        assertProblem(
                api.postFile(
                        "/api/bills",
                        "bill.docx",
                        SyntheticBill.generate(3, 2).toDocx(),
                        "{\"stage\":\"NOT_A_STAGE\"}",
                        ApiClient.CLERK),
                400,
                "invalid-request");
        byte[] tooLarge = new byte[6 * 1024 * 1024];
        assertProblem(api.postFile("/api/bills", "big.pdf", tooLarge, null, ApiClient.CLERK), 413, null);

        assertThat(api.get("/api/bills").json().size()).isEqualTo(before);
    }

    @Test
    void unknownBillsAndVersionsAreNotFound() {
        assertProblem(api.get("/api/bills/00000000-0000-0000-0000-000000000000"), 404, "bill-not-found");
        assertProblem(api.get("/api/bills/not-a-uuid"), 400, null);
        String id = registerSmallBill();
        assertProblem(api.get("/api/bills/" + id + "/versions/9"), 404, "version-not-found");
    }

    @Test
    void clerkCorrectsAMisParsedTree() throws Exception {
        String id = registerSmallBill();
        ArrayNode provisions =
                (ArrayNode) api.get("/api/bills/" + id + "/versions/1").json().path("provisions");
        ObjectNode firstSection = (ObjectNode) sections(provisions).get(0);
        firstSection.put("heading", "Short title and commencement");

        Response saved = api.putJson(
                "/api/bills/" + id + "/versions/1/provisions", JSON.writeValueAsString(provisions), ApiClient.CLERK);
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        assertThat(sections(saved.json().path("provisions"))
                        .get(0)
                        .path("heading")
                        .asText())
                .isEqualTo("Short title and commencement");
        JsonNode version = api.get("/api/bills/" + id).json().path("versions").get(0);
        assertThat(version.path("treeEditedBy").asText()).isEqualTo("clerk");
        assertThat(version.path("parseReport").path("warnings").toString()).contains("tree-corrected");

        ObjectNode duplicate = firstSection.deepCopy();
        provisions.add(duplicate);
        Response refused = api.putJson(
                "/api/bills/" + id + "/versions/1/provisions", JSON.writeValueAsString(provisions), ApiClient.CLERK);
        assertProblem(refused, 422, "invalid-provision-tree");
        assertThat(refused.json().path("errors").toString()).contains("duplicates the eId");
        assertThat(sections(api.get("/api/bills/" + id + "/versions/1").json().path("provisions")))
                .hasSize(sections(saved.json().path("provisions")).size());

        assertThat(api.putJson("/api/bills/" + id + "/versions/1/provisions", "[]", ApiClient.COMMITTEE)
                        .status())
                .isEqualTo(403);
    }

    private String registerSmallBill() {
        Response created = api.postFile(
                "/api/bills",
                "small.docx",
                SyntheticBill.generate(4, System.nanoTime()).toDocx(),
                null,
                ApiClient.CLERK);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().path("id").asText();
    }

    static void assertProblem(Response response, Integer status, String slug) {
        if (status != null) {
            assertThat(response.status()).as(response.body()).isEqualTo(status);
        } else {
            assertThat(response.status()).as(response.body()).isBetween(400, 499);
        }
        assertThat(response.contentType()).contains("application/problem+json");
        JsonNode problem = response.json();
        assertThat(problem.path("type").asText()).startsWith("urn:maoni:problem:");
        if (slug != null) {
            assertThat(problem.path("type").asText()).isEqualTo("urn:maoni:problem:" + slug);
        }
        assertThat(problem.path("detail").asText()).isNotBlank();
        assertThat(response.body()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    static List<JsonNode> sections(JsonNode nodes) {
        List<JsonNode> out = new ArrayList<>();
        for (JsonNode n : nodes) {
            if ("SECTION".equals(n.path("type").asText())) {
                out.add(n);
            }
            out.addAll(sections(n.path("children")));
        }
        return out;
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
