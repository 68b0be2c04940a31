package org.maoni.notification.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.maoni.support.EnabledIfPostgres;
import org.maoni.support.EnabledIfPostgres.Postgres;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** The dispatcher contract on PostgreSQL, in a schema of its own inside this run's fresh database. */
@EnabledIfPostgres
class DispatcherPostgresTest extends AbstractDispatcherContract {

    private static final String SCHEMA = "notification_contract";
    private static boolean created;

    @Override
    DataSource emptyDatabase() throws SQLException {
        String url = Postgres.freshDatabaseUrl();
        DriverManagerDataSource admin = new DriverManagerDataSource(url, Postgres.USER, Postgres.PASSWORD);
        synchronized (DispatcherPostgresTest.class) {
            try (Connection c = admin.getConnection();
                    Statement s = c.createStatement()) {
                if (!created) {
                    s.execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
                    s.execute("CREATE SCHEMA " + SCHEMA);
                    c.setSchema(SCHEMA);
                    createSchema(c);
                    created = true;
                } else {
                    s.execute("DELETE FROM " + SCHEMA + ".outgoing_message");
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new DriverManagerDataSource(
                url + (url.contains("?") ? "&" : "?") + "currentSchema=" + SCHEMA, Postgres.USER, Postgres.PASSWORD);
    }

    @Override
    String textType() {
        return "TEXT";
    }
}
