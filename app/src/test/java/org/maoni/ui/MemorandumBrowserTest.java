package org.maoni.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.maoni.ui.UiChecks.assertAccessible;
import static org.maoni.ui.UiChecks.tabUntil;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The public memorandum screens in a real browser against the running application: a keyboard-only submission with
 * one clause proposal on the demo bill's open call ending on the receipt, the status lookup with the receipt's token
 * (and withdrawal), and axe-core on the form, receipt and status pages in both languages.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@ExtendWith(BrowserExtension.class)
class MemorandumBrowserTest {

    private static final Pattern REFERENCE = Pattern.compile("MEM-\\d{4}-\\d{6,}");

    /** The demo bill with an open call for memoranda (demo data opens one on version 1). */
    static JsonNode billWithOpenCall(Page page) {
        for (JsonNode bill : UiChecks.getJson(page, "/api/bills")) {
            APIResponse call = page.request().get("/api/bills/" + bill.get("id").asText() + "/participation");
            if (call.status() == 200 && call.text().contains("\"status\":\"OPEN\"")) {
                return bill;
            }
        }
        throw new AssertionError("the test profile's demo data opens a call for memoranda on a bill");
    }

    /** The first clause (SECTION) of a version, whose picker label starts "Clause <num>". */
    private static JsonNode firstClause(Page page, String billId, int version) {
        JsonNode tree = UiChecks.getJson(page, "/api/bills/" + billId + "/versions/" + version);
        return UiChecks.firstOfType(tree.get("provisions"), "SECTION").orElseThrow();
    }

    /** Fills and submits the form by keyboard alone, from the bill page; returns on the receipt page. */
    private static void submitByKeyboard(Page page, String billId) {
        UiPages.open(page, "/bills/" + billId);
        tabUntil(page, "the submit-a-memorandum link", html -> html.contains("href=\"/bills/" + billId + "/submit\""));
        page.keyboard().press("Enter");
        assertThat(page.locator("main h1")).hasText("Submit a memorandum");
        assertThat(page.locator("main h1")).isFocused();

        tabUntil(page, "the name field", html -> html.contains("id=\"memo-submitter-name\""));
        page.keyboard().type("Wanjiku Kamau 🇰🇪");
        tabUntil(page, "the county select", html -> html.contains("id=\"memo-submitter-county\""));
        // Arrow keys change a closed select's value: the first county after "Prefer not to say".
        page.keyboard().press("ArrowDown");
        assertThat(page.locator("#memo-submitter-county")).hasValue("MOMBASA");
        tabUntil(page, "the e-mail field", html -> html.contains("id=\"memo-submitter-contact-email\""));
        page.keyboard().type("wanjiku@example.ke");
        tabUntil(page, "the consent choice", html -> html.contains("id=\"memo-consent\""));
        page.keyboard().press("Space");
        assertThat(page.locator("#memo-consent")).isChecked();
        tabUntil(page, "the general comments", html -> html.contains("id=\"memo-text\""));
        page.keyboard().type("Tunaunga mkono mswada huu kwa ujumla.");

        tabUntil(page, "the add-proposal button", html -> html.contains("data-action=\"add-proposal\""));
        page.keyboard().press("Enter");
        assertThat(page.locator("#memo-proposals-0-provision-search")).isFocused();
    }

    @Test
    void keyboardOnlySubmissionWithOneClauseProposalEndsOnTheReceipt(Page page) {
        JsonNode bill = billWithOpenCall(page);
        String billId = bill.get("id").asText();
        JsonNode clause = firstClause(page, billId, 1);
        String num = clause.get("num").asText().replaceAll("[.\\s]+$", "");

        submitByKeyboard(page, billId);
        page.keyboard().type("clause " + num);
        assertThat(page.locator("#memo-proposals-0-provision-search")).isFocused();
        page.keyboard().press("Tab");
        assertThat(page.locator("#memo-proposals-0-provision")).isFocused();
        page.keyboard().press("ArrowDown");
        assertThat(page.locator("#memo-proposals-0-provision"))
                .hasValue(clause.get("eId").asText());
        // The stance radios: Tab reaches the group, arrows move the choice (Support -> Oppose -> Change it).
        page.keyboard().press("Tab");
        assertThat(page.locator("#memo-proposals-0-stance")).isFocused();
        page.keyboard().press("ArrowDown");
        page.keyboard().press("ArrowDown");
        assertThat(page.locator("input[name=\"proposals[0].stance\"][value=\"AMEND\"]"))
                .isChecked();
        tabUntil(page, "the proposed wording", html -> html.contains("id=\"memo-proposals-0-proposedText\""));
        page.keyboard().type("Ada ya soko isizidi shilingi hamsini kwa siku.");
        page.keyboard().press("Tab");
        page.keyboard().type("Wafanyabiashara wadogo hawawezi kulipa zaidi.");

        tabUntil(page, "the submit button", html -> html.contains("type=\"submit\""));
        page.keyboard().press("Enter");

        assertThat(page.locator("main h1")).hasText("Memorandum received");
        assertThat(page).hasURL(Pattern.compile(".*/memoranda/MEM-\\d{4}-\\d{6,}/receipt$"));
        assertThat(page.locator("#receipt-reference")).hasText(REFERENCE);
        Assertions.assertThat(page.locator("#receipt-token").inputValue()).isNotBlank();
        assertThat(page.locator("memorandum-receipt")).containsText("Response due by");
    }

    @Test
    void statusLookupWithTheReceiptTokenAndWithdrawal(Page page) {
        JsonNode bill = billWithOpenCall(page);
        String billId = bill.get("id").asText();
        submitByKeyboard(page, billId);
        tabUntil(page, "the submit button", html -> html.contains("type=\"submit\""));
        page.keyboard().press("Enter");
        assertThat(page.locator("main h1")).hasText("Memorandum received");
        String reference = page.locator("#receipt-reference").textContent().trim();
        String token = page.locator("#receipt-token").inputValue();

        tabUntil(page, "the status link", html -> html.contains("href=\"/memoranda/status?reference="));
        page.keyboard().press("Enter");
        assertThat(page.locator("main h1")).hasText("Check a memorandum");
        assertThat(page.locator("#status-reference")).hasValue(reference);

        // A wrong token reads as no match.
        tabUntil(page, "the token field", html -> html.contains("id=\"status-token\""));
        page.keyboard().type("not-the-token");
        page.keyboard().press("Enter");
        assertThat(page.locator(".error-summary")).isFocused();
        assertThat(page.locator(".error-summary")).containsText("No memorandum matches");

        page.locator("#status-token").fill(token);
        page.locator("#status-token").press("Enter");
        assertThat(page.locator("#status-result-title")).hasText("Memorandum " + reference);
        assertThat(page.locator("#status-result-title")).isFocused();
        assertThat(page.locator("workflow-steps")).isVisible();
        assertThat(page.locator(".memorandum-status__facts")).containsText("Response due by");

        tabUntil(page, "the withdraw button", html -> html.contains("data-action=\"withdraw\""));
        page.keyboard().press("Enter");
        assertThat(page.locator("#withdraw-confirm-title")).isFocused();
        tabUntil(page, "the confirm button", html -> html.contains("data-action=\"withdraw-confirm\""));
        page.keyboard().press("Enter");
        assertThat(page.locator(".memorandum-status__facts")).containsText("Withdrawn");
        assertThat(page.locator("[data-action=\"withdraw\"]")).hasCount(0);
    }

    @Test
    void formReceiptAndStatusPagesPassAxeInBothLanguages(Page page) {
        JsonNode bill = billWithOpenCall(page);
        String billId = bill.get("id").asText();
        UiPages.open(page, "/bills/" + billId);
        assertThat(page.locator(".bill-page__call")).isVisible();
        assertAccessible(page, "bill page with an open call", ".bill-page__call");

        page.locator(".site-header__nav a[href=\"/memoranda/new\"]").click();
        assertThat(page.locator("main h1")).hasText("Submit a memorandum");
        assertAccessible(page, "bills open for memoranda");
        page.locator(".open-calls a[href=\"/bills/" + billId + "/submit\"]").click();
        assertThat(page.locator("form.memo-form")).isVisible();
        page.locator("[data-action=\"add-proposal\"]").click();
        assertAccessible(page, "memorandum form");
        page.locator("form.memo-form button[type=submit]").click();
        assertThat(page.locator(".error-summary")).isFocused();
        assertThat(page.locator(".error-summary")).containsText("Choose whether we may publish your name.");
        assertAccessible(page, "memorandum form with errors");
        page.locator(".site-header__lang").click();
        assertThat(page.locator("main h1")).hasText("Wasilisha maoni");
        assertAccessible(page, "memorandum form in Kiswahili");
        page.locator(".site-header__lang").click();

        page.locator("input[name=\"consent\"][value=\"ANONYMOUS\"]").check();
        page.locator("#memo-text").fill("Maoni ya jumla.");
        page.locator("[data-action=\"remove-proposal\"]").click();
        page.locator("form.memo-form button[type=submit]").click();
        assertThat(page.locator("main h1")).hasText("Memorandum received");
        assertAccessible(page, "receipt");
        String token = page.locator("#receipt-token").inputValue();

        page.locator(".memorandum-receipt__details + p a, memorandum-receipt a[href^=\"/memoranda/status\"]")
                .first()
                .click();
        assertThat(page.locator("main h1")).hasText("Check a memorandum");
        assertAccessible(page, "status lookup");
        page.locator("#status-token").fill(token);
        page.locator("memorandum-status button[type=submit]").click();
        assertThat(page.locator("#status-result-title")).isVisible();
        assertAccessible(page, "status with the result");
        page.locator(".site-header__lang").click();
        assertThat(page.locator("main h1")).hasText("Fuatilia maoni");
        assertAccessible(page, "status with the result in Kiswahili");
    }

    @Test
    void theFormAndReceiptReflowOnASmallScreen(Page page) {
        page.setViewportSize(320, 640);
        JsonNode bill = billWithOpenCall(page);
        UiPages.open(page, "/bills/" + bill.get("id").asText() + "/submit");
        page.locator("[data-action=\"add-proposal\"]").click();
        page.locator("form.memo-form button[type=submit]").click();
        assertThat(page.locator(".error-summary")).isFocused();
        assertNoSidewaysScrolling(page, "memorandum form with errors");
        page.locator(".site-header__lang").click();
        assertThat(page.locator("main h1")).hasText("Wasilisha maoni");
        assertNoSidewaysScrolling(page, "memorandum form in Kiswahili");
        page.locator("input[name=\"consent\"][value=\"ANONYMOUS\"]").check();
        page.locator("#memo-text").fill("Maoni mafupi.");
        page.locator("form.memo-form button[type=submit]").click();
        assertThat(page.locator("#receipt-reference")).hasText(REFERENCE);
        assertNoSidewaysScrolling(page, "receipt in Kiswahili");
    }

    @Test
    void anUploadedFileAloneIsAMemorandumAndOtherFileTypesAreRefusedFirst(Page page) {
        JsonNode bill = billWithOpenCall(page);
        UiPages.open(page, "/bills/" + bill.get("id").asText() + "/submit");
        page.locator("input[name=\"consent\"][value=\"ANONYMOUS\"]").check();
        page.locator("#memo-files")
                .setInputFiles(new FilePayload(
                        "setup.exe", "application/octet-stream", "MZ".getBytes(StandardCharsets.UTF_8)));
        page.locator("form.memo-form button[type=submit]").click();
        assertThat(page.locator(".error-summary")).isFocused();
        assertThat(page.locator(".error-summary")).containsText("Upload a DOCX, PDF, ODT or TXT file.");

        page.locator("#memo-files")
                .setInputFiles(new FilePayload(
                        "maoni-yetu.txt",
                        "text/plain",
                        "Tunapendekeza kifungu cha 3 kibadilishwe: ada ya soko iwe KSh 50."
                                .getBytes(StandardCharsets.UTF_8)));
        page.locator("form.memo-form button[type=submit]").click();
        assertThat(page.locator("main h1")).hasText("Memorandum received");
        assertThat(page.locator("#receipt-reference")).hasText(REFERENCE);
    }

    @Test
    void aRetryAfterANetworkFailureSendsTheSameIdempotencyKey(Page page) {
        JsonNode bill = billWithOpenCall(page);
        UiPages.open(page, "/bills/" + bill.get("id").asText() + "/submit");
        List<String> keys = new CopyOnWriteArrayList<>();
        page.route("**/api/memoranda", route -> {
            keys.add(route.request().headerValue("idempotency-key"));
            if (keys.size() == 1) {
                route.abort("connectionreset");
            } else {
                route.resume();
            }
        });
        page.locator("input[name=\"consent\"][value=\"ANONYMOUS\"]").check();
        page.locator("#memo-text").fill("Maoni yanayotumwa mara mbili.");
        page.locator("form.memo-form button[type=submit]").click();
        assertThat(page.locator(".error-summary")).containsText("Nothing was lost");
        page.locator("form.memo-form button[type=submit]").click();
        assertThat(page.locator("main h1")).hasText("Memorandum received");
        Assertions.assertThat(keys).hasSize(2);
        Assertions.assertThat(keys.get(0)).isNotBlank().isEqualTo(keys.get(1));
    }

    private static void assertNoSidewaysScrolling(Page page, String what) {
        @SuppressWarnings("unchecked")
        java.util.List<Number> pair = (java.util.List<Number>)
                page.evaluate("() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]");
        Assertions.assertThat(pair.get(0).intValue())
                .as("%s: content width vs. viewport width", what)
                .isLessThanOrEqualTo(pair.get(1).intValue());
    }
}
