package org.maoni.bill.internal;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.maoni.bill.BillProblem.FieldError;
import org.maoni.bill.Provision;
import org.maoni.bill.ProvisionType;

/**
 * Checks a provision tree before it is stored: eIds present, well formed and unique; each node of a type allowed under
 * its parent; children of clauses, subclauses, paragraphs and schedules named under their parent's eId; bounded size.
 * Returns every problem found, each named by its JSON path, so a clerk can fix them all at once.
 */
public final class ProvisionTreeValidator {

    static final int MAX_NODES = 50_000;
    static final int MAX_DEPTH = 12;
    static final int MAX_TEXT = 200_000;
    private static final Pattern E_ID = Pattern.compile("[A-Za-z][A-Za-z0-9_.\\-]{0,399}");

    private static final Set<ProvisionType> TOP_LEVEL = ProvisionType.STANDALONE;

    private static final Map<ProvisionType, Set<ProvisionType>> ALLOWED_CHILDREN = Map.of(
            ProvisionType.PART, EnumSet.of(ProvisionType.DIVISION, ProvisionType.SECTION),
            ProvisionType.DIVISION, EnumSet.of(ProvisionType.SECTION),
            ProvisionType.SECTION, EnumSet.of(ProvisionType.SUBSECTION, ProvisionType.PARAGRAPH),
            ProvisionType.SUBSECTION, EnumSet.of(ProvisionType.PARAGRAPH),
            ProvisionType.PARAGRAPH, EnumSet.of(ProvisionType.SUBPARAGRAPH),
            ProvisionType.SCHEDULE,
                    EnumSet.of(
                            ProvisionType.PART,
                            ProvisionType.SECTION,
                            ProvisionType.PARAGRAPH,
                            ProvisionType.SUBPARAGRAPH));

    /** Nested eIds must start with their parent's eId and "__" under these types (the Akoma Ntoso convention). */
    private static final Set<ProvisionType> PREFIXING_PARENTS = EnumSet.of(
            ProvisionType.SECTION, ProvisionType.SUBSECTION, ProvisionType.PARAGRAPH, ProvisionType.SCHEDULE);

    private ProvisionTreeValidator() {}

    /** Every problem of the tree; empty when it may be stored. */
    public static List<FieldError> validate(List<Provision> provisions) {
        List<FieldError> errors = new ArrayList<>();
        if (provisions == null || provisions.isEmpty()) {
            errors.add(new FieldError("provisions", "must contain at least one provision"));
            return errors;
        }
        int[] count = {0};
        Set<String> seen = new HashSet<>();
        boolean anySection = false;
        for (int i = 0; i < provisions.size(); i++) {
            Provision p = provisions.get(i);
            String path = "provisions[" + i + "]";
            if (p == null) {
                errors.add(new FieldError(path, "must not be null"));
                continue;
            }
            if (p.type() != null && !TOP_LEVEL.contains(p.type())) {
                errors.add(new FieldError(path + ".type", "a " + p.type() + " cannot stand at the top level"));
            }
            anySection |= visit(p, null, path, 1, seen, count, errors);
            if (count[0] > MAX_NODES) {
                errors.add(new FieldError("provisions", "has more than " + MAX_NODES + " nodes"));
                return errors;
            }
        }
        if (!anySection) {
            errors.add(new FieldError("provisions", "must contain at least one clause (SECTION)"));
        }
        return errors;
    }

    private static boolean visit(
            Provision p,
            Provision parent,
            String path,
            int depth,
            Set<String> seen,
            int[] count,
            List<FieldError> errors) {
        count[0]++;
        boolean section = p.type() == ProvisionType.SECTION;
        if (depth > MAX_DEPTH) {
            errors.add(new FieldError(path, "is nested deeper than " + MAX_DEPTH + " levels"));
            return section;
        }
        if (p.eId() == null || !E_ID.matcher(p.eId()).matches()) {
            errors.add(new FieldError(
                    path + ".eId", "must start with a letter and contain only letters, digits, '_', '-' and '.'"));
        } else if (!seen.add(p.eId())) {
            errors.add(new FieldError(path + ".eId", "duplicates the eId '" + p.eId() + "'"));
        }
        if (p.type() == null) {
            errors.add(new FieldError(path + ".type", "must be given"));
            return section;
        }
        if (parent != null && parent.type() != null) {
            Set<ProvisionType> allowed = ALLOWED_CHILDREN.getOrDefault(parent.type(), Set.of());
            if (!allowed.contains(p.type())) {
                errors.add(new FieldError(path + ".type", "a " + p.type() + " cannot stand inside a " + parent.type()));
            }
            if (PREFIXING_PARENTS.contains(parent.type())
                    && p.eId() != null
                    && parent.eId() != null
                    && !p.eId().startsWith(parent.eId() + "__")) {
                errors.add(new FieldError(path + ".eId", "must start with its parent's eId '" + parent.eId() + "__'"));
            }
        }
        checkLength(path + ".num", p.num(), 100, errors);
        checkLength(path + ".heading", p.heading(), 2_000, errors);
        checkLength(path + ".text", p.text(), MAX_TEXT, errors);
        checkLength(path + ".wrapUp", p.wrapUp(), MAX_TEXT, errors);
        List<Provision> children = p.children();
        for (int i = 0; i < children.size(); i++) {
            Provision child = children.get(i);
            String childPath = path + ".children[" + i + "]";
            if (child == null) {
                errors.add(new FieldError(childPath, "must not be null"));
                continue;
            }
            section |= visit(child, p, childPath, depth + 1, seen, count, errors);
        }
        return section;
    }

    private static void checkLength(String path, String value, int max, List<FieldError> errors) {
        if (value != null && value.length() > max) {
            errors.add(new FieldError(path, "is longer than " + max + " characters"));
        }
        if (value != null && value.indexOf('\0') >= 0) {
            errors.add(new FieldError(path, "contains a NUL character"));
        }
    }
}
