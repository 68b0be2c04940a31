package org.maoni.review.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.exception.NotFoundException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.maoni.bill.BillId;
import org.maoni.bill.DraftVersions;
import org.maoni.memorandum.CallId;
import org.maoni.memorandum.CallsForMemoranda;
import org.maoni.memorandum.Decider;
import org.maoni.memorandum.DecisionInput;
import org.maoni.memorandum.Decisions;
import org.maoni.memorandum.MemorandumReference;
import org.maoni.memorandum.MemorandumReview;
import org.maoni.memorandum.TriageInput;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The staff work queue over the workflows' user tasks: listing by scope, claiming, and completing a task with its
 * validated form, which first records the result through the memorandum module and then completes the task in the
 * same transaction (so a refused form or a failed step changes nothing).
 */
@Service
public class StaffTasks {

    private static final List<String> PROCESS_KEYS =
            List.of(ProcessIds.MEMORANDUM_REVIEW, ProcessIds.BILL_PARTICIPATION, ProcessIds.DRAFTING);

    private final TaskService tasks;
    private final RuntimeService runtime;
    private final RepositoryService repository;
    private final MemorandumReview review;
    private final CallsForMemoranda calls;
    private final Decisions decisions;
    private final DraftVersions drafts;
    private final TransactionTemplate transaction;
    private final Map<String, String> processKeys = new ConcurrentHashMap<>();

    StaffTasks(
            TaskService tasks,
            RuntimeService runtime,
            RepositoryService repository,
            MemorandumReview review,
            CallsForMemoranda calls,
            Decisions decisions,
            DraftVersions drafts,
            PlatformTransactionManager transactionManager) {
        this.tasks = tasks;
        this.runtime = runtime;
        this.repository = repository;
        this.review = review;
        this.calls = calls;
        this.decisions = decisions;
        this.drafts = drafts;
        this.transaction = new TransactionTemplate(transactionManager);
    }

    /** Who asks: the user name, the candidate groups of their roles, and whether they are an administrator. */
    public record StaffUser(String name, Set<String> groups, boolean admin) {

        public StaffUser {
            Objects.requireNonNull(name, "name");
            groups = Set.copyOf(groups);
        }

        boolean mayWorkOn(List<String> candidateGroups) {
            return admin || candidateGroups.stream().anyMatch(groups::contains);
        }
    }

    /** Which tasks to list: claimed by me, unclaimed in my groups, or everything in my groups (all for admins). */
    public enum Scope {
        MINE,
        GROUPS,
        ALL
    }

    /**
     * One open user task. {@code reference} is set for memorandum review tasks, {@code callId} for participation tasks;
     * {@code billId} and {@code version} for both; {@code billId} and {@code draft} for drafting tasks.
     */
    public record TaskView(
            String id,
            String name,
            String taskKey,
            String processKey,
            String businessKey,
            Instant created,
            Instant due,
            String assignee,
            List<String> candidateGroups,
            String reference,
            Long callId,
            String billId,
            Integer version,
            List<String> flags,
            Integer draft) {

        public TaskView {
            candidateGroups = List.copyOf(candidateGroups);
            flags = flags == null ? null : List.copyOf(flags);
        }
    }

    public List<TaskView> list(Scope scope, StaffUser user) {
        TaskQuery query = tasks.createTaskQuery().processDefinitionKeyIn(PROCESS_KEYS.toArray(String[]::new));
        switch (scope) {
            case MINE -> query.taskAssignee(user.name());
            case GROUPS -> {
                if (user.admin()) {
                    query.taskUnassigned();
                } else {
                    query.taskCandidateGroupIn(List.copyOf(user.groups()));
                }
            }
            case ALL -> {
                if (!user.admin()) {
                    query.taskCandidateGroupIn(List.copyOf(user.groups())).includeAssignedTasks();
                }
            }
        }
        List<Task> found =
                query.orderByTaskCreateTime().asc().orderByTaskId().asc().list();
        Map<String, String> businessKeys = businessKeys(found);
        return found.stream()
                .map(t -> view(t, businessKeys.get(t.getProcessInstanceId())))
                .filter(v -> user.mayWorkOn(v.candidateGroups()))
                .toList();
    }

    public TaskView get(String id, StaffUser user) {
        Task task = find(id);
        TaskView view = view(task, businessKey(task));
        if (!user.mayWorkOn(view.candidateGroups())) {
            throw ReviewProblem.taskForbidden(id);
        }
        return view;
    }

    public TaskView claim(String id, StaffUser user) {
        Task task = findWorkable(id, user);
        if (task.getAssignee() != null && !task.getAssignee().equals(user.name())) {
            throw ReviewProblem.taskClaimed(id, task.getAssignee());
        }
        if (task.getAssignee() == null) {
            raced(id, () -> tasks.claim(id, user.name()));
        }
        return get(id, user);
    }

    public TaskView unclaim(String id, StaffUser user) {
        Task task = findWorkable(id, user);
        if (task.getAssignee() != null && !task.getAssignee().equals(user.name()) && !user.admin()) {
            throw ReviewProblem.taskNotClaimed(id);
        }
        raced(id, () -> tasks.setAssignee(id, null));
        return get(id, user);
    }

    /** Validates the form of the task's key, records it through the memorandum module and completes the task. */
    public void complete(String id, JsonNode body, StaffUser user) {
        Task task = findWorkable(id, user);
        if (task.getAssignee() != null && !task.getAssignee().equals(user.name())) {
            throw ReviewProblem.taskClaimed(id, task.getAssignee());
        }
        String actor = user.name();
        String key = task.getTaskDefinitionKey();
        Map<String, Object> variables = new HashMap<>();
        Runnable step = switch (key) {
            case ProcessIds.TASK_MODERATE -> {
                TaskForms.Moderation form = TaskForms.moderation(body);
                variables.put(ProcessIds.VAR_SET_ASIDE, form.setAside());
                variables.put(ProcessIds.VAR_MODERATION_NOTE, form.note());
                yield () -> review.moderate(reference(task), form.setAside(), form.note(), actor);
            }
            case ProcessIds.TASK_TRIAGE -> {
                TriageInput input = TaskForms.triage(body);
                yield () -> review.triage(reference(task), input, actor);
            }
            case ProcessIds.TASK_DECIDE_PROPOSALS -> {
                List<DecisionInput> given = TaskForms.decisions(body);
                Decider decider = new Decider(
                        actor,
                        user.groups().contains(ProcessIds.GROUP_COMMITTEE) ? Set.of(Decider.COMMITTEE) : Set.of());
                yield () -> decisions.decideMemorandum(reference(task), given, decider);
            }
            case ProcessIds.TASK_ESCALATE -> {
                TaskForms.Escalation form = TaskForms.escalation(body);
                variables.put(ProcessIds.VAR_ESCALATION_NOTE, form.note());
                // The overdue notice was sent by Task_MarkOverdue; the chair's note stays in the history.
                yield () -> {};
            }
            case ProcessIds.TASK_CONSOLIDATE_SUBMISSIONS -> {
                TaskForms.Consolidation form = TaskForms.consolidation(body);
                yield () -> calls.consolidated(callId(task), form.summary(), actor);
            }
            case ProcessIds.TASK_DRAFT_VERSION -> {
                DraftingForms.Drafting form = DraftingForms.drafting(body);
                variables.put(ProcessIds.VAR_DISCARDED, form.discard());
                yield form.discard() ? () -> drafts.discard(billId(task), draft(task), actor) : () -> {};
            }
            case ProcessIds.TASK_LEGAL_REVIEW -> {
                DraftingForms.Review form = DraftingForms.review(body, ProcessIds.VAR_CLEARED);
                variables.put(ProcessIds.VAR_CLEARED, form.passed());
                variables.put(ProcessIds.VAR_RETURN_NOTE, form.note());
                // The draft's status follows from the next task's listener.
                yield () -> {};
            }
            case ProcessIds.TASK_APPROVE_DRAFT -> {
                DraftingForms.Review form = DraftingForms.review(body, ProcessIds.VAR_APPROVED);
                variables.put(ProcessIds.VAR_APPROVED, form.passed());
                variables.put(ProcessIds.VAR_APPROVED_BY, actor);
                variables.put(ProcessIds.VAR_RETURN_NOTE, form.note());
                yield () -> {};
            }
            case ProcessIds.TASK_ADOPT_REPORT -> {
                TaskForms.adoption(body);
                yield () -> calls.reportAdopted(callId(task), actor);
            }
            default -> throw new IllegalStateException("No form for the task " + key);
        };
        raced(
                id,
                () -> transaction.executeWithoutResult(status -> {
                    step.run();
                    if (task.getAssignee() == null) {
                        tasks.setAssignee(id, actor);
                    }
                    tasks.complete(id, variables);
                }));
    }

    /** The open task of a draft's workflow (drafting, legal review or approval), if its workflow is running. */
    public java.util.Optional<TaskView> draftTask(BillId billId, int draft) {
        String key = DraftingEvents.businessKey(billId, draft);
        List<Task> found = tasks.createTaskQuery()
                .processDefinitionKey(ProcessIds.DRAFTING)
                .processInstanceBusinessKey(key)
                .list();
        return found.stream().findFirst().map(t -> view(t, key));
    }

    /** Runs a change to a task that a concurrent request may have completed or claimed first. */
    private static void raced(String id, Runnable change) {
        try {
            change.run();
        } catch (TaskAlreadyClaimedException e) {
            throw ReviewProblem.taskClaimed(id, e.getTaskAssignee());
        } catch (NullValueException | NotFoundException e) {
            throw ReviewProblem.taskNotFound(id);
        } catch (OptimisticLockingException e) {
            throw ReviewProblem.taskChanged(id);
        }
    }

    private Task findWorkable(String id, StaffUser user) {
        Task task = find(id);
        if (!user.mayWorkOn(candidateGroups(id))) {
            throw ReviewProblem.taskForbidden(id);
        }
        return task;
    }

    private Task find(String id) {
        Task task = id == null || id.isBlank() || id.length() > 64
                ? null
                : tasks.createTaskQuery()
                        .taskId(id)
                        .processDefinitionKeyIn(PROCESS_KEYS.toArray(String[]::new))
                        .singleResult();
        if (task == null) {
            throw ReviewProblem.taskNotFound(id);
        }
        return task;
    }

    private MemorandumReference reference(Task task) {
        return new MemorandumReference((String) tasks.getVariable(task.getId(), ProcessIds.VAR_REFERENCE));
    }

    private BillId billId(Task task) {
        return BillId.valueOf((String) tasks.getVariable(task.getId(), ProcessIds.VAR_BILL_ID));
    }

    private int draft(Task task) {
        return ((Number) tasks.getVariable(task.getId(), ProcessIds.VAR_DRAFT)).intValue();
    }

    private CallId callId(Task task) {
        return new CallId(((Number) tasks.getVariable(task.getId(), ProcessIds.VAR_CALL_ID)).longValue());
    }

    private List<String> candidateGroups(String taskId) {
        return tasks.getIdentityLinksForTask(taskId).stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
                .map(link -> link.getGroupId())
                .sorted()
                .toList();
    }

    private Map<String, String> businessKeys(List<Task> found) {
        Set<String> ids = found.stream().map(Task::getProcessInstanceId).collect(Collectors.toSet());
        if (ids.isEmpty()) {
            return Map.of();
        }
        return runtime.createProcessInstanceQuery().processInstanceIds(ids).list().stream()
                .filter(p -> p.getBusinessKey() != null)
                .collect(Collectors.toMap(ProcessInstance::getId, ProcessInstance::getBusinessKey));
    }

    private String businessKey(Task task) {
        ProcessInstance instance = runtime.createProcessInstanceQuery()
                .processInstanceId(task.getProcessInstanceId())
                .singleResult();
        return instance == null ? null : instance.getBusinessKey();
    }

    private TaskView view(Task task, String businessKey) {
        Map<String, Object> vars = tasks.getVariables(
                task.getId(),
                List.of(
                        ProcessIds.VAR_REFERENCE,
                        ProcessIds.VAR_CALL_ID,
                        ProcessIds.VAR_BILL_ID,
                        ProcessIds.VAR_VERSION,
                        ProcessIds.VAR_FLAGS,
                        ProcessIds.VAR_DRAFT));
        Object callId = vars.get(ProcessIds.VAR_CALL_ID);
        Object version = vars.get(ProcessIds.VAR_VERSION);
        Object flags = vars.get(ProcessIds.VAR_FLAGS);
        Object draft = vars.get(ProcessIds.VAR_DRAFT);
        return new TaskView(
                task.getId(),
                task.getName(),
                task.getTaskDefinitionKey(),
                processKey(task.getProcessDefinitionId()),
                businessKey,
                instant(task.getCreateTime()),
                instant(task.getDueDate()),
                task.getAssignee(),
                candidateGroups(task.getId()),
                (String) vars.get(ProcessIds.VAR_REFERENCE),
                callId instanceof Number n ? n.longValue() : null,
                (String) vars.get(ProcessIds.VAR_BILL_ID),
                version instanceof Number n ? n.intValue() : null,
                flags instanceof String s && !s.isBlank() ? List.of(s.split(",")) : null,
                draft instanceof Number n ? n.intValue() : null);
    }

    private String processKey(String definitionId) {
        return processKeys.computeIfAbsent(
                definitionId, id -> repository.getProcessDefinition(id).getKey());
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
