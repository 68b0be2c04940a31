package org.maoni.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.maoni.support.ApiClient;
import org.maoni.support.ApiClient.Response;
import org.maoni.support.MaoniIntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Every stored version of every bill exports as schema-valid Akoma Ntoso, with lineage ids as wIds. */
@MaoniIntegrationTest
class AkomaNtosoApiTest {

    @LocalServerPort
    int port;

    @Test
    void everyVersionOfEveryBillIsValidAkomaNtoso() {
        ApiClient api = new ApiClient(port);
        int exported = 0;
        for (JsonNode bill : api.get("/api/bills").json()) {
            String id = bill.path("id").asText();
            for (int n = 1; n <= bill.path("latestVersion").asInt(); n++) {
                Response akn = api.get("/api/bills/" + id + "/versions/" + n + "/akn");
                assertThat(akn.status()).as(akn.body()).isEqualTo(200);
                assertThat(akn.contentType()).contains("xml");
                assertThat(AknSchema.problems(akn.body()))
                        .as("bill %s version %d", id, n)
                        .isEmpty();
                exported++;
            }
        }
        assertThat(exported).isGreaterThanOrEqualTo(2);
    }

    @Test
    void aRenumberedClauseKeepsItsWIdAcrossVersions() {
        ApiClient api = new ApiClient(port);
        String demo = null;
        for (JsonNode bill : api.get("/api/bills").json()) {
            if (bill.path("title").asText().startsWith("The County Markets")
                    && bill.path("latestVersion").asInt() == 2) {
                demo = bill.path("id").asText();
            }
        }
        assertThat(demo).isNotNull();
        String v1 = api.get("/api/bills/" + demo + "/versions/1/akn").body();
        String v2 = api.get("/api/bills/" + demo + "/versions/2/akn").body();
        String lineage = api.get("/api/bills/" + demo + "/provisions/sec_5/history?version=2")
                .json()
                .path("lineageId")
                .asText();
        assertThat(wIdOf(v1, "sec_4")).isEqualTo(lineage);
        assertThat(wIdOf(v2, "sec_5")).isEqualTo(lineage);
        assertThat(api.get("/api/bills/" + demo + "/versions/9/akn").status()).isEqualTo(404);
    }

    private static String wIdOf(String xml, String eId) {
        Matcher m = Pattern.compile("<section[^>]*eId=\"" + eId + "\"[^>]*wId=\"([^\"]+)\"")
                .matcher(xml);
        if (!m.find()) {
            m = Pattern.compile("<section[^>]*wId=\"([^\"]+)\"[^>]*eId=\"" + eId + "\"")
                    .matcher(xml);
            assertThat(m.find())
                    .as("section %s in %s", eId, xml.substring(0, Math.min(400, xml.length())))
                    .isTrue();
        }
        return m.group(1);
    }
}
