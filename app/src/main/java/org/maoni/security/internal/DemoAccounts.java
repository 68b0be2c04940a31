package org.maoni.security.internal;

import java.security.SecureRandom;
import java.util.Set;
import org.maoni.security.Role;
import org.maoni.security.StaffAccounts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Creates the demo accounts {@code admin}, {@code clerk} and {@code committee} in demo mode, once: passwords come from
 * {@code MAONI_*_PASSWORD} where set, otherwise are generated and printed at first start only. Outside demo mode no
 * account, and so no default password, exists.
 */
@Component
@Order(0)
@ConditionalOnProperty(name = "maoni.demo.enabled", havingValue = "true")
class DemoAccounts implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoAccounts.class);
    private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private final StaffAccounts accounts;
    private final DemoAccountProperties properties;
    private final SecureRandom random = new SecureRandom();

    DemoAccounts(StaffAccounts accounts, DemoAccountProperties properties) {
        this.accounts = accounts;
        this.properties = properties;
    }

    @Override
    public void run(ApplicationArguments args) {
        ensure("admin", "Administrator", properties.adminPassword(), Set.of(Role.ADMIN, Role.CLERK, Role.COMMITTEE));
        ensure("clerk", "Committee Clerk", properties.clerkPassword(), Set.of(Role.CLERK));
        ensure("committee", "Committee Member", properties.committeePassword(), Set.of(Role.COMMITTEE));
    }

    private void ensure(String username, String displayName, String configured, Set<Role> roles) {
        if (accounts.exists(username)) {
            return;
        }
        boolean generated = configured == null || configured.isBlank();
        String password = generated ? generatePassword() : configured;
        accounts.create(username, displayName, password, roles);
        if (generated) {
            // Printed once, at the start that created the account: it is stored only as a BCrypt hash.
            log.warn("Demo account created: username '{}' password '{}' (shown only now)", username, password);
        } else {
            log.info("Demo account created: username '{}' with the configured password", username);
        }
    }

    private String generatePassword() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return sb.toString();
    }
}
