package org.maoni.bill.internal;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Original uploaded files, kept unchanged and addressed by their SHA-256, in the database: a file is committed in the
 * same transaction as the rows that refer to it, and every application node sharing the database sees it.
 */
@Component
public class FileStore {

    private final JdbcClient jdbc;
    private final Clock clock;

    FileStore(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Lower-case hexadecimal SHA-256 of the bytes. */
    public static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JDK has SHA-256", e);
        }
    }

    /** Stores the bytes unless a file with the same hash is already there; returns the hash. */
    public String store(byte[] content) {
        String sha = sha256(content);
        boolean present = jdbc.sql("SELECT COUNT(*) FROM stored_file WHERE sha256 = :sha")
                        .param("sha", sha)
                        .query(Integer.class)
                        .single()
                > 0;
        if (!present) {
            jdbc.sql("INSERT INTO stored_file (sha256, size_bytes, content, created_at) VALUES (:sha, :size, :c, :at)")
                    .param("sha", sha)
                    .param("size", (long) content.length)
                    .param("c", content)
                    .param("at", Timestamp.from(Instant.now(clock)))
                    .update();
        }
        return sha;
    }

    public Optional<byte[]> load(String sha256) {
        return jdbc.sql("SELECT content FROM stored_file WHERE sha256 = :sha")
                .param("sha", sha256)
                .query((rs, i) -> rs.getBytes(1))
                .optional();
    }
}
