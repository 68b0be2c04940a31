package org.maoni.annotation.model;

import java.util.Objects;

/**
 * Why a JSON document is not an annotation Maoni can accept, and where: {@link #path()} is a JSON path such as
 * {@code $.target[0].selector.value}.
 */
public final class AnnotationFormatException extends RuntimeException {

    /** The reasons; each becomes a problem type {@code urn:maoni:problem:<slug>} in the web layer. */
    public enum Reason {
        /** Not JSON at all. */
        INVALID_JSON,
        /** Not a JSON object where one is needed. */
        NOT_AN_OBJECT,
        /** No @context, or one without http://www.w3.org/ns/anno.jsonld. */
        BAD_CONTEXT,
        /** A missing, repeated or non-IRI id. */
        BAD_ID,
        /** No type, or a type other than the one required. */
        BAD_TYPE,
        /** No target. */
        MISSING_TARGET,
        /** A body or target that is neither an IRI nor a resource the model describes. */
        BAD_RESOURCE,
        /** A property with a value of the wrong kind or too many values (format, language, textDirection...). */
        BAD_PROPERTY,
        /** A date that is not an xsd:dateTime, or more than one. */
        BAD_DATE,
        /** A creator or generator that is not an IRI or an agent. */
        BAD_AGENT,
        /** A selector without its required values, or with several. */
        BAD_SELECTOR,
        /** A motivation or purpose outside the vocabulary. */
        BAD_MOTIVATION,
        /** Both body and bodyValue, or a bodyValue that is not one string. */
        BAD_BODY_VALUE,
        /** A valid annotation whose target is not a provision of a bill version (Maoni's profile). */
        UNSUPPORTED_TARGET;

        /** The problem-type slug, e.g. "bad-context". */
        public String slug() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }

    private final Reason reason;
    private final String path;

    public AnnotationFormatException(Reason reason, String path, String message) {
        super(message + " (at " + path + ")");
        this.reason = Objects.requireNonNull(reason, "reason");
        this.path = Objects.requireNonNull(path, "path");
    }

    public Reason reason() {
        return reason;
    }

    public String path() {
        return path;
    }
}
