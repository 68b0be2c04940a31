package org.maoni.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.Page;
import java.util.List;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** On a 320 CSS pixel wide screen (a small phone) pages reflow: nothing needs sideways scrolling (WCAG 1.4.10). */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@ExtendWith(BrowserExtension.class)
class SmallScreenBrowserTest {

    private static void assertNoSidewaysScrolling(Page page, String what) {
        @SuppressWarnings("unchecked")
        List<Number> pair = (List<Number>)
                page.evaluate("() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]");
        Assertions.assertThat(pair.get(0).intValue())
                .as("%s: content width vs. viewport width", what)
                .isLessThanOrEqualTo(pair.get(1).intValue());
    }

    @Test
    void pagesReflowAt320Pixels(Page page) {
        page.setViewportSize(320, 640);
        JsonNode bill = UiChecks.demoBill(page);
        UiPages.open(page, "/");
        assertNoSidewaysScrolling(page, "bill list");

        UiPages.open(page, "/bills/" + bill.get("id").asText());
        assertThat(page.locator("provision-tree .prov").first()).isVisible();
        page.locator(".bill-page__contents summary").click();
        assertNoSidewaysScrolling(page, "bill page");

        page.locator(".site-header__lang").click();
        assertThat(page.locator("html")).hasAttribute("lang", "sw");
        assertNoSidewaysScrolling(page, "bill page in Kiswahili");
        page.locator(".site-header__lang").click();
        assertThat(page.locator("html")).hasAttribute("lang", "en");

        UiPages.open(page, "/search?q=market");
        assertThat(page.locator(".search-page__total")).isVisible();
        assertNoSidewaysScrolling(page, "search page");

        UiPages.signIn(page, UiPages.CLERK, UiPages.CLERK_PASSWORD);
        UiPages.open(page, "/bills/new");
        page.locator("register-bill button[type=submit]").click();
        assertThat(page.locator(".error-summary")).isFocused();
        assertNoSidewaysScrolling(page, "register form with errors");
    }
}
