package org.maoni.security.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRequestAttributeHandler;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Who may do what over HTTP: reading public material is open; writes need a staff role (checked per endpoint with
 * {@code @PreAuthorize}); Camunda's webapps and engine REST API are for ADMIN only. The UI signs in with a session
 * (CSRF token in the {@code XSRF-TOKEN} cookie), scripts use HTTP Basic (no CSRF, since no cookie authenticates them).
 */
@Configuration
@EnableMethodSecurity
class SecurityConfiguration {

    static final String PROBLEM_BASE = "urn:maoni:problem:";

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }

    @Bean
    SecurityContextRepository securityContextRepository() {
        return new HttpSessionSecurityContextRepository();
    }

    @Bean
    AuthenticationManager authenticationManager(UserDetailsService users, PasswordEncoder encoder) {
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(users);
        provider.setPasswordEncoder(encoder);
        return new ProviderManager(provider);
    }

    @Bean
    SecurityFilterChain securityFilterChain(
            HttpSecurity http, ObjectMapper objectMapper, SecurityContextRepository contextRepository)
            throws Exception {
        CsrfTokenRequestAttributeHandler csrfHandler = new CsrfTokenRequestAttributeHandler();
        // The SPA reads the raw token from the cookie, so the plain (non-XOR) handler is the one that matches it.
        csrfHandler.setCsrfRequestAttributeName(null);
        RequestMatcher cookieAuthenticatedWrite = request -> !isSafe(request.getMethod())
                && request.getHeader("Authorization") == null
                && !request.getRequestURI().startsWith(request.getContextPath() + "/camunda/")
                // a public submission without a session has no authority a forged request could borrow
                && !(isPublicSubmission(request) && request.getSession(false) == null);
        http.securityContext(sc -> sc.securityContextRepository(contextRepository))
                // Sign-in is explicit (/api/session), so no request needs to be saved for replay after it.
                .requestCache(cache -> cache.disable())
                .csrf(csrf -> csrf.csrfTokenRepository(CookieCsrfTokenRepository.withHttpOnlyFalse())
                        .csrfTokenRequestHandler(csrfHandler)
                        .requireCsrfProtectionMatcher(cookieAuthenticatedWrite))
                .addFilterAfter(new CsrfCookieFilter(), org.springframework.security.web.csrf.CsrfFilter.class)
                .authorizeHttpRequests(auth -> auth.requestMatchers("/camunda/**", "/engine-rest/**")
                        .hasRole("ADMIN")
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info")
                        .permitAll()
                        .requestMatchers("/actuator/**")
                        .hasRole("ADMIN")
                        .requestMatchers(HttpMethod.GET, "/api/session")
                        .authenticated()
                        .requestMatchers("/api/session")
                        .permitAll()
                        .requestMatchers(HttpMethod.GET, "/api/**")
                        .permitAll()
                        .requestMatchers(
                                HttpMethod.POST, "/api/memoranda", "/api/memoranda/*/withdraw", "/api/annotations")
                        .permitAll()
                        .requestMatchers("/api/**")
                        .authenticated()
                        .anyRequest()
                        .permitAll())
                .httpBasic(basic -> basic.authenticationEntryPoint((req, res, ex) ->
                        problem(objectMapper, req, res, HttpStatus.UNAUTHORIZED, "unauthenticated", "Sign in first.")))
                .exceptionHandling(ex -> ex.authenticationEntryPoint((req, res, e) -> {
                            if (req.getRequestURI().startsWith(req.getContextPath() + "/camunda")) {
                                res.sendRedirect(req.getContextPath() + "/signin?next=/camunda/app/");
                            } else {
                                problem(
                                        objectMapper,
                                        req,
                                        res,
                                        HttpStatus.UNAUTHORIZED,
                                        "unauthenticated",
                                        "Sign in first.");
                            }
                        })
                        .accessDeniedHandler((req, res, e) -> {
                            if (e instanceof CsrfException) {
                                problem(
                                        objectMapper,
                                        req,
                                        res,
                                        HttpStatus.FORBIDDEN,
                                        "csrf-token-invalid",
                                        "Missing or invalid CSRF token: send the XSRF-TOKEN cookie's value in the"
                                                + " X-XSRF-TOKEN header, or authenticate with HTTP Basic.");
                            } else {
                                problem(
                                        objectMapper,
                                        req,
                                        res,
                                        HttpStatus.FORBIDDEN,
                                        "forbidden",
                                        "Your role does not allow this action.");
                            }
                        }))
                .formLogin(form -> form.disable())
                .logout(logout -> logout.disable());
        return http.build();
    }

    /** Anyone may submit a memorandum or withdraw one with its receipt token. */
    private static boolean isPublicSubmission(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return "POST".equals(request.getMethod())
                && (path.equals("/api/memoranda")
                        || path.equals("/api/annotations")
                        || path.matches("/api/memoranda/[^/]+/withdraw"));
    }

    private static boolean isSafe(String method) {
        return "GET".equals(method) || "HEAD".equals(method) || "OPTIONS".equals(method) || "TRACE".equals(method);
    }

    static void problem(
            ObjectMapper objectMapper,
            HttpServletRequest request,
            HttpServletResponse response,
            HttpStatus status,
            String slug,
            String detail)
            throws IOException {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(PROBLEM_BASE + slug));
        problem.setInstance(URI.create(request.getRequestURI()));
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        objectMapper.writeValue(response.getOutputStream(), problem);
    }

    /** Loads the CSRF token on every request so the cookie reaches the UI before its first write. */
    static final class CsrfCookieFilter extends OncePerRequestFilter {
        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            CsrfToken token = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
            if (token != null) {
                token.getToken();
            }
            chain.doFilter(request, response);
        }
    }
}
