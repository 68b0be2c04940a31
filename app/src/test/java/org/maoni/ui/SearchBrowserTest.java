package org.maoni.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.maoni.ui.UiChecks.assertAccessible;
import static org.maoni.ui.UiChecks.focusIsVisible;
import static org.maoni.ui.UiChecks.tabUntil;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The search page in the browser: searching from the header by keyboard, facets with counts as checkbox filters that
 * keep focus, highlighted but escaped snippets, paging and order kept in a shareable address, "what was said about
 * this clause" from the bill page, Kiswahili, and axe-core.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@ExtendWith(BrowserExtension.class)
class SearchBrowserTest {

    /** Waits until the demo bill's provisions are indexed (listeners index them after commit). */
    private static void indexed(Page page) {
        long deadline = System.nanoTime() + 90_000_000_000L;
        while (UiChecks.getJson(page, "/api/search?q=trader&type=PROVISION&size=0")
                                .get("total")
                                .asLong()
                        == 0
                && System.nanoTime() < deadline) {
            page.waitForTimeout(250);
        }
    }

    @Test
    void searchFromTheHeaderByKeyboardThenFilterWithFacets(Page page) {
        indexed(page);
        UiPages.open(page, "/");
        tabUntil(page, "the header search box", html -> html.contains("id=\"site-search-q\""));
        Assertions.assertThat(focusIsVisible(page))
                .as("focus indicator on the search box")
                .isTrue();
        page.keyboard().type("trader");
        page.keyboard().press("Enter");
        assertThat(page).hasURL(UiChecks.urlEndingWith("/search?q=trader"));
        assertThat(page.locator("main h1")).hasText("Search");
        assertThat(page.locator("#search-q")).hasValue("trader");
        assertThat(page.locator(".search-page__total")).hasText(Pattern.compile("\\d+ results?"));
        Locator firstHit = page.locator(".search-page__hit").first();
        assertThat(firstHit.locator("mark").first()).hasText(Pattern.compile("trader", Pattern.CASE_INSENSITIVE));
        assertThat(firstHit.locator(".search-page__hit-title a")).hasAttribute("href", Pattern.compile("^/bills/"));

        Locator version1 = page.locator("input[data-facet=version][data-value=\"1\"]");
        assertThat(version1).not().isChecked();
        assertThat(page.locator("label", new Page.LocatorOptions().setHas(version1)))
                .hasText(Pattern.compile("Version 1\\s+\\(\\d+\\)"));
        version1.focus();
        page.keyboard().press("Space");
        assertThat(page).hasURL(UiChecks.urlEndingWith("/search?q=trader&version=1"));
        assertThat(page.locator("input[data-facet=version][data-value=\"1\"]")).isChecked();
        assertThat(page.locator("input[data-facet=version][data-value=\"1\"]")).isFocused();
        assertThat(page.locator(".search-page__meta").first()).containsText("Version 1");
        assertAccessible(page, "search page with a filter");

        page.goBack();
        assertThat(page).hasURL(UiChecks.urlEndingWith("/search?q=trader"));
        assertThat(page.locator("input[data-facet=version][data-value=\"1\"]"))
                .not()
                .isChecked();
    }

    @Test
    void theBillPageLinksEachClauseToWhatWasSaidAboutItInEveryVersion(Page page) {
        indexed(page);
        JsonNode bill = UiChecks.demoBill(page);
        String billId = bill.get("id").asText();
        UiPages.open(page, "/bills/" + billId);
        Locator said = page.locator("[id=\"sec_5\"] > .prov__head a.prov__said");
        assertThat(said).hasAccessibleName("What was said about this clause of Clause 5");
        said.click();
        assertThat(page.locator("main h1")).hasText("Search");
        assertThat(page.locator(".search-page__clause")).containsText("About the clause, in every version:");
        Locator versions = page.locator("input[data-facet=version]");
        assertThat(versions).hasCount(2);
        assertAccessible(page, "search by clause lineage");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(Pattern.compile("^Remove")))
                .click();
        assertThat(page).hasURL(UiChecks.urlEndingWith("/search"));
        assertThat(page.locator(".search-page__clause")).hasCount(0);
    }

    @Test
    void orderPagingAndFiltersLiveInAShareableAddress(Page page) {
        indexed(page);
        UiPages.open(page, "/search?q=county&sort=date&page=1&type=PROVISION");
        assertThat(page.locator("#search-sort")).hasValue("date");
        assertThat(page.locator("input[data-facet=type][data-value=PROVISION]")).isChecked();
        assertThat(page.locator(".search-page__paging")).containsText("Page 2 of");
        assertThat(page.locator(".search-page__paging a[rel=prev]"))
                .hasAttribute("href", "/search?q=county&type=PROVISION&sort=date");
        page.locator(".search-page__paging a[rel=prev]").click();
        assertThat(page).hasURL(UiChecks.urlEndingWith("/search?q=county&type=PROVISION&sort=date"));
        assertThat(page.locator(".search-page__paging")).containsText("Page 1 of");

        page.locator("#search-sort").selectOption("relevance");
        assertThat(page).hasURL(UiChecks.urlEndingWith("/search?q=county&type=PROVISION"));
        assertThat(page.locator("#search-sort")).isFocused();
        // The page draws again when the re-sorted hits arrive; typing before that would be drawn over.
        assertThat(page.locator(".search-page__results")).hasAttribute("aria-busy", "false");

        page.locator("#search-q").fill("\"unbalanced");
        page.locator("#search-q").press("Enter");
        assertThat(page).hasURL(Pattern.compile("q=%22unbalanced"));
        assertThat(page.locator(".search-page__results")).hasAttribute("aria-busy", "false");
        page.locator("#search-q").fill("*levy");
        page.locator("#search-q").press("Enter");
        assertThat(page.getByRole(AriaRole.ALERT)).isVisible();

        page.locator(".site-header__lang").click();
        assertThat(page.locator("main h1")).hasText("Tafuta");
        assertThat(page.locator("label[for=search-sort]")).hasText("Mpangilio");
        assertAccessible(page, "search page in Kiswahili with a problem");
    }

    @Test
    void snippetsAreHighlightedWithoutLettingMarkupThrough(Page page) {
        UiPages.open(page, "/search");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> parts =
                (List<Map<String, Object>>) page.evaluate("async () => (await import('/lib/search.js')).snippetParts("
                        + "'Fee &lt;img src=x onerror=alert(1)&gt; &amp; <mark>levy</mark> &#x2F; end')");
        Assertions.assertThat(parts)
                .containsExactly(
                        Map.of("text", "Fee <img src=x onerror=alert(1)> & ", "marked", false),
                        Map.of("text", "levy", "marked", true),
                        Map.of("text", " / end", "marked", false));
        page.evaluate("""
                () => {
                  const view = document.querySelector('search-page');
                  view.data = { ...view.data, result: { total: 1, facets: {}, hits: [{ id: 'x', type: 'MEMORANDUM',
                    title: '<b>Title</b>', snippet: '&lt;img src=x onerror=alert(1)&gt; <mark>levy</mark>' }] } };
                }""");
        Locator hit = page.locator(".search-page__hit");
        assertThat(hit.locator("mark")).hasText("levy");
        assertThat(hit.locator(".search-page__snippet")).containsText("<img src=x onerror=alert(1)>");
        assertThat(hit.locator("img")).hasCount(0);
        assertThat(hit.locator("b")).hasCount(0);
        assertThat(hit.locator(".search-page__hit-title")).hasText("<b>Title</b>");
    }
}
