package org.maoni.memorandum;

import java.util.Objects;
import java.util.Set;

/** Who records a decision: the signed-in user and their staff roles (only {@link #COMMITTEE} may decide). */
public record Decider(String user, Set<String> roles) {

    /** The role whose members decide proposals. */
    public static final String COMMITTEE = "COMMITTEE";

    public Decider {
        Objects.requireNonNull(user, "user");
        roles = roles == null ? Set.of() : Set.copyOf(roles);
    }

    /** Whether this user may decide proposals. */
    public boolean committee() {
        return roles.contains(COMMITTEE);
    }
}
