package org.maoni.annotation.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A W3C Web Annotation: its IRI, motivations, creators, when it was created and modified, its bodies and targets
 * (at least one), and any further properties (generator, rights, audience...) kept as their JSON.
 */
public record Annotation(
        String id,
        List<Motivation> motivations,
        List<Agent> creators,
        Instant created,
        Instant modified,
        List<Resource> bodies,
        List<Resource> targets,
        Map<String, JsonNode> other) {

    public Annotation {
        Objects.requireNonNull(id, "id");
        motivations = motivations == null ? List.of() : List.copyOf(motivations);
        creators = creators == null ? List.of() : List.copyOf(creators);
        bodies = bodies == null ? List.of() : List.copyOf(bodies);
        targets = List.copyOf(targets);
        if (targets.isEmpty()) {
            throw new IllegalArgumentException("an annotation needs a target");
        }
        other = other == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(other));
    }
}
