package org.maoni.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * Unit tests of the UI's framework-free ES modules (html escaping, i18n, router, tree helpers, API client, formatting,
 * component templates), run inside Chromium against the modules the application serves, so no Node is needed. Each
 * {@code *.test.js} file under this package's resources registers tests with a tiny harness; each becomes a JUnit test.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@ExtendWith(BrowserExtension.class)
class JsModulesBrowserTest {

    private static final List<String> SUITES = List.of(
            "html",
            "i18n",
            "router",
            "tree",
            "api",
            "format",
            "components",
            "changes",
            "compare",
            "memorandum",
            "review",
            "memo-components",
            "annotation",
            "reports",
            "search");

    @TestFactory
    Stream<DynamicContainer> modules(Page page) {
        // A plain script file of the app as the document: same origin for import(), and no app code running.
        page.navigate("/nomodule.js");
        String harness = resource("harness.js");
        // Run every suite now, while the page is open; JUnit reports the results afterwards.
        List<DynamicContainer> containers = SUITES.stream()
                .map(suite -> {
                    List<Map<String, Object>> results = run(page, harness, resource(suite + ".test.js"));
                    assertThat(results)
                            .as("tests registered by %s.test.js", suite)
                            .isNotEmpty();
                    return DynamicContainer.dynamicContainer(
                            suite,
                            results.stream()
                                    .map(result -> DynamicTest.dynamicTest(String.valueOf(result.get("name")), () -> {
                                        assertThat(result.get("ok"))
                                                .as("%s: %s%n%s", suite, result.get("name"), result.get("message"))
                                                .isEqualTo(Boolean.TRUE);
                                    })));
                })
                .toList();
        return containers.stream();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> run(Page page, String harness, String suite) {
        return (List<Map<String, Object>>)
                page.evaluate("async () => {\n" + harness + "\n" + suite + "\nreturn await run();\n}");
    }

    private static String resource(String name) {
        try (InputStream in = JsModulesBrowserTest.class.getResourceAsStream("js/" + name)) {
            assertThat(in).as("test resource js/%s", name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
