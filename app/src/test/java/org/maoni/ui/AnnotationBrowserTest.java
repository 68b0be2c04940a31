package org.maoni.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.maoni.ui.UiChecks.assertAccessible;
import static org.maoni.ui.UiChecks.tabUntil;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.Page;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * Proposals on clause text in a real browser: a proposal made by keyboard alone on the bill page (words selected in
 * the clause's text with Shift and the arrows) appears on the clause (its count at once; in the clause's panel for
 * staff) and in the memorandum (the submitter's status page); the dialogs pass axe, and the bill page with its counts
 * fits a 320 px screen.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@ExtendWith(BrowserExtension.class)
class AnnotationBrowserTest {

    private static final Pattern REFERENCE = Pattern.compile("MEM-\\d{4}-\\d{6,}");

    /** The demo bill's open call, its version, and the second clause of that version (the first draws other tests). */
    private record Target(String billId, int version, String eId) {}

    private static Target target(Page page) {
        JsonNode bill = MemorandumBrowserTest.billWithOpenCall(page);
        String billId = bill.get("id").asText();
        int version = UiChecks.getJson(page, "/api/bills/" + billId + "/participation")
                .get("version")
                .asInt();
        JsonNode tree = UiChecks.getJson(page, "/api/bills/" + billId + "/versions/" + version);
        List<JsonNode> clauses = new ArrayList<>();
        collectSections(tree.get("provisions"), clauses);
        Assertions.assertThat(clauses).hasSizeGreaterThan(1);
        return new Target(billId, version, clauses.get(1).get("eId").asText());
    }

    private static void collectSections(JsonNode nodes, List<JsonNode> out) {
        for (JsonNode n : nodes) {
            if ("SECTION".equals(n.path("type").asText())) {
                out.add(n);
            }
            collectSections(n.path("children"), out);
        }
    }

    private static int countOn(Page page, Target target) {
        return UiChecks.getJson(
                        page, "/api/annotations/counts?bill=" + target.billId() + "&version=" + target.version())
                .path("counts")
                .path(target.eId())
                .asInt(0);
    }

    @Test
    void aProposalMadeByKeyboardAppearsOnTheClauseAndInTheMemorandum(Page page) {
        Target target = target(page);
        int before = countOn(page, target);
        UiPages.open(page, "/bills/" + target.billId() + "/versions/" + target.version());
        assertThat(page.locator("[data-annotate=\"" + target.eId() + "\"]")).isVisible();
        assertThat(page.locator("[id=\"" + target.eId() + "\"] .annot-count").first())
                .hasText(Pattern.compile("^" + before + " proposals?"));

        tabUntil(page, "the clause's propose button", html -> html.contains("data-annotate=\"" + target.eId() + "\""));
        page.keyboard().press("Enter");
        assertThat(page.locator("#annot-title")).isFocused();
        assertThat(page.locator("#annot-title")).containsText("Comment / propose a change");
        assertAccessible(page, "the proposal dialog", "annotation-panel");

        // Select the clause's second visual line with the keyboard.
        page.keyboard().press("Tab");
        assertThat(page.locator("#annot-text")).isFocused();
        page.keyboard().press("Control+Home");
        page.keyboard().press("ArrowDown");
        page.keyboard().press("Home");
        page.keyboard().press("Shift+End");
        String selected = ((String) page.evaluate("() => { const a = document.getElementById('annot-text');"
                        + " return a.value.slice(a.selectionStart, a.selectionEnd); }"))
                .strip();
        Assertions.assertThat(selected)
                .as((String) page.evaluate("() => { const a = document.getElementById('annot-text');"
                        + " return JSON.stringify([a.selectionStart, a.selectionEnd, a.value.length,"
                        + " document.activeElement.id, a.value.slice(0, 200)]); }"))
                .isNotBlank();
        assertThat(page.locator("#annot-quote")).containsText("Your proposal is about the words");

        page.keyboard().press("Tab");
        assertThat(page.locator("#annot-proposals-0-stance")).isFocused();
        page.keyboard().press("ArrowDown");
        page.keyboard().press("ArrowDown");
        assertThat(page.locator("input[name=\"proposals[0].stance\"][value=\"AMEND\"]"))
                .isChecked();
        page.keyboard().press("Tab");
        assertThat(page.locator("#annot-proposals-0-proposedText")).isFocused();
        String wording = "Replace these words with a cap of fifty shillings a day.";
        page.keyboard().type(wording);
        page.keyboard().press("Tab");
        page.keyboard().type("Small traders cannot pay more.");
        tabUntil(page, "the name field", html -> html.contains("id=\"annot-submitter-name\""));
        page.keyboard().type("Achieng Odhiambo");
        tabUntil(page, "the e-mail field", html -> html.contains("id=\"annot-submitter-contact-email\""));
        page.keyboard().type("achieng.private@example.ke");
        tabUntil(page, "the consent choice", html -> html.contains("id=\"annot-consent\""));
        page.keyboard().press("Space");
        assertThat(page.locator("#annot-consent")).isChecked();
        tabUntil(page, "the send button", html -> html.contains("type=\"submit\""));
        page.keyboard().press("Enter");

        assertThat(page.locator("#annot-done")).isFocused();
        String done = page.locator("#annot-done").textContent();
        java.util.regex.Matcher m = REFERENCE.matcher(done);
        Assertions.assertThat(m.find()).as(done).isTrue();
        String reference = m.group();
        String token = page.locator("#annot-token").inputValue();
        Assertions.assertThat(token).isNotBlank();
        assertAccessible(page, "the proposal's receipt", "annotation-panel");

        // On the clause: the count, at once, for everyone; focus is back on the clause's button.
        page.keyboard().press("Escape");
        assertThat(page.locator("[data-annotate=\"" + target.eId() + "\"]")).isFocused();
        assertThat(page.locator("[id=\"" + target.eId() + "\"] .annot-count").first())
                .hasText(Pattern.compile("^" + (before + 1) + " proposals?"));

        // In the memorandum: the submitter's status page, opened with the receipt token.
        UiPages.open(page, "/memoranda/status?reference=" + reference);
        page.locator("#status-token").fill(token);
        page.locator("#status-token").press("Enter");
        assertThat(page.locator("#status-result-title")).hasText("Memorandum " + reference);
        assertThat(page.locator("memorandum-status")).containsText(wording);

        // On the clause's panel for staff, who may see proposals before the response: the words, wording and
        // memorandum. (The public sees it there once the committee's response is published.)
        UiPages.signIn(page, UiPages.CLERK, UiPages.CLERK_PASSWORD);
        UiPages.open(page, "/bills/" + target.billId() + "/versions/" + target.version());
        tabUntil(
                page,
                "the clause's show-proposals button",
                html -> html.contains("data-annotations=\"" + target.eId() + "\""));
        page.keyboard().press("Enter");
        assertThat(page.locator("#annot-title")).isFocused();
        assertThat(page.locator("annotation-panel .annotation-panel__list")).containsText(wording);
        assertThat(page.locator("annotation-panel .annotation-panel__list")).containsText(reference);
        assertThat(page.locator("annotation-panel .annotation-panel__list")).containsText(selected);
        assertThat(page.locator("annotation-panel .annotation-panel__list")).containsText("Change it");
        assertAccessible(page, "the clause's annotations", "annotation-panel");
        page.keyboard().press("Escape");
        assertThat(page.locator("[data-annotations=\"" + target.eId() + "\"]")).isFocused();
    }

    @Test
    void theBillPageWithCountsAndTheDialogFitA320PixelScreen(Page page) {
        Target target = target(page);
        page.setViewportSize(320, 640);
        UiPages.open(page, "/bills/" + target.billId() + "/versions/" + target.version());
        assertThat(page.locator("[id=\"" + target.eId() + "\"] .annot-count").first())
                .isVisible();
        assertFits(page, "bill page with counts");
        page.locator("[data-annotate=\"" + target.eId() + "\"]").focus();
        page.keyboard().press("Enter");
        assertThat(page.locator("#annot-title")).isFocused();
        assertFits(page, "proposal dialog");
        assertAccessible(page, "bill page at 320 px with the dialog", "annotation-panel");
    }

    private static void assertFits(Page page, String what) {
        List<?> widths = (List<?>)
                page.evaluate("() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]");
        Assertions.assertThat(((Number) widths.get(0)).intValue())
                .as("%s scrolls sideways", what)
                .isLessThanOrEqualTo(((Number) widths.get(1)).intValue());
    }
}
