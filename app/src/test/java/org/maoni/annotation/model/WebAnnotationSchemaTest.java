package org.maoni.annotation.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Validates what {@link AnnotationJson#write} produces against the W3C Web Annotation test-suite definitions (composed
 * into one schema by {@code schemas/web-annotation-checks/annotation.json}), and checks that the composed schema
 * itself tells the W3C correct samples from the incorrect ones.
 */
class WebAnnotationSchemaTest {

    static final JsonSchema SCHEMA = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4)
            .getSchema(
                    SchemaLocation.of("classpath:schemas/web-annotation-checks/annotation.json"),
                    SchemaValidatorsConfig.builder()
                            .formatAssertionsEnabled(true)
                            .build());

    private static final ObjectMapper MAPPER = new ObjectMapper();

    static Set<ValidationMessage> validate(JsonNode node) {
        return SCHEMA.validate(node);
    }

    static Stream<AnnotationExamples.Example> produced() {
        return AnnotationExamples.all().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("produced")
    void everyProducedAnnotationValidates(AnnotationExamples.Example example) {
        JsonNode json = AnnotationJson.write(example.annotation());
        assertThat(validate(json)).as(json.toPrettyString()).isEmpty();
    }

    static Stream<String> correctAnnotations() {
        return WebAnnotationSamples.correct().stream().filter(name -> name.startsWith("anno"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("correctAnnotations")
    void theComposedSchemaAcceptsTheCorrectSamples(String name) throws IOException {
        JsonNode json = MAPPER.readTree(WebAnnotationSamples.read("correct/" + name));
        assertThat(validate(json)).as(name).isEmpty();
    }

    static Stream<String> incorrectJsonSamples() {
        return WebAnnotationSamples.incorrect().stream().filter(name -> {
            try {
                MAPPER.readTree(WebAnnotationSamples.read("incorrect/" + name));
                return true;
            } catch (IOException e) {
                return false;
            }
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("incorrectJsonSamples")
    void theComposedSchemaRefusesTheIncorrectSamples(String name) throws IOException {
        JsonNode json = MAPPER.readTree(WebAnnotationSamples.read("incorrect/" + name));
        assertThat(validate(json)).as(name).isNotEmpty();
    }

    @Test
    void theCopiedW3cFilesAreUnchanged() throws Exception {
        List<String> expected = List.of(
                "530a5c60b3bed13fbc209f3be2546ab17e49f682962959e51cdeef6bcb537700  annotations.json",
                "2ace7d91f0b0c9d0e17930854b6541023b2601cd876ee77d6be8208ee4a0436c  bodyTarget.json",
                "2910cb6560ada7c38211c45e828523611d566a3d2898e227b85c57680271d393  choiceSet.json",
                "e02213ae371d5b9f412ffadfff92d09282d4c6bbb4571008fda7532889ef421e  collections.json",
                "82c7dbb1c70fe59a63c52b2077131a6c42925ab79f8b92803d3f29b0c666fffb  id.json",
                "c3f2a9f6477f1f630c8f984a96c92c1e03b0a7da28a255b8e166c49388314c37  otherProperties.json",
                "1d951b027cfa0375e297078694ed3af746cf7f2303c3c73d69deb7b17b782d4f  specificResource.json");
        for (String line : expected) {
            String file = line.substring(66);
            try (InputStream in =
                    WebAnnotationSchemaTest.class.getResourceAsStream("/schemas/web-annotation/" + file)) {
                byte[] digest = MessageDigest.getInstance("SHA-256").digest(in.readAllBytes());
                assertThat(HexFormat.of().formatHex(digest) + "  " + file).isEqualTo(line);
            }
        }
        String notice = WebAnnotationSamples.read("../NOTICE.md");
        expected.forEach(line -> assertThat(notice).contains(line));
        assertThat(notice.getBytes(StandardCharsets.UTF_8)).isNotEmpty();
    }
}
