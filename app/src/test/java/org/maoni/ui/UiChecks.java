package org.maoni.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Page;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

/** Shared steps of the browser tests: the accessibility check, keyboard walking and reads of the public API. */
final class UiChecks {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_TABS = 400;
    private static final String DEMO_BILL_TITLE = "The County Markets and Street Trading Bill, 2026";

    private UiChecks() {}

    /**
     * A regular expression matching {@code text} literally, written with backslash escapes only (Playwright evaluates
     * URL patterns as JavaScript regular expressions, which do not understand what Pattern.quote writes).
     */
    static Pattern literal(String text) {
        return Pattern.compile(text.replaceAll("[\\\\^$.|?*+()\\[\\]{}]", "\\\\$0"));
    }

    /** A pattern for a URL ending with {@code pathAndFragment}. */
    static Pattern urlEndingWith(String pathAndFragment) {
        return Pattern.compile(".*" + literal(pathAndFragment).pattern() + "$");
    }

    /** Runs axe-core with the WCAG 2 A and AA rules on the page as it is now and asserts no violations. */
    static void assertAccessible(Page page, String what) {
        check(new AxeBuilder(page), page, what);
    }

    /** As {@link #assertAccessible(Page, String)}, for the part of the page matched by a CSS selector. */
    static void assertAccessible(Page page, String what, String selector) {
        check(new AxeBuilder(page).include(selector), page, what);
    }

    private static void check(AxeBuilder axe, Page page, String what) {
        AxeResults results = axe.withTags(List.of("wcag2a", "wcag2aa")).analyze();
        assertThat(results.getViolations())
                .as("axe violations on %s (%s)", what, page.url())
                .withFailMessage(() -> describe(results.getViolations()))
                .isEmpty();
    }

    private static String describe(List<Rule> violations) {
        return violations.stream()
                .map(rule -> rule.getId() + ": " + rule.getHelp() + " -> "
                        + rule.getNodes().stream()
                                .map(node -> String.valueOf(node.getTarget()) + " " + node.getHtml())
                                .collect(Collectors.joining("; ")))
                .collect(Collectors.joining("\n", "axe violations:\n", ""));
    }

    /**
     * Presses Tab until the focused element satisfies {@code wanted}, which sees the element's own markup without its
     * children (so focus falling back to the body never matches); fails after many presses.
     */
    static void tabUntil(Page page, String description, Predicate<String> wanted) {
        for (int i = 0; i < MAX_TABS; i++) {
            page.keyboard().press("Tab");
            String focused = (String) page.evaluate("() => document.activeElement?.cloneNode(false).outerHTML ?? ''");
            if (wanted.test(focused)) {
                return;
            }
        }
        throw new AssertionError("Tab never reached " + description);
    }

    /** Whether the focused element shows a focus indicator (an outline or a box shadow). */
    static boolean focusIsVisible(Page page) {
        return (Boolean) page.evaluate("""
                () => {
                  const style = getComputedStyle(document.activeElement);
                  return (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0)
                    || style.boxShadow !== 'none';
                }""");
    }

    static JsonNode getJson(Page page, String path) {
        APIResponse response = page.request().get(path);
        assertThat(response.status()).as("GET %s", path).isEqualTo(200);
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The demo bill's title; tests that register bills of their own give them other titles. */
    static final String DEMO_TITLE = "The County Markets and Street Trading Bill, 2026";

    /**
     * The demo bill loaded by the test profile, found by its title: the API lists the newest bill first, and tests
     * sharing the application context register bills of their own.
     */
    static JsonNode demoBill(Page page) {
        JsonNode bills = getJson(page, "/api/bills");
        for (JsonNode bill : bills) {
            if (DEMO_TITLE.equals(bill.path("title").asText())) {
                return bill;
            }
        }
        throw new AssertionError("the test profile loads the demo bill \"" + DEMO_TITLE + "\"");
    }

    /** The first provision of a version's tree, in document order, with the given type. */
    static Optional<JsonNode> firstOfType(JsonNode provisions, String type) {
        for (JsonNode node : provisions) {
            if (type.equals(node.path("type").asText())) {
                return Optional.of(node);
            }
            Optional<JsonNode> inside = firstOfType(node.path("children"), type);
            if (inside.isPresent()) {
                return inside;
            }
        }
        return Optional.empty();
    }

    static List<String> texts(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false)
                .map(JsonNode::asText)
                .toList();
    }
}
