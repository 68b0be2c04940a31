package org.maoni.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** The clerk's register-bill form: who may see it, and errors shown next to the fields they concern. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@ExtendWith(BrowserExtension.class)
class RegisterBillBrowserTest {

    @Test
    void signedOutVisitorsAreSentToSignIn(Page page) {
        UiPages.open(page, "/bills/new");
        assertThat(page.locator("register-bill form")).hasCount(0);
        page.locator("register-bill a[href^=\"/signin\"]").click();
        assertThat(page.locator("main h1")).hasText("Sign in");
        page.getByLabel("Username").fill(UiPages.CLERK);
        page.getByLabel("Password").fill(UiPages.CLERK_PASSWORD);
        page.getByLabel("Password").press("Enter");
        assertThat(page).hasURL(Pattern.compile(".*/bills/new$"));
        assertThat(page.locator("register-bill form")).isVisible();
    }

    @Test
    void committeeMembersCannotRegister(Page page) {
        UiPages.signIn(page, UiPages.COMMITTEE, UiPages.COMMITTEE_PASSWORD);
        assertThat(page.locator(".site-header__nav a[href=\"/bills/new\"]")).hasCount(0);
        UiPages.open(page, "/bills/new");
        assertThat(page.locator("register-bill form")).hasCount(0);
        assertThat(page.locator("register-bill")).containsText("cannot register bills");
    }

    @Test
    void missingFieldsAreReportedNextToThemAndLinkedFromTheSummary(Page page) {
        UiPages.signIn(page, UiPages.CLERK, UiPages.CLERK_PASSWORD);
        UiPages.open(page, "/bills/new");
        page.getByLabel("Year").fill("24");
        page.locator("register-bill button[type=submit]").click();

        var summary = page.locator(".error-summary");
        assertThat(summary).isFocused();
        assertThat(summary.locator("a")).hasCount(2);
        assertThat(page.locator("#register-file-error")).hasText("Choose the bill document.");
        assertThat(page.locator("#register-year-error")).containsText("four digits");
        assertThat(page.getByLabel("Year")).hasAttribute("aria-invalid", "true");
        assertThat(page.getByLabel("Year")).hasValue("24");

        summary.locator("a[href=\"#register-year\"]").click();
        assertThat(page.getByLabel("Year")).isFocused();
    }

    @Test
    void serverProblemDetailsAreShownAndTheFormKeepsItsInput(Page page) {
        UiPages.signIn(page, UiPages.CLERK, UiPages.CLERK_PASSWORD);
        UiPages.open(page, "/bills/new");
        // Not a bill: the server refuses it with a problem document instead of registering anything.
        page.getByLabel("Bill document")
                .setInputFiles(new FilePayload(
                        "shopping-list.txt", "text/plain", "maziwa, mkate, sukari".getBytes(StandardCharsets.UTF_8)));
        page.getByLabel("House").selectOption("National Assembly");
        page.getByLabel("Sponsor").fill("Mhe. Wanjiru 🇰🇪");
        page.locator("register-bill button[type=submit]").click();

        var summary = page.locator(".error-summary");
        assertThat(summary).isFocused();
        assertThat(summary.locator("p").first()).not().isEmpty();
        assertThat(page).hasURL(Pattern.compile(".*/bills/new$"));
        assertThat(page.getByLabel("Sponsor")).hasValue("Mhe. Wanjiru 🇰🇪");
        assertThat(page.getByLabel("House")).hasValue("National Assembly");
        assertThat(page.locator("register-bill button[type=submit]")).isEnabled();
    }
}
