package org.maoni.bill;

import java.util.List;
import java.util.Map;
import org.maoni.diff.ChangeKind;

/** Every provision of two versions of a bill with how it changed, and the count of each kind of change. */
public record VersionDiff(
        BillId billId, int from, int to, Map<ChangeKind, Integer> summary, List<ProvisionChange> changes) {}
