package org.maoni.annotation.model;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.maoni.annotation.model.ProvisionAnnotations.Proposal;
import org.maoni.annotation.model.ProvisionAnnotations.ProvisionTarget;
import org.maoni.memorandum.Stance;

/** Annotations as Maoni makes them, with odd text: Kiswahili, emoji, right-to-left script, long text. */
final class AnnotationExamples {

    record Example(String name, Annotation annotation) {
        @Override
        public String toString() {
            return name;
        }
    }

    static final String VERSION = "https://maoni.example.org/api/bills/0b7c5e8e-1d7f-4a53-9f55-4a8a8a1d2c11/versions/2";

    private AnnotationExamples() {}

    static ProvisionTarget target(String eId, String exact, String prefix, String suffix, long start, long end) {
        return new ProvisionTarget(
                VERSION,
                eId,
                new Selector.TextQuote(exact, prefix, suffix, List.of()),
                new Selector.TextPosition(start, end, List.of()));
    }

    static Annotation annotation(
            String id, Motivation motivation, Agent creator, ProvisionTarget target, List<Resource> bodies) {
        return new Annotation(
                "https://maoni.example.org/api/annotations/" + id,
                List.of(motivation),
                creator == null ? List.of() : List.of(creator),
                Instant.parse("2026-11-23T06:00:00Z"),
                null,
                bodies,
                List.of(target.toResource()),
                Map.of());
    }

    static List<Example> all() {
        List<Example> out = new ArrayList<>();
        Agent person = new Agent("https://maoni.example.org/api/users/42", Agent.Kind.PERSON, "Wanjiku Kamau", null);
        Agent organisation = new Agent(
                "https://maoni.example.org/api/organisations/7", Agent.Kind.ORGANIZATION, "Katiba Institute", null);
        Agent anonymous = new Agent("https://maoni.example.org/api/submitters/a91f", Agent.Kind.PERSON, null, null);
        out.add(new Example(
                "proposal to amend",
                annotation(
                        "1",
                        Motivation.EDITING,
                        organisation,
                        target("sec_5__subsec_2", "may", "The Authority ", " issue licences", 19, 22),
                        ProvisionAnnotations.bodies(
                                "Replace 'may' with 'shall'.",
                                "en",
                                Motivation.COMMENTING,
                                new Proposal(
                                        Stance.AMEND,
                                        "The Authority shall issue licences",
                                        "Discretion invites abuse.")))));
        out.add(new Example(
                "comment in Kiswahili",
                annotation(
                        "2",
                        Motivation.COMMENTING,
                        person,
                        target("sec_3", "kaunti", "serikali ya ", "", 30, 36),
                        ProvisionAnnotations.bodies("Tunaunga mkono kifungu hiki 👍🏾", "sw", null, null))));
        out.add(new Example(
                "question, anonymous",
                annotation(
                        "3",
                        Motivation.QUESTIONING,
                        anonymous,
                        target("sec_1", "😀 emoji", "", " text", 0, 7),
                        ProvisionAnnotations.bodies("Je, hii inamaanisha nini?", "sw", Motivation.QUESTIONING, null))));
        out.add(new Example(
                "tag in Arabic script, no creator",
                annotation(
                        "4",
                        Motivation.TAGGING,
                        null,
                        target("part_II", "مرحبا", null, null, 3, 8),
                        ProvisionAnnotations.bodies("ضريبة", "ar", Motivation.TAGGING, null))));
        out.add(new Example(
                "delete, long justification",
                annotation(
                        "5",
                        Motivation.EDITING,
                        person,
                        target("sec_40", "the whole clause", "Strike ", ".", 7, 23),
                        ProvisionAnnotations.bodies(
                                null, "en", null, new Proposal(Stance.DELETE, null, "x".repeat(100_000))))));
        for (Stance stance : Stance.values()) {
            out.add(new Example(
                    "stance " + stance,
                    annotation(
                            "s-" + stance,
                            Motivation.EDITING,
                            person,
                            target("sec_2", "word", "a ", " b", 2, 6),
                            ProvisionAnnotations.bodies(null, null, null, new Proposal(stance, "w", "j")))));
        }
        return out;
    }
}
