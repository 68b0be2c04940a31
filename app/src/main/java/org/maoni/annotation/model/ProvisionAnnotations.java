package org.maoni.annotation.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.maoni.annotation.model.AnnotationFormatException.Reason;
import org.maoni.memorandum.Stance;

/**
 * Maoni's profile of the Web Annotation model. The target is a SpecificResource whose source is the IRI of a bill
 * version ({@code .../api/bills/{billId}/versions/{n}}) and whose selectors are two alternatives naming the same text:
 * a FragmentSelector with the provision's eId (conforming to the Akoma Ntoso naming convention) refined by a
 * TextQuoteSelector, and the same FragmentSelector refined by a TextPositionSelector (code points of the provision's
 * full text). Bodies: the comment (TextualBody, purpose commenting or questioning), and for a proposal its stance (a
 * SpecificResource body, purpose classifying, whose source is {@code urn:maoni:stance:<stance>}), the proposed wording
 * (TextualBody, purpose editing) and the justification (TextualBody, purpose describing).
 */
public final class ProvisionAnnotations {

    /** The IRI prefix of Maoni's stance vocabulary, e.g. {@code urn:maoni:stance:amend}. */
    public static final String STANCE = "urn:maoni:stance:";

    private static final Pattern VERSION_IRI =
            Pattern.compile("https?://[^\\s]+/api/bills/[^/\\s]+/versions/[1-9][0-9]*");

    private ProvisionAnnotations() {}

    /** A target: the version's IRI, the provision's eId, the quote and (optionally) its position. */
    public record ProvisionTarget(
            String versionIri, String eId, Selector.TextQuote quote, Selector.TextPosition position) {

        public ProvisionTarget {
            Objects.requireNonNull(versionIri, "versionIri");
            Objects.requireNonNull(eId, "eId");
            Objects.requireNonNull(quote, "quote");
        }

        /** The target as a W3C SpecificResource. */
        public Resource toResource() {
            List<Selector> selectors = new ArrayList<>();
            selectors.add(new Selector.Fragment(eId, Selector.Fragment.AKN_NAMING, List.of(quote)));
            if (position != null) {
                selectors.add(new Selector.Fragment(eId, Selector.Fragment.AKN_NAMING, List.of(position)));
            }
            return new Resource.Specific(null, Resource.External.of(versionIri), selectors, null, Map.of());
        }
    }

    /** A clause-by-clause proposal: its stance, the wording proposed (may be null) and the reasons (may be null). */
    public record Proposal(Stance stance, String wording, String justification) {

        public Proposal {
            Objects.requireNonNull(stance, "stance");
        }
    }

    /** The bodies for a comment (may be null) in a language ("en", "sw"; may be null) and a proposal (may be null). */
    public static List<Resource> bodies(String comment, String language, Motivation purpose, Proposal proposal) {
        List<Resource> out = new ArrayList<>();
        if (comment != null) {
            out.add(Resource.TextualBody.of(comment, language, purpose == null ? Motivation.COMMENTING : purpose));
        }
        if (proposal != null) {
            out.add(new Resource.Specific(
                    null,
                    Resource.External.of(STANCE + proposal.stance().name().toLowerCase(Locale.ROOT)),
                    List.of(),
                    Motivation.CLASSIFYING,
                    Map.of()));
            if (proposal.wording() != null) {
                out.add(Resource.TextualBody.of(proposal.wording(), language, Motivation.EDITING));
            }
            if (proposal.justification() != null) {
                out.add(Resource.TextualBody.of(proposal.justification(), language, Motivation.DESCRIBING));
            }
        }
        return out;
    }

    /**
     * The provision target of an annotation, or {@link Reason#UNSUPPORTED_TARGET} when it has not exactly one target
     * of the profile's shape, or its selectors name different provisions.
     */
    public static ProvisionTarget target(Annotation annotation) {
        if (annotation.targets().size() != 1
                || !(annotation.targets().get(0) instanceof Resource.Specific specific)
                || !(specific.source() instanceof Resource.External source)) {
            throw unsupported("$.target", "The target must be one SpecificResource whose source is a bill version");
        }
        if (!VERSION_IRI.matcher(source.id()).matches()) {
            throw unsupported("$.target.source", "The source is not the IRI of a bill version: " + source.id());
        }
        String eId = null;
        Selector.TextQuote quote = null;
        Selector.TextPosition position = null;
        for (int i = 0; i < specific.selectors().size(); i++) {
            String path = "$.target.selector[" + i + "]";
            if (!(specific.selectors().get(i) instanceof Selector.Fragment fragment)) {
                throw unsupported(path, "Each selector must be a FragmentSelector naming a provision's eId");
            }
            if (eId != null && !eId.equals(fragment.value())) {
                throw unsupported(path + ".value", "The selectors name different provisions");
            }
            eId = fragment.value();
            for (Selector refinement : fragment.refinedBy()) {
                if (refinement instanceof Selector.TextQuote q && quote == null) {
                    quote = q;
                } else if (refinement instanceof Selector.TextPosition p && position == null) {
                    position = p;
                } else {
                    throw unsupported(
                            path + ".refinedBy",
                            "Only one TextQuoteSelector and one TextPositionSelector may refine it");
                }
            }
        }
        if (eId == null || quote == null) {
            throw unsupported("$.target.selector", "The target needs a provision's eId refined by a TextQuoteSelector");
        }
        return new ProvisionTarget(source.id(), eId, quote, position);
    }

    /** The proposal in an annotation's bodies, if it has a stance body. */
    public static Optional<Proposal> proposal(Annotation annotation) {
        Stance stance = null;
        String wording = null;
        String justification = null;
        for (Resource body : annotation.bodies()) {
            if (body instanceof Resource.Specific s
                    && s.purpose() == Motivation.CLASSIFYING
                    && s.source().id().startsWith(STANCE)) {
                String name = s.source().id().substring(STANCE.length()).toUpperCase(Locale.ROOT);
                for (Stance candidate : Stance.values()) {
                    if (candidate.name().equals(name)) {
                        stance = candidate;
                    }
                }
            } else if (body instanceof Resource.TextualBody t && t.purpose() == Motivation.EDITING) {
                wording = t.value();
            } else if (body instanceof Resource.TextualBody t && t.purpose() == Motivation.DESCRIBING) {
                justification = t.value();
            }
        }
        return stance == null ? Optional.empty() : Optional.of(new Proposal(stance, wording, justification));
    }

    /** The comment of an annotation: its first textual body meant for commenting or questioning (or without purpose). */
    public static Optional<String> comment(Annotation annotation) {
        for (Resource body : annotation.bodies()) {
            if (body instanceof Resource.TextualBody t
                    && (t.purpose() == null
                            || t.purpose() == Motivation.COMMENTING
                            || t.purpose() == Motivation.QUESTIONING)) {
                return Optional.of(t.value());
            }
        }
        return Optional.empty();
    }

    private static AnnotationFormatException unsupported(String path, String message) {
        return new AnnotationFormatException(Reason.UNSUPPORTED_TARGET, path, message);
    }
}
