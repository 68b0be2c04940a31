package org.maoni.notification.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.maoni.support.EnabledIfPostgres;
import org.maoni.support.EnabledIfPostgres.Postgres;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** The dispatcher contract on PostgreSQL, in a schema of its own inside this run's fresh database. */
@EnabledIfPostgres
class DispatcherPostgresTest extends AbstractDispatcherContract {

    private static final String SCHEMA = "notification_contract";

    /**
     * Held open for the whole class: other test JVMs drop the per-run databases nobody is connected to, and these tests
     * open connections only briefly.
     */
    private static Connection keepAlive;

    @Override
    DataSource emptyDatabase() throws SQLException {
        String url = Postgres.freshDatabaseUrl();
        synchronized (DispatcherPostgresTest.class) {
            if (keepAlive == null) {
                Connection c = new DriverManagerDataSource(url, Postgres.USER, Postgres.PASSWORD).getConnection();
                try (Statement s = c.createStatement()) {
                    s.execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
                    s.execute("CREATE SCHEMA " + SCHEMA);
                    c.setSchema(SCHEMA);
                    createSchema(c);
                } catch (IOException e) {
                    c.close();
                    throw new UncheckedIOException(e);
                }
                keepAlive = c;
            } else {
                try (Statement s = keepAlive.createStatement()) {
                    s.execute("DELETE FROM " + SCHEMA + ".outgoing_message");
                }
            }
        }
        return new DriverManagerDataSource(
                url + (url.contains("?") ? "&" : "?") + "currentSchema=" + SCHEMA, Postgres.USER, Postgres.PASSWORD);
    }

    @AfterAll
    static void release() throws SQLException {
        synchronized (DispatcherPostgresTest.class) {
            if (keepAlive != null) {
                keepAlive.close();
                keepAlive = null;
            }
        }
    }

    @Override
    String textType() {
        return "TEXT";
    }
}
