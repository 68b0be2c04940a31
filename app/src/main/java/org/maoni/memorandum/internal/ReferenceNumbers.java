package org.maoni.memorandum.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Hands out the numbers of a year's memorandum references from a database sequence of that year
 * ({@code memorandum_number_2026}), created on first use. A sequence takes no row lock and needs no transaction of its
 * own, so concurrent submissions never wait for each other; a submission that fails after taking a number leaves a gap,
 * never a duplicate.
 */
@Component
class ReferenceNumbers {

    private final JdbcClient jdbc;
    private final DataSource dataSource;
    private final TransactionTemplate ownTransaction;
    private final Set<Integer> created = ConcurrentHashMap.newKeySet();
    private volatile Boolean postgres;

    ReferenceNumbers(JdbcClient jdbc, DataSource dataSource, PlatformTransactionManager transactionManager) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.ownTransaction = new TransactionTemplate(transactionManager);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** The next number of {@code year}, starting at 1 (or after the last number the older counter table gave). */
    long next(int year) {
        if (year < 1 || year > 9999) {
            throw new IllegalArgumentException("year out of range: " + year);
        }
        String sequence = "memorandum_number_" + year;
        if (!created.contains(year)) {
            // DDL in a transaction of its own: on H2 it would otherwise commit the caller's transaction.
            ownTransaction.executeWithoutResult(tx -> create(year, sequence));
            created.add(year);
        }
        String sql = isPostgres() ? "SELECT nextval('" + sequence + "')" : "SELECT NEXT VALUE FOR " + sequence;
        return jdbc.sql(sql).query(Long.class).single();
    }

    private void create(int year, String sequence) {
        // Releases before the sequences numbered through memorandum_counter; carry on after its last value.
        long last = jdbc.sql("SELECT COALESCE(MAX(last_value), 0) FROM memorandum_counter WHERE counter_year = :y")
                .param("y", year)
                .query(Long.class)
                .single();
        jdbc.sql("CREATE SEQUENCE IF NOT EXISTS " + sequence + " START WITH " + (last + 1))
                .update();
    }

    private boolean isPostgres() {
        Boolean known = postgres;
        if (known == null) {
            try (Connection c = dataSource.getConnection()) {
                known = c.getMetaData()
                        .getDatabaseProductName()
                        .toLowerCase(Locale.ROOT)
                        .contains("postgres");
            } catch (SQLException e) {
                throw new IllegalStateException("Cannot tell which database this is", e);
            }
            postgres = known;
        }
        return known;
    }
}
