package org.maoni.bill.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.maoni.bill.web.AbstractBillApiContract.assertProblem;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.maoni.support.ApiClient;
import org.maoni.support.ApiClient.Response;
import org.maoni.support.MaoniIntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Versions of the demo bill through the API: the alignment of its two versions matches the list of edits the demo was
 * written with, clause histories follow renumbering, corrections relink, and the after-participation report lists
 * what the public never saw.
 */
@MaoniIntegrationTest
class VersionsApiTest {

    private static final String SEED = "/seed-documents/bills/county-markets-bill-2026/";
    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;

    ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient(port);
    }

    @Test
    void demoBillAlignmentIsExactlyTheEditsItWasWrittenWith() throws Exception {
        String id = copyOfDemoBill();
        JsonNode diff = api.get("/api/bills/" + id + "/diff?from=1&to=2").json();

        Set<String> actual = new HashSet<>();
        for (JsonNode change : diff.path("changes")) {
            List<String> olds = sectionNumbers(change.path("oldEIds"));
            List<String> news = sectionNumbers(change.path("newEIds"));
            if (!olds.isEmpty() || !news.isEmpty()) {
                actual.add(change.path("kind").asText() + " " + olds + " -> " + news);
            }
        }
        JsonNode expected;
        try (InputStream in = getClass().getResourceAsStream(SEED + "changes-v1-v2.json")) {
            expected = JSON.readTree(in);
        }
        List<String> missing = new ArrayList<>();
        for (JsonNode change : expected.path("changes")) {
            List<String> olds = numbers(change.path("from"));
            List<String> news = numbers(change.path("to"));
            Set<String> acceptable = new HashSet<>();
            for (String kind : kinds(change)) {
                acceptable.add(kind + " " + olds + " -> " + news);
            }
            if (acceptable.stream().noneMatch(actual::remove)) {
                missing.add(acceptable.toString());
            }
        }
        assertThat(missing)
                .as("expected changes not found; unexpected: %s", actual)
                .isEmpty();
        assertThat(actual).as("changes the demo does not contain").isEmpty();
        assertThat(diff.path("summary").path("INSERTED").asInt()).isEqualTo(1);
        assertThat(diff.path("summary").path("DELETED").asInt()).isEqualTo(1);
        assertThat(diff.path("summary").path("SPLIT").asInt()).isEqualTo(1);
    }

    @Test
    void changedClausesCarryEscapedRedlinesThatRebuildTheNewText() {
        String id = copyOfDemoBill();
        JsonNode diff = api.get("/api/bills/" + id + "/diff").json();
        assertThat(diff.path("from").asInt()).isEqualTo(1);
        assertThat(diff.path("to").asInt()).isEqualTo(2);
        int modified = 0;
        for (JsonNode change : diff.path("changes")) {
            if (!change.path("kind").asText().equals("MODIFIED")) {
                continue;
            }
            modified++;
            assertThat(change.path("redline").asText()).containsAnyOf("<ins>", "<del>");
            StringBuilder rebuilt = new StringBuilder();
            for (JsonNode op : change.path("operations")) {
                if (!op.path("kind").asText().equals("DELETE")) {
                    rebuilt.append(op.path("text").asText());
                }
            }
            String newEId = change.path("newEIds").get(0).asText();
            JsonNode history = api.get("/api/bills/" + id + "/provisions/" + newEId + "/history?version=2")
                    .json();
            JsonNode last = history.path("steps").get(history.path("steps").size() - 1);
            assertThat(last.path("provision").path("eId").asText()).isEqualTo(newEId);
            assertThat(rebuilt.toString())
                    .contains(last.path("provision").path("text").asText());
        }
        assertThat(modified).isGreaterThanOrEqualTo(5);
    }

    @Test
    void historyFollowsARenumberedClause() {
        String id = copyOfDemoBill();
        Response response = api.get("/api/bills/" + id + "/provisions/sec_5/history?version=2");
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        JsonNode steps = response.json().path("steps");
        assertThat(steps).hasSize(2);
        assertThat(steps.get(0).path("provision").path("eId").asText()).isEqualTo("sec_4");
        assertThat(steps.get(1).path("provision").path("eId").asText()).isEqualTo("sec_5");
        assertThat(steps.get(1).path("change").path("kind").asText()).isEqualTo("RENUMBERED");

        JsonNode inserted = api.get("/api/bills/" + id + "/provisions/sec_4/history?version=2")
                .json()
                .path("steps");
        assertThat(inserted.get(0).has("provision")).isFalse();
        assertThat(inserted.get(1).path("change").path("kind").asText()).isEqualTo("INSERTED");

        assertProblem(api.get("/api/bills/" + id + "/provisions/sec_99/history"), 404, "provision-not-found");
    }

    @Test
    void clerksCorrectAnAlignmentAndTheCorrectionIsKept() throws Exception {
        String id = copyOfDemoBill();
        String unlink = "{\"toVersion\":2,\"oldEId\":\"sec_1\",\"newEId\":\"sec_1\",\"action\":\"UNLINK\"}";
        assertThat(api.postJson("/api/bills/" + id + "/alignment-corrections", unlink, ApiClient.COMMITTEE)
                        .status())
                .isEqualTo(403);
        Response saved = api.postJson("/api/bills/" + id + "/alignment-corrections", unlink, ApiClient.CLERK);
        assertThat(saved.status()).as(saved.body()).isEqualTo(201);

        JsonNode diff = api.get("/api/bills/" + id + "/diff?from=1&to=2").json();
        assertThat(kindOf(diff, "sec_1", true)).isEqualTo("DELETED");
        assertThat(kindOf(diff, "sec_1", false)).isEqualTo("INSERTED");
        assertThat(api.get("/api/bills/" + id + "/alignment-corrections").json())
                .hasSize(1);

        String link = "{\"toVersion\":2,\"oldEId\":\"sec_1\",\"newEId\":\"sec_1\",\"action\":\"LINK\"}";
        assertThat(api.postJson("/api/bills/" + id + "/alignment-corrections", link, ApiClient.CLERK)
                        .status())
                .isEqualTo(201);
        diff = api.get("/api/bills/" + id + "/diff?from=1&to=2").json();
        assertThat(kindOf(diff, "sec_1", true)).isEqualTo("UNCHANGED");

        String bad = "{\"toVersion\":2,\"oldEId\":\"sec_77\",\"newEId\":\"sec_1\",\"action\":\"LINK\"}";
        assertProblem(
                api.postJson("/api/bills/" + id + "/alignment-corrections", bad, ApiClient.CLERK),
                400,
                "invalid-request");
        String incomplete = "{\"toVersion\":1,\"action\":\"SHRUG\"}";
        assertProblem(
                api.postJson("/api/bills/" + id + "/alignment-corrections", incomplete, ApiClient.CLERK), 400, null);
    }

    @Test
    void afterParticipationReportListsWhatThePublicNeverSaw() {
        String id = copyOfDemoBill();
        assertProblem(api.get("/api/bills/" + id + "/after-participation"), 409, "no-participation-version");
        assertThat(api.putJson("/api/bills/" + id + "/participation-version", "{\"version\":1}", ApiClient.CLERK)
                        .status())
                .isEqualTo(200);

        JsonNode report = api.get("/api/bills/" + id + "/after-participation").json();
        assertThat(report.path("participationVersion").asInt()).isEqualTo(1);
        List<String> kinds = new ArrayList<>();
        for (JsonNode entry : report.path("entries")) {
            kinds.add(entry.path("change").path("kind").asText() + " "
                    + entry.path("change").path("newEIds").toString());
            assertThat(entry.path("introducedIn").asInt()).isEqualTo(2);
            assertThat(entry.path("introducedInLabel").asText()).isEqualTo("Committee Stage");
        }
        assertThat(kinds).contains("INSERTED [\"sec_4\"]");
        assertThat(kinds).noneMatch(k -> k.startsWith("UNCHANGED") || k.startsWith("RENUMBERED"));
    }

    private String kindOf(JsonNode diff, String eId, boolean old) {
        for (JsonNode change : diff.path("changes")) {
            for (JsonNode key : change.path(old ? "oldEIds" : "newEIds")) {
                if (key.asText().equals(eId)) {
                    return change.path("kind").asText();
                }
            }
        }
        return null;
    }

    /** A fresh bill made of the demo bill's two files, so each test may change it freely. */
    private String copyOfDemoBill() {
        Response created = api.postFile(
                "/api/bills",
                "v1-first-reading.docx",
                seed("v1-first-reading.docx"),
                // A title of its own, so that tests looking for the demo bill by its title never pick a copy.
                "{\"title\":\"Test copy of the County Markets and Street Trading Bill\"}",
                ApiClient.CLERK);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.json().path("id").asText();
        Response added = api.postFile(
                "/api/bills/" + id + "/versions",
                "v2-committee-stage.docx",
                seed("v2-committee-stage.docx"),
                "{\"label\":\"Committee Stage\"}",
                ApiClient.CLERK);
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        assertThat(added.json().path("number").asInt()).isEqualTo(2);
        assertThat(added.json().path("alignmentSummary").path("INSERTED").asInt())
                .isEqualTo(1);
        return id;
    }

    private byte[] seed(String file) {
        try (InputStream in = getClass().getResourceAsStream(SEED + file)) {
            return in.readAllBytes();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static List<String> sectionNumbers(JsonNode keys) {
        List<String> out = new ArrayList<>();
        for (JsonNode key : keys) {
            if (key.asText().startsWith("sec_")) {
                out.add(key.asText().substring(4));
            }
        }
        return out;
    }

    private static List<String> numbers(JsonNode clauses) {
        List<String> out = new ArrayList<>();
        for (JsonNode clause : clauses) {
            out.add(clause.path("number").asText());
        }
        return out;
    }

    private static List<String> kinds(JsonNode change) {
        return switch (change.path("type").asText()) {
            case "inserted" -> List.of("INSERTED");
            case "deleted" -> List.of("DELETED");
            case "moved" -> List.of("MOVED");
            case "split" -> List.of("SPLIT");
            case "merged" -> List.of("MERGED");
            case "amended" -> List.of("MODIFIED");
            default -> {
                if (!change.path("identicalText").asBoolean(true)) {
                    // Only its cross-references were renumbered: the text did change, so either reading is right.
                    yield List.of("RENUMBERED", "MODIFIED");
                }
                yield List.of(change.path("renumbered").asBoolean() ? "RENUMBERED" : "UNCHANGED");
            }
        };
    }
}
