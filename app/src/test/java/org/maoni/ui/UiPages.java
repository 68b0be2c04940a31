package org.maoni.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;

/** Page steps shared by the browser tests: opening pages once they have rendered, and signing in through the form. */
final class UiPages {

    static final String CLERK = "clerk";
    static final String CLERK_PASSWORD = "clerk-test-password";
    static final String COMMITTEE = "committee";
    static final String COMMITTEE_PASSWORD = "committee-test-password";

    private UiPages() {}

    /** Opens a path and waits until the page's main heading has rendered (the shell shows none while loading). */
    static void open(Page page, String path) {
        page.navigate(path);
        rendered(page);
    }

    /** Waits until the current view has rendered its heading. */
    static void rendered(Page page) {
        assertThat(page.locator("main h1")).isVisible();
    }

    /** Signs in through the sign-in page, as a user would, and waits for the header to show it. */
    static void signIn(Page page, String username, String password) {
        open(page, "/signin");
        page.getByLabel("Username").fill(username);
        page.getByLabel("Password").fill(password);
        page.locator("sign-in button[type=submit]").click();
        assertThat(page.locator(".site-header__user")).containsText(username);
    }
}
