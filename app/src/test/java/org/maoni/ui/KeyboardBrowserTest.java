package org.maoni.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.maoni.ui.UiChecks.focusIsVisible;
import static org.maoni.ui.UiChecks.tabUntil;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.Page;
import java.util.regex.Pattern;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** The UI works from the keyboard alone: skip link, language switch, reading a bill down to a provision, signing in. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@ExtendWith(BrowserExtension.class)
class KeyboardBrowserTest {

    @Test
    void skipLinkComesFirstAndMovesFocusToMain(Page page) {
        UiPages.open(page, "/");
        page.keyboard().press("Tab");
        assertThat(page.locator(".skip-link")).isFocused();
        assertThat(page.locator(".skip-link")).isInViewport();
        Assertions.assertThat(focusIsVisible(page))
                .as("focus indicator on the skip link")
                .isTrue();
        page.keyboard().press("Enter");
        assertThat(page.locator("main")).isFocused();
    }

    @Test
    void languageSwitchByKeyboardTranslatesAndIsRemembered(Page page) {
        UiPages.open(page, "/");
        assertThat(page.locator("main h1")).hasText("Bills");
        tabUntil(page, "the language switch", html -> html.contains("site-header__lang"));
        Assertions.assertThat(focusIsVisible(page))
                .as("focus indicator on the language switch")
                .isTrue();
        page.keyboard().press("Enter");

        assertThat(page.locator("html")).hasAttribute("lang", "sw");
        assertThat(page.locator("main h1")).hasText("Miswada");
        assertThat(page.locator(".skip-link")).hasText("Ruka hadi maudhui makuu");
        assertThat(page.locator(".site-header__nav")).containsText("Miswada");
        assertThat(page.locator(".site-header__signin")).hasText("Ingia");
        assertThat(page.locator(".site-footer")).containsText("ushiriki wa umma");
        assertThat(page).hasTitle(Pattern.compile("Miswada.*"));
        // Focus stays on the switch, so pressing again switches back.
        assertThat(page.locator(".site-header__lang")).isFocused();
        assertThat(page.locator(".site-header__lang")).hasText(Pattern.compile(".*English"));

        page.reload();
        UiPages.rendered(page);
        assertThat(page.locator("html")).hasAttribute("lang", "sw");
        assertThat(page.locator("main h1")).hasText("Miswada");

        tabUntil(page, "the language switch", html -> html.contains("site-header__lang"));
        page.keyboard().press("Space");
        assertThat(page.locator("html")).hasAttribute("lang", "en");
        assertThat(page.locator("main h1")).hasText("Bills");
    }

    @Test
    void openBillAndReachProvisionLinkByKeyboard(Page page) {
        JsonNode bill = UiChecks.demoBill(page);
        String billId = bill.get("id").asText();
        int latest = bill.get("latestVersion").asInt();
        JsonNode version = UiChecks.getJson(page, "/api/bills/" + billId + "/versions/" + latest);
        String target = UiChecks.firstOfType(version.get("provisions"), "SUBSECTION")
                .or(() -> UiChecks.firstOfType(version.get("provisions"), "SECTION"))
                .orElseThrow()
                .get("eId")
                .asText();

        UiPages.open(page, "/");
        tabUntil(page, "the demo bill's link", html -> html.contains("href=\"/bills/" + billId + "\""));
        page.keyboard().press("Enter");
        assertThat(page.locator("main h1")).hasText(bill.get("title").asText());
        assertThat(page.locator("main h1")).isFocused();

        String href = "/bills/" + billId + "/versions/" + latest + "#" + target;
        tabUntil(page, "the link to " + target, html -> html.contains("href=\"" + href + "\""));
        Assertions.assertThat(focusIsVisible(page))
                .as("focus indicator on a provision link")
                .isTrue();
        page.keyboard().press("Enter");

        assertThat(page).hasURL(UiChecks.urlEndingWith(href));
        assertThat(page.locator("[id=\"" + target + "\"]")).isFocused();
        assertThat(page.locator("[id=\"" + target + "\"]")).isInViewport();
    }

    @Test
    void signInAsClerkByKeyboard(Page page) {
        UiPages.open(page, "/");
        tabUntil(page, "the sign-in link", html -> html.contains("href=\"/signin\""));
        page.keyboard().press("Enter");
        assertThat(page.locator("main h1")).hasText("Sign in");
        assertThat(page.locator("main h1")).isFocused();

        // A wrong password first: the error summary takes focus and names the problem.
        page.keyboard().press("Tab");
        assertThat(page.getByLabel("Username")).isFocused();
        page.keyboard().type(UiPages.CLERK);
        page.keyboard().press("Tab");
        assertThat(page.getByLabel("Password")).isFocused();
        page.keyboard().type("not-the-password");
        page.keyboard().press("Enter");
        assertThat(page.locator(".error-summary")).isFocused();
        assertThat(page.locator(".error-summary")).containsText("The username or password is not correct.");

        tabUntil(page, "the password field", html -> html.contains("id=\"signin-password\""));
        page.keyboard().type(UiPages.CLERK_PASSWORD);
        page.keyboard().press("Enter");

        assertThat(page).hasURL(Pattern.compile(".*/$"));
        assertThat(page.locator(".site-header__user")).hasText("Signed in as clerk");
        assertThat(page.locator(".site-header__nav a[href=\"/bills/new\"]")).isVisible();

        tabUntil(page, "the sign-out button", html -> html.contains("data-action=\"sign-out\""));
        page.keyboard().press("Enter");
        assertThat(page.locator(".site-header__signin")).isVisible();
        assertThat(page.locator(".site-header__nav a[href=\"/bills/new\"]")).hasCount(0);
    }
}
