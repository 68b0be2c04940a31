package org.maoni.annotation.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.maoni.annotation.model.AnnotationFormatException.Reason;
import org.maoni.annotation.model.ProvisionAnnotations.Proposal;
import org.maoni.annotation.model.ProvisionAnnotations.ProvisionTarget;
import org.maoni.memorandum.Stance;

class AnnotationJsonTest {

    static Stream<String> correct() {
        return WebAnnotationSamples.correct().stream();
    }

    static Stream<String> incorrect() {
        return WebAnnotationSamples.incorrect().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("correct")
    void everyCorrectW3cSampleIsAccepted(String name) {
        JsonNode json = AnnotationJson.tree(WebAnnotationSamples.read("correct/" + name));
        List<Annotation> read = AnnotationJson.readAll(json);
        if (name.startsWith("anno")) {
            Annotation annotation = AnnotationJson.read(json);
            assertThat(read).containsExactly(annotation);
            // Written back, it reads as the same annotation and still passes the W3C definitions.
            ObjectNode written = AnnotationJson.write(annotation);
            assertThat(AnnotationJson.read(written)).isEqualTo(annotation);
            // Nothing is lost: every property of the sample is written back (arrays of one may become one value).
            assertThat(normalised(written)).isEqualTo(normalised(json));
            assertThat(WebAnnotationSchemaTest.validate(written))
                    .as(written.toPrettyString())
                    .isEmpty();
        }
    }

    /** The JSON with every one-element array replaced by its element and TextualBody/SpecificResource types added. */
    private static JsonNode normalised(JsonNode node) {
        if (node.isArray()) {
            if (node.size() == 1) {
                return normalised(node.get(0));
            }
            com.fasterxml.jackson.databind.node.ArrayNode out =
                    com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.arrayNode();
            node.forEach(n -> out.add(normalised(n)));
            return out;
        }
        if (node.isObject()) {
            ObjectNode out = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            node.fields().forEachRemaining(e -> out.set(e.getKey(), normalised(e.getValue())));
            if (out.has("value") && !out.has("type") && !out.has("source")) {
                out.put("type", "TextualBody");
            }
            if (out.has("source") && !out.has("type")) {
                out.put("type", "SpecificResource");
            }
            if (out.has("bodyValue")) {
                ObjectNode body = out.putObject("body");
                body.put("type", "TextualBody");
                body.set("value", out.remove("bodyValue"));
                body.put("format", "text/plain");
            }
            return out;
        }
        return node;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("incorrect")
    void everyIncorrectW3cSampleIsRefused(String name) {
        assertThatThrownBy(() ->
                        AnnotationJson.readAll(AnnotationJson.tree(WebAnnotationSamples.read("incorrect/" + name))))
                .isInstanceOf(AnnotationFormatException.class);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("incorrect")
    void incorrectSamplesAreRefusedForTheirOwnFaultNotOnlyTheirRepeatedId(String name) {
        // Most incorrect samples also carry two ids; with one id they must still be refused, for the labelled fault.
        String text = WebAnnotationSamples.read("incorrect/" + name);
        JsonNode json;
        try {
            json = AnnotationJson.tree(text);
        } catch (AnnotationFormatException e) {
            assertThat(e.reason()).isEqualTo(Reason.INVALID_JSON);
            return;
        }
        if (!(json instanceof ObjectNode object) || !object.path("id").isArray() || name.equals("anno7.json")) {
            return;
        }
        object.put("id", "http://example.org/1");
        String label = object.path("label").asText();
        if (label.equals("bad language")) {
            // The sample misspells the key ("langauage"), which makes it an extension property, not a bad language.
            assertThat(AnnotationJson.read(object).bodies()).hasSize(1);
            return;
        }
        assertThatThrownBy(() -> AnnotationJson.read(object)).as(label).isInstanceOf(AnnotationFormatException.class);
    }

    @Test
    void refusalsNameTheReasonAndThePath() {
        assertRefused("not json", Reason.INVALID_JSON, "$");
        assertRefused("", Reason.INVALID_JSON, "$");
        assertRefused("[]", Reason.NOT_AN_OBJECT, "$");
        assertRefused(
                "{\"id\":\"http://x.org/1\",\"type\":\"Annotation\",\"target\":\"http://x.org/t\"}",
                Reason.BAD_CONTEXT,
                "$['@context']");
        assertRefused(
                annotation("\"target\":\"http://x.org/t\"").replace("\"id\":\"http://x.org/a\",", ""),
                Reason.BAD_ID,
                "$.id");
        assertRefused(annotation(""), Reason.MISSING_TARGET, "$.target");
        assertRefused(annotation("\"target\":9"), Reason.BAD_RESOURCE, "$.target");
        assertRefused(
                annotation("\"target\":\"http://x.org/t\",\"motivation\":\"shouting\""),
                Reason.BAD_MOTIVATION,
                "$.motivation");
        assertRefused(
                annotation("\"target\":\"http://x.org/t\",\"created\":\"2026-11-23\""), Reason.BAD_DATE, "$.created");
        assertRefused(annotation("\"target\":\"http://x.org/t\",\"creator\":6"), Reason.BAD_AGENT, "$.creator");
        assertRefused(
                annotation(
                        "\"target\":{\"source\":\"http://x.org/t\",\"selector\":{\"type\":\"TextPositionSelector\",\"start\":5,\"end\":2}}"),
                Reason.BAD_SELECTOR,
                "$.target.selector.end");
        assertRefused(
                annotation(
                        "\"target\":[\"http://x.org/t\",{\"source\":\"http://x.org/t\",\"selector\":{\"type\":\"TextQuoteSelector\"}}]"),
                Reason.BAD_SELECTOR,
                "$.target[1].selector.exact");
        assertRefused(
                annotation("\"target\":\"http://x.org/t\",\"body\":\"http://x.org/b\\u0000\""),
                Reason.BAD_RESOURCE,
                "$.body");
    }

    private static String annotation(String rest) {
        return "{\"@context\":\"" + AnnotationJson.CONTEXT + "\",\"id\":\"http://x.org/a\",\"type\":\"Annotation\""
                + (rest.isEmpty() ? "" : "," + rest) + "}";
    }

    private static void assertRefused(String json, Reason reason, String path) {
        assertThatThrownBy(() -> AnnotationJson.parse(json))
                .isInstanceOfSatisfying(AnnotationFormatException.class, e -> {
                    assertThat(e.reason()).isEqualTo(reason);
                    assertThat(e.path()).isEqualTo(path);
                });
    }

    @Test
    void maoniAnnotationsRoundTripWithTheirProvisionTargetAndProposal() {
        for (AnnotationExamples.Example example : AnnotationExamples.all()) {
            ObjectNode json = AnnotationJson.write(example.annotation());
            Annotation back = AnnotationJson.read(AnnotationJson.tree(json.toString()));
            assertThat(back).as(example.name()).isEqualTo(example.annotation());
            ProvisionTarget target = ProvisionAnnotations.target(back);
            assertThat(target.versionIri()).isEqualTo(AnnotationExamples.VERSION);
            assertThat(target.position()).isNotNull();
        }
        Annotation amend = AnnotationExamples.all().get(0).annotation();
        assertThat(ProvisionAnnotations.proposal(amend))
                .contains(
                        new Proposal(Stance.AMEND, "The Authority shall issue licences", "Discretion invites abuse."));
        assertThat(ProvisionAnnotations.comment(amend)).contains("Replace 'may' with 'shall'.");
        ProvisionTarget target = ProvisionAnnotations.target(amend);
        assertThat(target.eId()).isEqualTo("sec_5__subsec_2");
        assertThat(target.quote().exact()).isEqualTo("may");
        assertThat(target.position().start()).isEqualTo(19);
        JsonNode json = AnnotationJson.write(amend);
        assertThat(json.at("/target/selector/0/conformsTo").asText()).isEqualTo(Selector.Fragment.AKN_NAMING);
        assertThat(json.at("/target/selector/0/refinedBy/type").asText()).isEqualTo("TextQuoteSelector");
        assertThat(json.at("/target/selector/1/refinedBy/type").asText()).isEqualTo("TextPositionSelector");
        assertThat(json.at("/body/1/source").asText()).isEqualTo("urn:maoni:stance:amend");
    }

    @Test
    void aTargetOutsideTheProfileIsRefusedAsUnsupported() {
        Annotation plain = AnnotationJson.parse(annotation("\"target\":\"http://x.org/t\""));
        assertThatThrownBy(() -> ProvisionAnnotations.target(plain))
                .isInstanceOfSatisfying(
                        AnnotationFormatException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.UNSUPPORTED_TARGET));
        String twoProvisions = annotation(
                "\"target\":{\"source\":\"" + AnnotationExamples.VERSION + "\",\"selector\":["
                        + "{\"type\":\"FragmentSelector\",\"value\":\"sec_1\",\"refinedBy\":{\"type\":\"TextQuoteSelector\",\"exact\":\"a\"}},"
                        + "{\"type\":\"FragmentSelector\",\"value\":\"sec_2\",\"refinedBy\":{\"type\":\"TextPositionSelector\",\"start\":0,\"end\":1}}]}");
        assertThatThrownBy(() -> ProvisionAnnotations.target(AnnotationJson.parse(twoProvisions)))
                .isInstanceOfSatisfying(AnnotationFormatException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.UNSUPPORTED_TARGET);
                    assertThat(e.path()).isEqualTo("$.target.selector[1].value");
                });
        String otherSource = annotation(
                "\"target\":{\"source\":\"http://x.org/page\",\"selector\":"
                        + "{\"type\":\"FragmentSelector\",\"value\":\"sec_1\",\"refinedBy\":{\"type\":\"TextQuoteSelector\",\"exact\":\"a\"}}}");
        assertThatThrownBy(() -> ProvisionAnnotations.target(AnnotationJson.parse(otherSource)))
                .isInstanceOfSatisfying(
                        AnnotationFormatException.class,
                        e -> assertThat(e.path()).isEqualTo("$.target.source"));
    }

    @Test
    void oneValueOrAnArrayAndStringOrObjectBodiesAreAllAccepted() {
        Annotation a = AnnotationJson.parse(
                annotation(
                        "\"motivation\":[\"commenting\",\"oa:tagging\"],\"body\":[\"http://x.org/b\",{\"type\":\"TextualBody\",\"value\":\"Karibu 👋 مرحبا\",\"language\":\"sw\"}],\"target\":[\"http://x.org/t\"]"));
        assertThat(a.motivations()).containsExactly(Motivation.COMMENTING, Motivation.TAGGING);
        assertThat(a.bodies()).hasSize(2);
        assertThat(((Resource.TextualBody) a.bodies().get(1)).value()).isEqualTo("Karibu 👋 مرحبا");
        Annotation bodyValue =
                AnnotationJson.parse(annotation("\"bodyValue\":\"Comment\",\"target\":\"http://x.org/t\""));
        assertThat(bodyValue.bodies())
                .containsExactly(
                        new Resource.TextualBody(null, "Comment", "text/plain", null, null, java.util.Map.of()));
    }
}
