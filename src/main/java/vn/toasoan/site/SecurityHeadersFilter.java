package vn.toasoan.site;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;

import vn.toasoan.Newsroom;

/**
 * Security headers of the public site, cached pages included. The newsroom gets its own from Spring Security,
 * which guards only {@code /quan-tri}. Public pages carry no inline script or style, so the policy allows none.
 */
class SecurityHeadersFilter extends OncePerRequestFilter {

    static final String PUBLIC_CSP = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data: https:; font-src 'self'; connect-src 'self'; object-src 'none'; "
            + "frame-src https://www.youtube-nocookie.com https://www.youtube.com; frame-ancestors 'none'; "
            + "base-uri 'self'; form-action 'self'";

    /**
     * Only over HTTPS (directly, or as a trusted proxy says with {@code X-Forwarded-Proto}): the value Spring Security
     * gives the newsroom, so the whole site asks the same.
     */
    static final String HSTS = "max-age=31536000 ; includeSubDomains";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Content-Security-Policy", PUBLIC_CSP);
        if (request.isSecure()) {
            response.setHeader("Strict-Transport-Security", HSTS);
        }
        chain.doFilter(request, response);
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI();
        return path.startsWith(Newsroom.PATH);
    }
}
