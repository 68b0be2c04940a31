package org.maoni.annotation.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A body or target of a W3C Web Annotation. {@code other} keeps the properties Maoni does not model (type, format,
 * language, rights, state, styleClass...) as their JSON, in order, so an imported annotation is written back as read.
 */
public sealed interface Resource {

    /** The resource's IRI, or null for an embedded resource without one. */
    String id();

    Map<String, JsonNode> other();

    private static Map<String, JsonNode> copy(Map<String, JsonNode> other) {
        return other == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(other));
    }

    /** A resource on the web, named by its IRI. */
    record External(String id, Map<String, JsonNode> other) implements Resource {

        public External {
            Objects.requireNonNull(id, "id");
            other = copy(other);
        }

        public static External of(String id) {
            return new External(id, Map.of());
        }
    }

    /**
     * Text embedded in the annotation: {@code format} a media type (e.g. text/plain), {@code language} a BCP 47 tag
     * (e.g. en, sw), {@code purpose} why it is there (may be null).
     */
    record TextualBody(
            String id, String value, String format, String language, Motivation purpose, Map<String, JsonNode> other)
            implements Resource {

        public TextualBody {
            Objects.requireNonNull(value, "value");
            other = copy(other);
        }

        public static TextualBody of(String value, String language, Motivation purpose) {
            return new TextualBody(null, value, "text/plain", language, purpose, Map.of());
        }
    }

    /** A part or view of a source resource: the source, the selectors (alternatives) naming the part, a purpose. */
    record Specific(
            String id, Resource source, List<Selector> selectors, Motivation purpose, Map<String, JsonNode> other)
            implements Resource {

        public Specific {
            Objects.requireNonNull(source, "source");
            selectors = selectors == null ? List.of() : List.copyOf(selectors);
            other = copy(other);
        }
    }

    /** A Choice, Composite, List or Independents of resources. */
    record Set(Kind kind, String id, List<Resource> items, Map<String, JsonNode> other) implements Resource {

        /** The W3C multiplicity classes. */
        public enum Kind {
            CHOICE("Choice"),
            COMPOSITE("Composite"),
            LIST("List"),
            INDEPENDENTS("Independents");

            private final String term;

            Kind(String term) {
                this.term = term;
            }

            public String term() {
                return term;
            }

            static Kind ofTerm(String term) {
                for (Kind k : values()) {
                    if (k.term.equals(term)) {
                        return k;
                    }
                }
                return null;
            }
        }

        public Set {
            Objects.requireNonNull(kind, "kind");
            items = List.copyOf(items);
            other = copy(other);
        }
    }
}
