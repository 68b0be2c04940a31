package org.maoni.annotation.model;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.maoni.annotation.model.AnnotationFormatException.Reason;

/**
 * Reads and writes W3C Web Annotations as JSON-LD (compacted with the context {@value #CONTEXT}). Reading accepts the
 * shapes the model allows (one value or an array; a resource as an IRI or an object; bodyValue for a plain-text body)
 * and refuses what breaks its MUSTs with an {@link AnnotationFormatException} naming the reason and the JSON path.
 * Thread-safe.
 */
public final class AnnotationJson {

    /** The Web Annotation JSON-LD context. */
    public static final String CONTEXT = "http://www.w3.org/ns/anno.jsonld";

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Set<String> ANNOTATION_KEYS = Set.of(
            "@context", "id", "type", "motivation", "creator", "created", "modified", "body", "bodyValue", "target");
    private static final Set<String> TEXT_DIRECTIONS = Set.of("ltr", "rtl", "auto");
    private static final Pattern MEDIA_TYPE =
            Pattern.compile("(application|audio|example|font|image|message|model|multipart|text|video)/[^\\s]+");
    private static final Pattern LANGUAGE = Pattern.compile("[a-zA-Z]{2,3}(-[a-zA-Z0-9]{1,8})*");

    private AnnotationJson() {}

    /** Parses JSON text and reads the annotation in it. */
    public static Annotation parse(String json) {
        return read(tree(json));
    }

    /** Parses JSON text, refusing what is not JSON with {@link Reason#INVALID_JSON}. */
    public static JsonNode tree(String json) {
        try {
            JsonNode node = MAPPER.readTree(json == null ? "" : json);
            if (node == null || node.isMissingNode()) {
                throw new AnnotationFormatException(Reason.INVALID_JSON, "$", "The document is empty");
            }
            return node;
        } catch (JsonProcessingException e) {
            throw new AnnotationFormatException(
                    Reason.INVALID_JSON, "$", "The document is not JSON: " + e.getOriginalMessage());
        }
    }

    /** Reads one annotation, which must carry the Web Annotation context. */
    public static Annotation read(JsonNode node) {
        requireObject(node, "$");
        requireContext(node);
        return annotation(node, "$");
    }

    /**
     * Reads an annotation, an AnnotationCollection (with the annotations of its embedded first page) or an
     * AnnotationPage, and returns the annotations embedded in it; annotations given only by IRI are not returned.
     */
    public static List<Annotation> readAll(JsonNode node) {
        requireObject(node, "$");
        requireContext(node);
        List<String> types = strings(node.get("type"), "$.type", Reason.BAD_TYPE);
        if (types.contains("AnnotationCollection")) {
            return collection(node);
        }
        if (types.contains("AnnotationPage")) {
            return page(node, "$");
        }
        return List.of(annotation(node, "$"));
    }

    private static List<Annotation> collection(JsonNode node) {
        requireId(node, "$", true);
        if (node.has("label")) {
            strings(node.get("label"), "$.label", Reason.BAD_PROPERTY);
        }
        if (node.has("total")) {
            JsonNode total = node.get("total");
            if (!total.isIntegralNumber() || total.asLong() < 0) {
                throw new AnnotationFormatException(
                        Reason.BAD_PROPERTY, "$.total", "total must be one non-negative integer");
            }
        }
        for (String key : List.of("last")) {
            if (node.has(key)) {
                uri(node.get(key), "$." + key, Reason.BAD_PROPERTY);
            }
        }
        JsonNode first = node.get("first");
        if (first == null) {
            return List.of();
        }
        if (first.isTextual()) {
            uri(first, "$.first", Reason.BAD_PROPERTY);
            return List.of();
        }
        requireObject(first, "$.first");
        return page(first, "$.first");
    }

    private static List<Annotation> page(JsonNode node, String path) {
        if (!strings(node.get("type"), path + ".type", Reason.BAD_TYPE).contains("AnnotationPage")) {
            throw new AnnotationFormatException(Reason.BAD_TYPE, path + ".type", "An AnnotationPage was expected");
        }
        for (String key : List.of("partOf", "next", "prev")) {
            if (node.has(key)) {
                uri(node.get(key), path + "." + key, Reason.BAD_PROPERTY);
            }
        }
        JsonNode items = node.get("items");
        if (items == null || !items.isArray()) {
            throw new AnnotationFormatException(Reason.BAD_PROPERTY, path + ".items", "A page needs an items array");
        }
        List<Annotation> out = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            JsonNode item = items.get(i);
            String at = path + ".items[" + i + "]";
            if (item.isTextual()) {
                uri(item, at, Reason.BAD_ID);
            } else {
                requireObject(item, at);
                out.add(annotation(item, at));
            }
        }
        return out;
    }

    private static Annotation annotation(JsonNode node, String path) {
        String id = requireId(node, path, true);
        if (!strings(node.get("type"), path + ".type", Reason.BAD_TYPE).contains("Annotation")) {
            throw new AnnotationFormatException(Reason.BAD_TYPE, path + ".type", "The type must include Annotation");
        }
        List<Motivation> motivations = new ArrayList<>();
        if (node.has("motivation")) {
            for (String term : strings(node.get("motivation"), path + ".motivation", Reason.BAD_MOTIVATION)) {
                motivations.add(motivation(term, path + ".motivation"));
            }
        }
        List<Agent> creators = agents(node.get("creator"), path + ".creator");
        Instant created = date(node.get("created"), path + ".created");
        Instant modified = date(node.get("modified"), path + ".modified");
        checkCommon(node, path);
        List<Resource> bodies = new ArrayList<>();
        if (node.has("bodyValue")) {
            if (node.has("body")) {
                throw new AnnotationFormatException(
                        Reason.BAD_BODY_VALUE,
                        path + ".bodyValue",
                        "An annotation may have body or bodyValue, not both");
            }
            JsonNode value = node.get("bodyValue");
            if (!value.isTextual()) {
                throw new AnnotationFormatException(
                        Reason.BAD_BODY_VALUE, path + ".bodyValue", "bodyValue must be exactly one string");
            }
            bodies.add(new Resource.TextualBody(null, value.asText(), "text/plain", null, null, Map.of()));
        } else if (node.has("body")) {
            bodies.addAll(resources(node.get("body"), path + ".body"));
        }
        if (!node.has("target")) {
            throw new AnnotationFormatException(
                    Reason.MISSING_TARGET, path + ".target", "An annotation needs a target");
        }
        List<Resource> targets = resources(node.get("target"), path + ".target");
        if (targets.isEmpty()) {
            throw new AnnotationFormatException(
                    Reason.MISSING_TARGET, path + ".target", "An annotation needs a target");
        }
        if (node.has("generator")) {
            agents(node.get("generator"), path + ".generator");
        }
        if (node.has("generated")) {
            date(node.get("generated"), path + ".generated");
        }
        return new Annotation(
                id, motivations, creators, created, modified, bodies, targets, others(node, ANNOTATION_KEYS));
    }

    // The MUSTs that apply to annotations, bodies and targets alike.
    private static void checkCommon(JsonNode node, String path) {
        for (String key : List.of("rights", "via")) {
            if (node.has(key)) {
                for (JsonNode v : values(node.get(key))) {
                    uri(v, path + "." + key, Reason.BAD_PROPERTY);
                }
            }
        }
        if (node.has("canonical")) {
            uri(node.get("canonical"), path + ".canonical", Reason.BAD_PROPERTY);
        }
        if (node.has("format")) {
            for (String f : strings(node.get("format"), path + ".format", Reason.BAD_PROPERTY)) {
                if (!MEDIA_TYPE.matcher(f).matches()) {
                    throw new AnnotationFormatException(
                            Reason.BAD_PROPERTY, path + ".format", "Not a media type: " + f);
                }
            }
        }
        if (node.has("language")) {
            for (String l : strings(node.get("language"), path + ".language", Reason.BAD_PROPERTY)) {
                if (!LANGUAGE.matcher(l).matches()) {
                    throw new AnnotationFormatException(
                            Reason.BAD_PROPERTY, path + ".language", "Not a language tag: " + l);
                }
            }
        }
        if (node.has("processingLanguage") && !node.get("processingLanguage").isTextual()) {
            throw new AnnotationFormatException(
                    Reason.BAD_PROPERTY, path + ".processingLanguage", "processingLanguage must be one string");
        }
        if (node.has("textDirection")
                && !(node.get("textDirection").isTextual()
                        && TEXT_DIRECTIONS.contains(node.get("textDirection").asText()))) {
            throw new AnnotationFormatException(
                    Reason.BAD_PROPERTY, path + ".textDirection", "textDirection must be one of ltr, rtl, auto");
        }
        if (node.has("purpose")) {
            for (String term : strings(node.get("purpose"), path + ".purpose", Reason.BAD_MOTIVATION)) {
                motivation(term, path + ".purpose");
            }
        }
    }

    private static List<Resource> resources(JsonNode node, String path) {
        List<Resource> out = new ArrayList<>();
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                out.add(resource(node.get(i), path + "[" + i + "]"));
            }
        } else {
            out.add(resource(node, path));
        }
        return out;
    }

    private static Resource resource(JsonNode node, String path) {
        if (node.isTextual()) {
            return Resource.External.of(uri(node, path, Reason.BAD_RESOURCE));
        }
        if (!node.isObject()) {
            throw new AnnotationFormatException(
                    Reason.BAD_RESOURCE, path, "A body or target must be an IRI or an object");
        }
        String id = node.has("id") ? requireId(node, path, false) : null;
        List<String> types = node.has("type") ? strings(node.get("type"), path + ".type", Reason.BAD_TYPE) : List.of();
        checkCommon(node, path);
        if (node.has("creator")) {
            agents(node.get("creator"), path + ".creator");
        }
        for (String key : List.of("created", "modified", "generated")) {
            if (node.has(key)) {
                date(node.get(key), path + "." + key);
            }
        }
        List<Resource.Set.Kind> sets = types.stream()
                .map(Resource.Set.Kind::ofTerm)
                .filter(k -> k != null)
                .toList();
        if (sets.size() > 1) {
            throw new AnnotationFormatException(
                    Reason.BAD_TYPE,
                    path + ".type",
                    "A resource can be only one of Choice, Composite, List, Independents");
        }
        if (!sets.isEmpty() || node.has("items")) {
            if (sets.isEmpty()) {
                throw new AnnotationFormatException(
                        Reason.BAD_TYPE, path + ".type", "Items need a type: Choice, Composite, List or Independents");
            }
            JsonNode items = node.get("items");
            if (items == null || !items.isArray() || items.isEmpty()) {
                throw new AnnotationFormatException(
                        Reason.BAD_RESOURCE, path + ".items", "A " + sets.get(0).term() + " needs items");
            }
            return new Resource.Set(
                    sets.get(0), id, resources(items, path + ".items"), others(node, Set.of("id", "type", "items")));
        }
        if (types.contains("TextualBody") || node.has("value")) {
            JsonNode value = node.get("value");
            if (value == null || !value.isTextual()) {
                throw new AnnotationFormatException(
                        Reason.BAD_RESOURCE, path + ".value", "A textual body needs exactly one string value");
            }
            return new Resource.TextualBody(
                    id,
                    value.asText(),
                    text(node, "format"),
                    text(node, "language"),
                    purpose(node, path),
                    others(node, Set.of("id", "type", "value", "format", "language", "purpose")));
        }
        if (types.contains("SpecificResource") || node.has("source")) {
            if (!node.has("source")) {
                throw new AnnotationFormatException(
                        Reason.BAD_RESOURCE, path + ".source", "A specific resource needs exactly one source");
            }
            Resource source = resource(node.get("source"), path + ".source");
            List<Selector> selectors = new ArrayList<>();
            if (node.has("selector")) {
                selectors.addAll(selectors(node.get("selector"), path + ".selector"));
            }
            return new Resource.Specific(
                    id,
                    source,
                    selectors,
                    purpose(node, path),
                    others(node, Set.of("id", "type", "source", "selector", "purpose")));
        }
        if (id == null) {
            throw new AnnotationFormatException(
                    Reason.BAD_RESOURCE, path, "An external resource needs an id; an embedded one a value or source");
        }
        return new Resource.External(id, others(node, Set.of("id")));
    }

    private static Motivation purpose(JsonNode node, String path) {
        if (!node.has("purpose")) {
            return null;
        }
        List<String> terms = strings(node.get("purpose"), path + ".purpose", Reason.BAD_MOTIVATION);
        return terms.isEmpty() ? null : motivation(terms.get(0), path + ".purpose");
    }

    private static List<Selector> selectors(JsonNode node, String path) {
        List<Selector> out = new ArrayList<>();
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                out.add(selector(node.get(i), path + "[" + i + "]"));
            }
        } else {
            out.add(selector(node, path));
        }
        return out;
    }

    private static Selector selector(JsonNode node, String path) {
        if (node.isTextual()) {
            uri(node, path, Reason.BAD_SELECTOR);
            return new Selector.Other(node);
        }
        if (!node.isObject()) {
            throw new AnnotationFormatException(Reason.BAD_SELECTOR, path, "A selector must be an IRI or an object");
        }
        List<Selector> refinedBy =
                node.has("refinedBy") ? selectors(node.get("refinedBy"), path + ".refinedBy") : List.of();
        String type = node.has("type") ? singleText(node.get("type"), path + ".type", Reason.BAD_SELECTOR) : null;
        if (type == null) {
            requireId(node, path, true);
            return new Selector.Other(node);
        }
        switch (type) {
            case "FragmentSelector" -> {
                String value = singleText(node.get("value"), path + ".value", Reason.BAD_SELECTOR);
                String conformsTo = null;
                if (node.has("conformsTo")) {
                    conformsTo = uri(node.get("conformsTo"), path + ".conformsTo", Reason.BAD_SELECTOR);
                }
                return new Selector.Fragment(value, conformsTo, refinedBy);
            }
            case "TextQuoteSelector" -> {
                String exact = singleText(node.get("exact"), path + ".exact", Reason.BAD_SELECTOR);
                String prefix = node.has("prefix")
                        ? singleText(node.get("prefix"), path + ".prefix", Reason.BAD_SELECTOR)
                        : null;
                String suffix = node.has("suffix")
                        ? singleText(node.get("suffix"), path + ".suffix", Reason.BAD_SELECTOR)
                        : null;
                return new Selector.TextQuote(exact, prefix, suffix, refinedBy);
            }
            case "TextPositionSelector", "DataPositionSelector" -> {
                long start = offset(node.get("start"), path + ".start");
                long end = offset(node.get("end"), path + ".end");
                if (end < start) {
                    throw new AnnotationFormatException(Reason.BAD_SELECTOR, path + ".end", "end lies before start");
                }
                return type.equals("TextPositionSelector")
                        ? new Selector.TextPosition(start, end, refinedBy)
                        : new Selector.Other(node);
            }
            case "CssSelector", "XPathSelector" -> {
                singleText(node.get("value"), path + ".value", Reason.BAD_SELECTOR);
                return new Selector.Other(node);
            }
            case "SvgSelector" -> {
                if (node.has("value")) {
                    singleText(node.get("value"), path + ".value", Reason.BAD_SELECTOR);
                } else {
                    requireId(node, path, true);
                }
                return new Selector.Other(node);
            }
            case "RangeSelector" -> {
                for (String key : List.of("startSelector", "endSelector")) {
                    if (!node.has(key)) {
                        throw new AnnotationFormatException(
                                Reason.BAD_SELECTOR, path + "." + key, "A range needs " + key);
                    }
                    selector(node.get(key), path + "." + key);
                }
                return new Selector.Other(node);
            }
            default -> {
                return new Selector.Other(node);
            }
        }
    }

    private static long offset(JsonNode node, String path) {
        if (node == null || !node.isIntegralNumber() || node.asLong() < 0 || !node.canConvertToLong()) {
            throw new AnnotationFormatException(Reason.BAD_SELECTOR, path, "Must be one non-negative integer");
        }
        return node.asLong();
    }

    private static List<Agent> agents(JsonNode node, String path) {
        List<Agent> out = new ArrayList<>();
        if (node == null) {
            return out;
        }
        List<JsonNode> items = values(node);
        for (int i = 0; i < items.size(); i++) {
            JsonNode item = items.get(i);
            String at = node.isArray() ? path + "[" + i + "]" : path;
            if (item.isTextual()) {
                out.add(new Agent(uri(item, at, Reason.BAD_AGENT), null, null, null));
                continue;
            }
            if (!item.isObject()) {
                throw new AnnotationFormatException(Reason.BAD_AGENT, at, "An agent must be an IRI or an object");
            }
            String id = item.has("id") ? uri(item.get("id"), at + ".id", Reason.BAD_AGENT) : null;
            Agent.Kind kind = null;
            if (item.has("type")) {
                for (String t : strings(item.get("type"), at + ".type", Reason.BAD_AGENT)) {
                    kind = kind == null ? Agent.Kind.ofTerm(t) : kind;
                }
            }
            String name = null;
            if (item.has("name")) {
                List<String> names = strings(item.get("name"), at + ".name", Reason.BAD_AGENT);
                name = names.isEmpty() ? null : names.get(0);
            }
            String nickname =
                    item.has("nickname") ? singleText(item.get("nickname"), at + ".nickname", Reason.BAD_AGENT) : null;
            if (item.has("email")) {
                for (JsonNode e : values(item.get("email"))) {
                    String mail = uri(e, at + ".email", Reason.BAD_AGENT);
                    if (!mail.startsWith("mailto:")) {
                        throw new AnnotationFormatException(
                                Reason.BAD_AGENT, at + ".email", "An email must be a mailto: IRI");
                    }
                }
            }
            if (item.has("homepage")) {
                for (JsonNode h : values(item.get("homepage"))) {
                    uri(h, at + ".homepage", Reason.BAD_AGENT);
                }
            }
            if (id == null && kind == null && name == null && nickname == null) {
                throw new AnnotationFormatException(Reason.BAD_AGENT, at, "An agent needs an id, a type or a name");
            }
            out.add(new Agent(id, kind, name, nickname, others(item, Set.of("id", "type", "name", "nickname"))));
        }
        return out;
    }

    private static Instant date(JsonNode node, String path) {
        if (node == null) {
            return null;
        }
        if (!node.isTextual()) {
            throw new AnnotationFormatException(Reason.BAD_DATE, path, "Must be exactly one xsd:dateTime");
        }
        try {
            return OffsetDateTime.parse(node.asText()).toInstant();
        } catch (DateTimeParseException e) {
            throw new AnnotationFormatException(
                    Reason.BAD_DATE, path, "Not an xsd:dateTime with a time zone: " + node.asText());
        }
    }

    private static Motivation motivation(String term, String path) {
        Motivation m = Motivation.ofTerm(term);
        if (m == null) {
            throw new AnnotationFormatException(
                    Reason.BAD_MOTIVATION, path, "Not a motivation of the vocabulary: " + term);
        }
        return m;
    }

    private static void requireObject(JsonNode node, String path) {
        if (node == null || !node.isObject()) {
            throw new AnnotationFormatException(Reason.NOT_AN_OBJECT, path, "A JSON object was expected");
        }
    }

    private static void requireContext(JsonNode node) {
        JsonNode context = node.get("@context");
        boolean ok = context != null
                && (context.isTextual() && CONTEXT.equals(context.asText())
                        || context.isArray()
                                && values(context).stream().anyMatch(c -> c.isTextual() && CONTEXT.equals(c.asText())));
        if (!ok) {
            throw new AnnotationFormatException(
                    Reason.BAD_CONTEXT, "$['@context']", "The @context must be or include " + CONTEXT);
        }
    }

    private static String requireId(JsonNode node, String path, boolean required) {
        JsonNode id = node.get("id");
        if (id == null) {
            if (required) {
                throw new AnnotationFormatException(Reason.BAD_ID, path + ".id", "An id is required");
            }
            return null;
        }
        if (!id.isTextual()) {
            throw new AnnotationFormatException(Reason.BAD_ID, path + ".id", "The id must be exactly one IRI");
        }
        return uri(id, path + ".id", Reason.BAD_ID);
    }

    /** The IRI in a string node; refuses other nodes and strings that are not absolute IRIs. */
    private static String uri(JsonNode node, String path, Reason reason) {
        if (node == null || !node.isTextual()) {
            throw new AnnotationFormatException(reason, path, "Exactly one IRI was expected");
        }
        String value = node.asText();
        try {
            if (value.indexOf('\0') >= 0 || !new URI(value).isAbsolute()) {
                throw new AnnotationFormatException(reason, path, "Not an absolute IRI: " + value);
            }
        } catch (URISyntaxException e) {
            throw new AnnotationFormatException(reason, path, "Not an IRI: " + value);
        }
        return value;
    }

    private static String singleText(JsonNode node, String path, Reason reason) {
        if (node == null || !node.isTextual()) {
            throw new AnnotationFormatException(reason, path, "Exactly one string was expected");
        }
        return node.asText();
    }

    private static String text(JsonNode node, String key) {
        JsonNode v = node.get(key);
        return v != null && v.isTextual() ? v.asText() : null;
    }

    /** The strings of a string or an array of strings. */
    private static List<String> strings(JsonNode node, String path, Reason reason) {
        if (node == null) {
            throw new AnnotationFormatException(reason, path, "A value is required");
        }
        List<String> out = new ArrayList<>();
        for (JsonNode v : values(node)) {
            if (!v.isTextual()) {
                throw new AnnotationFormatException(reason, path, "Strings were expected");
            }
            out.add(v.asText());
        }
        return out;
    }

    private static List<JsonNode> values(JsonNode node) {
        List<JsonNode> out = new ArrayList<>();
        if (node.isArray()) {
            node.forEach(out::add);
        } else {
            out.add(node);
        }
        return out;
    }

    private static Map<String, JsonNode> others(JsonNode node, Set<String> known) {
        Map<String, JsonNode> out = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (!known.contains(e.getKey())) {
                out.put(e.getKey(), e.getValue().deepCopy());
            }
        }
        return out;
    }

    // ---- writing

    /** The annotation as compacted JSON-LD with the Web Annotation context. */
    public static ObjectNode write(Annotation annotation) {
        ObjectNode out = NODES.objectNode();
        out.put("@context", CONTEXT);
        out.put("id", annotation.id());
        out.put("type", "Annotation");
        if (!annotation.motivations().isEmpty()) {
            out.set(
                    "motivation",
                    one(annotation.motivations().stream()
                            .map(m -> (JsonNode) NODES.textNode(m.term()))
                            .toList()));
        }
        if (!annotation.creators().isEmpty()) {
            out.set(
                    "creator",
                    one(annotation.creators().stream()
                            .map(AnnotationJson::agent)
                            .toList()));
        }
        if (annotation.created() != null) {
            out.put("created", annotation.created().toString());
        }
        if (annotation.modified() != null) {
            out.put("modified", annotation.modified().toString());
        }
        annotation.other().forEach((k, v) -> out.set(k, v.deepCopy()));
        if (!annotation.bodies().isEmpty()) {
            out.set(
                    "body",
                    one(annotation.bodies().stream()
                            .map(AnnotationJson::resource)
                            .toList()));
        }
        out.set(
                "target",
                one(annotation.targets().stream().map(AnnotationJson::resource).toList()));
        return out;
    }

    private static JsonNode one(List<JsonNode> nodes) {
        if (nodes.size() == 1) {
            return nodes.get(0);
        }
        ArrayNode array = NODES.arrayNode();
        nodes.forEach(array::add);
        return array;
    }

    private static JsonNode agent(Agent agent) {
        if (agent.kind() == null
                && agent.name() == null
                && agent.nickname() == null
                && agent.other().isEmpty()) {
            return NODES.textNode(agent.id());
        }
        ObjectNode out = NODES.objectNode();
        if (agent.id() != null) {
            out.put("id", agent.id());
        }
        if (agent.kind() != null) {
            out.put("type", agent.kind().term());
        }
        if (agent.name() != null) {
            out.put("name", agent.name());
        }
        if (agent.nickname() != null) {
            out.put("nickname", agent.nickname());
        }
        agent.other().forEach((k, v) -> out.set(k, v.deepCopy()));
        return out;
    }

    private static JsonNode resource(Resource resource) {
        ObjectNode out = NODES.objectNode();
        if (resource instanceof Resource.External e) {
            if (e.other().isEmpty()) {
                return NODES.textNode(e.id());
            }
            out.put("id", e.id());
        } else if (resource instanceof Resource.TextualBody t) {
            if (t.id() != null) {
                out.put("id", t.id());
            }
            out.put("type", "TextualBody");
            out.put("value", t.value());
            if (t.format() != null) {
                out.put("format", t.format());
            }
            if (t.language() != null) {
                out.put("language", t.language());
            }
            if (t.purpose() != null) {
                out.put("purpose", t.purpose().term());
            }
        } else if (resource instanceof Resource.Specific s) {
            if (s.id() != null) {
                out.put("id", s.id());
            }
            out.put("type", "SpecificResource");
            out.set("source", resource(s.source()));
            if (!s.selectors().isEmpty()) {
                out.set(
                        "selector",
                        one(s.selectors().stream().map(AnnotationJson::selector).toList()));
            }
            if (s.purpose() != null) {
                out.put("purpose", s.purpose().term());
            }
        } else if (resource instanceof Resource.Set s) {
            out.put("type", s.kind().term());
            if (s.id() != null) {
                out.put("id", s.id());
            }
            ArrayNode items = out.putArray("items");
            s.items().forEach(i -> items.add(resource(i)));
        }
        resource.other().forEach((k, v) -> out.set(k, v.deepCopy()));
        return out;
    }

    // As an int where it fits, so that a read and written selector equals its source as a JSON tree.
    private static void putOffset(ObjectNode out, String key, long value) {
        if (value <= Integer.MAX_VALUE) {
            out.put(key, (int) value);
        } else {
            out.put(key, value);
        }
    }

    private static JsonNode selector(Selector selector) {
        ObjectNode out = NODES.objectNode();
        if (selector instanceof Selector.Fragment f) {
            out.put("type", "FragmentSelector");
            if (f.conformsTo() != null) {
                out.put("conformsTo", f.conformsTo());
            }
            out.put("value", f.value());
        } else if (selector instanceof Selector.TextQuote q) {
            out.put("type", "TextQuoteSelector");
            out.put("exact", q.exact());
            if (q.prefix() != null) {
                out.put("prefix", q.prefix());
            }
            if (q.suffix() != null) {
                out.put("suffix", q.suffix());
            }
        } else if (selector instanceof Selector.TextPosition p) {
            out.put("type", "TextPositionSelector");
            putOffset(out, "start", p.start());
            putOffset(out, "end", p.end());
        } else if (selector instanceof Selector.Other o) {
            return o.json().deepCopy();
        }
        if (!selector.refinedBy().isEmpty()) {
            out.set(
                    "refinedBy",
                    one(selector.refinedBy().stream()
                            .map(AnnotationJson::selector)
                            .toList()));
        }
        return out;
    }
}
