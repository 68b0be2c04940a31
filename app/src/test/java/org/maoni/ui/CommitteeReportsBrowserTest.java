package org.maoni.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.maoni.ui.UiChecks.assertAccessible;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.RequestOptions;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.maoni.support.MaoniIntegrationTest;

/**
 * The committee matrix screen, where a member decides a group of identical proposals inline by keyboard, and the
 * reports page with its downloads and the participation dashboard (charts with text alternatives), each checked by
 * axe, also at 320 px.
 */
@MaoniIntegrationTest
@ExtendWith(BrowserExtension.class)
class CommitteeReportsBrowserTest {

    /** The elements reaching past the right edge of the screen, for the failure message. */
    private static final String WIDEST = "() => [...document.querySelectorAll('main *')]"
            + ".filter((e) => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1)"
            + ".slice(0, 5).map((e) => e.outerHTML.slice(0, 120))";

    /** Submits the same memorandum twice through the public API, so the matrix groups the two proposals. */
    private static void submitTwice(Page page, String billId, String eId, String words) {
        for (int i = 0; i < 2; i++) {
            Map<String, Object> body = Map.of(
                    "billId",
                    billId,
                    "version",
                    1,
                    "channel",
                    "API",
                    "submitter",
                    Map.of("kind", "INDIVIDUAL", "name", "Njeri Wambui " + i, "county", "NYERI"),
                    "consent",
                    "PUBLISH_NAME",
                    "text",
                    "Maoni " + words,
                    "proposals",
                    List.of(Map.of(
                            "provision",
                            eId,
                            "stance",
                            "AMEND",
                            "proposedText",
                            "Ada ya soko ipunguzwe " + words,
                            "justification",
                            "Wafanyabiashara wadogo " + words)));
            APIResponse response = page.request()
                    .post(
                            "/api/memoranda",
                            RequestOptions.create()
                                    .setHeader(
                                            "Idempotency-Key", UUID.randomUUID().toString())
                                    .setData(body));
            Assertions.assertThat(response.status()).as(response.text()).isEqualTo(201);
        }
    }

    @Test
    void aCommitteeMemberDecidesAGroupInlineByKeyboard(Page page) {
        JsonNode bill = MemorandumBrowserTest.billWithOpenCall(page);
        String billId = bill.get("id").asText();
        JsonNode tree = UiChecks.getJson(page, "/api/bills/" + billId + "/versions/1");
        String eId = UiChecks.firstOfType(tree.get("provisions"), "SECTION")
                .orElseThrow()
                .get("eId")
                .asText();
        String words = UUID.randomUUID().toString().replaceAll("[^a-f]", "");
        submitTwice(page, billId, eId, words);

        UiPages.signIn(page, UiPages.COMMITTEE, UiPages.COMMITTEE_PASSWORD);
        UiPages.open(page, "/bills/" + billId + "/versions/1");
        page.locator("a[href=\"/bills/" + billId + "/versions/1/matrix\"]").click();
        assertThat(page.locator("main h1")).hasText("Committee matrix, version 1");
        Locator row = page.locator(".committee-matrix__row", new Page.LocatorOptions().setHasText(words));
        assertThat(row).hasCount(1);
        assertThat(row).containsText("2 individuals (2 identical submissions)");
        assertThat(row.locator("button[type=submit]")).hasText("Save decision for all 2 identical proposals");
        assertAccessible(page, "committee matrix", "committee-matrix");

        // By keyboard: pick the decision by its first letter, Tab to the reasons, type them, Ctrl+Enter saves.
        row.locator("select[name=decision]").focus();
        page.keyboard().type("R");
        assertThat(row.locator("select[name=decision]")).hasValue("REJECTED");
        page.keyboard().press("Tab");
        assertThat(row.locator("textarea[name=reasons]")).isFocused();
        page.keyboard().press("Control+Enter");
        assertThat(row.locator(".field__error")).containsText("Give the reasons.");
        assertThat(row.locator("textarea[name=reasons]")).isFocused();
        page.keyboard().type("Ada huwekwa na kaunti " + words);
        page.keyboard().press("Control+Enter");
        assertThat(page.locator(".committee-matrix__live")).hasText("Decision saved.");
        Locator saved = page.locator(".committee-matrix__row", new Page.LocatorOptions().setHasText(words));
        assertThat(saved.locator("dl")).containsText("Rejected. Ada huwekwa na kaunti " + words);

        JsonNode matrix = UiChecks.getJson(page, "/api/bills/" + billId + "/versions/1/committee-matrix");
        Assertions.assertThat(matrix.toString()).contains("Ada huwekwa na kaunti " + words);

        page.setViewportSize(320, 640);
        assertAccessible(page, "committee matrix at 320 px", "committee-matrix");
        List<?> widths = (List<?>)
                page.evaluate("() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]");
        Assertions.assertThat(((Number) widths.get(0)).intValue())
                .as("wider than the screen: %s", page.evaluate(WIDEST))
                .isLessThanOrEqualTo(((Number) widths.get(1)).intValue());
    }

    @Test
    void theReportsPageOffersDownloadsAndAnAccessibleDashboard(Page page) {
        JsonNode bill = MemorandumBrowserTest.billWithOpenCall(page);
        String billId = bill.get("id").asText();
        UiPages.signIn(page, UiPages.CLERK, UiPages.CLERK_PASSWORD);
        UiPages.open(page, "/bills/" + billId + "/versions/1");
        page.locator("a[href=\"/bills/" + billId + "/reports\"]").click();
        assertThat(page.locator("main h1")).hasText("Reports");
        assertThat(page.locator("a[href=\"/api/bills/" + billId + "/versions/1/committee-matrix.docx\"]"))
                .hasCount(1);
        assertThat(page.locator("a[href=\"/api/open-data/decisions.csv\"]")).hasCount(1);
        assertThat(page.locator("#dash-counties")).hasText("County coverage");
        assertThat(page.locator("svg[role=img] title").first()).hasText("County coverage");
        assertThat(page.locator("reports-page")).containsText("Memoranda came from");
        assertThat(page.locator("reports-page table").last()).containsText("Answered on time");
        assertAccessible(page, "reports page", "reports-page");

        // A clerk records a hearing: a missing venue is refused and the field named, then it is recorded.
        String venue = "Ukumbi wa Kaunti " + UUID.randomUUID().toString().substring(0, 6);
        page.locator("#hearing-heldOn")
                .fill(java.time.LocalDate.now(java.time.ZoneId.of("Africa/Nairobi"))
                        .toString());
        page.locator("#hearing-county").selectOption("NYERI");
        page.locator("#hearing-attendance").fill("85");
        page.locator("form[data-form=hearing] button[type=submit]").click();
        assertThat(page.locator("#hearing-venue")).isFocused();
        assertThat(page.locator("#hearing-venue-error")).containsText("is required");
        assertAccessible(page, "hearing form with an error", "reports-page");
        assertThat(page.locator("#hearing-attendance")).hasValue("85");
        assertThat(page.locator("#hearing-county")).hasValue("NYERI");
        page.locator("#hearing-venue").fill(venue);
        page.keyboard().press("Enter");
        assertThat(page.locator(".reports-page__notice")).hasText("Hearing recorded.");
        assertThat(page.locator("reports-page table", new Page.LocatorOptions().setHasText(venue)))
                .hasCount(1);

        page.locator(".site-header__lang").click();
        assertThat(page.locator("main h1")).hasText("Ripoti");
        assertAccessible(page, "reports page in Kiswahili", "reports-page");

        page.setViewportSize(320, 640);
        assertAccessible(page, "reports page at 320 px", "reports-page");
        List<?> widths = (List<?>)
                page.evaluate("() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]");
        Assertions.assertThat(((Number) widths.get(0)).intValue())
                .as("wider than the screen: %s", page.evaluate(WIDEST))
                .isLessThanOrEqualTo(((Number) widths.get(1)).intValue());
    }
}
