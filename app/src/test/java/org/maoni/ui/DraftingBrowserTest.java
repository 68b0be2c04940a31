package org.maoni.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.maoni.ui.UiChecks.assertAccessible;
import static org.maoni.ui.UiChecks.tabUntil;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.io.InputStream;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.maoni.bill.BillId;
import org.maoni.bill.BillService;
import org.maoni.bill.Provision;
import org.maoni.bill.ProvisionType;
import org.maoni.memorandum.CallsForMemoranda;
import org.maoni.memorandum.Channel;
import org.maoni.memorandum.Consent;
import org.maoni.memorandum.Decision;
import org.maoni.memorandum.DecisionInput;
import org.maoni.memorandum.Memoranda;
import org.maoni.memorandum.MemorandumReview;
import org.maoni.memorandum.NewMemorandum;
import org.maoni.memorandum.OpenCall;
import org.maoni.memorandum.Proposal;
import org.maoni.memorandum.ProposalInput;
import org.maoni.memorandum.Receipt;
import org.maoni.memorandum.Stance;
import org.maoni.memorandum.Submitter;
import org.maoni.memorandum.SubmitterKind;
import org.maoni.support.ApiClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The drafting screen by keyboard: a clerk reaches it from the bill page, starts a draft, rewords, moves and deletes
 * clauses, applies an accepted proposal, sees why another one does not apply, and submits the draft; every state is
 * checked by axe, in Kiswahili too, and the screen reflows at 320 pixels.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@ExtendWith(BrowserExtension.class)
class DraftingBrowserTest {

    private static final String SEED = "/seed-documents/bills/county-markets-bill-2026/";

    @LocalServerPort
    int port;

    @Autowired
    BillService bills;

    @Autowired
    CallsForMemoranda calls;

    @Autowired
    Memoranda memoranda;

    @Autowired
    MemorandumReview review;

    @Test
    void aClerkDraftsTheNextVersionByKeyboard(Page page) {
        String billId = billWithAcceptedProposals();
        List<Provision> leaves = leafClauses(BillId.valueOf(billId));
        Provision first = leaves.get(0);
        Provision second = leaves.get(1);

        UiPages.signIn(page, UiPages.CLERK, UiPages.CLERK_PASSWORD);
        UiPages.open(page, "/bills/" + billId);
        page.locator(".bill-page__drafts a").click();
        assertThat(page.locator("main h1")).hasText("Drafts of the next version");
        assertAccessible(page, "drafts of a bill");
        tabUntil(page, "the label field", html -> html.contains("id=\"draft-label\""));
        page.keyboard().type("Committee Stage");
        page.keyboard().press("Enter");
        assertThat(page.locator("main h1")).hasText("Draft 1: Committee Stage");
        assertThat(page.locator(".draft-editor__status")).containsText("Being drafted");
        assertAccessible(page, "drafting screen");

        // Reword the first clause: its "Change" button opens the actions with focus in the heading field.
        String open = "button[data-action=\"open\"][data-eid=\"" + first.eId() + "\"]";
        tabUntil(
                page,
                "Change of " + first.eId(),
                html -> html.contains("data-eid=\"" + first.eId() + "\"") && html.contains("data-action=\"open\""));
        page.keyboard().press("Enter");
        assertThat(page.locator("#draft-" + first.eId() + "-heading")).isFocused();
        assertAccessible(page, "drafting screen with a provision's actions open");
        page.keyboard().press("Tab");
        assertThat(page.locator("#draft-" + first.eId() + "-text")).isFocused();
        page.keyboard().press("Control+A");
        page.keyboard().type("Every trader shall keep the market clean.");
        page.keyboard().press("Tab");
        page.keyboard().press("Tab");
        page.keyboard().press("Enter");
        assertThat(page.locator(".draft-editor__notice")).hasText("Saved.");
        assertThat(page.locator("#draft-prov-" + first.eId() + " .draft-editor__text"))
                .containsText("Every trader shall keep the market clean.");
        assertThat(page.locator(open)).isFocused();

        // Move it down past the next clause, then close the actions with Escape.
        page.keyboard().press("Enter");
        tabUntil(page, "Move down", html -> html.contains("data-action=\"move-down\""));
        page.keyboard().press("Enter");
        assertThat(page.locator(".draft-editor__notice")).hasText("Saved.");
        assertThat(page.locator(open)).isFocused();
        page.keyboard().press("Enter");
        page.keyboard().press("Escape");
        assertThat(page.locator(open)).isFocused();
        assertThat(page.locator(".draft-editor__actions")).hasCount(0);

        // Delete the second clause, confirming by keyboard.
        page.locator("button[data-action=\"open\"][data-eid=\"" + second.eId() + "\"]")
                .focus();
        page.keyboard().press("Enter");
        tabUntil(page, "Delete", html -> html.contains("data-action=\"delete\""));
        page.keyboard().press("Enter");
        assertThat(page.locator("button[data-action=\"delete-confirm\"]")).isFocused();
        page.keyboard().press("Enter");
        assertThat(page.locator(".draft-editor__notice")).hasText("Saved.");
        assertThat(page.locator("#draft-prov-" + second.eId())).hasCount(0);

        // The accepted proposals: one applies, one says why it cannot.
        Locator stale = page.locator(".draft-editor__proposal--not_applicable");
        assertThat(stale).containsText("Cannot be applied mechanically:");
        assertThat(stale).containsText("the quoted words are not in the provision any more.");
        page.locator("h1").focus();
        tabUntil(page, "Apply", html -> html.contains("data-action=\"apply\""));
        page.keyboard().press("Enter");
        assertThat(page.locator(".draft-editor__notice")).hasText("The proposal was applied.");
        assertThat(page.locator(".draft-editor__proposal--applied")).hasCount(1);
        assertAccessible(page, "drafting screen after an application");

        page.locator(".site-header__lang").click();
        assertThat(page.locator("main h1")).hasText("Rasimu 1: Committee Stage");
        assertThat(page.locator(".draft-editor__status")).containsText("Inaandaliwa");
        assertAccessible(page, "drafting screen in Kiswahili");
        page.locator(".site-header__lang").click();

        page.setViewportSize(320, 640);
        page.locator(open).click();
        assertNoSidewaysScrolling(page, "drafting screen at 320 pixels with actions open");
        page.setViewportSize(1280, 800);

        // The workflow starts once the draft's transaction committed; submitting completes its drafting task.
        ApiClient api = new ApiClient(port);
        for (int attempt = 0; attempt < 100; attempt++) {
            String task = api.get("/api/bills/" + billId + "/drafts/1/workflow", ApiClient.CLERK)
                    .json()
                    .path("task")
                    .path("taskKey")
                    .asText("");
            if (task.equals("Task_DraftVersion")) {
                break;
            }
            page.waitForTimeout(100);
        }
        page.locator("button[data-action=\"submit\"]").focus();
        page.keyboard().press("Enter");
        assertThat(page.locator(".draft-editor__status")).containsText("In legal review");
        assertThat(page.locator(".draft-editor__status")).containsText("Legal review of a draft");
        assertThat(page.locator("button[data-action=\"open\"]")).hasCount(0);
        assertAccessible(page, "draft in legal review");
    }

    @Test
    void thePublicIsNotShownDrafts(Page page) {
        String billId = billWithAcceptedProposals();
        UiPages.open(page, "/bills/" + billId);
        assertThat(page.locator(".bill-page__drafts")).hasCount(0);
        Assertions.assertThat(
                        page.request().get("/api/bills/" + billId + "/drafts").status())
                .isEqualTo(404);
        page.navigate("/bills/" + billId + "/drafts");
        page.waitForTimeout(500);
        assertThat(page.locator("draft-editor")).hasCount(0);
    }

    private static void assertNoSidewaysScrolling(Page page, String what) {
        @SuppressWarnings("unchecked")
        List<Number> pair = (List<Number>)
                page.evaluate("() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]");
        Assertions.assertThat(pair.get(0).intValue())
                .as("%s: content width vs. viewport width", what)
                .isLessThanOrEqualTo(pair.get(1).intValue());
    }

    /** A copy of the demo bill with a call, one memorandum and two accepted proposals on its third clause. */
    private String billWithAcceptedProposals() {
        ApiClient api = new ApiClient(port);
        ApiClient.Response created = api.postFile(
                "/api/bills",
                "v1-first-reading.docx",
                seed("v1-first-reading.docx"),
                "{\"title\":\"Drafting screen copy " + UUID.randomUUID() + "\"}",
                ApiClient.CLERK);
        Assertions.assertThat(created.status()).as(created.body()).isEqualTo(201);
        BillId billId = BillId.valueOf(created.json().path("id").asText());
        Provision third = leafClauses(billId).get(2);
        calls.open(
                new OpenCall(
                        billId,
                        1,
                        "Submit your views.",
                        ZonedDateTime.now().minusHours(1),
                        ZonedDateTime.now().plusDays(30),
                        // Every channel, so tests that look for any bill with an open call can use this one too.
                        Set.of(Channel.values()),
                        14),
                "clerk");
        Receipt receipt = memoranda.submit(new NewMemorandum(
                billId,
                1,
                Channel.API,
                new Submitter(SubmitterKind.INDIVIDUAL, "Wanjiku Mwangi", null, null, null, null, null),
                Consent.ANONYMOUS,
                "Maoni " + UUID.randomUUID(),
                List.of(
                        new ProposalInput(
                                third.eId(), Stance.INSERT, "Traders shall elect a market committee.", "Voice."),
                        new ProposalInput(
                                third.eId(), Stance.AMEND, "Replace \"zebra crossings\" with \"paths\".", "Safety.")),
                List.of(),
                null,
                null,
                null));
        List<Proposal> proposals =
                memoranda.find(receipt.reference()).orElseThrow().proposals();
        review.decide(
                receipt.reference(),
                List.of(
                        new DecisionInput(proposals.get(0).id(), Decision.ACCEPTED, "Agreed."),
                        new DecisionInput(proposals.get(1).id(), Decision.ACCEPTED_WITH_AMENDMENT, "Agreed.")),
                "committee");
        return billId.toString();
    }

    private List<Provision> leafClauses(BillId id) {
        List<Provision> out = new ArrayList<>();
        for (Provision p : Provision.flatten(bills.tree(id, 1).provisions())) {
            if (p.type() == ProvisionType.SECTION
                    && p.children().isEmpty()
                    && p.text() != null
                    && p.text().split("\\s+").length >= 6) {
                out.add(p);
            }
        }
        return out;
    }

    private byte[] seed(String file) {
        try (InputStream in = getClass().getResourceAsStream(SEED + file)) {
            return in.readAllBytes();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
