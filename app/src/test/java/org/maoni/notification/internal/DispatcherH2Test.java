package org.maoni.notification.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.UUID;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** The dispatcher contract on an H2 2.x database of its own (in memory, one per test). */
class DispatcherH2Test extends AbstractDispatcherContract {

    @Override
    DataSource emptyDatabase() throws SQLException {
        DriverManagerDataSource ds =
                new DriverManagerDataSource("jdbc:h2:mem:notify-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
        try (Connection c = ds.getConnection()) {
            createSchema(c);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ds;
    }

    @Override
    String textType() {
        return "CLOB";
    }
}
