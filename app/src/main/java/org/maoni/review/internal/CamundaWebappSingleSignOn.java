package org.maoni.review.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.camunda.bpm.engine.rest.security.auth.impl.ContainerBasedAuthenticationProvider;
import org.camunda.bpm.webapp.impl.security.auth.ContainerBasedAuthenticationFilter;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Signs a Maoni ADMIN into Camunda Cockpit, Tasklist and Admin with their Maoni session, so there is one login and no
 * second set of passwords; Spring Security has already refused everyone else at {@code /camunda/**}.
 */
@Configuration
class CamundaWebappSingleSignOn {

    @Bean
    FilterRegistrationBean<ContainerBasedAuthenticationFilter> camundaContainerAuthentication() {
        FilterRegistrationBean<ContainerBasedAuthenticationFilter> registration =
                new FilterRegistrationBean<>(new ContainerBasedAuthenticationFilter());
        registration.setInitParameters(
                Map.of("authentication-provider", SpringSecurityAuthenticationProvider.class.getName()));
        // After Spring Security's chain, so the security context is already populated.
        registration.setOrder(Ordered.LOWEST_PRECEDENCE - 10);
        registration.addUrlPatterns("/camunda/app/*", "/camunda/api/*");
        return registration;
    }

    /** Hands Camunda the user Spring Security authenticated; Maoni's ADMIN role becomes Camunda's admin group. */
    public static class SpringSecurityAuthenticationProvider extends ContainerBasedAuthenticationProvider {

        @Override
        public AuthenticationResult extractAuthenticatedUser(HttpServletRequest request, ProcessEngine engine) {
            Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
            if (authentication == null
                    || authentication instanceof AnonymousAuthenticationToken
                    || !authentication.isAuthenticated()) {
                return AuthenticationResult.unsuccessful();
            }
            boolean admin =
                    authentication.getAuthorities().stream().anyMatch(a -> "ROLE_ADMIN".equals(a.getAuthority()));
            if (!admin) {
                return AuthenticationResult.unsuccessful();
            }
            ensureCamundaAdmin(engine.getIdentityService(), authentication.getName());
            AuthenticationResult result = AuthenticationResult.successful(authentication.getName());
            result.setGroups(List.of(Groups.CAMUNDA_ADMIN));
            return result;
        }

        /**
         * Camunda's webapps look the user up in the engine's identity tables, so a Maoni admin is mirrored there on
         * first visit, with an unusable random password: signing in always goes through Maoni.
         */
        private static synchronized void ensureCamundaAdmin(IdentityService identity, String username) {
            if (identity.createGroupQuery().groupId(Groups.CAMUNDA_ADMIN).count() == 0) {
                Group group = identity.newGroup(Groups.CAMUNDA_ADMIN);
                group.setName("Camunda administrators");
                group.setType(Groups.GROUP_TYPE_SYSTEM);
                identity.saveGroup(group);
            }
            if (identity.createUserQuery().userId(username).count() == 0) {
                User user = identity.newUser(username);
                user.setFirstName(username);
                user.setLastName("(Maoni)");
                user.setPassword(UUID.randomUUID() + "-" + UUID.randomUUID());
                identity.saveUser(user);
            }
            if (identity.createUserQuery()
                            .userId(username)
                            .memberOfGroup(Groups.CAMUNDA_ADMIN)
                            .count()
                    == 0) {
                identity.createMembership(username, Groups.CAMUNDA_ADMIN);
            }
        }
    }
}
