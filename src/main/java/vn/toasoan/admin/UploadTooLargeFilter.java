package vn.toasoan.admin;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * Answers a newsroom upload larger than the server takes with 413 and the site's Vietnamese error page, before
 * anything reads it. Otherwise the CSRF check, which reads the form's token from the body, finds no token in a
 * body it may not parse, and the editor would be told the form had expired. (The admin API has no CSRF check:
 * Spring's own limit answers it in JSON.)
 */
class UploadTooLargeFilter extends OncePerRequestFilter {

    private final long maxRequestBytes;

    UploadTooLargeFilter(long maxRequestBytes) {
        this.maxRequestBytes = maxRequestBytes;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > maxRequestBytes) {
            // Said as the failure of the request, so the error page's dispatch does not try to read the body
            // again (Spring MVC skips multipart parsing after a MultipartException). Tomcat reads and drops the
            // unread body (up to server.tomcat.max-swallow-size): the browser then shows the page, not a cut
            // connection.
            request.setAttribute(RequestDispatcher.ERROR_EXCEPTION,
                    new MaxUploadSizeExceededException(maxRequestBytes));
            response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
            return;
        }
        chain.doFilter(request, response);
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String type = request.getContentType();
        // Registered for the newsroom (Newsroom.PATH + "/*") only.
        return !"POST".equals(request.getMethod()) || type == null
                || !type.toLowerCase(Locale.ROOT).startsWith("multipart/");
    }
}
