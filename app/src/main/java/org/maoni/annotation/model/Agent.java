package org.maoni.annotation.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The creator of an annotation (or body): its IRI, its kind, and the name and nickname shown for it; {@code name} is
 * null when withheld (anonymous submitters); {@code kind} is null when not stated. An agent has an id, a type, a name or a nickname; {@code other} keeps further properties (email_sha1, homepage...) as their JSON.
 */
public record Agent(String id, Kind kind, String name, String nickname, Map<String, JsonNode> other) {

    /** The W3C agent classes. */
    public enum Kind {
        PERSON("Person"),
        ORGANIZATION("Organization"),
        SOFTWARE("Software");

        private final String term;

        Kind(String term) {
            this.term = term;
        }

        public String term() {
            return term;
        }

        static Kind ofTerm(String term) {
            for (Kind k : values()) {
                if (k.term.equals(term) || ("foaf:" + k.term).equals(term)) {
                    return k;
                }
            }
            return null;
        }
    }

    public Agent {
        if (id == null && kind == null && name == null && nickname == null) {
            throw new IllegalArgumentException("an agent needs an id, a type or a name");
        }
        other = other == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(other));
    }

    /** An agent without further properties. */
    public Agent(String id, Kind kind, String name, String nickname) {
        this(id, kind, name, nickname, Map.of());
    }
}
