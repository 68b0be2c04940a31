package org.maoni.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Base64;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.maoni.support.ApiClient;
import org.maoni.support.MaoniIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Sign-in by session and by HTTP Basic, CSRF on cookie-authenticated writes, and Camunda's webapps for ADMIN only. */
@MaoniIntegrationTest
class SecurityApiTest {

    @LocalServerPort
    int port;

    @Autowired
    StaffAccounts accounts;

    private CookieManager cookies;
    private HttpClient browser;

    @BeforeEach
    void browser() {
        cookies = new CookieManager();
        browser = HttpClient.newBuilder()
                .cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    @Test
    void demoAccountsExistWithTheirRoles() {
        assertThat(accounts.find("admin").orElseThrow().roles()).contains(Role.ADMIN);
        assertThat(accounts.find("clerk").orElseThrow().roles()).containsExactly(Role.CLERK);
        assertThat(accounts.find("committee").orElseThrow().roles()).containsExactly(Role.COMMITTEE);
    }

    @Test
    void sessionSignInNeedsTheCsrfTokenAndRightPassword() throws Exception {
        HttpResponse<String> anonymous = send("GET", "/api/session", null, null);
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).contains("problem+json"));
        String csrf = csrfToken();

        assertThat(send("POST", "/api/session", "{\"username\":\"clerk\",\"password\":\"clerk-test-password\"}", null)
                        .statusCode())
                .as("no CSRF header")
                .isEqualTo(403);
        HttpResponse<String> wrong =
                send("POST", "/api/session", "{\"username\":\"clerk\",\"password\":\"wrong-password\"}", csrf);
        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(wrong.body()).contains("urn:maoni:problem:bad-credentials");

        HttpResponse<String> signedIn =
                send("POST", "/api/session", "{\"username\":\"clerk\",\"password\":\"clerk-test-password\"}", csrf);
        assertThat(signedIn.statusCode()).isEqualTo(200);
        assertThat(signedIn.body()).contains("\"username\":\"clerk\"").contains("CLERK");
        assertThat(send("GET", "/api/session", null, null).body()).contains("\"username\":\"clerk\"");

        assertThat(send("DELETE", "/api/session", null, csrfToken()).statusCode())
                .isEqualTo(204);
        assertThat(send("GET", "/api/session", null, null).statusCode()).isEqualTo(401);
    }

    @Test
    void invalidSignInBodyIsAProblemDetail() throws Exception {
        HttpResponse<String> response = send("POST", "/api/session", "{\"username\":\"\"}", csrfToken());
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body())
                .contains("urn:maoni:problem:invalid-request")
                .contains("\"field\":\"username\"");
    }

    @Test
    void camundaWebappsAndEngineApiAreForAdminsOnly() throws Exception {
        HttpResponse<String> anonymous = send("GET", "/camunda/app/cockpit/default/", null, null);
        assertThat(anonymous.statusCode()).isEqualTo(302);
        assertThat(anonymous.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).contains("/signin"));

        assertThat(basic("GET", "/engine-rest/engine", "clerk").statusCode()).isEqualTo(403);
        HttpResponse<String> engines = basic("GET", "/engine-rest/engine", "admin");
        assertThat(engines.statusCode()).isEqualTo(200);
        assertThat(engines.body()).contains("default");

        send("POST", "/api/session", "{\"username\":\"admin\",\"password\":\"admin-test-password\"}", csrfToken());
        assertThat(send("GET", "/camunda/app/cockpit/default/", null, null).statusCode())
                .isEqualTo(200);
        HttpResponse<String> user = send("GET", "/camunda/api/admin/auth/user/default", null, null);
        assertThat(user.statusCode()).isEqualTo(200);
        assertThat(user.body()).contains("\"userId\":\"admin\"").contains("cockpit");
    }

    @Test
    void errorsNeverCarryStackTraces() throws Exception {
        HttpResponse<String> missing = send("GET", "/api/no-such-thing", null, null);
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).contains("urn:maoni:problem:not-found").doesNotContain("Exception");
        assertThat(send("GET", "/actuator/health", null, null).statusCode()).isEqualTo(200);
        assertThat(basic("GET", "/actuator/metrics", "clerk").statusCode()).isEqualTo(403);
    }

    private String csrfToken() throws Exception {
        send("GET", "/api/bills", null, null);
        return cookies.getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals("XSRF-TOKEN"))
                .map(HttpCookie::getValue)
                .findFirst()
                .orElseThrow();
    }

    private HttpResponse<String> send(String method, String path, String json, String csrf) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .method(
                        method,
                        json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        if (csrf != null) {
            request.header("X-XSRF-TOKEN", csrf);
        }
        return browser.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> basic(String method, String path, String user) throws Exception {
        String token = Base64.getEncoder().encodeToString((user + ":" + ApiClient.password(user)).getBytes());
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                                .method(method, HttpRequest.BodyPublishers.noBody())
                                .header("Authorization", "Basic " + token)
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
    }
}
