package org.maoni.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Page;
import java.util.regex.Pattern;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** Every provision has a stable URL: opening it shows the version and focuses the provision; reloads work too. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@ExtendWith(BrowserExtension.class)
class DeepLinkBrowserTest {

    @Test
    void historyRoutedPathsServeTheShell(Page page) {
        for (String path : new String[] {
            "/signin",
            "/bills/new",
            "/bills/some-id",
            "/bills/some-id/versions/2",
            "/tasks",
            "/tasks/some-id",
            "/memoranda/new",
            "/memoranda/status",
            "/memoranda/MEM-2026-000001/receipt"
        }) {
            APIResponse response = page.request().get(path);
            Assertions.assertThat(response.status()).as(path).isEqualTo(200);
            Assertions.assertThat(response.headers().get("content-type"))
                    .as(path)
                    .startsWith("text/html");
            Assertions.assertThat(response.text()).as(path).contains("<main id=\"main\"");
        }
    }

    @Test
    void deepLinkFocusesTheProvision(Page page) {
        JsonNode bill = UiChecks.demoBill(page);
        String billId = bill.get("id").asText();
        int latest = bill.get("latestVersion").asInt();
        JsonNode version = UiChecks.getJson(page, "/api/bills/" + billId + "/versions/" + latest);
        // A paragraph: deep in the tree and below the fold, so focusing and scrolling to it are observable.
        JsonNode target = UiChecks.firstOfType(version.get("provisions"), "PARAGRAPH")
                .or(() -> UiChecks.firstOfType(version.get("provisions"), "SUBSECTION"))
                .orElseThrow();
        String eId = target.get("eId").asText();

        page.navigate("/bills/" + billId + "/versions/" + latest + "#" + eId);
        var provision = page.locator("[id=\"" + eId + "\"]");
        assertThat(provision).isFocused();
        assertThat(provision).isInViewport();
        if (target.hasNonNull("text")) {
            assertThat(provision)
                    .containsText(target.get("text").asText().strip().substring(0, 10));
        }
        var link = provision.locator(".prov__link").first();
        assertThat(link).hasAttribute("href", "/bills/" + billId + "/versions/" + latest + "#" + eId);
        assertThat(link).hasAccessibleName(Pattern.compile("Link to .+"));
    }

    @Test
    void clickingAProvisionLinkUpdatesTheAddressAndBackReturns(Page page) {
        JsonNode bill = UiChecks.demoBill(page);
        String billId = bill.get("id").asText();
        int latest = bill.get("latestVersion").asInt();
        UiPages.open(page, "/bills/" + billId);
        var section = page.locator("provision-tree .prov--section").nth(1);
        String eId = section.getAttribute("id");
        section.locator(".prov__link").first().click();

        assertThat(page).hasURL(UiChecks.urlEndingWith("/bills/" + billId + "/versions/" + latest + "#" + eId));
        assertThat(page.locator("[id=\"" + eId + "\"]")).isFocused();
        page.goBack();
        assertThat(page).hasURL(UiChecks.urlEndingWith("/bills/" + billId));
        assertThat(page.locator("main h1")).hasText(bill.get("title").asText());
    }

    @Test
    void unknownVersionAndPathShowNotFound(Page page) {
        JsonNode bill = UiChecks.demoBill(page);
        UiPages.open(page, "/bills/" + bill.get("id").asText() + "/versions/999");
        assertThat(page.locator("main h1")).hasText("Page not found");
        UiPages.open(page, "/bills/" + bill.get("id").asText() + "/nothing-here");
        assertThat(page.locator("main h1")).hasText("Page not found");
        UiPages.open(page, "/bills/not-a-bill-id");
        assertThat(page.locator("main h1")).hasText("Page not found");
    }
}
