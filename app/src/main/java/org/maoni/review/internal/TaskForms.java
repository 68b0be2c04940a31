package org.maoni.review.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.maoni.memorandum.Decision;
import org.maoni.memorandum.DecisionInput;
import org.maoni.memorandum.Stance;
import org.maoni.memorandum.TriageInput;

/**
 * Reads and validates the JSON body that completes a task, per task key; every problem is reported at once, named by
 * its JSON path ({@code proposals[0].stance}), and an unknown field is a problem too.
 */
final class TaskForms {

    static final int MAX_NOTE = 4_000;
    static final int MAX_SUMMARY = 50_000;
    static final int MAX_ITEMS = 5_000;
    static final int MAX_NAME = 200;

    private TaskForms() {}

    /** Task_Moderate: go on or set aside; a note is required to set aside. */
    record Moderation(boolean setAside, String note) {}

    /** Task_ConsolidateSubmissions: the clerk's summary of the submissions. */
    record Consolidation(String summary) {}

    /** Task_Escalate: what the chair did about the overdue response. */
    record Escalation(String note) {}

    static Moderation moderation(JsonNode body) {
        Reader r = new Reader(body, Set.of("setAside", "note"));
        Boolean setAside = r.requiredBoolean(body, "setAside", "setAside");
        String note = r.optionalText(body, "note", "note", MAX_NOTE);
        if (Boolean.TRUE.equals(setAside) && (note == null || note.isBlank())) {
            r.error("note", "is required to set a memorandum aside: the submitter is told why");
        }
        r.throwIfInvalid();
        return new Moderation(setAside, note == null || note.isBlank() ? null : note.strip());
    }

    static TriageInput triage(JsonNode body) {
        Reader r = new Reader(body, Set.of("proposals"));
        List<TriageInput.ProposalTriage> proposals = new ArrayList<>();
        JsonNode items = r.requiredArray(body, "proposals", "proposals");
        if (items != null) {
            Set<Long> seen = new HashSet<>();
            for (int i = 0; i < items.size(); i++) {
                String path = "proposals[" + i + "]";
                JsonNode item = items.get(i);
                if (!r.object(item, path, Set.of("proposalId", "eIds", "stance", "themes"))) {
                    continue;
                }
                Long id = r.requiredId(item, "proposalId", path + ".proposalId", seen);
                List<String> eIds = r.optionalStrings(item, "eIds", path + ".eIds");
                Stance stance = r.requiredEnum(item, "stance", path + ".stance", Stance.class);
                List<String> themes = r.optionalStrings(item, "themes", path + ".themes");
                if (id != null && stance != null && eIds != null && themes != null) {
                    proposals.add(new TriageInput.ProposalTriage(id, eIds, stance, themes));
                }
            }
        }
        r.throwIfInvalid();
        return new TriageInput(proposals);
    }

    static List<DecisionInput> decisions(JsonNode body) {
        Reader r = new Reader(body, Set.of("decisions"));
        List<DecisionInput> decisions = new ArrayList<>();
        JsonNode items = r.requiredArray(body, "decisions", "decisions");
        if (items != null) {
            Set<Long> seen = new HashSet<>();
            for (int i = 0; i < items.size(); i++) {
                String path = "decisions[" + i + "]";
                JsonNode item = items.get(i);
                if (!r.object(item, path, Set.of("proposalId", "decision", "reasons"))) {
                    continue;
                }
                Long id = r.requiredId(item, "proposalId", path + ".proposalId", seen);
                Decision decision = r.requiredEnum(item, "decision", path + ".decision", Decision.class);
                String reasons = r.requiredText(item, "reasons", path + ".reasons", MAX_NOTE);
                if (id != null && decision != null && reasons != null) {
                    decisions.add(new DecisionInput(id, decision, reasons));
                }
            }
        }
        r.throwIfInvalid();
        return decisions;
    }

    static Consolidation consolidation(JsonNode body) {
        Reader r = new Reader(body, Set.of("summary"));
        String summary = r.requiredText(body, "summary", "summary", MAX_SUMMARY);
        r.throwIfInvalid();
        return new Consolidation(summary);
    }

    /** Task_AdoptReport takes no fields: an empty object. */
    static void adoption(JsonNode body) {
        new Reader(body, Set.of()).throwIfInvalid();
    }

    static Escalation escalation(JsonNode body) {
        Reader r = new Reader(body, Set.of("note"));
        String note = r.requiredText(body, "note", "note", MAX_NOTE);
        r.throwIfInvalid();
        return new Escalation(note);
    }

    /** Collects field errors while reading; the body itself must be a JSON object with only the known fields. */
    static final class Reader {

        private final List<ReviewProblem.FieldError> errors = new ArrayList<>();

        Reader(JsonNode body, Set<String> known) {
            object(body, "", known);
        }

        boolean object(JsonNode node, String path, Set<String> known) {
            if (node == null || !node.isObject()) {
                error(path.isEmpty() ? "$" : path, "must be a JSON object");
                return false;
            }
            for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                if (!known.contains(name)) {
                    error(join(path, name), "is not a field of this form");
                }
            }
            return true;
        }

        void error(String field, String message) {
            errors.add(new ReviewProblem.FieldError(field, message));
        }

        Boolean requiredBoolean(JsonNode node, String name, String path) {
            JsonNode value = node == null ? null : node.get(name);
            if (value == null || value.isNull()) {
                error(path, "is required");
                return null;
            }
            if (!value.isBoolean()) {
                error(path, "must be true or false");
                return null;
            }
            return value.booleanValue();
        }

        String optionalText(JsonNode node, String name, String path, int max) {
            JsonNode value = node == null ? null : node.get(name);
            if (value == null || value.isNull()) {
                return null;
            }
            return text(value, path, max);
        }

        String requiredText(JsonNode node, String name, String path, int max) {
            JsonNode value = node == null ? null : node.get(name);
            if (value == null || value.isNull()) {
                error(path, "is required");
                return null;
            }
            String text = text(value, path, max);
            if (text != null && text.isBlank()) {
                error(path, "must not be blank");
                return null;
            }
            return text == null ? null : text.strip();
        }

        private String text(JsonNode value, String path, int max) {
            if (!value.isTextual()) {
                error(path, "must be a string");
                return null;
            }
            String text = value.textValue();
            if (text.indexOf('\0') >= 0) {
                error(path, "must not contain NUL characters");
                return null;
            }
            if (text.codePointCount(0, text.length()) > max) {
                error(path, "must be at most " + max + " characters");
                return null;
            }
            return text;
        }

        JsonNode requiredArray(JsonNode node, String name, String path) {
            JsonNode value = node == null || !node.isObject() ? null : node.get(name);
            if (value == null || value.isNull()) {
                error(path, "is required");
                return null;
            }
            if (!value.isArray()) {
                error(path, "must be an array");
                return null;
            }
            if (value.isEmpty()) {
                error(path, "must not be empty");
                return null;
            }
            if (value.size() > MAX_ITEMS) {
                error(path, "must have at most " + MAX_ITEMS + " items");
                return null;
            }
            return value;
        }

        List<String> optionalStrings(JsonNode node, String name, String path) {
            JsonNode value = node.get(name);
            if (value == null || value.isNull()) {
                return List.of();
            }
            if (!value.isArray()) {
                error(path, "must be an array of strings");
                return null;
            }
            if (value.size() > MAX_ITEMS) {
                error(path, "must have at most " + MAX_ITEMS + " items");
                return null;
            }
            List<String> strings = new ArrayList<>();
            boolean valid = true;
            for (int i = 0; i < value.size(); i++) {
                String text = text(value.get(i), path + "[" + i + "]", MAX_NAME);
                if (text == null) {
                    valid = false;
                } else if (text.isBlank()) {
                    error(path + "[" + i + "]", "must not be blank");
                    valid = false;
                } else {
                    strings.add(text.strip());
                }
            }
            return valid ? strings : null;
        }

        Long requiredId(JsonNode node, String name, String path, Set<Long> seen) {
            JsonNode value = node.get(name);
            if (value == null || value.isNull()) {
                error(path, "is required");
                return null;
            }
            if (!value.isIntegralNumber() || !value.canConvertToLong() || value.longValue() <= 0) {
                error(path, "must be a positive whole number");
                return null;
            }
            if (!seen.add(value.longValue())) {
                error(path, "names the proposal " + value.longValue() + " a second time");
                return null;
            }
            return value.longValue();
        }

        <E extends Enum<E>> E requiredEnum(JsonNode node, String name, String path, Class<E> type) {
            JsonNode value = node.get(name);
            if (value == null || value.isNull()) {
                error(path, "is required");
                return null;
            }
            String allowed = String.join(
                    ", ",
                    java.util.Arrays.stream(type.getEnumConstants())
                            .map(Enum::name)
                            .toList());
            if (!value.isTextual()) {
                error(path, "must be one of " + allowed);
                return null;
            }
            try {
                return Enum.valueOf(type, value.textValue().strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                error(path, "must be one of " + allowed);
                return null;
            }
        }

        void throwIfInvalid() {
            if (!errors.isEmpty()) {
                throw ReviewProblem.invalidFields(
                        "The form has " + errors.size() + " invalid field(s); nothing was changed.", errors);
            }
        }

        private static String join(String path, String name) {
            return path.isEmpty() ? name : path + "." + name;
        }
    }
}
