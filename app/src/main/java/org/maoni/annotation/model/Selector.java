package org.maoni.annotation.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Objects;

/** A W3C selector: which part of a source resource a specific resource is. Selectors may be refined by others. */
public sealed interface Selector {

    /** The selectors applied to what this one selects. */
    List<Selector> refinedBy();

    /** A fragment identifier; Maoni names a provision by its Akoma Ntoso eId, conforming to {@link #AKN_NAMING}. */
    record Fragment(String value, String conformsTo, List<Selector> refinedBy) implements Selector {

        /** The Akoma Ntoso naming convention (eIds) that Maoni's fragment selectors conform to. */
        public static final String AKN_NAMING =
                "http://docs.oasis-open.org/legaldocml/akn-nc/v1.0/os/akn-nc-v1.0-os.html";

        public Fragment {
            Objects.requireNonNull(value, "value");
            refinedBy = refinedBy == null ? List.of() : List.copyOf(refinedBy);
        }
    }

    /** A quote with the text just before and after it; prefix and suffix may be null. */
    record TextQuote(String exact, String prefix, String suffix, List<Selector> refinedBy) implements Selector {

        public TextQuote {
            Objects.requireNonNull(exact, "exact");
            refinedBy = refinedBy == null ? List.of() : List.copyOf(refinedBy);
        }
    }

    /** Start (inclusive) and end (exclusive) offsets; Maoni counts Unicode code points of the provision's text. */
    record TextPosition(long start, long end, List<Selector> refinedBy) implements Selector {

        public TextPosition {
            refinedBy = refinedBy == null ? List.of() : List.copyOf(refinedBy);
        }
    }

    /**
     * Any other W3C selector (CSS, XPath, data position, SVG, range) or a selector given by IRI, kept as its JSON.
     */
    record Other(JsonNode json) implements Selector {

        public Other {
            Objects.requireNonNull(json, "json");
        }

        @Override
        public List<Selector> refinedBy() {
            return List.of();
        }
    }
}
