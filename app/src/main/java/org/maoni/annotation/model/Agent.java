package org.maoni.annotation.model;

/**
 * The creator of an annotation (or body): its IRI, its kind, and the name and nickname shown for it; {@code name} is
 * null when withheld (anonymous submitters); {@code kind} is null when not stated. An agent has an id, a name or a nickname.
 */
public record Agent(String id, Kind kind, String name, String nickname) {

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
        if (id == null && name == null && nickname == null) {
            throw new IllegalArgumentException("an agent needs an id or a name");
        }
    }
}
