package org.maoni.memorandum.web;

import org.maoni.support.EnabledIfPostgres;
import org.maoni.support.EnabledIfPostgres.Postgres;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The memorandum API contract on PostgreSQL (profile {@code postgres}), in a database created fresh for this run. */
@EnabledIfPostgres
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "postgres"})
class MemorandumApiPostgresTest extends AbstractMemorandumApiContract {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", Postgres::freshDatabaseUrl);
        registry.add("spring.datasource.username", () -> Postgres.USER);
        registry.add("spring.datasource.password", () -> Postgres.PASSWORD);
    }
}
