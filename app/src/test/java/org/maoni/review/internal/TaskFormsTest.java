package org.maoni.review.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.maoni.memorandum.Decision;
import org.maoni.memorandum.DecisionInput;
import org.maoni.memorandum.Stance;
import org.maoni.memorandum.TriageInput;

/** The task forms accept exactly their fields and name every problem by its JSON path. */
class TaskFormsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void moderationGoesOnWithoutANoteAndSetsAsideOnlyWithOne() {
        assertThat(TaskForms.moderation(json("{\"setAside\": false}")))
                .isEqualTo(new TaskForms.Moderation(false, null));
        assertThat(TaskForms.moderation(json("{\"setAside\": false, \"note\": \"  \"}")))
                .isEqualTo(new TaskForms.Moderation(false, null));
        assertThat(TaskForms.moderation(json("{\"setAside\": true, \"note\": \" Matusi: lugha ya kuudhi \"}")))
                .isEqualTo(new TaskForms.Moderation(true, "Matusi: lugha ya kuudhi"));
        assertThat(errors(() -> TaskForms.moderation(json("{\"setAside\": true}"))))
                .containsExactly("note");
        assertThat(errors(() -> TaskForms.moderation(json("{\"setAside\": \"yes\", \"note\": 5}"))))
                .containsExactly("setAside", "note");
        assertThat(errors(() -> TaskForms.moderation(json("{}")))).containsExactly("setAside");
    }

    @Test
    void theBodyMustBeAnObjectWithOnlyTheFormsFields() {
        assertThat(errors(() -> TaskForms.adoption(null))).containsExactly("$");
        assertThat(errors(() -> TaskForms.adoption(json("[]")))).containsExactly("$");
        assertThat(errors(() -> TaskForms.adoption(json("\"adopt\"")))).containsExactly("$");
        assertThat(errors(() -> TaskForms.adoption(json("{\"adopted\": true}"))))
                .containsExactly("adopted");
        TaskForms.adoption(json("{}"));
        assertThat(errors(() -> TaskForms.escalation(json("{\"note\": \"x\", \"extra\": 1}"))))
                .containsExactly("extra");
    }

    @Test
    void triageReadsEveryProposalWithDefaultsForEmptyLists() {
        TriageInput input = TaskForms.triage(json("""
                {"proposals": [
                  {"proposalId": 11, "eIds": ["sec_5__subsec_2"], "stance": "amend", "themes": ["ardhi", "fees"]},
                  {"proposalId": 12, "stance": "SUPPORT"},
                  {"proposalId": 13, "eIds": [], "stance": "INSERT", "themes": null}
                ]}"""));
        assertThat(input.proposals())
                .containsExactly(
                        new TriageInput.ProposalTriage(
                                11, List.of("sec_5__subsec_2"), Stance.AMEND, List.of("ardhi", "fees")),
                        new TriageInput.ProposalTriage(12, List.of(), Stance.SUPPORT, List.of()),
                        new TriageInput.ProposalTriage(13, List.of(), Stance.INSERT, List.of()));
    }

    @Test
    void triageNamesEachInvalidFieldByItsPath() {
        assertThat(errors(() -> TaskForms.triage(json("""
                {"proposals": [
                  {"proposalId": 0, "stance": "LOVE"},
                  {"proposalId": 2, "eIds": "sec_1", "stance": "AMEND", "themes": ["", 3]},
                  {"proposalId": 2, "stance": "DELETE", "note": "?"},
                  "not an object",
                  {"proposalId": 1.5}
                ]}"""))))
                .containsExactly(
                        "proposals[0].proposalId",
                        "proposals[0].stance",
                        "proposals[1].eIds",
                        "proposals[1].themes[0]",
                        "proposals[1].themes[1]",
                        "proposals[2].note",
                        "proposals[2].proposalId",
                        "proposals[3]",
                        "proposals[4].proposalId",
                        "proposals[4].stance");
        assertThat(errors(() -> TaskForms.triage(json("{\"proposals\": []}")))).containsExactly("proposals");
        assertThat(errors(() -> TaskForms.triage(json("{\"proposals\": {}}")))).containsExactly("proposals");
        assertThat(errors(() -> TaskForms.triage(json("{}")))).containsExactly("proposals");
    }

    @Test
    void decisionsNeedADecisionAndReasonsForEachProposal() {
        List<DecisionInput> decisions = TaskForms.decisions(json("""
                {"decisions": [
                  {"proposalId": 11, "decision": "ACCEPTED_WITH_AMENDMENT", "reasons": "  Kamati imekubali 😀  "},
                  {"proposalId": 12, "decision": "rejected", "reasons": "\u0627\u0644\u0633\u0628\u0628"}
                ]}"""));
        assertThat(decisions)
                .containsExactly(
                        new DecisionInput(11, Decision.ACCEPTED_WITH_AMENDMENT, "Kamati imekubali 😀"),
                        new DecisionInput(12, Decision.REJECTED, "\u0627\u0644\u0633\u0628\u0628"));
        assertThat(errors(() -> TaskForms.decisions(json("""
                {"decisions": [
                  {"proposalId": 11, "decision": "MAYBE", "reasons": " "},
                  {"proposalId": 12, "decision": "NOTED"},
                  {"proposalId": 13, "decision": "NOTED", "reasons": "a\\u0000b"}
                ]}"""))))
                .containsExactly(
                        "decisions[0].decision",
                        "decisions[0].reasons",
                        "decisions[1].reasons",
                        "decisions[2].reasons");
    }

    @Test
    void consolidationNeedsASummaryOfBoundedLength() {
        assertThat(TaskForms.consolidation(json("{\"summary\": \"42 memoranda, 310 proposals\"}"))
                        .summary())
                .isEqualTo("42 memoranda, 310 proposals");
        assertThat(errors(() -> TaskForms.consolidation(json("{\"summary\": \"\"}"))))
                .containsExactly("summary");
        String huge = "m".repeat(TaskForms.MAX_SUMMARY + 1);
        JsonNode body = JsonNodeFactory.instance.objectNode().put("summary", huge);
        assertThat(errors(() -> TaskForms.consolidation(body))).containsExactly("summary");
        String emoji = "🙂".repeat(TaskForms.MAX_SUMMARY);
        assertThat(TaskForms.consolidation(JsonNodeFactory.instance.objectNode().put("summary", emoji))
                        .summary())
                .isEqualTo(emoji);
    }

    @Test
    void escalationNeedsANote() {
        assertThat(TaskForms.escalation(json("{\"note\": \"Chair wrote to the Clerk\"}"))
                        .note())
                .isEqualTo("Chair wrote to the Clerk");
        assertThat(errors(() -> TaskForms.escalation(json("{\"note\": null}")))).containsExactly("note");
        assertThat(errors(() -> TaskForms.escalation(json("{\"note\": [\"x\"]}"))))
                .containsExactly("note");
    }

    @Test
    void theProblemIsABadRequestThatSaysNothingWasChanged() {
        assertThatThrownBy(() -> TaskForms.escalation(json("{}"))).isInstanceOfSatisfying(ReviewProblem.class, p -> {
            assertThat(p.slug()).isEqualTo("invalid-request");
            assertThat(p.getStatusCode().value()).isEqualTo(400);
            assertThat(p.getBody().getDetail()).contains("nothing was changed");
        });
    }

    private static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    @SuppressWarnings("unchecked")
    private static List<String> errors(Runnable form) {
        try {
            form.run();
        } catch (ReviewProblem problem) {
            List<ReviewProblem.FieldError> errors = (List<ReviewProblem.FieldError>)
                    problem.getBody().getProperties().get("errors");
            return errors.stream().map(ReviewProblem.FieldError::field).toList();
        }
        throw new AssertionError("The form was accepted");
    }
}
