package org.maoni.bill;

import java.util.Map;
import org.maoni.diff.ChangeKind;

/** A version added to a bill: its number and how many of its provisions changed in each way since the version before. */
public record VersionAdded(int number, Map<ChangeKind, Integer> alignmentSummary) {}
