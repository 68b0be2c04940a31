package org.maoni.bill.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.maoni.bill.BillId;
import org.maoni.bill.BillService;
import org.maoni.bill.BillStage;
import org.maoni.bill.NewBill;
import org.maoni.bill.NewVersion;
import org.maoni.bill.SourceFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Demo mode: registers every bill under {@code seed-documents/bills/<name>/bill.json} with its versions, through the
 * same ingestion as an upload. Idempotent across restarts: a version whose file (by SHA-256) is already stored is not
 * added again.
 */
@Component
@Order(10)
@ConditionalOnProperty(name = "maoni.demo.enabled", havingValue = "true")
class DemoBills implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoBills.class);
    static final String ACTOR = "system:demo";

    private final BillService bills;
    private final BillRepository repository;
    private final ObjectMapper objectMapper;

    DemoBills(BillService bills, BillRepository repository, ObjectMapper objectMapper) {
        this.bills = bills;
        this.repository = repository;
        this.objectMapper = objectMapper;
    }

    /** The metadata file next to a demo bill's versions. */
    record SeedBill(
            String title,
            String house,
            String billNumber,
            Integer year,
            String gazetteSupplement,
            String sponsor,
            String committee,
            BillStage stage,
            List<SeedVersion> versions) {}

    /** One version of a demo bill: its file (next to bill.json), label and publication date. */
    record SeedVersion(String file, String label, LocalDate publicationDate) {}

    @Override
    public void run(ApplicationArguments args) throws IOException {
        Resource[] metadata =
                new PathMatchingResourcePatternResolver().getResources("classpath*:seed-documents/bills/*/bill.json");
        Arrays.sort(metadata, Comparator.comparing(r -> String.valueOf(r.getDescription())));
        for (Resource resource : metadata) {
            load(resource);
        }
    }

    private void load(Resource resource) throws IOException {
        SeedBill seed;
        try (InputStream in = resource.getInputStream()) {
            seed = objectMapper.readValue(in, SeedBill.class);
        }
        if (seed.versions() == null || seed.versions().isEmpty()) {
            log.warn("Demo bill {} lists no versions; skipped", resource.getDescription());
            return;
        }
        SourceFile first = file(resource, seed.versions().get(0));
        List<BillId> existing = repository.billsWithFile(FileStore.sha256(first.content()));
        BillId id;
        if (existing.isEmpty()) {
            SeedVersion v1 = seed.versions().get(0);
            id = bills.register(
                            new NewBill(
                                    seed.title(),
                                    seed.house(),
                                    seed.billNumber(),
                                    seed.year(),
                                    seed.gazetteSupplement(),
                                    seed.sponsor(),
                                    seed.committee(),
                                    seed.stage(),
                                    v1.label(),
                                    v1.publicationDate()),
                            first,
                            ACTOR)
                    .id();
            log.info("Demo bill loaded: {} ({})", seed.title(), id);
        } else {
            id = existing.get(0);
        }
        for (SeedVersion v : seed.versions().subList(1, seed.versions().size())) {
            SourceFile file = file(resource, v);
            if (repository.versionWithFile(id, FileStore.sha256(file.content())).isEmpty()) {
                bills.addVersion(id, new NewVersion(v.label(), v.publicationDate()), file, ACTOR);
                log.info("Demo bill {}: version '{}' added", seed.title(), v.label());
            }
        }
    }

    private static SourceFile file(Resource metadata, SeedVersion version) throws IOException {
        Resource file = metadata.createRelative(version.file());
        try (InputStream in = file.getInputStream()) {
            return new SourceFile(version.file(), in.readAllBytes());
        }
    }
}
