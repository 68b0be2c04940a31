package org.maoni.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Rules about the UI's files as packaged (classpath {@code static/}): markup only through the escaping html template,
 * no third-party origins, every stylesheet and module the shell names exists, and the English and Kiswahili catalogs
 * have the same keys and placeholders.
 */
class UiSourceRulesTest {

    private static final PathMatchingResourcePatternResolver RESOLVER = new PathMatchingResourcePatternResolver();
    private static final Pattern RAW_MARKUP = Pattern.compile(
            "\\.(?:innerHTML|outerHTML)\\s*=|insertAdjacentHTML|document\\.write|createContextualFragment"
                    + "|DOMParser|\\beval\\(|new Function\\(");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z0-9_]+)\\}");

    private static Map<String, String> files(String pattern) throws IOException {
        Map<String, String> files = new TreeMap<>();
        for (Resource resource : RESOLVER.getResources("classpath:static/" + pattern)) {
            String url = resource.getURL().toString();
            files.put(
                    url.substring(url.indexOf("/static/") + "/static/".length()),
                    resource.getContentAsString(StandardCharsets.UTF_8));
        }
        return files;
    }

    @Test
    void markupReachesTheDomOnlyThroughTheHtmlTemplate() throws IOException {
        Map<String, String> scripts = files("**/*.js");
        assertThat(scripts).containsKeys("app.js", "lib/html.js", "lib/router.js");
        List<String> offenders = new ArrayList<>();
        scripts.forEach((path, source) -> {
            String checked = path.equals("lib/html.js")
                    // The one sanctioned sink: render() assigns an escaped TemplateResult, never a raw string.
                    ? source.replace("container.innerHTML = result.toString();", "")
                    : source;
            Matcher matcher = RAW_MARKUP.matcher(checked);
            while (matcher.find()) {
                offenders.add(path + ": " + matcher.group());
            }
        });
        assertThat(offenders)
                .as("raw markup sinks outside lib/html.js render()")
                .isEmpty();
    }

    @Test
    void nothingIsLoadedFromOtherOrigins() throws IOException {
        Map<String, String> all = new TreeMap<>(files("**/*.js"));
        all.putAll(files("**/*.css"));
        all.putAll(files("**/*.html"));
        Pattern remote =
                Pattern.compile("(?:src|href)\\s*=\\s*[\"']?(?:https?:)?//|@import\\s+url\\(\\s*[\"']?(?:https?:)?//"
                        + "|import\\s*\\(?\\s*[\"'](?:https?:)?//|from\\s+[\"'](?:https?:)?//");
        all.forEach((path, source) -> assertThat(remote.matcher(source).find())
                .as("%s loads from another origin", path)
                .isFalse());
    }

    @Test
    void everyComponentHasItsScriptAndStylesheetAndTheShellLinksThem() throws IOException {
        String index = files("index.html").get("index.html");
        assertThat(index).isNotNull();
        TreeSet<String> components = new TreeSet<>();
        for (String path : files("components/**/*.*").keySet()) {
            components.add(path.split("/")[1]);
        }
        assertThat(components).contains("site-header", "bill-list", "bill-page", "provision-tree", "sign-in");
        Map<String, String> scripts = files("components/**/*.js");
        Map<String, String> styles = files("components/**/*.css");
        for (String name : components) {
            String base = "components/" + name + "/" + name;
            assertThat(scripts).as("script of %s", name).containsKey(base + ".js");
            assertThat(styles).as("stylesheet of %s", name).containsKey(base + ".css");
            assertThat(index).as("index.html links %s.css", name).contains("href=\"/" + base + ".css\"");
        }
        Matcher references = Pattern.compile("(?:href|src)=\"(/[^\"#?]+)\"").matcher(index);
        while (references.find()) {
            String path = references.group(1).substring(1);
            if (!path.startsWith("api/") && !path.startsWith("v3/")) {
                assertThat(RESOLVER.getResource("classpath:static/" + path).exists())
                        .as("index.html refers to %s", path)
                        .isTrue();
            }
        }
    }

    @Test
    void everyModuleIsPreloadedByTheShell() throws IOException {
        String index = files("index.html").get("index.html");
        Map<String, String> modules = new TreeMap<>(files("lib/*.js"));
        modules.putAll(files("components/**/*.js"));
        assertThat(modules).isNotEmpty();
        for (String path : modules.keySet()) {
            assertThat(index)
                    .as("index.html preloads %s", path)
                    .contains("<link rel=\"modulepreload\" href=\"/" + path + "\">");
        }
    }

    @Test
    void catalogsHaveTheSameKeysAndPlaceholders() throws IOException {
        ObjectMapper json = new ObjectMapper();
        JsonNode english = json.readTree(files("i18n/en.json").get("i18n/en.json"));
        JsonNode kiswahili = json.readTree(files("i18n/sw.json").get("i18n/sw.json"));
        assertThat(names(kiswahili)).isEqualTo(names(english));
        for (String key : names(english)) {
            String en = english.get(key).asText();
            String sw = kiswahili.get(key).asText();
            assertThat(en).as("en %s", key).isNotBlank();
            assertThat(sw).as("sw %s", key).isNotBlank();
            assertThat(placeholders(sw)).as("placeholders of %s", key).isEqualTo(placeholders(en));
        }
    }

    private static TreeSet<String> names(JsonNode node) {
        TreeSet<String> names = new TreeSet<>();
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            names.add(it.next());
        }
        return names;
    }

    private static TreeSet<String> placeholders(String message) {
        TreeSet<String> found = new TreeSet<>();
        Matcher matcher = PLACEHOLDER.matcher(message);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }
}
