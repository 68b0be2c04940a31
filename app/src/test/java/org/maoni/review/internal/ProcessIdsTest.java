package org.maoni.review.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Activity;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.Message;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The constants in {@link ProcessIds} and the BPMN models agree, both ways. */
class ProcessIdsTest {

    private static final List<String> MODELS =
            List.of("bpmn/memorandum-review.bpmn", "bpmn/bill-participation.bpmn", "bpmn/drafting.bpmn");
    private static final Pattern EXPRESSION = Pattern.compile("\\$\\{!?([A-Za-z][A-Za-z0-9]*)\\}");

    private static Map<String, BpmnModelInstance> models;
    private static String text;

    @BeforeAll
    static void readModels() throws IOException {
        models = MODELS.stream().collect(Collectors.toMap(m -> m, ProcessIdsTest::read));
        StringBuilder all = new StringBuilder();
        for (String model : MODELS) {
            try (InputStream in = resource(model)) {
                all.append(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        text = all.toString();
    }

    @Test
    void everyElementIdConstantNamesAnElementOfAModel() {
        for (Map.Entry<String, String> constant : constants().entrySet()) {
            String name = constant.getKey();
            if (name.startsWith("VAR_") || name.startsWith("GROUP_") || name.startsWith("BEAN_")) {
                continue;
            }
            String id = constant.getValue();
            boolean found = models.values().stream().anyMatch(m -> m.getModelElementById(id) instanceof BaseElement);
            assertThat(found).as("%s = %s is an element of a model", name, id).isTrue();
        }
    }

    @Test
    void messagesAreNamedLikeTheirConstants() {
        Set<String> names = models.values().stream()
                .flatMap(m -> m.getModelElementsByType(Message.class).stream())
                .map(Message::getName)
                .collect(Collectors.toSet());
        assertThat(names)
                .containsExactlyInAnyOrder(
                        ProcessIds.MESSAGE_MEMORANDUM_WITHDRAWN,
                        ProcessIds.MESSAGE_EXTEND_WINDOW,
                        ProcessIds.MESSAGE_WITHDRAW_BILL);
    }

    @Test
    void everyExpressionInTheModelsNamesAVariableOrBeanConstant() {
        Set<String> known = new HashSet<>();
        constants().forEach((name, value) -> {
            if (name.startsWith("VAR_") || name.startsWith("BEAN_")) {
                known.add(value);
            }
        });
        Matcher m = EXPRESSION.matcher(text);
        Set<String> used = new HashSet<>();
        while (m.find()) {
            used.add(m.group(1));
        }
        assertThat(known).containsAll(used);
        for (Map.Entry<String, String> constant : constants().entrySet()) {
            if (constant.getKey().startsWith("BEAN_")) {
                assertThat(used).as(constant.getKey()).contains(constant.getValue());
            }
        }
    }

    @Test
    void everyActivityHasAConstantAndEveryUserTaskAKnownGroup() {
        Set<String> values = new HashSet<>(constants().values());
        Set<String> groups = Set.of(ProcessIds.GROUP_CLERKS, ProcessIds.GROUP_COMMITTEE);
        for (BpmnModelInstance model : models.values()) {
            for (Activity activity : model.getModelElementsByType(Activity.class)) {
                assertThat(values).as("constant for %s", activity.getId()).contains(activity.getId());
            }
            for (UserTask task : model.getModelElementsByType(UserTask.class)) {
                assertThat(groups).as("group of %s", task.getId()).contains(task.getCamundaCandidateGroups());
            }
            for (Process process : model.getModelElementsByType(Process.class)) {
                assertThat(process.isExecutable()).isTrue();
                assertThat(process.getCamundaHistoryTimeToLiveString()).isEqualTo("P365D");
            }
        }
    }

    @Test
    void theReviewStepsAreActivitiesOfTheReviewModel() {
        BpmnModelInstance review = models.get("bpmn/memorandum-review.bpmn");
        for (String step : ProcessIds.MEMORANDUM_STEPS) {
            assertThat((Object) review.getModelElementById(step)).as(step).isInstanceOf(Activity.class);
        }
        assertThat(new HashSet<>(ProcessIds.MEMORANDUM_STEPS)).hasSameSizeAs(ProcessIds.MEMORANDUM_STEPS);
    }

    private static Map<String, String> constants() {
        return java.util.Arrays.stream(ProcessIds.class.getDeclaredFields())
                .filter(f -> Modifier.isStatic(f.getModifiers()) && f.getType() == String.class)
                .collect(Collectors.toMap(Field::getName, ProcessIdsTest::value));
    }

    private static String value(Field field) {
        try {
            return (String) field.get(null);
        } catch (IllegalAccessException e) {
            throw new AssertionError(e);
        }
    }

    private static BpmnModelInstance read(String resource) {
        try (InputStream in = resource(resource)) {
            return Bpmn.readModelFromStream(in);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static InputStream resource(String name) {
        InputStream in = ProcessIdsTest.class.getClassLoader().getResourceAsStream(name);
        assertThat((Object) in).as(name).isNotNull();
        return in;
    }
}
