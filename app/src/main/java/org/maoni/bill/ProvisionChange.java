package org.maoni.bill;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.maoni.diff.ChangeKind;
import org.maoni.diff.DiffOp;

/**
 * How one provision (or a group, for splits and merges) changed between two versions: its kind of change, old and new
 * eIds and numbers, similarity (0..1), and, where the text changed, the word diff (operations, inline redline, and
 * old and new sides with {@code <del>}/{@code <ins>}; all HTML escaped). {@code approximate} is true when the diff hit
 * its time limit.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ProvisionChange(
        ChangeKind kind,
        List<String> oldEIds,
        List<String> newEIds,
        String oldNum,
        String newNum,
        String oldHeading,
        String newHeading,
        String lineageId,
        double similarity,
        boolean textChanged,
        Boolean approximate,
        List<DiffOp> operations,
        String redline,
        String redlineOld,
        String redlineNew) {}
