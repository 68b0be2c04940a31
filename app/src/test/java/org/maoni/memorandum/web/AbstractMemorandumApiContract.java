package org.maoni.memorandum.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.maoni.bill.synthetic.SyntheticBill;
import org.maoni.memorandum.MemorandumReference;
import org.maoni.memorandum.MemorandumReview;
import org.maoni.support.ApiClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The memorandum API's contract, run unchanged against each database: calls for memoranda, submission (JSON and
 * multipart), receipts, the submitter's status page, staff views, idempotency, and every bad input answered with a
 * problem detail that stores nothing.
 */
abstract class AbstractMemorandumApiContract {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String EMAIL = "wanjiku.private@example.org";
    private static final String PHONE = "+254 711 222 333";

    @LocalServerPort
    int port;

    @Autowired
    MemorandumReview review;

    ApiClient api;
    final HttpClient http = HttpClient.newHttpClient();

    /** A response with status and body. */
    record Reply(int status, String body, Map<String, List<String>> headers) {
        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("Not JSON: " + body, e);
            }
        }
    }

    @BeforeEach
    void client() {
        api = new ApiClient(port);
    }

    // ---- helpers ----

    Reply send(String method, String path, String contentType, byte[] body, String user, Map<String, String> headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(120))
                .header("Accept", "application/json, application/problem+json");
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        if (user != null) {
            b.header(
                    "Authorization",
                    "Basic "
                            + Base64.getEncoder()
                                    .encodeToString(
                                            (user + ":" + ApiClient.password(user)).getBytes(StandardCharsets.UTF_8)));
        }
        headers.forEach(b::header);
        b.method(
                method,
                body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        try {
            HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(r.statusCode(), r.body(), r.headers().map());
        } catch (IOException | InterruptedException e) {
            throw new AssertionError(e);
        }
    }

    Reply postJson(String path, String json, String user, Map<String, String> headers) {
        return send("POST", path, "application/json", json.getBytes(StandardCharsets.UTF_8), user, headers);
    }

    Reply get(String path, String user, Map<String, String> headers) {
        return send("GET", path, null, null, user, headers);
    }

    Reply postMultipart(String json, List<String[]> fileNames, List<byte[]> contents) {
        String boundary = "maoni-" + UUID.randomUUID();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(
                out,
                "--" + boundary + "\r\nContent-Disposition: form-data; name=\"memorandum\"\r\n"
                        + "Content-Type: application/json\r\n\r\n" + json + "\r\n");
        for (int i = 0; i < fileNames.size(); i++) {
            write(
                    out,
                    "--" + boundary + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\""
                            + fileNames.get(i)[0] + "\"\r\nContent-Type: "
                            + fileNames.get(i)[1] + "\r\n\r\n");
            out.writeBytes(contents.get(i));
            write(out, "\r\n");
        }
        write(out, "--" + boundary + "--\r\n");
        return send(
                "POST",
                "/api/memoranda",
                "multipart/form-data; boundary=" + boundary,
                out.toByteArray(),
                null,
                Map.of());
    }

    private static void write(ByteArrayOutputStream out, String s) {
        out.writeBytes(s.getBytes(StandardCharsets.UTF_8));
    }

    String demoBillId() {
        for (JsonNode bill : api.get("/api/bills").json()) {
            if (bill.path("title").asText().equals("The County Markets and Street Trading Bill, 2026")) {
                return bill.path("id").asText();
            }
        }
        throw new AssertionError("demo bill not loaded");
    }

    List<String> eIds(String billId, int version) {
        List<String> eIds = new ArrayList<>();
        collect(api.get("/api/bills/" + billId + "/versions/" + version).json().path("provisions"), eIds);
        return eIds;
    }

    private static void collect(JsonNode nodes, List<String> out) {
        for (JsonNode n : nodes) {
            out.add(n.path("eId").asText());
            collect(n.path("children"), out);
        }
    }

    String registerBill(long seed) {
        SyntheticBill synthetic = SyntheticBill.generate(12, seed);
        try {
            ApiClient.Response created =
                    api.postFile("/api/bills", "bill.docx", synthetic.toDocx(), null, ApiClient.CLERK);
            assertThat(created.status()).as(created.body()).isEqualTo(201);
            return created.json().path("id").asText();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    Reply openCall(String billId, ZonedDateTime opens, ZonedDateTime closes, String channels) {
        return postJson(
                "/api/bills/" + billId + "/participation",
                "{\"action\":\"OPEN\",\"version\":1,\"notice\":\"Memoranda are invited.\",\"opensAt\":\"" + opens
                        + "\",\"closesAt\":\"" + closes + "\",\"channels\":" + channels
                        + ",\"responseWorkingDays\":14}",
                ApiClient.CLERK,
                Map.of());
    }

    static String submission(String billId, String extra) {
        return "{\"billId\":\"" + billId + "\",\"consent\":\"PUBLISH_NAME\",\"text\":\"We support the Bill with"
                + " amendments.\",\"submitter\":{\"kind\":\"INDIVIDUAL\",\"name\":\"Wanjiku Kamau\",\"county\":"
                + "\"Nairobi City\",\"contact\":{\"email\":\"" + EMAIL + "\",\"phone\":\"" + PHONE + "\"}}" + extra
                + "}";
    }

    int countOn(String billId) {
        Reply list = get("/api/memoranda?billId=" + billId, ApiClient.CLERK, Map.of());
        assertThat(list.status()).as(list.body()).isEqualTo(200);
        return list.json().size();
    }

    static byte[] seed(String name) {
        try (InputStream in =
                AbstractMemorandumApiContract.class.getResourceAsStream("/seed-documents/memoranda/" + name)) {
            return in.readAllBytes();
        } catch (IOException | NullPointerException e) {
            throw new AssertionError("seed file " + name, e);
        }
    }

    // ---- tests ----

    @Test
    void jsonSubmissionGivesAReceiptAndTheStatusPageHidesContactDetails() {
        String bill = demoBillId();
        String eId = eIds(bill, 1).stream()
                .filter(e -> e.startsWith("sec_"))
                .findFirst()
                .orElseThrow();
        Reply created = postJson(
                "/api/memoranda",
                submission(
                        bill,
                        ",\"channel\":\"WEB_FORM\",\"proposals\":[{\"provision\":\"" + eId + "\",\"stance\":\"AMEND\","
                                + "\"proposedText\":\"Raise the fee cap.\",\"justification\":\"Traders cannot pay.\"},"
                                + "{\"provision\":\"Clause 2\",\"stance\":\"SUPPORT\",\"proposedText\":\"Keep it.\"}]"),
                null,
                Map.of());
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        JsonNode receipt = created.json();
        String reference = receipt.path("reference").asText();
        String token = receipt.path("receiptToken").asText();
        assertThat(MemorandumReference.parse(reference)).isPresent();
        assertThat(token.length()).isGreaterThanOrEqualTo(22);
        assertThat(receipt.path("status").asText()).isEqualTo("RECEIVED");
        assertThat(receipt.path("billId").asText()).isEqualTo(bill);
        assertThat(receipt.path("version").asInt()).isEqualTo(1);
        assertThat(receipt.path("billTitle").asText()).isEqualTo("The County Markets and Street Trading Bill, 2026");
        assertThat(receipt.path("late").asBoolean()).isFalse();
        assertThat(receipt.path("responseDue").asText()).matches("\\d{4}-\\d{2}-\\d{2}");
        assertThat(receipt.path("receivedAt").asText()).isNotBlank();
        assertThat(created.headers().get("location")).containsExactly("/api/memoranda/" + reference);

        Reply status = get("/api/memoranda/" + reference, null, Map.of("X-Receipt-Token", token));
        assertThat(status.status()).as(status.body()).isEqualTo(200);
        assertThat(status.body()).doesNotContain(EMAIL).doesNotContain(PHONE).doesNotContain("Wanjiku");
        JsonNode view = status.json();
        assertThat(view.path("status").asText()).isEqualTo("RECEIVED");
        assertThat(view.path("proposals")).hasSize(2);
        assertThat(view.path("proposals").get(0).path("eIds").get(0).asText()).isEqualTo(eId);
        assertThat(view.path("proposals").get(1).path("eIds")).isNotEmpty();
        assertThat(view.path("proposals").get(0).has("decision")).isFalse();

        assertThat(get("/api/memoranda/" + reference + "?token=" + token, null, Map.of())
                        .status())
                .isEqualTo(200);
        Reply wrong = get("/api/memoranda/" + reference, null, Map.of("X-Receipt-Token", token + "x"));
        assertThat(wrong.status()).isEqualTo(404);
        assertThat(wrong.json().path("type").asText()).isEqualTo("urn:maoni:problem:memorandum-not-found");
        assertThat(get("/api/memoranda/MEM-2001-999999", null, Map.of("X-Receipt-Token", token))
                        .status())
                .isEqualTo(404);
        assertThat(get("/api/memoranda/" + reference, null, Map.of()).status()).isEqualTo(404);
        assertThat(get("/api/memoranda?billId=" + bill, null, Map.of()).status())
                .isEqualTo(401);

        Reply staff = get("/api/memoranda/" + reference, ApiClient.CLERK, Map.of());
        assertThat(staff.status()).as(staff.body()).isEqualTo(200);
        assertThat(staff.json().path("submitter").path("contact").path("email").asText())
                .isEqualTo(EMAIL);
        assertThat(staff.json().path("submitter").path("county").asText()).isEqualTo("NAIROBI");
    }

    @Test
    void everyBadInputIsAProblemAndStoresNothing() {
        String bill = demoBillId();
        int before = countOn(bill);
        Map<String, String[]> cases = new java.util.LinkedHashMap<>();
        cases.put("no consent", new String[] {
            submission(bill, "").replace("\"consent\":\"PUBLISH_NAME\",", ""), "400", "invalid-request"
        });
        cases.put(
                "no kind",
                new String[] {submission(bill, "").replace("\"kind\":\"INDIVIDUAL\",", ""), "400", "invalid-request"});
        cases.put(
                "organisation without type",
                new String[] {submission(bill, "").replace("INDIVIDUAL", "ORGANISATION"), "400", "invalid-request"});
        cases.put("stance missing", new String[] {
            submission(bill, ",\"proposals\":[{\"provision\":\"Clause 2\",\"proposedText\":\"x\"}]"),
            "400",
            "invalid-request"
        });
        cases.put("empty", new String[] {
            submission(bill, "").replace("We support the Bill with amendments.", " "), "400", "invalid-request"
        });
        cases.put("unknown provision", new String[] {
            submission(
                    bill, ",\"proposals\":[{\"provision\":\"Clause 99\",\"stance\":\"AMEND\",\"proposedText\":\"x\"}]"),
            "400",
            "unknown-provision"
        });
        cases.put(
                "bad county",
                new String[] {submission(bill, "").replace("Nairobi City", "Atlantis"), "400", "invalid-request"});
        cases.put(
                "bad enum",
                new String[] {submission(bill, "").replace("PUBLISH_NAME", "MAYBE"), "400", "invalid-request"});
        cases.put("unknown bill", new String[] {submission(UUID.randomUUID().toString(), ""), "404", "bill-not-found"});
        cases.put("unknown version", new String[] {submission(bill, ",\"version\":9"), "404", "version-not-found"});
        cases.put("not JSON", new String[] {"{\"billId\":", "400", "invalid-request"});
        for (var c : cases.entrySet()) {
            Reply r = postJson("/api/memoranda", c.getValue()[0], null, Map.of());
            assertThat(r.status()).as(c.getKey() + ": " + r.body()).isEqualTo(Integer.parseInt(c.getValue()[1]));
            assertThat(r.json().path("type").asText()).as(c.getKey()).isEqualTo("urn:maoni:problem:" + c.getValue()[2]);
            assertThat(r.body()).as(c.getKey()).doesNotContain("Exception");
        }
        Reply unknown = postJson(
                "/api/memoranda",
                submission(
                        bill,
                        ",\"proposals\":[{\"provision\":\"Clause 99\",\"stance\":\"AMEND\",\"proposedText\":\"x\"}]"),
                null,
                Map.of());
        assertThat(unknown.json().path("closest")).isNotEmpty();
        assertThat(unknown.json().path("detail").asText())
                .contains(unknown.json().path("closest").get(0).asText());

        byte[] zip = zipNamed("notes.txt");
        Reply renamedZip = postMultipart(
                submission(bill, ""),
                List.<String[]>of(new String[] {"memo.docx", "application/octet-stream"}),
                List.of(zip));
        assertThat(renamedZip.status()).as(renamedZip.body()).isEqualTo(415);
        assertThat(renamedZip.json().path("type").asText()).isEqualTo("urn:maoni:problem:unsupported-file-type");
        byte[] exe = new byte[] {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0};
        Reply executable = postMultipart(
                submission(bill, ""),
                List.<String[]>of(new String[] {"memo.exe", "application/octet-stream"}),
                List.of(exe));
        assertThat(executable.status()).as(executable.body()).isEqualTo(415);
        Reply exeAsPdf = postMultipart(
                submission(bill, ""), List.<String[]>of(new String[] {"memo.pdf", "application/pdf"}), List.of(exe));
        assertThat(exeAsPdf.status()).as(exeAsPdf.body()).isEqualTo(415);
        byte[] big = "Maoni yetu. ".repeat(120_000).getBytes(StandardCharsets.UTF_8);
        Reply tooBig = postMultipart(
                submission(bill, ""), List.<String[]>of(new String[] {"memo.txt", "text/plain"}), List.of(big));
        assertThat(tooBig.status()).as(tooBig.body()).isEqualTo(413);
        assertThat(tooBig.json().path("type").asText()).isEqualTo("urn:maoni:problem:file-too-large");

        assertThat(countOn(bill)).isEqualTo(before);
    }

    private static byte[] zipNamed(String entry) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry(entry));
            zip.write("hello".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        return out.toByteArray();
    }

    @Test
    void theSameIdempotencyKeyGivesTheSameReceipt() throws Exception {
        String bill = demoBillId();
        String key = "test-" + UUID.randomUUID();
        String body = submission(bill, "");
        int before = countOn(bill);
        Reply first = postJson("/api/memoranda", body, null, Map.of("Idempotency-Key", key));
        Reply second = postJson("/api/memoranda", body, null, Map.of("Idempotency-Key", key));
        assertThat(first.status()).as(first.body()).isEqualTo(201);
        assertThat(second.status()).as(second.body()).isIn(200, 201);
        assertThat(second.json().path("reference")).isEqualTo(first.json().path("reference"));
        assertThat(second.json().path("receiptToken")).isEqualTo(first.json().path("receiptToken"));
        Reply different = postJson(
                "/api/memoranda", body.replace("We support", "We oppose"), null, Map.of("Idempotency-Key", key));
        assertThat(different.status()).as(different.body()).isEqualTo(422);
        assertThat(different.json().path("type").asText()).isEqualTo("urn:maoni:problem:idempotency-key-reused");
        assertThat(countOn(bill)).isEqualTo(before + 1);

        String concurrentKey = "test-" + UUID.randomUUID();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Reply>> tasks = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                tasks.add(() -> postJson("/api/memoranda", body, null, Map.of("Idempotency-Key", concurrentKey)));
            }
            Set<String> references = new HashSet<>();
            for (Future<Reply> f : pool.invokeAll(tasks)) {
                Reply r = f.get();
                assertThat(r.status()).as(r.body()).isIn(200, 201);
                references.add(r.json().path("reference").asText());
            }
            assertThat(references).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(countOn(bill)).isEqualTo(before + 2);
    }

    @Test
    void callsOpenScheduledAndClosedWindows() {
        ZoneId nairobi = ZoneId.of("Africa/Nairobi");
        ZonedDateTime now = ZonedDateTime.now(nairobi).withNano(0);
        String scheduled = registerBill(7101);
        Reply open = openCall(scheduled, now.plusDays(3), now.plusDays(20), "[\"WEB_FORM\",\"API\"]");
        assertThat(open.status()).as(open.body()).isEqualTo(201);
        assertThat(open.json().path("status").asText()).isEqualTo("SCHEDULED");
        assertThat(get("/api/bills/" + scheduled + "/participation", null, Map.of())
                        .json()
                        .path("status")
                        .asText())
                .isEqualTo("SCHEDULED");
        Reply again = openCall(scheduled, now.plusDays(3), now.plusDays(20), "[\"API\"]");
        assertThat(again.status()).isEqualTo(409);
        Reply early = postJson("/api/memoranda", submission(scheduled, ""), null, Map.of());
        assertThat(early.status()).as(early.body()).isEqualTo(409);
        assertThat(early.json().path("type").asText()).isEqualTo("urn:maoni:problem:window-not-open");
        Reply anonymous = send(
                "POST",
                "/api/bills/" + scheduled + "/participation",
                "application/json",
                "{\"action\":\"CLOSE\"}".getBytes(StandardCharsets.UTF_8),
                null,
                Map.of());
        assertThat(anonymous.status()).isIn(401, 403);
        Reply badOpen = postJson(
                "/api/bills/" + scheduled + "/participation",
                "{\"action\":\"OPEN\",\"version\":1,\"notice\":\" \",\"opensAt\":\"2026-05-02\",\"closesAt\":"
                        + "\"2026-05-01\",\"channels\":[],\"responseWorkingDays\":0}",
                ApiClient.CLERK,
                Map.of());
        assertThat(badOpen.status()).isEqualTo(400);
        assertThat(badOpen.json().path("errors")).hasSizeGreaterThanOrEqualTo(4);

        String closed = registerBill(7102);
        assertThat(openCall(closed, now.minusDays(10), now.minusDays(5), "[\"API\",\"UPLOAD\"]")
                        .status())
                .isEqualTo(201);
        Reply late = postJson("/api/memoranda", submission(closed, ""), null, Map.of());
        assertThat(late.status()).as(late.body()).isEqualTo(201);
        assertThat(late.json().path("late").asBoolean()).isTrue();
        Reply wrongChannel =
                postJson("/api/memoranda", submission(closed, ",\"channel\":\"WEB_FORM\""), null, Map.of());
        assertThat(wrongChannel.status()).as(wrongChannel.body()).isEqualTo(409);
        assertThat(wrongChannel.json().path("type").asText()).isEqualTo("urn:maoni:problem:channel-not-accepted");

        Reply extended = postJson(
                "/api/bills/" + closed + "/participation",
                "{\"action\":\"EXTEND\",\"closesAt\":\"" + now.plusDays(7) + "\"}",
                ApiClient.CLERK,
                Map.of());
        assertThat(extended.status()).as(extended.body()).isEqualTo(200);
        assertThat(extended.json().path("status").asText()).isEqualTo("OPEN");
        Reply onTime = postJson("/api/memoranda", submission(closed, ""), null, Map.of());
        assertThat(onTime.json().path("late").asBoolean()).isFalse();
        Reply closeNow = postJson(
                "/api/bills/" + closed + "/participation", "{\"action\":\"CLOSE\"}", ApiClient.CLERK, Map.of());
        assertThat(closeNow.json().path("status").asText()).isEqualTo("CLOSED");
        Reply withdrawn = postJson(
                "/api/bills/" + closed + "/participation",
                "{\"action\":\"WITHDRAW\",\"reason\":\"The sponsor withdrew the Bill.\"}",
                ApiClient.CLERK,
                Map.of());
        assertThat(withdrawn.json().path("status").asText()).isEqualTo("WITHDRAWN");
        assertThat(postJson("/api/memoranda", submission(closed, ""), null, Map.of())
                        .status())
                .isEqualTo(409);
    }

    @Test
    void anUploadedDocxMemorandumIsExtractedIntoLinkedProposals() {
        String bill = demoBillId();
        Reply created = postMultipart(
                "{\"billId\":\"" + bill + "\",\"consent\":\"PUBLISH_NAME\",\"submitter\":{\"kind\":\"ORGANISATION\","
                        + "\"name\":\"Soko Haki Trust\",\"organisationType\":\"CSO\"}}",
                List.<String[]>of(new String[] {
                    "memo-01-soko-haki-trust.docx",
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
                }),
                List.of(seed("memo-01-soko-haki-trust.docx")));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String reference = created.json().path("reference").asText();
        MemorandumReference ref = new MemorandumReference(reference);
        review.extract(ref);
        review.extract(ref);
        JsonNode staff =
                get("/api/memoranda/" + reference, ApiClient.CLERK, Map.of()).json();
        assertThat(staff.path("channel").asText()).isEqualTo("UPLOAD");
        assertThat(staff.path("attachments").get(0).path("textExtracted").asBoolean())
                .isTrue();
        JsonNode proposals = staff.path("proposals");
        assertThat(proposals.size()).isGreaterThanOrEqualTo(3);
        int linked = 0;
        Set<Long> ids = new HashSet<>();
        for (JsonNode p : proposals) {
            ids.add(p.path("id").asLong());
            if (!p.path("eIds").isEmpty()) {
                linked++;
            }
        }
        assertThat(ids).hasSize(proposals.size());
        assertThat(linked).isGreaterThanOrEqualTo(3);
        long fileId = staff.path("attachments").get(0).path("id").asLong();
        Reply download = get("/api/memoranda/" + reference + "/files/" + fileId, ApiClient.CLERK, Map.of());
        assertThat(download.status()).isEqualTo(200);
        assertThat(get("/api/memoranda/" + reference + "/files/" + fileId, null, Map.of())
                        .status())
                .isEqualTo(401);
    }

    @Test
    void theSubmitterWithdrawsWithTheToken() {
        String bill = demoBillId();
        JsonNode receipt =
                postJson("/api/memoranda", submission(bill, ""), null, Map.of()).json();
        String reference = receipt.path("reference").asText();
        String token = receipt.path("receiptToken").asText();
        Reply wrong =
                postJson("/api/memoranda/" + reference + "/withdraw", "{}", null, Map.of("X-Receipt-Token", "nope"));
        assertThat(wrong.status()).isEqualTo(404);
        Reply withdrawn =
                postJson("/api/memoranda/" + reference + "/withdraw", "{}", null, Map.of("X-Receipt-Token", token));
        assertThat(withdrawn.status()).as(withdrawn.body()).isEqualTo(200);
        assertThat(withdrawn.json().path("status").asText()).isEqualTo("WITHDRAWN");
        assertThat(get("/api/memoranda/" + reference, null, Map.of("X-Receipt-Token", token))
                        .json()
                        .path("status")
                        .asText())
                .isEqualTo("WITHDRAWN");
    }

    @Test
    void aClerkImportsEmailsAndBadFilesAreReportedWithoutStoppingTheOthers() {
        String bill = demoBillId();
        String date = java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME.format(
                ZonedDateTime.now(ZoneId.of("Africa/Nairobi")).minusHours(1).withNano(0));
        String docx = Base64.getMimeEncoder().encodeToString(seed("memo-01-soko-haki-trust.docx"));
        String eml = "From: Jane Wambui <jane.w@example.org>\r\nTo: clerk@example.go.ke\r\nSubject: Views on the"
                + " Bill\r\nDate: " + date + "\r\nMessage-ID: <" + UUID.randomUUID() + "@example.org>\r\n"
                + "MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=\"b1\"\r\n\r\n--b1\r\n"
                + "Content-Type: text/plain; charset=utf-8\r\n\r\nTunapinga kifungu cha 5.\r\n--b1\r\n"
                + "Content-Type: application/vnd.openxmlformats-officedocument.wordprocessingml.document;"
                + " name=\"memo.docx\"\r\nContent-Disposition: attachment; filename=\"memo.docx\"\r\n"
                + "Content-Transfer-Encoding: base64\r\n\r\n" + docx + "\r\n--b1--\r\n";
        byte[] exe = new byte[] {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0};
        String boundary = "maoni-" + UUID.randomUUID();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(out, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"billId\"\r\n\r\n" + bill + "\r\n");
        write(out, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"consent\"\r\n\r\nPUBLISH_NAME\r\n");
        write(
                out,
                "--" + boundary + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"views.eml\"\r\n"
                        + "Content-Type: message/rfc822\r\n\r\n" + eml + "\r\n");
        write(
                out,
                "--" + boundary + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"virus.eml\"\r\n"
                        + "Content-Type: application/octet-stream\r\n\r\n");
        out.writeBytes(exe);
        write(out, "\r\n--" + boundary + "--\r\n");
        byte[] body = out.toByteArray();
        String type = "multipart/form-data; boundary=" + boundary;

        assertThat(send("POST", "/api/memoranda/import", type, body, null, Map.of())
                        .status())
                .isIn(401, 403);
        Reply imported = send("POST", "/api/memoranda/import", type, body, ApiClient.CLERK, Map.of());
        assertThat(imported.status()).as(imported.body()).isEqualTo(200);
        JsonNode result = imported.json();
        assertThat(result.path("receipts")).hasSize(1);
        assertThat(result.path("problems").toString()).contains("virus.eml");
        String reference = result.path("receipts").get(0).path("reference").asText();
        JsonNode staff =
                get("/api/memoranda/" + reference, ApiClient.CLERK, Map.of()).json();
        assertThat(staff.path("channel").asText()).isEqualTo("EMAIL");
        assertThat(staff.path("consent").asText()).isEqualTo("PUBLISH_NAME");
        assertThat(staff.path("submitter").path("name").asText()).isEqualTo("Jane Wambui");
        assertThat(staff.path("submitter").path("contact").path("email").asText())
                .isEqualTo("jane.w@example.org");
        assertThat(staff.path("text").asText()).contains("Tunapinga kifungu cha 5.");
        assertThat(staff.path("attachments")).hasSize(1);

        Reply again = send("POST", "/api/memoranda/import", type, body, ApiClient.CLERK, Map.of());
        assertThat(again.json().path("receipts").get(0).path("reference").asText())
                .isEqualTo(reference);
    }
}
