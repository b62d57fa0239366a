package vn.toasoan.api;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates an admin API request by its {@code Authorization: Bearer <token>} header, and by nothing else: a
 * newsroom session cookie does not count here, so a page a member of staff visits cannot make their browser call
 * the API (no CSRF to defend). A request without the header goes on unauthenticated and is refused by the
 * authorisation rules; one with an unusable token is refused here, saying why.
 */
class ApiTokenFilter extends OncePerRequestFilter {

    private static final String BEARER = "Bearer ";

    private final ApiTokens tokens;

    ApiTokenFilter(ApiTokens tokens) {
        this.tokens = tokens;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null) {
            chain.doFilter(request, response);
            return;
        }
        if (!header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            ApiProblems.unauthorized(response, "Chỉ nhận xác thực bằng token: Authorization: Bearer <token>.", true);
            return;
        }
        ApiTokens.Check check = tokens.check(header.substring(BEARER.length()).strip(), request.getRemoteAddr());
        if (check.user() == null) {
            ApiProblems.unauthorized(response, check.refusal(), true);
            return;
        }
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(check.user(), null,
                check.user().getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
