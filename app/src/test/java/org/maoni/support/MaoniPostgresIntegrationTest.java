package org.maoni.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Map;
import org.maoni.support.EnabledIfPostgres.Postgres;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * The one configuration of Spring integration tests on PostgreSQL (profile {@code postgres}, a database created fresh
 * for this run): every class using it shares one application context, as {@link MaoniIntegrationTest} does on H2, so
 * one Camunda engine and one search index serve them all.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@EnabledIfPostgres
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "postgres"})
@ContextConfiguration(initializers = MaoniPostgresIntegrationTest.Database.class)
public @interface MaoniPostgresIntegrationTest {

    /** Points the datasource at this run's fresh PostgreSQL database. */
    final class Database implements ApplicationContextInitializer<ConfigurableApplicationContext> {
        @Override
        public void initialize(ConfigurableApplicationContext context) {
            context.getEnvironment()
                    .getPropertySources()
                    .addFirst(new MapPropertySource(
                            "maoni-test-postgres",
                            Map.of(
                                    "spring.datasource.url", Postgres.freshDatabaseUrl(),
                                    "spring.datasource.username", Postgres.USER,
                                    "spring.datasource.password", Postgres.PASSWORD)));
        }
    }
}
