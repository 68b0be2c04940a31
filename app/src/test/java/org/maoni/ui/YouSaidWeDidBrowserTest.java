package org.maoni.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.maoni.ui.UiChecks.assertAccessible;
import static org.maoni.ui.UiChecks.tabUntil;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.maoni.bill.AfterParticipationReport;
import org.maoni.bill.Bill;
import org.maoni.bill.BillService;
import org.maoni.bill.NewBill;
import org.maoni.bill.NewVersion;
import org.maoni.bill.ProvisionChange;
import org.maoni.bill.SourceFile;
import org.maoni.bill.VersionComparison;
import org.maoni.diff.ChangeKind;
import org.maoni.memorandum.CallsForMemoranda;
import org.maoni.memorandum.Channel;
import org.maoni.memorandum.Consent;
import org.maoni.memorandum.Decider;
import org.maoni.memorandum.Decision;
import org.maoni.memorandum.DecisionCommand;
import org.maoni.memorandum.Decisions;
import org.maoni.memorandum.Implementation;
import org.maoni.memorandum.Memoranda;
import org.maoni.memorandum.MemorandumReference;
import org.maoni.memorandum.MemorandumReview;
import org.maoni.memorandum.MemorandumStatus;
import org.maoni.memorandum.NewMemorandum;
import org.maoni.memorandum.OpenCall;
import org.maoni.memorandum.ProposalInput;
import org.maoni.memorandum.Stance;
import org.maoni.memorandum.Submitter;
import org.maoni.memorandum.SubmitterKind;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * "You said, we did" in the browser: on the "what changed" page of a copy of the demo bill, the change a published
 * decision was carried out in names that decision and its reasons, a change no proposal asked for says so, and the
 * changes after public participation carry the same; in English and Kiswahili, by keyboard, checked by axe-core.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@ExtendWith(BrowserExtension.class)
class YouSaidWeDidBrowserTest {

    private static final Decider COMMITTEE = new Decider("member", Set.of(Decider.COMMITTEE));

    @Autowired
    BillService bills;

    @Autowired
    VersionComparison comparison;

    @Autowired
    CallsForMemoranda calls;

    @Autowired
    Memoranda memoranda;

    @Autowired
    MemorandumReview review;

    @Autowired
    Decisions decisions;

    @Test
    void theChangesNameTheDecisionsBehindThemAndFlagTheRest(Page page) {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        Bill bill = copyOfDemoBill(tag);
        comparison.markParticipationVersion(bill.id(), 1);
        // a change listed after participation too: reworded well beyond the similarity threshold
        ProvisionChange changed = comparison.afterParticipation(bill.id()).entries().stream()
                .map(AfterParticipationReport.Entry::change)
                .filter(c -> c.kind() != ChangeKind.INSERTED
                        && c.newEIds().size() == 1
                        && c.oldEIds().size() == 1)
                .findFirst()
                .orElseThrow();
        MemorandumReference ref = memoranda
                .submit(new NewMemorandum(
                        bill.id(),
                        1,
                        Channel.API,
                        new Submitter(SubmitterKind.INDIVIDUAL, "Achieng Siri " + tag, null, null, null, null, null),
                        Consent.ANONYMOUS,
                        "My view " + tag,
                        List.of(new ProposalInput(
                                changed.oldEIds().get(0), Stance.AMEND, "Say <b>it</b> better " + tag, "Clarity")),
                        List.of(),
                        null,
                        null,
                        null))
                .reference();
        long proposal = memoranda.find(ref).orElseThrow().proposals().get(0).id();
        String reasons = "Markets need <clear> rules " + tag;
        decisions.decide(
                bill.id(), new DecisionCommand(List.of(proposal), Decision.ACCEPTED, reasons, null, null), COMMITTEE);
        decisions.carriedOut(
                bill.id(),
                proposal,
                new Implementation(bill.id(), 2, changed.newEIds().get(0)),
                "clerk");
        review.enterStep(ref, MemorandumStatus.IN_DECISION);
        review.publishResponse(ref);

        UiPages.open(page, "/bills/" + bill.id().value() + "/changes?from=1&to=2");
        String english =
                "Committee decision: Accepted — " + reasons + " (proposal " + proposal + " from " + ref.value() + ")";
        Locator decided = page.locator(".version-changes__change")
                .filter(new Locator.FilterOptions().setHas(page.locator(".version-changes__decision")));
        assertThat(decided).hasCount(1);
        assertThat(decided.locator(".version-changes__decision")).hasText(english);
        Assertions.assertThat(decided.innerHTML()).doesNotContain("<clear>").contains("&lt;clear&gt;");
        assertThat(decided.locator(".version-changes__unrequested")).hasCount(0);
        Locator flagged = page.locator(".version-changes__list .version-changes__unrequested");
        assertThat(flagged.first()).hasText("No proposal asked for this change");
        Assertions.assertThat(flagged.count()).isPositive();
        assertThat(page.locator(".version-changes__after .version-changes__decision"))
                .hasText(english);
        assertThat(page.locator(".version-changes__after .version-changes__unrequested")
                        .first())
                .hasText("No proposal asked for this change");
        Assertions.assertThat(page.content()).doesNotContain("Achieng Siri");
        assertAccessible(page, "what-changed page with decisions");

        // By keyboard: the decided change's links are reached in order, after its decision.
        String historyHref = "/bills/" + bill.id().value() + "/provisions/"
                + changed.newEIds().get(0) + "/history?version=2";
        tabUntil(page, "the history link of the decided change", html -> html.contains(historyHref));
        assertThat(decided.locator("a[href=\"" + historyHref + "\"]")).isFocused();

        page.locator(".site-header__lang").click();
        assertThat(page.locator("html")).hasAttribute("lang", "sw");
        assertThat(decided.locator(".version-changes__decision"))
                .hasText("Uamuzi wa kamati: Limekubaliwa — " + reasons + " (pendekezo " + proposal + " kutoka "
                        + ref.value() + ")");
        assertThat(flagged.first()).hasText("Hakuna pendekezo lililoomba mabadiliko haya");
        assertAccessible(page, "what-changed page with decisions in Kiswahili");
    }

    private Bill copyOfDemoBill(String tag) {
        Bill demo = bills.list().stream()
                .filter(b -> b.title().equals(UiChecks.DEMO_TITLE))
                .findFirst()
                .orElseThrow();
        Bill bill = bills.register(
                new NewBill("You said, we did " + tag, null, null, null, null, null, null, null, null, null),
                new SourceFile("bill-v1.docx", bills.originalFile(demo.id(), 1)),
                "test");
        bills.addVersion(
                bill.id(),
                new NewVersion("Committee Stage", null),
                new SourceFile("bill-v2.docx", bills.originalFile(demo.id(), 2)),
                "test");
        ZonedDateTime now = ZonedDateTime.now();
        calls.open(
                new OpenCall(
                        bill.id(),
                        1,
                        "Notice " + tag,
                        now.minusDays(1),
                        now.plusDays(20),
                        Set.of(Channel.values()),
                        14),
                "clerk");
        return bill;
    }
}
