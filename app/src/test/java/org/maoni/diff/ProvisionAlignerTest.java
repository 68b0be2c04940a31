package org.maoni.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.maoni.diff.EditScenario.Expected;

class ProvisionAlignerTest {

    private static final String SHORT_TITLE = "This Act may be cited as the Public Participation Act, 2025.";
    private static final String INTERPRETATION =
            "In this Act, unless the context otherwise requires— \"county\" means a county established under"
                    + " Article 6 of the Constitution; \"public\" includes any person, group or organisation.";
    private static final String OBJECTS = "The objects of this Act are to promote democracy and participation of the"
            + " people in the making of laws and policies at both levels of government.";
    private static final String PRINCIPLES = "Public participation shall be guided by the principles of openness,"
            + " inclusiveness, timely access to information and reasonable notice of every forum.";
    private static final String FORUMS = "A county government shall establish forums for citizen participation in"
            + " every sub-county and ward, and shall publish the dates of every forum in the Gazette.";
    private static final String REPORTS = "Every state organ shall prepare a report on the views received during"
            + " public participation and shall publish the report within thirty days after the exercise.";
    private static final String REGULATIONS = "The Cabinet Secretary may, by notice in the Gazette, make regulations"
            + " for the better carrying out of the provisions of this Act.";

    private final ProvisionAligner aligner = new ProvisionAligner();

    private static AlignableProvision section(int number, String heading, String text, String part) {
        return new AlignableProvision("sec_" + number, "SECTION", number + ".", heading, text, part);
    }

    private static List<AlignableProvision> baseline() {
        return List.of(
                section(1, "Short title", SHORT_TITLE, "part_I"),
                section(2, "Interpretation", INTERPRETATION, "part_I"),
                section(3, "Objects", OBJECTS, "part_I"),
                section(4, "Principles", PRINCIPLES, "part_II"),
                section(5, "Forums", FORUMS, "part_II"),
                section(6, "Reports", REPORTS, "part_II"),
                section(7, "Regulations", REGULATIONS, "part_III"));
    }

    private static Expected expect(ChangeKind kind, List<String> oldKeys, List<String> newKeys) {
        return new Expected(kind, oldKeys, newKeys);
    }

    private static Expected expect(ChangeKind kind, String oldKey, String newKey) {
        return new Expected(
                kind, oldKey == null ? List.of() : List.of(oldKey), newKey == null ? List.of() : List.of(newKey));
    }

    private List<Expected> align(List<AlignableProvision> before, List<AlignableProvision> after) {
        return aligner.align(before, after).stream().map(Expected::of).toList();
    }

    @Test
    void identicalVersionsAreUnchanged() {
        List<Alignment> alignments = aligner.align(baseline(), baseline());

        assertThat(alignments).hasSize(7).allSatisfy(a -> {
            assertThat(a.kind()).isEqualTo(ChangeKind.UNCHANGED);
            assertThat(a.oldKey()).isEqualTo(a.newKey());
            assertThat(a.similarity()).isEqualTo(1.0);
            assertThat(a.textChanged()).isFalse();
        });
    }

    @Test
    void emptyVersions() {
        assertThat(aligner.align(List.of(), List.of())).isEmpty();
        assertThat(align(List.of(), baseline()))
                .allMatch(e -> e.kind() == ChangeKind.INSERTED)
                .hasSize(7);
        assertThat(align(baseline(), List.of()))
                .allMatch(e -> e.kind() == ChangeKind.DELETED)
                .hasSize(7);
    }

    @Test
    void aClauseInsertedAtTheStartRenumbersTheRestWithoutBreakingTheirLinks() {
        List<AlignableProvision> after = new ArrayList<>();
        after.add(section(1, "Short title", SHORT_TITLE, "part_I"));
        after.add(section(2, "Commencement", "This Act comes into force on the date of assent.", "part_I"));
        for (AlignableProvision p : baseline().subList(1, 7)) {
            int number = Integer.parseInt(p.num().replace(".", "")) + 1;
            after.add(section(number, p.heading(), p.text(), p.container()));
        }

        assertThat(align(baseline(), after))
                .containsExactly(
                        expect(ChangeKind.UNCHANGED, "sec_1", "sec_1"),
                        expect(ChangeKind.INSERTED, null, "sec_2"),
                        expect(ChangeKind.RENUMBERED, "sec_2", "sec_3"),
                        expect(ChangeKind.RENUMBERED, "sec_3", "sec_4"),
                        expect(ChangeKind.RENUMBERED, "sec_4", "sec_5"),
                        expect(ChangeKind.RENUMBERED, "sec_5", "sec_6"),
                        expect(ChangeKind.RENUMBERED, "sec_6", "sec_7"),
                        expect(ChangeKind.RENUMBERED, "sec_7", "sec_8"));
    }

    @Test
    void deletionsComeAfterTheirOldPredecessor() {
        List<AlignableProvision> after = List.of(
                section(1, "Short title", SHORT_TITLE, "part_I"),
                section(2, "Objects", OBJECTS, "part_I"),
                section(3, "Principles", PRINCIPLES, "part_II"),
                section(4, "Regulations", REGULATIONS, "part_III"));

        assertThat(align(baseline(), after))
                .containsExactly(
                        expect(ChangeKind.UNCHANGED, "sec_1", "sec_1"),
                        expect(ChangeKind.DELETED, "sec_2", null),
                        expect(ChangeKind.RENUMBERED, "sec_3", "sec_2"),
                        expect(ChangeKind.RENUMBERED, "sec_4", "sec_3"),
                        expect(ChangeKind.DELETED, "sec_5", null),
                        expect(ChangeKind.DELETED, "sec_6", null),
                        expect(ChangeKind.RENUMBERED, "sec_7", "sec_4"));
        assertThat(align(baseline(), List.of(section(1, "Regulations", REGULATIONS, "part_III"))))
                .startsWith(expect(ChangeKind.DELETED, "sec_1", null))
                .contains(expect(ChangeKind.RENUMBERED, "sec_7", "sec_1"));
    }

    @Test
    void rewordingIsModifiedAndPunctuationOnlyIsUnchangedButFlagged() {
        List<AlignableProvision> after = new ArrayList<>(baseline());
        after.set(2, section(3, "Objects", OBJECTS.replace("promote", "strengthen"), "part_I"));
        after.set(4, section(5, "Forums", FORUMS.replace(",", ""), "part_II"));
        after.set(5, section(6, "Reports", REPORTS.replace("  ", " ").replace(" the ", "  the\n"), "part_II"));

        List<Alignment> alignments = aligner.align(baseline(), after);

        assertThat(alignments.get(2).kind()).isEqualTo(ChangeKind.MODIFIED);
        assertThat(alignments.get(2).similarity()).isBetween(0.8, 0.999);
        assertThat(alignments.get(2).textChanged()).isTrue();
        assertThat(alignments.get(4).kind()).isEqualTo(ChangeKind.UNCHANGED);
        assertThat(alignments.get(4).textChanged()).isTrue();
        assertThat(alignments.get(5).kind()).isEqualTo(ChangeKind.UNCHANGED);
        assertThat(alignments.get(5).textChanged()).isFalse();
        assertThat(alignments.get(0).textChanged()).isFalse();
    }

    @Test
    void aStricterUnchangedThresholdIsNotNeededForPunctuationButALowerOneAbsorbsSmallRewording() {
        List<AlignableProvision> after = new ArrayList<>(baseline());
        after.set(2, section(3, "Objects", OBJECTS.replace("promote", "promotes"), "part_I"));
        ProvisionAligner lenient = new ProvisionAligner(new AlignmentSettings(0.5, 0.7, 0.9, 0.8));

        assertThat(lenient.align(baseline(), after).get(2).kind()).isEqualTo(ChangeKind.UNCHANGED);
        assertThat(aligner.align(baseline(), after).get(2).kind()).isEqualTo(ChangeKind.MODIFIED);
    }

    @Test
    void aClauseOutOfOrderIsMoved() {
        List<AlignableProvision> after = List.of(
                section(1, "Short title", SHORT_TITLE, "part_I"),
                section(2, "Interpretation", INTERPRETATION, "part_I"),
                section(3, "Objects", OBJECTS, "part_I"),
                section(4, "Forums", FORUMS, "part_II"),
                section(5, "Reports", REPORTS, "part_II"),
                section(6, "Principles", PRINCIPLES.replace("openness", "transparency"), "part_II"),
                section(7, "Regulations", REGULATIONS, "part_III"));

        assertThat(align(baseline(), after))
                .containsExactly(
                        expect(ChangeKind.UNCHANGED, "sec_1", "sec_1"),
                        expect(ChangeKind.UNCHANGED, "sec_2", "sec_2"),
                        expect(ChangeKind.UNCHANGED, "sec_3", "sec_3"),
                        expect(ChangeKind.RENUMBERED, "sec_5", "sec_4"),
                        expect(ChangeKind.RENUMBERED, "sec_6", "sec_5"),
                        expect(ChangeKind.MOVED, "sec_4", "sec_6"),
                        expect(ChangeKind.UNCHANGED, "sec_7", "sec_7"));
        Alignment moved = aligner.align(baseline(), after).get(5);
        assertThat(moved.textChanged()).isTrue();
        assertThat(moved.similarity()).isLessThan(1.0);
    }

    @Test
    void aStrongMoveTakesOverAWeakInOrderLink() {
        String lookalike = "Every state organ shall prepare a report on the views received during the budget"
                + " hearings and keep it for seven years.";
        List<AlignableProvision> before = List.of(
                section(1, "Short title", SHORT_TITLE, "part_I"),
                section(2, "Reports", lookalike, "part_I"),
                section(3, "Objects", OBJECTS, "part_I"),
                section(4, "Principles", PRINCIPLES, "part_I"),
                section(5, "Reports", REPORTS, "part_I"));
        List<AlignableProvision> after = List.of(
                section(1, "Short title", SHORT_TITLE, "part_I"),
                section(2, "Reports", REPORTS, "part_I"),
                section(3, "Objects", OBJECTS, "part_I"),
                section(4, "Principles", PRINCIPLES, "part_I"));
        ProvisionText weak = ProvisionText.of("Reports", lookalike);
        ProvisionText strong = ProvisionText.of("Reports", REPORTS);
        double weakSimilarity = ProvisionText.dice(
                ProvisionText.intersection(weak.shingles, strong.shingles),
                weak.shingles.length,
                strong.shingles.length);
        assertThat(weakSimilarity)
                .as("the look-alike links in order but not out of order")
                .isBetween(AlignmentSettings.DEFAULTS.matchThreshold(), AlignmentSettings.DEFAULTS.moveThreshold());

        assertThat(align(before, after))
                .containsExactly(
                        expect(ChangeKind.UNCHANGED, "sec_1", "sec_1"),
                        expect(ChangeKind.DELETED, "sec_2", null),
                        expect(ChangeKind.MOVED, "sec_5", "sec_2"),
                        expect(ChangeKind.UNCHANGED, "sec_3", "sec_3"),
                        expect(ChangeKind.UNCHANGED, "sec_4", "sec_4"));
    }

    @Test
    void aClauseMovedIntoAnotherPartIsMovedEvenInOrder() {
        List<AlignableProvision> after = new ArrayList<>(baseline());
        after.set(2, section(3, "Objects", OBJECTS, "part_II"));

        assertThat(align(baseline(), after)).contains(expect(ChangeKind.MOVED, "sec_3", "sec_3"));
    }

    @Test
    void renumberedOrRenamedPartsDoNotMoveTheirClauses() {
        List<AlignableProvision> after = new ArrayList<>();
        after.add(new AlignableProvision("preamble", "PREAMBLE", "", "", "ENACTED by the Parliament of Kenya.", "p0"));
        for (AlignableProvision p : baseline()) {
            String part = switch (p.container()) {
                case "part_I" -> "part_II";
                case "part_II" -> "part_III";
                default -> "part_IV";
            };
            after.add(section(Integer.parseInt(p.num().replace(".", "")), p.heading(), p.text(), part));
        }

        List<Expected> alignment = align(baseline(), after);

        assertThat(alignment.get(0)).isEqualTo(expect(ChangeKind.INSERTED, null, "preamble"));
        assertThat(alignment.subList(1, 8)).allMatch(e -> e.kind() == ChangeKind.UNCHANGED);
    }

    @Test
    void splitAndMerge() {
        String forumsA = "A county government shall establish forums for citizen participation in every sub-county"
                + " and ward.";
        String forumsB = "A county government shall publish the dates of every forum in the Gazette.";
        List<AlignableProvision> split = List.of(
                section(1, "Short title", SHORT_TITLE, "part_I"),
                section(2, "Interpretation", INTERPRETATION, "part_I"),
                section(3, "Objects", OBJECTS, "part_I"),
                section(4, "Principles", PRINCIPLES, "part_II"),
                section(5, "Forums", forumsA, "part_II"),
                section(6, "Notice of forums", forumsB, "part_II"),
                section(7, "Reports", REPORTS, "part_II"),
                section(8, "Regulations", REGULATIONS, "part_III"));

        assertThat(align(baseline(), split))
                .contains(expect(ChangeKind.SPLIT, List.of("sec_5"), List.of("sec_5", "sec_6")))
                .contains(expect(ChangeKind.RENUMBERED, "sec_6", "sec_7"))
                .hasSize(7);
        assertThat(align(split, baseline()))
                .contains(expect(ChangeKind.MERGED, List.of("sec_5", "sec_6"), List.of("sec_5")))
                .contains(expect(ChangeKind.RENUMBERED, "sec_7", "sec_6"))
                .hasSize(7);
    }

    @Test
    void aSplitIntoThreeSmallPartsIsFoundAmongTheLeftovers() {
        String whole = INTERPRETATION + " " + PRINCIPLES + " " + REPORTS;
        List<AlignableProvision> before =
                List.of(section(1, "Short title", SHORT_TITLE, "part_I"), section(2, "General", whole, "part_I"));
        List<AlignableProvision> after = List.of(
                section(1, "Short title", SHORT_TITLE, "part_I"),
                section(2, "Interpretation", INTERPRETATION, "part_I"),
                section(3, "Principles", PRINCIPLES, "part_I"),
                section(4, "Reports", REPORTS, "part_I"));

        assertThat(align(before, after))
                .containsExactly(
                        expect(ChangeKind.UNCHANGED, "sec_1", "sec_1"),
                        expect(ChangeKind.SPLIT, List.of("sec_2"), List.of("sec_2", "sec_3", "sec_4")));
    }

    @Test
    void anInsertedClauseBesideAnUnchangedOneIsNotASplit() {
        List<AlignableProvision> after = new ArrayList<>(baseline());
        after.add(4, section(99, "More principles", PRINCIPLES + " It shall also be accessible.", "part_II"));

        List<Expected> alignment = align(baseline(), after);

        assertThat(alignment).contains(expect(ChangeKind.UNCHANGED, "sec_4", "sec_4"));
        assertThat(alignment).contains(expect(ChangeKind.INSERTED, null, "sec_99"));
    }

    @Test
    void pinsOverrideSimilarityAndForbiddenPairsAreNeverLinked() {
        List<AlignableProvision> after = new ArrayList<>(baseline());
        after.set(6, section(7, "Rules", "Rules under this Act are made by the Cabinet Secretary.", "part_III"));

        assertThat(align(baseline(), after))
                .contains(expect(ChangeKind.DELETED, "sec_7", null), expect(ChangeKind.INSERTED, null, "sec_7"));
        assertThat(aligner.align(baseline(), after, List.of(new ProvisionLink("sec_7", "sec_7")), List.of()))
                .extracting(Expected::of)
                .contains(expect(ChangeKind.MODIFIED, "sec_7", "sec_7"));

        List<Alignment> forbidden =
                aligner.align(baseline(), baseline(), List.of(), List.of(new ProvisionLink("sec_3", "sec_3")));
        assertThat(forbidden)
                .extracting(Expected::of)
                .contains(expect(ChangeKind.DELETED, "sec_3", null), expect(ChangeKind.INSERTED, null, "sec_3"))
                .contains(expect(ChangeKind.UNCHANGED, "sec_4", "sec_4"));
    }

    @Test
    void pinsCanMakeSplitsAndCrossingPinsAreMoves() {
        List<Alignment> split = aligner.align(
                baseline(),
                baseline(),
                List.of(new ProvisionLink("sec_2", "sec_2"), new ProvisionLink("sec_2", "sec_3")),
                List.of());
        assertThat(split)
                .extracting(Expected::of)
                .contains(expect(ChangeKind.SPLIT, List.of("sec_2"), List.of("sec_2", "sec_3")))
                .contains(expect(ChangeKind.DELETED, "sec_3", null));

        List<Alignment> crossing = aligner.align(
                baseline(),
                baseline(),
                List.of(new ProvisionLink("sec_1", "sec_6"), new ProvisionLink("sec_6", "sec_1")),
                List.of());
        // Both pins cross the four clauses between them, so those stay in order and the pins become moves.
        assertThat(crossing)
                .extracting(Expected::of)
                .contains(expect(ChangeKind.MOVED, "sec_6", "sec_1"), expect(ChangeKind.MOVED, "sec_1", "sec_6"))
                .contains(expect(ChangeKind.UNCHANGED, "sec_3", "sec_3"));
        assertThat(crossing).noneMatch(a -> a.kind() == ChangeKind.INSERTED || a.kind() == ChangeKind.DELETED);
    }

    @Test
    void rejectsInconsistentInput() {
        List<AlignableProvision> duplicate = List.of(section(1, "A", "a", "p"), section(1, "B", "b", "p"));
        assertThatThrownBy(() -> aligner.align(duplicate, baseline()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("duplicate key");
        assertThatThrownBy(() ->
                        aligner.align(baseline(), baseline(), List.of(new ProvisionLink("sec_9", "sec_1")), List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("sec_9");
        assertThatThrownBy(() -> aligner.align(
                        baseline(),
                        baseline(),
                        List.of(new ProvisionLink("sec_1", "sec_1")),
                        List.of(new ProvisionLink("sec_1", "sec_1"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("pinned and forbidden");
        assertThatThrownBy(() -> aligner.align(
                        baseline(),
                        baseline(),
                        List.of(
                                new ProvisionLink("sec_1", "sec_1"),
                                new ProvisionLink("sec_1", "sec_2"),
                                new ProvisionLink("sec_2", "sec_2")),
                        List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("several");
        assertThatThrownBy(() -> new AlignmentSettings(0, 0.7, 1, 0.8)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new AlignmentSettings(0.6, 0.7, 0.5, 0.8))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new AlignmentSettings(0.6, 0.5, 1, 0.8)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new AlignmentSettings(0.5, 0.7, 1, Double.NaN))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Alignment(ChangeKind.INSERTED, List.of(), List.of(), 0, true))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void onlyProvisionsOfTheSameKindAreMatched() {
        List<AlignableProvision> before = List.of(new AlignableProvision("sch_1", "SCHEDULE", "", "", FORUMS, ""));
        List<AlignableProvision> after = List.of(new AlignableProvision("sec_1", "SECTION", "1.", "", FORUMS, ""));

        assertThat(align(before, after))
                .containsExactly(expect(ChangeKind.DELETED, "sch_1", null), expect(ChangeKind.INSERTED, null, "sec_1"));
    }

    @Test
    void oddTexts() {
        List<AlignableProvision> before = List.of(
                new AlignableProvision("a", null, null, null, null, null),
                new AlignableProvision("b", null, "2", "", "!!! ... ???", null),
                new AlignableProvision("c", null, "3", "Sheria", "Mswada huu 😀 utaitwa\u0000 Sheria ya Maoni.", null),
                new AlignableProvision("d", null, "4", "", "القانون الجديد للمشاركة العامة في صنع القوانين", null));
        List<AlignableProvision> after = List.of(
                new AlignableProvision("a", null, null, null, "   ", null),
                new AlignableProvision("b", null, "2", "", "?!?", null),
                new AlignableProvision("c", null, "3", "Sheria", "Mswada huu 😁 utaitwa Sheria ya Maoni", null),
                new AlignableProvision("d", null, "5", "", "القانون الجديد للمشاركة العامة في صنع القوانين", null));

        assertThat(align(before, after))
                .containsExactly(
                        expect(ChangeKind.UNCHANGED, "a", "a"),
                        expect(ChangeKind.UNCHANGED, "b", "b"),
                        expect(ChangeKind.UNCHANGED, "c", "c"),
                        expect(ChangeKind.RENUMBERED, "d", "d"));
    }

    @Test
    void aHugeClauseAlignsWithItsRewordedSelf() {
        SyntheticBill generator = new SyntheticBill(new Random(8));
        StringBuilder text = new StringBuilder();
        for (int k = 0; k < 2_000; k++) {
            text.append(generator.clause(3).text()).append(' ');
        }
        String huge = text.toString();
        List<AlignableProvision> before =
                List.of(section(1, "Short title", SHORT_TITLE, "part_I"), section(2, "Schedule", huge, "part_I"));
        List<AlignableProvision> after = List.of(
                section(1, "Short title", SHORT_TITLE, "part_I"),
                section(2, "Schedule", generator.reword(huge), "part_I"),
                section(3, "Regulations", REGULATIONS, "part_I"));

        assertThat(align(before, after))
                .containsExactly(
                        expect(ChangeKind.UNCHANGED, "sec_1", "sec_1"),
                        expect(ChangeKind.MODIFIED, "sec_2", "sec_2"),
                        expect(ChangeKind.INSERTED, null, "sec_3"));
    }

    @Test
    void generatedEditsAreAlignedExactly() {
        for (int seed = 0; seed < 60; seed++) {
            for (int scenario = 0; scenario < 7; scenario++) {
                SyntheticBill generator = new SyntheticBill(new Random(seed * 31L + scenario));
                int clauses = 12 + generator.nextInt(50);
                EditScenario edits = new EditScenario(generator, generator.bill(clauses, 3 + generator.nextInt(4)));
                switch (scenario) {
                    case 0 -> edits.insertNearStart();
                    case 1 -> edits.deleteOne().reword(0.3);
                    case 2 -> edits.splitOne().reword(0.3);
                    case 3 -> edits.mergeTwo().reword(0.3);
                    case 4 -> edits.movePart().reword(0.3);
                    case 5 -> edits.moveClauseToNextPart().insertNearStart().reword(1.0);
                    default ->
                        edits.insertNearStart()
                                .deleteOne()
                                .splitOne()
                                .mergeTwo()
                                .movePart()
                                .reword(1.0);
                }

                List<Alignment> actual = aligner.align(edits.oldVersion(), edits.newVersion());

                assertThat(actual.stream().map(Expected::of).toList())
                        .as("seed %d, scenario %d", seed, scenario)
                        .containsExactlyInAnyOrderElementsOf(edits.expected());
                assertCoversEveryProvisionOnce(actual, edits.oldVersion(), edits.newVersion());
            }
        }
    }

    @Test
    void threeHundredClauseVersionsAlignExactly() {
        SyntheticBill generator = new SyntheticBill(new Random(300));
        EditScenario edits = new EditScenario(generator, generator.bill(300, 12))
                .insertNearStart()
                .deleteOne()
                .splitOne()
                .mergeTwo()
                .movePart()
                .moveClauseToNextPart()
                .reword(0.5);

        List<Alignment> actual = aligner.align(edits.oldVersion(), edits.newVersion());

        assertThat(actual.stream().map(Expected::of).toList()).containsExactlyInAnyOrderElementsOf(edits.expected());
    }

    @Test
    void ocrNoiseNeverLooksLikeInsertionOrDeletion() {
        for (int seed = 0; seed < 30; seed++) {
            SyntheticBill generator = new SyntheticBill(new Random(1000 + seed));
            List<SyntheticBill.Part> clean = generator.bill(20 + generator.nextInt(40), 4);
            List<AlignableProvision> before = SyntheticBill.render(clean);
            List<AlignableProvision> noisy = before.stream()
                    .map(p -> new AlignableProvision(
                            p.key(),
                            p.kind(),
                            p.num(),
                            generator.ocrNoise(p.heading()),
                            generator.ocrNoise(p.text()),
                            p.container()))
                    .toList();

            List<Alignment> actual = aligner.align(before, noisy);

            assertThat(actual).as("seed %d", seed).hasSameSizeAs(before).allSatisfy(a -> {
                assertThat(a.kind()).isEqualTo(ChangeKind.UNCHANGED);
                assertThat(a.oldKeys()).isEqualTo(a.newKeys()).hasSize(1);
            });
            assertThat(actual).anyMatch(Alignment::textChanged);
        }
    }

    @Test
    void ocrNoiseWithGarbledLettersStillLinksEveryClause() {
        for (int seed = 0; seed < 30; seed++) {
            SyntheticBill generator = new SyntheticBill(new Random(2000 + seed));
            Random garble = new Random(seed);
            List<AlignableProvision> before = SyntheticBill.render(generator.bill(20 + generator.nextInt(40), 4));
            List<AlignableProvision> noisy = before.stream()
                    .map(p -> new AlignableProvision(
                            p.key(),
                            p.kind(),
                            p.num(),
                            generator.ocrNoise(p.heading()),
                            garbled(generator.ocrNoise(p.text()), garble),
                            p.container()))
                    .toList();

            List<Alignment> actual = aligner.align(before, noisy);

            assertThat(actual).as("seed %d", seed).hasSameSizeAs(before).allSatisfy(a -> {
                assertThat(a.kind()).isIn(ChangeKind.UNCHANGED, ChangeKind.MODIFIED);
                assertThat(a.oldKeys()).isEqualTo(a.newKeys()).hasSize(1);
            });
        }
    }

    /** Misread letters, and now and then a running header, page number or library stamp caught in the text. */
    private static String garbled(String text, Random random) {
        StringBuilder out = new StringBuilder(text);
        for (int k = 0; k < out.length(); k++) {
            if (Character.isLetter(out.charAt(k)) && random.nextInt(40) == 0) {
                out.setCharAt(k, "ecaoun".charAt(random.nextInt(6)));
            }
        }
        if (random.nextInt(3) == 0) {
            String[] intrusions = {
                " 1 2 3 ",
                " The Public Participation Bill, 2025 ",
                " NATIONAL COUNCIL FOR LAW REPORTING LIBRARY ",
                " 47 "
            };
            int at = out.indexOf(" ", random.nextInt(out.length()));
            out.insert(at < 0 ? out.length() : at, intrusions[random.nextInt(intrusions.length)]);
        }
        return out.toString();
    }

    private static void assertCoversEveryProvisionOnce(
            List<Alignment> alignments, List<AlignableProvision> before, List<AlignableProvision> after) {
        assertThat(alignments.stream().flatMap(a -> a.oldKeys().stream()))
                .containsExactlyInAnyOrderElementsOf(
                        before.stream().map(AlignableProvision::key).toList());
        assertThat(alignments.stream().flatMap(a -> a.newKeys().stream()))
                .containsExactlyElementsOf(
                        after.stream().map(AlignableProvision::key).toList());
    }
}
