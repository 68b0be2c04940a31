package org.maoni.security;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Staff accounts kept in the database, with BCrypt password hashes and their roles. */
@Service
public class StaffAccounts {

    private final JdbcClient jdbc;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;

    StaffAccounts(JdbcClient jdbc, PasswordEncoder passwordEncoder, Clock clock) {
        this.jdbc = jdbc;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
    }

    /** A staff account as stored: never carries the password or its hash outside this module. */
    public record StaffAccount(String username, String displayName, boolean enabled, Set<Role> roles) {}

    /** Creates an account with the given raw password (hashed here); fails if the username is taken. */
    @Transactional
    public StaffAccount create(String username, String displayName, String rawPassword, Set<Role> roles) {
        if (rawPassword == null || rawPassword.length() < 12) {
            throw new IllegalArgumentException("A staff password needs at least 12 characters");
        }
        jdbc.sql("INSERT INTO staff_user (username, password_hash, display_name, enabled, created_at)"
                        + " VALUES (:u, :h, :d, TRUE, :t)")
                .param("u", username)
                .param("h", passwordEncoder.encode(rawPassword))
                .param("d", displayName)
                .param("t", java.sql.Timestamp.from(Instant.now(clock)))
                .update();
        for (Role role : roles) {
            jdbc.sql("INSERT INTO staff_user_role (username, role) VALUES (:u, :r)")
                    .param("u", username)
                    .param("r", role.name())
                    .update();
        }
        return new StaffAccount(username, displayName, true, new TreeSet<>(roles));
    }

    /** The account with this username, if any. */
    @Transactional(readOnly = true)
    public Optional<StaffAccount> find(String username) {
        return jdbc.sql("SELECT username, display_name, enabled FROM staff_user WHERE username = :u")
                .param("u", username)
                .query((rs, i) -> new StaffAccount(
                        rs.getString("username"),
                        rs.getString("display_name"),
                        rs.getBoolean("enabled"),
                        roles(username)))
                .optional();
    }

    /** Whether any account exists with this username. */
    @Transactional(readOnly = true)
    public boolean exists(String username) {
        return jdbc.sql("SELECT COUNT(*) FROM staff_user WHERE username = :u")
                        .param("u", username)
                        .query(Integer.class)
                        .single()
                > 0;
    }

    Optional<String> passwordHash(String username) {
        return jdbc.sql("SELECT password_hash FROM staff_user WHERE username = :u")
                .param("u", username)
                .query(String.class)
                .optional();
    }

    private Set<Role> roles(String username) {
        List<String> names = jdbc.sql("SELECT role FROM staff_user_role WHERE username = :u")
                .param("u", username)
                .query(String.class)
                .list();
        Set<Role> roles = new TreeSet<>();
        names.forEach(n -> roles.add(Role.valueOf(n)));
        return roles;
    }
}
