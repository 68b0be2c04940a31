package org.maoni.review.internal;

import com.fasterxml.jackson.annotation.JsonValue;
import java.time.Instant;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.maoni.memorandum.MemorandumReference;
import org.springframework.stereotype.Service;

/**
 * The steps of a memorandum's review as its status page lists them, read from Camunda's history and its pending jobs:
 * each step done, active, pending (may still come) or skipped (a branch not taken, or the review ended without it).
 */
@Service
public class ReviewSteps {

    private final HistoryService history;
    private final ManagementService management;
    private final RepositoryService repository;
    private final Map<String, Map<String, String>> names = new ConcurrentHashMap<>();

    ReviewSteps(HistoryService history, ManagementService management, RepositoryService repository) {
        this.history = history;
        this.management = management;
        this.repository = repository;
    }

    /** Where a step is. */
    public enum State {
        DONE,
        ACTIVE,
        PENDING,
        SKIPPED;

        @JsonValue
        public String json() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** One step: its BPMN id and name, its state, and when it started and ended (null when it did not). */
    public record Step(String id, String name, State state, Instant startedAt, Instant endedAt) {}

    /** The steps of the latest review of the memorandum; a {@code workflow-not-found} problem when there is none. */
    public List<Step> of(MemorandumReference reference) {
        HistoricProcessInstance instance = history
                .createHistoricProcessInstanceQuery()
                .processDefinitionKey(ProcessIds.MEMORANDUM_REVIEW)
                .processInstanceBusinessKey(reference.value())
                .orderByProcessInstanceStartTime()
                .desc()
                .listPage(0, 1)
                .stream()
                .findFirst()
                .orElseThrow(() -> ReviewProblem.workflowNotFound(reference.value()));
        Map<String, HistoricActivityInstance> latest =
                history.createHistoricActivityInstanceQuery().processInstanceId(instance.getId()).list().stream()
                        .filter(a -> ProcessIds.MEMORANDUM_STEPS.contains(publicStep(a.getActivityId())))
                        .collect(Collectors.toMap(
                                a -> publicStep(a.getActivityId()),
                                Function.identity(),
                                (a, b) -> Comparator.comparing(HistoricActivityInstance::getStartTime)
                                                        .compare(a, b)
                                                >= 0
                                        ? a
                                        : b));
        boolean ended = instance.getEndTime() != null;
        Map<String, String> stepNames = names(instance.getProcessDefinitionId());
        return ProcessIds.MEMORANDUM_STEPS.stream()
                .map(id -> step(id, stepNames.getOrDefault(id, id), latest, instance.getId(), ended))
                .toList();
    }

    private Step step(
            String id, String name, Map<String, HistoricActivityInstance> latest, String instanceId, boolean ended) {
        HistoricActivityInstance activity = latest.get(id);
        if (activity != null) {
            Instant started = instant(activity.getStartTime());
            Instant finished = instant(activity.getEndTime());
            if (finished == null) {
                return new Step(id, name, State.ACTIVE, started, null);
            }
            return new Step(id, name, activity.isCanceled() ? State.SKIPPED : State.DONE, started, finished);
        }
        if (ended) {
            return new Step(id, name, State.SKIPPED, null, null);
        }
        // An asynchronous step waiting for the job executor has no activity instance yet, only its job.
        boolean waitingJob = management
                        .createJobQuery()
                        .processInstanceId(instanceId)
                        .activityId(id)
                        .count()
                > 0;
        if (waitingJob) {
            return new Step(id, name, State.ACTIVE, null, null);
        }
        return new Step(id, name, notTaken(id, latest) ? State.SKIPPED : State.PENDING, null, null);
    }

    /**
     * Whether the running review went past the branch point of an optional step without taking it: screening and the
     * start of moderation, like moderation and setting aside, happen in one transaction.
     */
    private static boolean notTaken(String id, Map<String, HistoricActivityInstance> latest) {
        HistoricActivityInstance screen = latest.get(ProcessIds.TASK_SCREEN);
        boolean screened = screen != null && screen.getEndTime() != null;
        HistoricActivityInstance moderation = latest.get(ProcessIds.TASK_MODERATE);
        return switch (id) {
            case ProcessIds.TASK_MODERATE -> screened && moderation == null;
            case ProcessIds.TASK_SET_ASIDE -> screened && (moderation == null || moderation.getEndTime() != null);
            default -> false;
        };
    }

    /** Reading a memorandum without files is the same step to the submitter as extracting the text of its files. */
    private static String publicStep(String activityId) {
        return ProcessIds.TASK_READ_TEXT.equals(activityId) ? ProcessIds.TASK_EXTRACT_TEXT : activityId;
    }

    private Map<String, String> names(String definitionId) {
        return names.computeIfAbsent(
                definitionId,
                id -> repository.getBpmnModelInstance(id).getModelElementsByType(FlowElement.class).stream()
                        .filter(e -> e.getName() != null)
                        .collect(Collectors.toMap(FlowElement::getId, FlowElement::getName)));
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
