package org.maoni.review.web;

import java.util.HashSet;
import java.util.Set;
import org.maoni.review.internal.ProcessIds;
import org.maoni.review.internal.StaffTasks;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/** Maps a signed-in user's Maoni roles onto the workflows' candidate groups. */
final class StaffUsers {

    private StaffUsers() {}

    /** The staff user, or null for an anonymous caller or one without a staff role. */
    static StaffTasks.StaffUser of(Authentication authentication) {
        if (authentication == null
                || authentication instanceof AnonymousAuthenticationToken
                || !authentication.isAuthenticated()) {
            return null;
        }
        Set<String> groups = new HashSet<>();
        boolean admin = false;
        for (GrantedAuthority authority : authentication.getAuthorities()) {
            switch (authority.getAuthority()) {
                case "ROLE_CLERK" -> groups.add(ProcessIds.GROUP_CLERKS);
                case "ROLE_COMMITTEE" -> groups.add(ProcessIds.GROUP_COMMITTEE);
                case "ROLE_ADMIN" -> admin = true;
                default -> {
                    // Other authorities do not open any work queue.
                }
            }
        }
        if (groups.isEmpty() && !admin) {
            return null;
        }
        return new StaffTasks.StaffUser(authentication.getName(), groups, admin);
    }
}
