package org.maoni.memorandum.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Intake limits ({@code maoni.memoranda.*}): what happens to a submission after the window closed, how many files a
 * memorandum may carry and how large each may be.
 */
@ConfigurationProperties("maoni.memoranda")
public record MemorandaProperties(LateSubmissions lateSubmissions, DataSize maxFileSize, Integer maxFiles) {

    /** Whether a memorandum that arrives after the window closed is accepted (marked late) or refused. */
    public enum LateSubmissions {
        ACCEPT,
        REFUSE
    }

    public MemorandaProperties {
        lateSubmissions = lateSubmissions == null ? LateSubmissions.ACCEPT : lateSubmissions;
        maxFileSize = maxFileSize == null ? DataSize.ofMegabytes(10) : maxFileSize;
        maxFiles = maxFiles == null || maxFiles < 1 ? 10 : maxFiles;
    }
}
