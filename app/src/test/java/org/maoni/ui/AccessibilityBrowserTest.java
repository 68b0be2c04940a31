package org.maoni.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.maoni.ui.UiChecks.assertAccessible;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** Every page of the UI, in its interesting states and in both languages, passes axe-core's WCAG 2 A/AA rules. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@ExtendWith(BrowserExtension.class)
class AccessibilityBrowserTest {

    @Test
    void billListInEnglishAndKiswahili(Page page) {
        UiPages.open(page, "/");
        assertAccessible(page, "bill list");
        page.locator(".site-header__lang").click();
        assertThat(page.locator("html")).hasAttribute("lang", "sw");
        assertAccessible(page, "bill list in Kiswahili");
    }

    @Test
    void billAndVersionPages(Page page) {
        JsonNode bill = UiChecks.demoBill(page);
        UiPages.open(page, "/bills/" + bill.get("id").asText());
        assertThat(page.locator("provision-tree .prov").first()).isVisible();
        assertAccessible(page, "bill page");
        page.locator(".bill-page__contents summary").click();
        // The rest of the page was checked just now; the long tree makes a whole-page run slow.
        assertAccessible(page, "bill page contents, open", ".bill-page__contents");
    }

    @Test
    void billPageWithParseReportForStaff(Page page) {
        JsonNode bill = UiChecks.demoBill(page);
        UiPages.signIn(page, UiPages.COMMITTEE, UiPages.COMMITTEE_PASSWORD);
        UiPages.open(
                page,
                "/bills/" + bill.get("id").asText() + "/versions/"
                        + bill.get("latestVersion").asInt());
        assertThat(page.locator("parse-report h2")).isVisible();
        assertAccessible(page, "version page with parse report");
        page.locator(".site-header__lang").click();
        assertThat(page.locator("parse-report h2")).hasText("Ripoti ya uchanganuzi");
        assertAccessible(page, "version page with parse report in Kiswahili");
    }

    @Test
    void signInWithAndWithoutErrors(Page page) {
        UiPages.open(page, "/signin");
        assertAccessible(page, "sign-in page");
        page.locator("sign-in button[type=submit]").click();
        assertThat(page.locator(".error-summary")).isFocused();
        assertAccessible(page, "sign-in page with errors");
    }

    @Test
    void registerBillFormWithErrors(Page page) {
        UiPages.signIn(page, UiPages.CLERK, UiPages.CLERK_PASSWORD);
        UiPages.open(page, "/bills/new");
        assertAccessible(page, "register-bill form");
        page.locator("register-bill button[type=submit]").click();
        assertThat(page.locator(".error-summary")).isFocused();
        assertAccessible(page, "register-bill form with errors");
    }

    @Test
    void notFoundPage(Page page) {
        UiPages.open(page, "/bills/00000000-0000-0000-0000-000000000000");
        assertThat(page.locator("main h1")).hasText("Page not found");
        assertAccessible(page, "not-found page");
    }
}
