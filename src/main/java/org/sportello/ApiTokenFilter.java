package org.sportello;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;
import org.sportello.shared.ApiClient;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Who calls the machine APIs: the client whose bearer token the call carries, or the demo client
 * for a call from this machine when the demo bank is on and no client is configured. Anything else
 * is answered 401 before the body is read; what the client may call is decided after, by role.
 */
final class ApiTokenFilter extends OncePerRequestFilter {

    interface Refusal {
        void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String code, String title, String detail)
                throws IOException;
    }

    private static final String BEARER = "Bearer ";

    private final ApiClients clients;
    private final Refusal refusal;

    ApiTokenFilter(ApiClients clients, Refusal refusal) {
        this.clients = clients;
        this.refusal = refusal;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String authorization = request.getHeader("Authorization");
        Optional<ApiClient> client;
        if (authorization != null) {
            if (!authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
                refusal.write(request, response, HttpStatus.UNAUTHORIZED, "api-unauthenticated", "API token required",
                        "this API takes a bearer token (Authorization: Bearer TOKEN), not other credentials");
                return;
            }
            client = clients.byToken(authorization.substring(BEARER.length()).strip());
            if (client.isEmpty()) {
                refusal.write(request, response, HttpStatus.UNAUTHORIZED, "api-token-unknown", "Unknown API token",
                        "this token belongs to no API client of this node (sportello.api.clients): check it, or ask the bank for"
                                + " a new one");
                return;
            }
        } else if (clients.openOnLoopback() && isLoopback(request.getRemoteAddr())) {
            client = Optional.of(ApiClient.DEMO);
        } else {
            refusal.write(request, response, HttpStatus.UNAUTHORIZED, "api-unauthenticated", "API token required", clients.isEmpty()
                    ? "no API clients are configured on this node (sportello.api.clients), so this API refuses every call:"
                            + " configure one for the bank's core system or the merchant"
                    : "this API needs the bearer token of an API client: Authorization: Bearer TOKEN");
            return;
        }
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(client.get(), null,
                client.get().roles().stream().map(role -> new SimpleGrantedAuthority("ROLE_" + role.name())).toList()));
        SecurityContextHolder.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    static boolean isLoopback(String address) {
        if (address == null || !(address.indexOf(':') >= 0 || Character.isDigit(address.isEmpty() ? 'x' : address.charAt(0)))) {
            return false; // only an address literal, never a name to look up
        }
        try {
            return InetAddress.getByName(address).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
