package org.maoni;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link H2FileCompaction} on a real H2 file opened as the application opens it ({@code WRITE_DELAY=0}, every commit
 * written): the same stream of small commits leaves a file several times smaller with compaction rounds than without.
 */
class H2FileCompactionTest {

    private static final int COMMITS = 4_000;

    @TempDir
    Path dir;

    @Test
    void compactionKeepsTheFileFromGrowingWithEveryCommit() throws Exception {
        long without = run(dir.resolve("without"), false);
        long with = run(dir.resolve("with"), true);

        assertThat(with)
                .as("file with compaction (%d) vs without (%d)", with, without)
                .isLessThan(without / 3);
    }

    @Test
    void theDataSurvivesCompactionAndAReopen() throws Exception {
        Path folder = dir.resolve("reopen");
        run(folder, true);
        try (Connection c = dataSource(folder).getConnection();
                Statement s = c.createStatement();
                var rows = s.executeQuery("SELECT COUNT(*), SUM(counter) FROM item")) {
            rows.next();
            assertThat(rows.getLong(1)).isEqualTo(200);
            assertThat(rows.getLong(2)).isEqualTo(COMMITS);
        }
    }

    @Test
    void anInMemoryDatabaseHasNoFileToCompact() throws SQLException {
        JdbcDataSource memory = new JdbcDataSource();
        memory.setURL("jdbc:h2:mem:compaction-" + System.nanoTime());
        try (Connection c = memory.getConnection()) {
            assertThat(H2FileCompaction.store(c)).isNull();
        }
        new H2FileCompaction(memory, 1_000).compact();
    }

    /**
     * Commits {@code COMMITS} small transactions shaped like intake (new rows in growing tables with a random-key
     * index, one counter updated) and returns the file's size while the database is still open.
     */
    private long run(Path folder, boolean compact) throws Exception {
        JdbcDataSource dataSource = dataSource(folder);
        H2FileCompaction compaction = new H2FileCompaction(dataSource, 1_000);
        try (Connection c = dataSource.getConnection()) {
            try (Statement s = c.createStatement()) {
                s.execute("CREATE TABLE item (id INT PRIMARY KEY, counter INT NOT NULL)");
                s.execute("INSERT INTO item SELECT x, 0 FROM SYSTEM_RANGE(1, 200)");
                s.execute("CREATE TABLE event (id BIGINT AUTO_INCREMENT PRIMARY KEY, item_id INT NOT NULL,"
                        + " token UUID NOT NULL, body VARCHAR(1000) NOT NULL)");
                s.execute("CREATE INDEX event_token ON event (token)");
                s.execute("CREATE INDEX event_item ON event (item_id)");
            }
            c.setAutoCommit(false);
            try (PreparedStatement update = c.prepareStatement("UPDATE item SET counter = counter + 1 WHERE id = ?");
                    PreparedStatement insert = c.prepareStatement(
                            "INSERT INTO event (item_id, token, body) VALUES (?, RANDOM_UUID(), ?)")) {
                for (int i = 0; i < COMMITS; i++) {
                    int item = 1 + i % 200;
                    update.setInt(1, item);
                    update.executeUpdate();
                    for (int row = 0; row < 3; row++) {
                        insert.setInt(1, item);
                        insert.setString(2, "memorandum " + i + " row " + row + " " + "z".repeat(300));
                        insert.executeUpdate();
                    }
                    c.commit();
                    if (compact && i % 50 == 49) {
                        compaction.compact();
                    }
                }
            }
            return Files.size(folder.resolve("db.mv.db"));
        }
    }

    private static JdbcDataSource dataSource(Path folder) {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:file:" + folder.resolve("db") + ";WRITE_DELAY=0;RETENTION_TIME=0");
        dataSource.setUser("sa");
        return dataSource;
    }
}
