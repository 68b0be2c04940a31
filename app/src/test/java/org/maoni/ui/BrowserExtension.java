package org.maoni.ui;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Runs browser tests in the system Chromium through Playwright: one Playwright and one headless Chromium per JVM
 * (closed when the test run ends) and a fresh browser context and {@link Page} per test, pointed at the application
 * started by {@code @SpringBootTest(webEnvironment = RANDOM_PORT)}. Without {@value #CHROMIUM} the tests are skipped,
 * unless {@code maoni.test.require=true} or {@code CI=true}, where they fail.
 */
public final class BrowserExtension implements BeforeAllCallback, ParameterResolver, AfterTestExecutionCallback {

    static final String CHROMIUM = "/usr/bin/chromium";
    private static final double TIMEOUT_MS = 15_000;

    private static final List<String> CHROMIUM_ARGS = List.of(
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync");
    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(BrowserExtension.class);

    @Override
    public void beforeAll(ExtensionContext context) {
        requireChromium(Path.of(CHROMIUM), required());
        // Assertions wait only until they hold; the generous limit is for loaded CI machines, not for slow pages.
        PlaywrightAssertions.setDefaultAssertionTimeout(TIMEOUT_MS);
        browser(context);
    }

    /** Returns when {@code chromium} can run; otherwise aborts the tests (skipped) or, when required, fails them. */
    static void requireChromium(Path chromium, boolean required) {
        if (!Files.isExecutable(chromium)) {
            String message = "Browser tests need Chromium at " + chromium + " (apt-get install -y chromium)";
            if (required) {
                throw new IllegalStateException(message + "; they are required here (maoni.test.require or CI).");
            }
            Assumptions.abort(message + "; skipping.");
        }
    }

    static boolean required() {
        return Boolean.getBoolean("maoni.test.require") || "true".equalsIgnoreCase(System.getenv("CI"));
    }

    private static Browser browser(ExtensionContext context) {
        return context.getRoot()
                .getStore(NAMESPACE)
                .getOrComputeIfAbsent(SharedBrowser.class, key -> SharedBrowser.launch(), SharedBrowser.class)
                .browser();
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == Page.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        String port =
                SpringExtension.getApplicationContext(context).getEnvironment().getProperty("local.server.port");
        if (port == null) {
            throw new ParameterResolutionException("No local.server.port: use @SpringBootTest(webEnvironment = "
                    + "RANDOM_PORT) on " + context.getRequiredTestClass().getSimpleName());
        }
        // A fixed English locale, so "no stored choice" means English whatever the machine's language is.
        BrowserContext browserContext = browser(context)
                .newContext(new Browser.NewContextOptions()
                        .setBaseURL("http://localhost:" + port)
                        .setLocale("en-GB")
                        .setViewportSize(1024, 768));
        browserContext.setDefaultTimeout(TIMEOUT_MS);
        Page page = browserContext.newPage();
        List<String> pageErrors = new ArrayList<>();
        page.onPageError(pageErrors::add);
        context.getStore(NAMESPACE).put(TestPage.class, new TestPage(browserContext, page, pageErrors));
        return page;
    }

    @Override
    public void afterTestExecution(ExtensionContext context) {
        TestPage testPage = context.getStore(NAMESPACE).get(TestPage.class, TestPage.class);
        if (testPage == null) {
            return;
        }
        // Uncaught script errors fail a test that otherwise passed: the UI must not throw behind the user's back.
        if (context.getExecutionException().isEmpty() && !testPage.pageErrors().isEmpty()) {
            throw new AssertionError("Uncaught errors in the page: " + testPage.pageErrors());
        }
        if (context.getExecutionException().isPresent()) {
            Path shot = Path.of(
                    "target", "ui-failures", context.getDisplayName().replaceAll("[^A-Za-z0-9._-]", "_") + ".png");
            testPage.page()
                    .screenshot(new Page.ScreenshotOptions().setPath(shot).setFullPage(true));
        }
    }

    /** The JVM-wide Playwright and browser, closed by JUnit when the root context closes. */
    private record SharedBrowser(Playwright playwright, Browser browser)
            implements ExtensionContext.Store.CloseableResource {

        static SharedBrowser launch() {
            Playwright playwright = Playwright.create(
                    new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
            // Playwright gives every launch its own temporary user-data directory, so each run starts clean.
            Browser browser = playwright
                    .chromium()
                    .launch(new BrowserType.LaunchOptions()
                            .setExecutablePath(Path.of(CHROMIUM))
                            .setHeadless(true)
                            .setArgs(CHROMIUM_ARGS));
            return new SharedBrowser(playwright, browser);
        }

        @Override
        public void close() {
            browser.close();
            playwright.close();
        }
    }

    /** One test's browser context, closed with the test. */
    private record TestPage(BrowserContext browserContext, Page page, List<String> pageErrors)
            implements ExtensionContext.Store.CloseableResource {

        @Override
        public void close() {
            browserContext.close();
        }
    }
}
