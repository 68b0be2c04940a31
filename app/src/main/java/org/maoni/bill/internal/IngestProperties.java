package org.maoni.bill.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits on reading uploaded documents ({@code maoni.ingest.*}): the largest file, the most extracted characters, the
 * time one extraction may take, the most pages, and how many extractions run at once.
 */
@ConfigurationProperties("maoni.ingest")
public record IngestProperties(
        @DefaultValue("50MB") DataSize maxFileSize,
        @DefaultValue("5000000") int maxCharacters,
        @DefaultValue("60s") Duration extractionTimeout,
        @DefaultValue("2000") int maxPages,
        @DefaultValue("2") int maxConcurrent) {}
