package org.maoni.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.maoni.ui.UiChecks.assertAccessible;
import static org.maoni.ui.UiChecks.tabUntil;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.RequestOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The staff screens with the real workflow: a memorandum submitted through the API is moderated or triaged by a
 * clerk and decided by the committee through the task inbox and task pages (each page checked by axe), after which
 * the submitter's status page shows the decision with its reasons. The Camunda job executor is off in tests, so the
 * workflow's asynchronous steps are run through the engine's REST API as the administrator.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@ExtendWith(BrowserExtension.class)
class ReviewTasksBrowserTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ADMIN_BASIC =
            "Basic " + Base64.getEncoder().encodeToString("admin:admin-test-password".getBytes(StandardCharsets.UTF_8));
    private static final int MAX_ROUNDS = 50;

    private static JsonNode json(APIResponse response) {
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Submits a memorandum with one proposal on the bill's first clause, as the public would; returns the receipt. */
    private static JsonNode submit(Page page, String billId, String eId) {
        // Unique words, so screening finds no duplicate of another test's memorandum.
        String words = UUID.randomUUID().toString().replaceAll("[^a-f]", "");
        Map<String, Object> body = Map.of(
                "billId",
                billId,
                "version",
                1,
                "channel",
                "WEB_FORM",
                "submitter",
                Map.of("kind", "INDIVIDUAL", "name", "Achieng Otieno", "county", "KISUMU"),
                "consent",
                "PUBLISH_NAME",
                "text",
                "Maoni kuhusu mswada " + words,
                "proposals",
                java.util.List.of(Map.of(
                        "provision",
                        eId,
                        "stance",
                        "AMEND",
                        "proposedText",
                        "Ada ipunguzwe " + words,
                        "justification",
                        "Wafanyabiashara wadogo")));
        APIResponse response = page.request()
                .post(
                        "/api/memoranda",
                        RequestOptions.create()
                                .setHeader("Idempotency-Key", UUID.randomUUID().toString())
                                .setData(body));
        Assertions.assertThat(response.status()).as(response.text()).isEqualTo(201);
        return json(response);
    }

    /**
     * Runs the review workflow's due jobs until the memorandum waits in a user task (or it is done), as the job
     * executor would. The workflow starts after the submission commits, so the first rounds may find nothing yet.
     */
    private static void runJobs(Page page, String reference, String until) {
        RequestOptions admin = RequestOptions.create().setHeader("Authorization", ADMIN_BASIC);
        for (int round = 0; round < MAX_ROUNDS; round++) {
            JsonNode instances = json(page.request()
                    .get(
                            "/engine-rest/process-instance?processDefinitionKey=MemorandumReviewProcess&businessKey="
                                    + reference,
                            admin));
            if (!instances.isEmpty()) {
                String instance = instances.get(0).get("id").asText();
                JsonNode tasks = json(page.request().get("/engine-rest/task?processInstanceId=" + instance, admin));
                for (JsonNode task : tasks) {
                    if (until.contains(task.get("taskDefinitionKey").asText())) {
                        return;
                    }
                }
                JsonNode jobs = json(
                        page.request().get("/engine-rest/job?executable=true&processInstanceId=" + instance, admin));
                for (JsonNode job : jobs) {
                    APIResponse executed = page.request()
                            .post("/engine-rest/job/" + job.get("id").asText() + "/execute", admin);
                    Assertions.assertThat(executed.status())
                            .as("job %s of %s: %s", job.get("id").asText(), reference, executed.text())
                            .isEqualTo(204);
                }
            }
            if ("done".equals(until)
                    && !instances.isEmpty()
                    && instances.get(0).path("ended").asBoolean(false)) {
                return;
            }
            if ("done".equals(until) && instances.isEmpty() && round > 0) {
                return;
            }
            page.waitForTimeout(200);
        }
        throw new AssertionError("the review of " + reference + " never reached " + until);
    }

    /** From the inbox: shows my groups' tasks, claims the one for the memorandum and lands on its page. */
    private static void claimFromInbox(Page page, String reference) {
        page.locator(".site-header__nav a[href=\"/tasks\"]").click();
        assertThat(page.locator("main h1")).hasText("Tasks");
        page.locator("task-inbox a[href=\"/tasks?scope=groups\"]").click();
        Locator task = page.locator(".task-inbox__task", new Page.LocatorOptions().setHasText(reference));
        assertThat(task).hasCount(1);
        assertAccessible(page, "task inbox, my groups");
        task.locator("button[data-action=\"claim\"]").click();
        assertThat(page.locator("task-page")).isVisible();
        assertThat(page.locator("task-page")).containsText(reference);
    }

    @Test
    void clerkAndCommitteeWorkTheirTasksAndTheSubmitterSeesTheDecision(Page page) {
        JsonNode bill = MemorandumBrowserTest.billWithOpenCall(page);
        String billId = bill.get("id").asText();
        JsonNode tree = UiChecks.getJson(page, "/api/bills/" + billId + "/versions/1");
        String eId = UiChecks.firstOfType(tree.get("provisions"), "SECTION")
                .orElseThrow()
                .get("eId")
                .asText();
        JsonNode receipt = submit(page, billId, eId);
        String reference = receipt.get("reference").asText();
        String token = receipt.get("receiptToken").asText();
        runJobs(page, reference, "Task_Moderate Task_Triage");

        UiPages.signIn(page, UiPages.CLERK, UiPages.CLERK_PASSWORD);
        tabUntil(page, "the tasks link", html -> html.contains("href=\"/tasks\""));
        page.keyboard().press("Enter");
        assertThat(page.locator("main h1")).hasText("Tasks");
        assertAccessible(page, "task inbox, mine");

        claimFromInbox(page, reference);
        if (page.locator("form[data-form=\"moderate\"]").count() > 0) {
            assertAccessible(page, "moderation task");
            page.locator("form[data-form=\"moderate\"] button[type=submit]").click();
            assertThat(page.locator(".task-inbox__notice")).hasText("Task completed.");
            runJobs(page, reference, "Task_Triage");
            claimFromInbox(page, reference);
        }

        assertThat(page.locator("main h1")).hasText("Triage a memorandum");
        assertThat(page.locator("#memo-proposals-0-eIds")).hasValue(eId);
        assertAccessible(page, "triage task", "triage-task form");
        page.locator("#triage-themes-0").fill("ada, wafanyabiashara, Ada");
        page.locator("form[data-form=\"triage\"] button[type=submit]").click();
        assertThat(page.locator(".task-inbox__notice")).hasText("Task completed.");
        runJobs(page, reference, "Task_DecideProposals");

        page.locator("[data-action=\"sign-out\"]").click();
        UiPages.signIn(page, UiPages.COMMITTEE, UiPages.COMMITTEE_PASSWORD);
        claimFromInbox(page, reference);
        assertThat(page.locator("main h1")).hasText("Decide on proposals");
        // Reasons are required: the form says so before anything is sent.
        page.locator("#decide-decision-0-1").check();
        page.locator("form[data-form=\"decide\"] button[type=submit]").click();
        assertThat(page.locator("decision-task .error-summary")).isFocused();
        assertThat(page.locator("decision-task .error-summary")).containsText("Give the reasons.");
        assertAccessible(page, "decision task with errors", "decision-task");
        page.locator("#decide-reasons-0").fill("Kamati imekubali ada ipunguzwe kwa nusu.");
        page.locator("form[data-form=\"decide\"] button[type=submit]").click();
        assertThat(page.locator(".task-inbox__notice")).hasText("Task completed.");
        runJobs(page, reference, "done");

        page.locator("[data-action=\"sign-out\"]").click();
        page.locator(".site-header__nav a[href=\"/memoranda/status\"]").click();
        page.locator("#status-reference").fill(reference);
        page.locator("#status-token").fill(token);
        page.locator("memorandum-status button[type=submit]").click();
        assertThat(page.locator(".memorandum-status__facts")).containsText("The committee has responded");
        assertThat(page.locator(".memorandum-status__decision")).containsText("Accepted with amendment");
        assertThat(page.locator(".memorandum-status__decision")).containsText("Kamati imekubali ada ipunguzwe");
        assertThat(page.locator("workflow-steps li").first()).containsText("Done");
        assertAccessible(page, "status after the response");
    }

    @Test
    void taskInboxByKeyboardPassesAxeInBothLanguages(Page page) {
        UiPages.signIn(page, UiPages.CLERK, UiPages.CLERK_PASSWORD);
        tabUntil(page, "the tasks link", html -> html.contains("href=\"/tasks\""));
        page.keyboard().press("Enter");
        assertThat(page.locator("main h1")).hasText("Tasks");
        assertThat(page.locator("main h1")).isFocused();
        assertThat(page.locator("task-inbox a[href=\"/tasks?scope=mine\"]")).hasAttribute("aria-current", "page");
        assertAccessible(page, "task inbox, mine");
        tabUntil(page, "my groups' tasks", html -> html.contains("href=\"/tasks?scope=groups\""));
        page.keyboard().press("Enter");
        assertThat(page.locator("task-inbox a[href=\"/tasks?scope=groups\"]")).hasAttribute("aria-current", "page");
        page.locator(".site-header__lang").click();
        assertThat(page.locator("main h1")).hasText("Kazi");
        assertAccessible(page, "task inbox, my groups, in Kiswahili");
    }

    @Test
    void theTasksPageAsksTheSignedOutToSignIn(Page page) {
        UiPages.open(page, "/");
        page.evaluate("() => { history.pushState(null, '', '/tasks'); dispatchEvent(new PopStateEvent('popstate')); }");
        assertThat(page.locator("main h1")).hasText("Sign in");
        assertThat(page).hasURL(Pattern.compile(".*/signin\\?next=%2Ftasks$"));
    }

    @Test
    void clerkSeesTheCallPanelAndExtendsTheCall(Page page) {
        JsonNode bill = MemorandumBrowserTest.billWithOpenCall(page);
        String billId = bill.get("id").asText();
        UiPages.signIn(page, UiPages.CLERK, UiPages.CLERK_PASSWORD);
        UiPages.open(page, "/bills/" + billId);
        assertThat(page.locator("participation-call")).containsText("Open");
        assertAccessible(page, "call for memoranda panel", "participation-call");
        String closes = page.locator("#call-extend-closes").inputValue();
        // One year later than now: always later than the current closing time, so the extension is accepted.
        String later = (Integer.parseInt(closes.substring(0, 4)) + 1) + closes.substring(4);
        page.locator("#call-extend-closes").fill(later);
        page.locator("#call-extend-reason").fill("Ombi la wananchi");
        page.locator("participation-call button[value=\"EXTEND\"]").click();
        assertThat(page.locator(".participation-call__notice")).hasText("The call has been extended.");
        JsonNode call = UiChecks.getJson(page, "/api/bills/" + billId + "/participation");
        Assertions.assertThat(call.get("closesAt").asText()).startsWith(later.substring(0, 10));
        assertAccessible(page, "call for memoranda panel after extending", "participation-call");

        // Closing asks first; going back leaves the call open (other tests submit to it).
        page.locator("participation-call button[value=\"CLOSE\"]").click();
        assertThat(page.locator("#call-confirm-title")).isFocused();
        assertThat(page.locator("#call-confirm-title")).hasText(Pattern.compile("Close the call now\\?.*"));
        assertAccessible(page, "call panel asking to confirm", "participation-call");
        page.keyboard().press("Tab");
        page.keyboard().press("Tab");
        assertThat(page.locator("participation-call [data-action=\"cancel\"]")).isFocused();
        page.keyboard().press("Enter");
        assertThat(page.locator("participation-call button[value=\"CLOSE\"]")).isFocused();
        assertThat(page.locator("#call-confirm-title")).hasCount(0);
        Assertions.assertThat(UiChecks.getJson(page, "/api/bills/" + billId + "/participation")
                        .get("status")
                        .asText())
                .isEqualTo("OPEN");
    }
}
