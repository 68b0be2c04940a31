package org.maoni.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.maoni.ui.UiChecks.assertAccessible;
import static org.maoni.ui.UiChecks.focusIsVisible;
import static org.maoni.ui.UiChecks.tabUntil;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.regex.Pattern;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * Comparing versions of the demo bill in the browser: the "what changed" page (version picker, summary, kind filter,
 * redlines, changes after public participation) and the clause history timeline, by keyboard, in both languages and
 * checked by axe-core.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@ExtendWith(BrowserExtension.class)
class VersionChangesBrowserTest {

    private static String changesPath(String billId) {
        return "/bills/" + billId + "/changes?from=1&to=2";
    }

    private static Locator change(Page page, String title) {
        return page.locator(".version-changes__change")
                .filter(new Locator.FilterOptions()
                        .setHas(page.locator("h3", new Page.LocatorOptions().setHasText(title))));
    }

    @Test
    void billPageLinksToWhatChangedAndTreeLinksToHistory(Page page) {
        JsonNode bill = UiChecks.demoBill(page);
        String billId = bill.get("id").asText();
        UiPages.open(page, "/bills/" + billId);
        Locator compare = page.locator(".version-changes__compare-link a");
        assertThat(compare).hasAttribute("href", changesPath(billId));
        assertThat(compare).hasText("What changed: compare Version 1: First Reading with Version 2: Committee Stage");
        Locator history = page.locator("[id=\"sec_5\"] > .prov__head .prov__history");
        assertThat(history).hasAttribute("href", "/bills/" + billId + "/provisions/sec_5/history?version=2");
        assertThat(history).hasAccessibleName("History of Clause 5");

        compare.click();
        assertThat(page.locator("main h1")).hasText("What changed");
        assertThat(page.locator("#changes-from")).hasValue("1");
        assertThat(page.locator("#changes-to")).hasValue("2");
    }

    @Test
    void demoDiffShowsTheInsertedClauseAndAnAmendedClauseAsARedline(Page page) {
        JsonNode bill = UiChecks.demoBill(page);
        String billId = bill.get("id").asText();
        UiPages.open(page, changesPath(billId));

        Locator summary = page.locator(".version-changes__summary");
        assertThat(summary.locator("li", new Locator.LocatorOptions().setHasText("Inserted")))
                .hasText(Pattern.compile("Inserted\\s+1 provision"));
        Locator inserted = change(page, "Clause 4: Guiding principles");
        assertThat(inserted.locator(".change-badge")).hasText("Inserted");
        assertThat(inserted.locator("ins").first()).containsText("Guiding principles");
        assertThat(page.locator(
                        ".version-changes__change .change-badge", new Page.LocatorOptions().setHasText("Inserted")))
                .hasCount(1);

        Locator committees = change(page, "Clause 7: Market committees");
        assertThat(committees.locator(".change-badge")).hasText("Amended");
        assertThat(committees).containsText("Was Clause 6, now Clause 7");
        assertThat(committees).containsText("% similar");
        assertThat(committees.locator("del").first()).containsText("[deleted:");
        assertThat(committees.locator("ins").first()).containsText("[inserted:");
        assertThat(committees.locator("a", new Locator.LocatorOptions().setHasText("Clause 7 in version 2")))
                .hasAttribute("href", "/bills/" + billId + "/versions/2#sec_7");
        assertThat(page.locator(".version-changes__unchanged summary").first())
                .hasText(Pattern.compile("\\d+ unchanged provisions?"));

        page.locator("label[for=\"changes-view-side\"]").click();
        assertThat(page).hasURL(UiChecks.urlEndingWith(changesPath(billId) + "&view=side"));
        assertThat(committees.locator(".version-changes__side")).hasCount(2);
        assertThat(committees.locator(".version-changes__side").first().locator("ins"))
                .hasCount(0);
        assertThat(committees.locator(".version-changes__side").nth(1).locator("del"))
                .hasCount(0);
        assertAccessible(page, "what-changed page side by side");
    }

    @Test
    void whatChangedPageByKeyboard(Page page) {
        JsonNode bill = UiChecks.demoBill(page);
        String billId = bill.get("id").asText();
        UiPages.open(page, changesPath(billId));

        tabUntil(page, "the earlier-version select", html -> html.contains("id=\"changes-from\""));
        Assertions.assertThat(focusIsVisible(page))
                .as("focus indicator on a select")
                .isTrue();
        // Compare the other way round (what version 1 changes back), then return to the usual order.
        page.keyboard().press("ArrowDown");
        assertThat(page.locator("#changes-from")).hasValue("2");
        page.keyboard().press("Tab");
        assertThat(page.locator("#changes-to")).isFocused();
        page.keyboard().press("ArrowUp");
        assertThat(page.locator("#changes-to")).hasValue("1");
        page.keyboard().press("Tab");
        assertThat(page.locator(".version-changes__picker button[type=submit]")).isFocused();
        page.keyboard().press("Enter");
        assertThat(page).hasURL(UiChecks.urlEndingWith("/bills/" + billId + "/changes?from=2&to=1"));
        assertThat(page.locator("main h1")).isFocused();
        assertThat(page.locator(".version-changes__summary-text"))
                .containsText("Between Version 2: Committee Stage and");
        page.goBack();
        assertThat(page).hasURL(UiChecks.urlEndingWith(changesPath(billId)));
        assertThat(page.locator("#changes-from")).hasValue("1");
        page.locator("main h1").focus();

        tabUntil(page, "the filter for renumbered clauses", html -> html.contains("id=\"changes-kind-RENUMBERED\""));
        page.keyboard().press("Space");
        assertThat(page).hasURL(Pattern.compile(".*kinds=MODIFIED,INSERTED,DELETED,MOVED,SPLIT,MERGED$"));
        assertThat(page.locator("#changes-kind-RENUMBERED")).isFocused();
        assertThat(page.locator("#changes-kind-RENUMBERED")).not().isChecked();
        assertThat(page.locator(
                        ".version-changes__change .change-badge", new Page.LocatorOptions().setHasText("Renumbered")))
                .hasCount(0);

        String history = "/bills/" + billId + "/provisions/sec_7/history?version=2";
        tabUntil(page, "the history link of clause 7", html -> html.contains("href=\"" + history + "\""));
        page.keyboard().press("Enter");
        assertThat(page).hasURL(UiChecks.urlEndingWith(history));
        assertThat(page.locator("main h1")).hasText("History of Clause 7");
        assertThat(page.locator("main h1")).isFocused();

        page.goBack();
        assertThat(page.locator("#changes-kind-RENUMBERED")).not().isChecked();
        assertThat(page.locator("#changes-kind-MODIFIED")).isChecked();
    }

    @Test
    void historyOfClauseFiveShowsItWasClauseFour(Page page) {
        JsonNode bill = UiChecks.demoBill(page);
        String billId = bill.get("id").asText();
        UiPages.open(page, "/bills/" + billId + "/provisions/sec_5/history?version=2");
        assertThat(page.locator("main h1")).hasText("History of Clause 5");
        Locator steps = page.locator("ol.provision-history__steps > li");
        assertThat(steps).hasCount(2);
        assertThat(steps.nth(0).locator("h2")).hasText("Version 1: First Reading");
        assertThat(steps.nth(0)).containsText("4. Application of the Act");
        assertThat(steps.nth(0).locator("a")).hasAttribute("href", "/bills/" + billId + "/versions/1#sec_4");
        assertThat(steps.nth(1)).hasAttribute("aria-current", "step");
        assertThat(steps.nth(1).locator(".change-badge")).hasText("Renumbered");
        assertThat(steps.nth(1)).containsText("Was Clause 4, now Clause 5");
        assertAccessible(page, "clause history");

        // A clause that is new in version 2 is "not in" version 1, and its change is a redline of inserted text.
        UiPages.open(page, "/bills/" + billId + "/provisions/sec_4/history?version=2");
        assertThat(page.locator("main h1")).hasText("History of Clause 4");
        assertThat(steps.nth(0)).containsText("Not in this version.");
        assertThat(steps.nth(1).locator(".change-badge")).hasText("Inserted");
        assertThat(steps.nth(1)).containsText("New in this version.");
        assertAccessible(page, "history of an inserted clause");

        UiPages.open(page, "/bills/" + billId + "/provisions/no_such_clause/history");
        assertThat(page.locator("main h1")).hasText("Page not found");
    }

    @Test
    void kiswahiliSwitchTranslatesBothPages(Page page) {
        JsonNode bill = UiChecks.demoBill(page);
        String billId = bill.get("id").asText();
        UiPages.open(page, changesPath(billId));
        assertAccessible(page, "what-changed page");
        page.locator(".site-header__lang").click();
        assertThat(page.locator("html")).hasAttribute("lang", "sw");
        assertThat(page.locator("main h1")).hasText("Kilichobadilika");
        assertThat(page.locator("label[for=\"changes-from\"]")).hasText("Toleo la awali");
        assertThat(page.locator(".version-changes__change .change-badge").first())
                .hasText("Imebadilishwa");
        assertThat(page.locator("#changes-after-heading")).hasText("Mabadiliko baada ya ushiriki wa umma");
        assertThat(page).hasTitle(Pattern.compile("Kilichobadilika.*"));
        assertAccessible(page, "what-changed page in Kiswahili");

        UiPages.open(page, "/bills/" + billId + "/provisions/sec_5/history?version=2");
        assertThat(page.locator("main h1")).hasText("Historia ya Kifungu cha 5");
        assertThat(page.locator(".change-badge")).hasText("Imepewa nambari mpya");
        assertAccessible(page, "clause history in Kiswahili");
    }

    @Test
    void clerkMarksTheParticipationVersionAndSeesTheChangesAfterIt(Page page) {
        JsonNode bill = UiChecks.demoBill(page);
        String billId = bill.get("id").asText();
        UiPages.open(page, changesPath(billId));
        Locator section = page.locator(".version-changes__after-section");
        assertThat(section).containsText("No version of this bill has been marked");
        assertThat(page.locator("#changes-participation")).hasCount(0);

        UiPages.signIn(page, UiPages.CLERK, UiPages.CLERK_PASSWORD);
        try {
            UiPages.open(page, changesPath(billId));
            page.locator("#changes-participation").selectOption("1");
            page.locator("#changes-participation-save").click();
            assertThat(section).containsText("Version 1: First Reading went to public participation.");
            assertThat(page.locator("#changes-participation-save")).isFocused();
            Locator entry = section.locator("li", new Locator.LocatorOptions().setHasText("Guiding principles"));
            assertThat(entry.locator(".change-badge")).hasText("Inserted");
            assertThat(entry).containsText("since version 2: Committee Stage");
            assertAccessible(page, "changes after public participation", ".version-changes__after-section");

            page.locator("#changes-participation").selectOption("");
            page.locator("#changes-participation-save").click();
            assertThat(section).containsText("No version of this bill has been marked");
        } finally {
            Assertions.assertThat(clearParticipationVersion(page, billId))
                    .as("clearing the participation version")
                    .isEqualTo(200);
        }
    }

    /** Leaves the shared demo bill as the other tests expect it, whatever happened in the test. */
    private static int clearParticipationVersion(Page page, String billId) {
        Object status = page.evaluate("""
                async (billId) => {
                  const token = decodeURIComponent((document.cookie.match(/(?:^|; )XSRF-TOKEN=([^;]*)/) ?? [])[1] ?? '');
                  const response = await fetch(`/api/bills/${billId}/participation-version`, {
                    method: 'PUT',
                    headers: { 'Content-Type': 'application/json', 'X-XSRF-TOKEN': token },
                    body: '{"version":null}',
                  });
                  return response.status;
                }""", billId);
        return ((Number) status).intValue();
    }
}
