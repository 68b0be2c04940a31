package org.maoni.bill.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.maoni.bill.DraftEdit;
import org.maoni.bill.DraftProblem;
import org.maoni.bill.Provision;
import org.maoni.bill.ProvisionType;

/** The draft editing core: eIds follow the convention, lineages stay, bad edits are refused with a reason. */
class DraftEditorTest {

    private static Provision node(String eId, ProvisionType type, String num, String text, Provision... children) {
        return new Provision(eId, type, num, null, text, null, List.of(children), "L-" + eId);
    }

    /** Part I with clauses 1 to 3; clause 2 has subclauses (1) and (2), the latter with paragraphs (a) and (b). */
    private static List<Provision> tree() {
        return List.of(
                node("preface", ProvisionType.PREFACE, null, "A Bill for an Act of the County Assembly"),
                node(
                        "part_I",
                        ProvisionType.PART,
                        "PART I",
                        null,
                        node("sec_1", ProvisionType.SECTION, "1.", "This Act may be cited as the Markets Act."),
                        node(
                                "sec_2",
                                ProvisionType.SECTION,
                                "2.",
                                null,
                                node("sec_2__subsec_1", ProvisionType.SUBSECTION, "(1)", "A trader shall pay a fee."),
                                node(
                                        "sec_2__subsec_2",
                                        ProvisionType.SUBSECTION,
                                        "(2)",
                                        "The fee shall be—",
                                        node("sec_2__subsec_2__para_a", ProvisionType.PARAGRAPH, "(a)", "daily; or"),
                                        node("sec_2__subsec_2__para_b", ProvisionType.PARAGRAPH, "(b)", "monthly."))),
                        node("sec_3", ProvisionType.SECTION, "3.", "The county shall keep markets clean.")));
    }

    private static DraftEditor.Result apply(List<Provision> tree, DraftEdit edit) {
        return DraftEditor.apply(tree, edit, () -> "NEW");
    }

    private static Map<String, Provision> byEId(List<Provision> tree) {
        return Provision.flatten(tree).stream().collect(Collectors.toMap(Provision::eId, Function.identity()));
    }

    private static List<String> eIds(List<Provision> tree) {
        return Provision.flatten(tree).stream().map(Provision::eId).toList();
    }

    @Test
    void rewordingKeepsEIdAndLineageAndOnlyTheGivenParts() {
        DraftEditor.Result r = apply(tree(), new DraftEdit.Reword("sec_1", "Short title", "Cited as the Act.", null));
        Provision p = byEId(r.tree()).get("sec_1");
        assertThat(r.eId()).isEqualTo("sec_1");
        assertThat(p.heading()).isEqualTo("Short title");
        assertThat(p.text()).isEqualTo("Cited as the Act.");
        assertThat(p.num()).isEqualTo("1.");
        assertThat(p.lineageId()).isEqualTo("L-sec_1");

        Provision cleared = byEId(apply(r.tree(), new DraftEdit.Reword("sec_1", " ", null, null))
                        .tree())
                .get("sec_1");
        assertThat(cleared.heading()).isNull();
        assertThat(cleared.text()).isEqualTo("Cited as the Act.");
    }

    @Test
    void anInsertedClauseGetsANewLineageAndAConventionalEId() {
        DraftEditor.Result r = apply(
                tree(), new DraftEdit.Insert("sec_2", null, ProvisionType.SECTION, "2A.", "Permits", "A permit."));
        assertThat(r.eId()).isEqualTo("sec_2A");
        assertThat(eIds(r.tree())).containsSubsequence("sec_2", "sec_2__subsec_2__para_b", "sec_2A", "sec_3");
        Provision inserted = byEId(r.tree()).get("sec_2A");
        assertThat(inserted.lineageId()).isEqualTo("NEW");
        assertThat(inserted.heading()).isEqualTo("Permits");
    }

    @Test
    void aSubclauseInsertedFirstUnderItsParentIsNamedUnderIt() {
        DraftEditor.Result r = apply(
                tree(),
                new DraftEdit.Insert(null, "sec_3", ProvisionType.SUBSECTION, "(1)", null, "The county shall."));
        assertThat(r.eId()).isEqualTo("sec_3__subsec_1");
        assertThat(byEId(r.tree()).get("sec_3").children())
                .extracting(Provision::eId)
                .containsExactly("sec_3__subsec_1");
    }

    @Test
    void deletingRemovesTheProvisionWithItsDescendants() {
        DraftEditor.Result r = apply(tree(), new DraftEdit.Delete("sec_2__subsec_2"));
        assertThat(eIds(r.tree()))
                .doesNotContain("sec_2__subsec_2", "sec_2__subsec_2__para_a")
                .contains("sec_2__subsec_1");
    }

    @Test
    void renumberingRenamesTheDescendantsAndKeepsLineages() {
        DraftEditor.Result r = apply(tree(), new DraftEdit.Renumber("sec_2", "7."));
        assertThat(r.eId()).isEqualTo("sec_7");
        Map<String, Provision> nodes = byEId(r.tree());
        assertThat(nodes).containsKeys("sec_7", "sec_7__subsec_1", "sec_7__subsec_2", "sec_7__subsec_2__para_b");
        assertThat(nodes).doesNotContainKey("sec_2__subsec_1");
        assertThat(nodes.get("sec_7__subsec_2__para_b").lineageId()).isEqualTo("L-sec_2__subsec_2__para_b");
        assertThat(nodes.get("sec_7").num()).isEqualTo("7.");
    }

    @Test
    void renumberingOntoATakenNumberIsRefused() {
        assertThatThrownBy(() -> apply(tree(), new DraftEdit.Renumber("sec_3", "1.")))
                .isInstanceOfSatisfying(DraftProblem.class, p -> {
                    assertThat(p.slug()).isEqualTo("invalid-draft-edit");
                    assertThat(p.getBody().getDetail()).contains("duplicates the eId 'sec_1'");
                });
    }

    @Test
    void movingASubclauseToAnotherClauseRenamesIt() {
        DraftEditor.Result r = apply(tree(), new DraftEdit.Move("sec_2__subsec_2", null, "sec_3"));
        assertThat(r.eId()).isEqualTo("sec_3__subsec_2");
        Map<String, Provision> nodes = byEId(r.tree());
        assertThat(nodes).containsKeys("sec_3__subsec_2__para_a", "sec_3__subsec_2__para_b");
        assertThat(nodes.get("sec_3__subsec_2").lineageId()).isEqualTo("L-sec_2__subsec_2");
    }

    @Test
    void movingAClauseAfterAnotherKeepsItsEId() {
        DraftEditor.Result r = apply(tree(), new DraftEdit.Move("sec_1", "sec_3", null));
        assertThat(r.eId()).isEqualTo("sec_1");
        assertThat(byEId(r.tree()).get("part_I").children())
                .extracting(Provision::eId)
                .containsExactly("sec_2", "sec_3", "sec_1");
    }

    @Test
    void aProvisionCannotMoveIntoItself() {
        assertThatThrownBy(() -> apply(tree(), new DraftEdit.Move("sec_2", "sec_2__subsec_1", null)))
                .isInstanceOfSatisfying(
                        DraftProblem.class, p -> assertThat(p.slug()).isEqualTo("invalid-draft-edit"));
    }

    @Test
    void renumberingAllNumbersClausesThroughTheBillAndSubprovisionsInside() {
        List<Provision> t = apply(
                        tree(),
                        new DraftEdit.Insert("sec_1", null, ProvisionType.SECTION, "1A.", null, "Interpretation."))
                .tree();
        t = apply(t, new DraftEdit.Delete("sec_2__subsec_1")).tree();
        DraftEditor.Result r = apply(t, new DraftEdit.RenumberAll());
        assertThat(r.eId()).isNull();
        Map<String, Provision> nodes = byEId(r.tree());
        assertThat(byEId(r.tree()).get("part_I").children())
                .extracting(Provision::num)
                .containsExactly("1.", "2.", "3.", "4.");
        assertThat(nodes.get("sec_2").lineageId()).isEqualTo("NEW");
        assertThat(nodes.get("sec_3").lineageId()).isEqualTo("L-sec_2");
        assertThat(nodes.get("sec_3__subsec_1").num()).isEqualTo("(1)");
        assertThat(nodes.get("sec_3__subsec_1").lineageId()).isEqualTo("L-sec_2__subsec_2");
        assertThat(nodes.get("sec_3__subsec_1__para_b").lineageId()).isEqualTo("L-sec_2__subsec_2__para_b");
        assertThat(nodes.get("sec_4").lineageId()).isEqualTo("L-sec_3");
        assertThat(nodes.get("part_I").num()).isEqualTo("PART I");
    }

    @Test
    void theNumberAfterAClauseSkipsNumbersAlreadyTaken() {
        assertThat(DraftEditor.numberAfter(tree(), "sec_2")).isEqualTo("2A.");
        List<Provision> t = apply(
                        tree(), new DraftEdit.Insert("sec_2", null, ProvisionType.SECTION, "2A.", null, "New clause."))
                .tree();
        assertThat(DraftEditor.numberAfter(t, "sec_2")).isEqualTo("2B.");
        assertThat(DraftEditor.numberAfter(t, "sec_2A")).isEqualTo("2B.");
        assertThat(DraftEditor.numberAfter(tree(), "sec_2__subsec_2__para_a")).isEqualTo("(aa)");
    }

    @Test
    void oddInputIsRefusedWithTheFieldNamed() {
        assertThatThrownBy(() -> apply(tree(), new DraftEdit.Reword("sec_99", "x", null, null)))
                .isInstanceOfSatisfying(
                        DraftProblem.class, p -> assertThat(p.slug()).isEqualTo("provision-not-found"));
        assertThatThrownBy(() -> apply(tree(), new DraftEdit.Reword("sec_1", null, null, null)))
                .isInstanceOf(DraftProblem.class);
        assertThatThrownBy(
                        () -> apply(tree(), new DraftEdit.Insert("sec_1", null, ProvisionType.PREFACE, "1", null, "x")))
                .isInstanceOfSatisfying(
                        DraftProblem.class,
                        p -> assertThat(p.getBody().getDetail()).contains("type"));
        assertThatThrownBy(() ->
                        apply(tree(), new DraftEdit.Insert("sec_1", null, ProvisionType.SECTION, "().", null, "x")))
                .isInstanceOfSatisfying(
                        DraftProblem.class,
                        p -> assertThat(p.getBody().getDetail()).contains("num"));
        assertThatThrownBy(() ->
                        apply(tree(), new DraftEdit.Insert("nowhere", null, ProvisionType.SECTION, "9.", null, "x")))
                .isInstanceOfSatisfying(
                        DraftProblem.class,
                        p -> assertThat(p.getBody().getDetail()).contains("after"));
        // A paragraph cannot stand directly in a Part.
        assertThatThrownBy(() ->
                        apply(tree(), new DraftEdit.Insert("sec_1", null, ProvisionType.PARAGRAPH, "(z)", null, "x")))
                .isInstanceOfSatisfying(
                        DraftProblem.class, p -> assertThat(p.slug()).isEqualTo("invalid-draft-edit"));
        // Deleting every clause leaves no bill.
        List<Provision> oneClause = List.of(
                node("preface", ProvisionType.PREFACE, null, "A Bill"),
                node("sec_1", ProvisionType.SECTION, "1.", "Only clause."));
        assertThatThrownBy(() -> apply(oneClause, new DraftEdit.Delete("sec_1")))
                .isInstanceOfSatisfying(
                        DraftProblem.class,
                        p -> assertThat(p.getBody().getDetail()).contains("SECTION"));
    }

    @Test
    void printedNumbersKeepTheirStyle() {
        assertThat(DraftEditor.key("5A.")).isEqualTo("5A");
        assertThat(DraftEditor.key("(iv)")).isEqualTo("iv");
        assertThat(DraftEditor.key("PART II")).isEqualTo("II");
        assertThat(DraftEditor.key(null)).isEmpty();
        assertThat(DraftEditor.replaceKey("5.", "6", ProvisionType.SECTION)).isEqualTo("6.");
        assertThat(DraftEditor.replaceKey("(a)", "b", ProvisionType.PARAGRAPH)).isEqualTo("(b)");
        assertThat(DraftEditor.replaceKey(null, "3", ProvisionType.SUBSECTION)).isEqualTo("(3)");
    }
}
