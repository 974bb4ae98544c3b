package org.sportello;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sportello.shared.ApiClient;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import tools.jackson.databind.json.JsonMapper;

/**
 * Who may call what. The transaction and order APIs answer their API clients, by bearer token and
 * role ({@link ApiTokenFilter}). The chat and the webhooks answer everyone (each checks its own
 * credentials: cookie, signature, consent); so do the pictures of messages under
 * {@code /api/v1/images/}, whose unguessable ids are capabilities (the platforms' servers fetch
 * them with no credentials), and which the chat page may show ({@code img-src 'self'}); the bank's
 * pages under {@code /bank} demand a CSRF token on every form; the admin API demands an operator
 * over HTTP Basic.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class WebSecurity {

    private static final Logger log = LoggerFactory.getLogger(WebSecurity.class);

    static final String ADMIN_ROLE = "BANK_OPERATOR";

    @Bean
    @Order(1)
    SecurityFilterChain adminApi(HttpSecurity http, JsonMapper json) throws Exception {
        return http.securityMatcher("/api/v1/admin/**")
                .authorizeHttpRequests(requests -> requests.anyRequest().hasRole(ADMIN_ROLE))
                .httpBasic(basic -> basic.realmName("Sportello admin")
                        .authenticationEntryPoint((request, response, failure) -> problem(withoutPromptForScripts(request, response), json,
                                request.getRequestURI(),
                                HttpStatus.UNAUTHORIZED, "admin-unauthenticated", "Operator credentials required",
                                "the admin API needs HTTP Basic credentials of a bank operator (sportello.admin.username and"
                                        + " sportello.admin.password-hash; empty password-hash turns the admin API off)")))
                .exceptionHandling(errors -> errors.accessDeniedHandler((request, response, denied) -> problem(response, json,
                        request.getRequestURI(), HttpStatus.FORBIDDEN, "admin-forbidden", "Not a bank operator",
                        "these credentials are not allowed to use the admin API")))
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable())
                .build();
    }

    @Bean
    ApiClients apiClients(ApiProperties properties, @Value("${sportello.demo.enabled:true}") boolean demoBank) {
        return new ApiClients(properties, demoBank);
    }

    /** The bank's core system books transactions; merchants report orders; neither may call the other's API. */
    @Bean
    @Order(2)
    SecurityFilterChain machineApis(HttpSecurity http, ApiClients clients, JsonMapper json) throws Exception {
        ApiTokenFilter.Refusal refusal = (request, response, status, code, title, detail) -> {
            if (status == HttpStatus.UNAUTHORIZED) {
                response.setHeader("WWW-Authenticate", "Bearer realm=\"Sportello API\"");
            }
            problem(response, json, request.getRequestURI(), status, code, title, detail);
        };
        return http.securityMatcher("/api/v1/transactions", "/api/v1/transactions/**", "/api/v1/orders", "/api/v1/orders/**")
                .addFilterBefore(new ApiTokenFilter(clients, refusal), AuthorizationFilter.class)
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/api/v1/transactions", "/api/v1/transactions/**").hasRole(ApiClient.Role.BANK_FEED.name())
                        .anyRequest().hasRole(ApiClient.Role.MERCHANT.name()))
                .exceptionHandling(errors -> errors.accessDeniedHandler((request, response, denied) -> refusal.write(request, response,
                        HttpStatus.FORBIDDEN, "api-forbidden", "Not this client's API", request.getRequestURI().startsWith("/api/v1/orders")
                                ? "only merchants' API clients (role MERCHANT) report orders"
                                : "only the bank's API clients (role BANK_FEED) book transactions")))
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable())
                .build();
    }

    @Bean
    @Order(3)
    SecurityFilterChain everythingElse(HttpSecurity http) throws Exception {
        AccessDeniedHandlerImpl staleForm = new AccessDeniedHandlerImpl();
        staleForm.setErrorPage("/bank/link/refused");
        return http.authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .csrf(csrf -> csrf.requireCsrfProtectionMatcher(
                        PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/bank/**")))
                .exceptionHandling(errors -> errors.accessDeniedHandler(staleForm))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(
                                "default-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'self'; frame-ancestors 'none'"))
                        .referrerPolicy(referrer -> referrer.policy(
                                org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy.NO_REFERRER)))
                .requestCache(cache -> cache.disable())
                .logout(logout -> logout.disable())
                .build();
    }

    @Bean
    UserDetailsService operators(AdminProperties admin) {
        if (!admin.enabled()) {
            log.info("admin API off: set sportello.admin.password-hash to turn it on");
            return new InMemoryUserDetailsManager();
        }
        return new InMemoryUserDetailsManager(User.withUsername(admin.username()).password(admin.passwordHash())
                .roles(ADMIN_ROLE).build());
    }

    /**
     * A page's script (the agents' desk) says so with X-Requested-With: its 401 then carries no Basic
     * challenge, which would make the browser ask for credentials in a dialog of its own instead of
     * letting the page say they were wrong.
     */
    private static HttpServletResponse withoutPromptForScripts(jakarta.servlet.http.HttpServletRequest request,
                                                               HttpServletResponse response) {
        if (request.getHeader("X-Requested-With") != null) {
            response.setHeader("WWW-Authenticate", "Sportello-Basic realm=\"Sportello admin\"");
        }
        return response;
    }

    private static void problem(HttpServletResponse response, JsonMapper json, String path, HttpStatus status, String code,
                                String title, String detail) throws IOException {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create("/problems/" + code));
        problem.setTitle(title);
        problem.setInstance(URI.create(path));
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        if (status == HttpStatus.UNAUTHORIZED && response.getHeader("WWW-Authenticate") == null) {
            response.setHeader("WWW-Authenticate", "Basic realm=\"Sportello admin\"");
        }
        json.writeValue(response.getOutputStream(), problem);
    }
}
