package vn.toasoan;

import org.springframework.core.Ordered;

/**
 * What stands in front of the controllers, in the order it runs, written once: the servlet filters, Spring
 * Security's filter chains and the exception handlers that turn failures into answers. Each place that registers
 * one of them takes its order from here; {@code FilterOrderTest} checks the running application against this list.
 *
 * <p>The servlet filters of a request to a public page, first to last (Spring Boot's own in brackets):
 * <ol>
 * <li>[character encoding, {@link Ordered#HIGHEST_PRECEDENCE}: the request is read as UTF-8 by everything after]</li>
 * <li>{@link #SECURITY_HEADERS}</li>
 * <li>{@link #SESSIONS} (cluster mode only)</li>
 * <li>{@link #UPLOAD_TOO_LARGE} (newsroom addresses only)</li>
 * <li>{@link #PAGE_VIEWS}</li>
 * <li>{@link #PAGE_CACHE}</li>
 * <li>{@link #OBSERVATION}</li>
 * <li>[form content, -9900; request context, -105; Spring Security's filter chain proxy, -100, which tries
 * {@link #ADMIN_API_SECURITY} and then {@link #NEWSROOM_SECURITY}; resource URL encoding (the content-hashed
 * addresses of CSS and scripts), last; Tomcat's WebSocket filter, which Tomcat itself adds after all of these]</li>
 * </ol>
 *
 * <p>Exceptions a controller throws are then answered by {@link #API_ERRORS}, {@link #API_ROUTING_ERRORS} and, for
 * everything else, the newsroom's shared answers ({@code NewsroomErrors}, unordered, so last).
 */
public final class FilterOrder {

    /**
     * Content-Security-Policy and the other headers of public pages: before the visit counter and the page cache, so
     * that every public answer, served from the cache or not, carries them.
     */
    public static final int SECURITY_HEADERS = Ordered.HIGHEST_PRECEDENCE + 5;

    /**
     * Spring Session's filter in cluster mode (sessions in Redis; on one node Tomcat's own sessions need no filter):
     * before the visit counter and the page cache, which tell staff from readers by their session.
     */
    public static final int SESSIONS = Ordered.HIGHEST_PRECEDENCE + 6;

    /**
     * A newsroom upload over the server's limit is answered 413 with a Vietnamese page here, before Spring Security's
     * filters (-100): its CSRF check would otherwise read the body and answer as if the form had expired.
     */
    public static final int UPLOAD_TOO_LARGE = Ordered.HIGHEST_PRECEDENCE + 7;

    /** The visit counter (server counting mode): before the page cache, so pages served from it are counted too. */
    public static final int PAGE_VIEWS = Ordered.HIGHEST_PRECEDENCE + 10;

    /**
     * The page cache: right after counting and before everything else, so a hit costs a lookup and a write, as at a
     * reverse proxy, and skips observation, security and Spring MVC.
     */
    public static final int PAGE_CACHE = Ordered.HIGHEST_PRECEDENCE + 20;

    /**
     * Spring Boot's request observation (metrics, traces), moved from the front of the chain to just behind the page
     * cache: it measures the requests the application answers; the cache counts its hits itself.
     */
    public static final int OBSERVATION = PAGE_CACHE + 1;

    /**
     * Spring Security's filter chain of the admin API (stateless, bearer tokens, {@code /api/v1/admin/**}): matched
     * before the newsroom's. The two match different addresses; the order only has to be fixed and distinct.
     */
    public static final int ADMIN_API_SECURITY = 5;

    /** Spring Security's filter chain of the newsroom (login, session, CSRF, {@code /quan-tri/**}). */
    public static final int NEWSROOM_SECURITY = 10;

    /**
     * The admin API controllers' exception handlers: before every other advice, so that a failure in an API
     * controller is answered in JSON by them (their catch-all included), not by the newsroom's shared page.
     */
    public static final int API_ERRORS = Ordered.HIGHEST_PRECEDENCE;

    /**
     * What Spring MVC refuses before an API controller is chosen (no such address or method, not JSON, too large):
     * after {@link #API_ERRORS}, which answers the same exceptions in its own words once a controller was chosen,
     * and before the newsroom's advice and Spring's default handling.
     */
    public static final int API_ROUTING_ERRORS = Ordered.HIGHEST_PRECEDENCE + 1;

    private FilterOrder() {
    }
}
