package org.maoni.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs a test class only where a PostgreSQL server is reachable (by default 127.0.0.1:5432, database {@code test}, user
 * {@code postgres}, trust auth; override with {@code MAONI_TEST_POSTGRES_URL}, {@code _USER}, {@code _PASSWORD}). Where
 * none is, the class is skipped with a message, or fails when {@link RequiredSuites#required()}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(EnabledIfPostgres.Condition.class)
public @interface EnabledIfPostgres {

    /** Connection settings of the administrative database and the per-run database this JVM creates. */
    final class Postgres {
        public static final String ADMIN_URL = env("MAONI_TEST_POSTGRES_URL", "jdbc:postgresql://127.0.0.1:5432/test");
        public static final String USER = env("MAONI_TEST_POSTGRES_USER", "postgres");
        public static final String PASSWORD = env("MAONI_TEST_POSTGRES_PASSWORD", "");
        private static String database;

        private Postgres() {}

        /** A fresh database for this JVM's run (created once), so no earlier run's rows are seen. */
        public static synchronized String freshDatabaseUrl() {
            if (database == null) {
                String name = "maoni_it_"
                        + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMddHHmmss"))
                        + "_" + ProcessHandle.current().pid();
                try (Connection c = DriverManager.getConnection(ADMIN_URL, USER, PASSWORD);
                        Statement s = c.createStatement()) {
                    dropEarlierRuns(c);
                    s.execute("CREATE DATABASE " + name);
                } catch (SQLException e) {
                    throw new IllegalStateException("Could not create the test database " + name, e);
                }
                database = name;
            }
            int slash = ADMIN_URL.lastIndexOf('/');
            int query = ADMIN_URL.indexOf('?', slash);
            return ADMIN_URL.substring(0, slash + 1) + database + (query < 0 ? "" : ADMIN_URL.substring(query));
        }

        /**
         * Drops the databases runs started more than six hours ago left behind, so a server that CI and developers
         * share does not fill up; a database still in use cannot be dropped and is left alone.
         */
        private static void dropEarlierRuns(Connection c) throws SQLException {
            java.util.List<String> old = new java.util.ArrayList<>();
            try (Statement s = c.createStatement();
                    java.sql.ResultSet rs =
                            s.executeQuery("SELECT datname FROM pg_database WHERE datname LIKE 'maoni\\_it\\_%'")) {
                while (rs.next()) {
                    old.add(rs.getString(1));
                }
            }
            String cutoff = LocalDateTime.now().minusHours(6).format(DateTimeFormatter.ofPattern("yyyyMMddHHmmss"));
            for (String name : old) {
                // Only databases of runs that started hours ago: a build running right now (another JVM, another
                // checkout) may be between connections, and dropping its database would fail it.
                if (!name.matches("maoni_it_[0-9]{14}_[0-9]+")
                        || name.substring(9, 23).compareTo(cutoff) > 0) {
                    continue;
                }
                try (Statement s = c.createStatement()) {
                    s.execute("DROP DATABASE IF EXISTS " + name);
                } catch (SQLException inUse) {
                    // Another build is using it; it will be dropped by a later run.
                }
            }
        }

        static String reachability() {
            try (Connection c = DriverManager.getConnection(ADMIN_URL, USER, PASSWORD)) {
                return c.isValid(2) ? null : "connection not valid";
            } catch (SQLException e) {
                return e.getMessage();
            }
        }

        private static String env(String name, String fallback) {
            String value = System.getenv(name);
            return value == null || value.isBlank() ? fallback : value;
        }
    }

    /** The JUnit condition behind the annotation. */
    final class Condition implements ExecutionCondition {
        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            String problem = Postgres.reachability();
            if (problem == null) {
                return ConditionEvaluationResult.enabled("PostgreSQL reachable at " + Postgres.ADMIN_URL);
            }
            String message = "PostgreSQL is not reachable at " + Postgres.ADMIN_URL + " as " + Postgres.USER + " ("
                    + problem + "); set MAONI_TEST_POSTGRES_URL/_USER/_PASSWORD or start PostgreSQL 15 there.";
            if (RequiredSuites.required()) {
                throw new IllegalStateException("The PostgreSQL suite is required here (CI): " + message);
            }
            return ConditionEvaluationResult.disabled("Skipped: " + message);
        }
    }
}
