package org.maoni.bill;

import java.util.List;

/**
 * The provisions of later versions that the public never saw: inserted after the version that went to public
 * participation, or changed beyond the configured similarity; each with the version that introduced the change.
 */
public record AfterParticipationReport(
        BillId billId, int participationVersion, int latestVersion, double similarityThreshold, List<Entry> entries) {

    /** One change made after participation, and the first version that carried it. */
    public record Entry(ProvisionChange change, int introducedIn, String introducedInLabel) {}
}
