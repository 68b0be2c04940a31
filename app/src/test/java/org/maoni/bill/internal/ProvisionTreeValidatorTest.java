package org.maoni.bill.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.maoni.bill.BillProblem.FieldError;
import org.maoni.bill.Provision;
import org.maoni.bill.ProvisionType;

class ProvisionTreeValidatorTest {

    private static Provision node(String eId, ProvisionType type, Provision... children) {
        return new Provision(eId, type, null, null, "text of " + eId, null, List.of(children));
    }

    private static List<Provision> validTree() {
        return List.of(
                node("preface", ProvisionType.PREFACE),
                node("preamble", ProvisionType.PREAMBLE),
                node(
                        "part_I",
                        ProvisionType.PART,
                        node("sec_1", ProvisionType.SECTION),
                        node(
                                "sec_2",
                                ProvisionType.SECTION,
                                node(
                                        "sec_2__subsec_1",
                                        ProvisionType.SUBSECTION,
                                        node(
                                                "sec_2__subsec_1__para_a",
                                                ProvisionType.PARAGRAPH,
                                                node(
                                                        "sec_2__subsec_1__para_a__subpara_i",
                                                        ProvisionType.SUBPARAGRAPH))))),
                node("sched_1", ProvisionType.SCHEDULE, node("sched_1__para_1", ProvisionType.PARAGRAPH)),
                node("objectsAndReasons", ProvisionType.OBJECTS_AND_REASONS));
    }

    @Test
    void acceptsAWellFormedTree() {
        assertThat(ProvisionTreeValidator.validate(validTree())).isEmpty();
    }

    @Test
    void refusesAnEmptyTreeAndATreeWithoutClauses() {
        assertThat(ProvisionTreeValidator.validate(List.of()))
                .extracting(FieldError::field)
                .containsExactly("provisions");
        assertThat(ProvisionTreeValidator.validate(null)).hasSize(1);
        assertThat(ProvisionTreeValidator.validate(List.of(node("preface", ProvisionType.PREFACE))))
                .extracting(FieldError::message)
                .containsExactly("must contain at least one clause (SECTION)");
    }

    @Test
    void namesDuplicateEIdsByTheirPath() {
        List<Provision> tree = List.of(node("sec_1", ProvisionType.SECTION), node("sec_1", ProvisionType.SECTION));
        assertThat(ProvisionTreeValidator.validate(tree))
                .containsExactly(new FieldError("provisions[1].eId", "duplicates the eId 'sec_1'"));
    }

    @Test
    void refusesMalformedEIds() {
        for (String bad :
                new String[] {"", " sec_1", "1sec", "sec 1", "sec/1", "sec_1\u0000", "sec_\uD83D\uDE00", "<b>"}) {
            Provision provision = new Provision(bad, ProvisionType.SECTION, "1.", null, "text", null, List.of());
            assertThat(ProvisionTreeValidator.validate(List.of(provision)))
                    .as("eId %s", bad)
                    .extracting(FieldError::field)
                    .containsExactly("provisions[0].eId");
        }
    }

    @Test
    void refusesWrongNesting() {
        List<Provision> tree = List.of(node(
                "sec_1",
                ProvisionType.SECTION,
                node("sec_1__part_I", ProvisionType.PART),
                node(
                        "sec_1__subsec_1",
                        ProvisionType.SUBSECTION,
                        node("sec_1__subsec_1__sub", ProvisionType.SUBSECTION))));
        assertThat(ProvisionTreeValidator.validate(tree))
                .containsExactly(
                        new FieldError("provisions[0].children[0].type", "a PART cannot stand inside a SECTION"),
                        new FieldError(
                                "provisions[0].children[1].children[0].type",
                                "a SUBSECTION cannot stand inside a SUBSECTION"));
    }

    @Test
    void refusesTopLevelSubsectionsAndChildrenOfLeafBlocks() {
        List<Provision> tree = List.of(
                node("subsec_1", ProvisionType.SUBSECTION),
                node("preface", ProvisionType.PREFACE, node("preface__x", ProvisionType.SECTION)));
        assertThat(ProvisionTreeValidator.validate(tree))
                .extracting(FieldError::field)
                .containsExactly("provisions[0].type", "provisions[1].children[0].type");
    }

    @Test
    void requiresNestedEIdsUnderTheirParent() {
        List<Provision> tree =
                List.of(node("sec_1", ProvisionType.SECTION, node("sec_2__subsec_1", ProvisionType.SUBSECTION)));
        assertThat(ProvisionTreeValidator.validate(tree))
                .containsExactly(
                        new FieldError("provisions[0].children[0].eId", "must start with its parent's eId 'sec_1__'"));
    }

    @Test
    void sectionsInsidePartsAreNotPrefixed() {
        List<Provision> tree = List.of(node("part_II", ProvisionType.PART, node("sec_9", ProvisionType.SECTION)));
        assertThat(ProvisionTreeValidator.validate(tree)).isEmpty();
    }

    @Test
    void refusesNulTextsAndOverlongFields() {
        Provision nul = new Provision("sec_1", ProvisionType.SECTION, "1.", "Short\u0000title", "x", null, List.of());
        Provision huge = new Provision(
                "sec_2", ProvisionType.SECTION, "2.".repeat(60), null, "y".repeat(200_001), null, List.of());
        assertThat(ProvisionTreeValidator.validate(List.of(nul, huge)))
                .extracting(FieldError::field)
                .containsExactly("provisions[0].heading", "provisions[1].num", "provisions[1].text");
    }

    @Test
    void acceptsKiswahiliEmojiAndRightToLeftText() {
        Provision p = new Provision(
                "sec_1",
                ProvisionType.SECTION,
                "1.",
                "Jina fupi",
                "Sheria hii itajulikana kama Sheria ya Masoko 🙂 \u05e9\u05dc\u05d5\u05dd",
                null,
                List.of());
        assertThat(ProvisionTreeValidator.validate(List.of(p))).isEmpty();
    }

    @Test
    void boundsDepthAndSize() {
        Provision deep = node("sec_1__x", ProvisionType.SUBPARAGRAPH);
        for (int i = 0; i < 20; i++) {
            deep = node("sec_1__x" + i, ProvisionType.PARAGRAPH, deep);
        }
        assertThat(ProvisionTreeValidator.validate(List.of(node("sec_1", ProvisionType.SECTION, deep))))
                .extracting(FieldError::message)
                .contains("is nested deeper than " + ProvisionTreeValidator.MAX_DEPTH + " levels");

        List<Provision> many = new ArrayList<>();
        for (int i = 0; i <= ProvisionTreeValidator.MAX_NODES; i++) {
            many.add(node("sec_" + i, ProvisionType.SECTION));
        }
        assertThat(ProvisionTreeValidator.validate(many))
                .extracting(FieldError::message)
                .contains("has more than " + ProvisionTreeValidator.MAX_NODES + " nodes");
    }
}
