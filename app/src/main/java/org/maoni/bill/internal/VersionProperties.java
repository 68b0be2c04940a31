package org.maoni.bill.internal;

import java.time.Duration;
import org.maoni.diff.AlignmentSettings;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Comparing versions ({@code maoni.versions.*}): the aligner's thresholds, the time one clause's word diff may take
 * (past it the diff is marked approximate), and the similarity below which a change made after public participation is
 * reported as one the public never saw.
 */
@ConfigurationProperties("maoni.versions")
public record VersionProperties(
        @DefaultValue("0.5") double matchThreshold,
        @DefaultValue("0.7") double moveThreshold,
        @DefaultValue("1.0") double unchangedThreshold,
        @DefaultValue("0.8") double splitMergeCoverage,
        @DefaultValue("200ms") Duration diffTimeout,
        @DefaultValue("0.9") double afterParticipationSimilarity) {

    public AlignmentSettings alignment() {
        return new AlignmentSettings(matchThreshold, moveThreshold, unchangedThreshold, splitMergeCoverage);
    }
}
