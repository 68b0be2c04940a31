package org.maoni.security;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/** Reads staff accounts for Spring Security; roles become {@code ROLE_*} authorities. */
@Component
class StaffUserDetailsService implements UserDetailsService {

    private final StaffAccounts accounts;

    StaffUserDetailsService(StaffAccounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        StaffAccounts.StaffAccount account =
                accounts.find(username).orElseThrow(() -> new UsernameNotFoundException("No such staff account"));
        return User.withUsername(account.username())
                .password(accounts.passwordHash(username)
                        .orElseThrow(() -> new UsernameNotFoundException("No such staff account")))
                .disabled(!account.enabled())
                .authorities(account.roles().stream()
                        .map(Role::authority)
                        .map(SimpleGrantedAuthority::new)
                        .toList())
                .build();
    }
}
