package vn.toasoan.stats;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpHeaders;

import vn.toasoan.Api;
import vn.toasoan.Newsroom;
import vn.toasoan.account.StaffSessions;

/**
 * What counts as a page view by a person: the exclusions shared by the server filter, the beacon endpoints and
 * any store.
 */
final class TrafficRules {

    private static final List<String> NON_PAGE_PREFIXES = List.of(
            "/css/", "/js/", "/img/", "/media/", "/webjars/", Api.PATH, "/actuator/", "/error/", Newsroom.PATH + "/");
    private static final List<String> NON_PAGE_PATHS = List.of(
            "/css", "/js", "/img", "/media", "/webjars", "/api", "/actuator", "/error", Newsroom.PATH,
            "/favicon.ico", "/robots.txt", "/sitemap.xml");

    /** Distinct User-Agents are few; past this many remembered verdicts the memory starts again. */
    private static final int VERDICT_CACHE_SIZE = 10_000;

    private final Pattern bots;
    /** Matching a hundred patterns costs microseconds; a page view must not pay that again and again. */
    private final Map<String, Boolean> verdicts = new ConcurrentHashMap<>();

    TrafficRules(Pattern bots) {
        this.bots = bots;
    }

    /**
     * Reads the bot list: one regular expression per line, matched anywhere in the User-Agent, case-insensitive;
     * blank lines and lines starting with '#' are ignored.
     */
    static TrafficRules fromBotList(Resource botList) {
        List<String> patterns = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(
                new InputStreamReader(botList.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String pattern = line.strip();
                if (!pattern.isEmpty() && !pattern.startsWith("#")) {
                    Pattern.compile(pattern); // fail at start-up on the line that is wrong, not on the whole
                    patterns.add("(?:" + pattern + ")");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the bot list " + botList, e);
        }
        return new TrafficRules(Pattern.compile(String.join("|", patterns), Pattern.CASE_INSENSITIVE));
    }

    /**
     * A GET navigation to a page: not an asset, API or error path, not a prefetch or prerender, and, when the
     * browser says how it fetches, a navigation rather than a script or image fetch.
     */
    boolean isPageRequest(HttpServletRequest request) {
        if (!"GET".equals(request.getMethod()) || isPrefetch(request)) {
            return false;
        }
        String mode = request.getHeader("Sec-Fetch-Mode");
        if (mode != null && !mode.equalsIgnoreCase("navigate")) {
            return false;
        }
        return isPagePath(request.getRequestURI().substring(request.getContextPath().length()));
    }

    static boolean isPagePath(String path) {
        if (NON_PAGE_PATHS.contains(path) || NON_PAGE_PREFIXES.stream().anyMatch(path::startsWith)) {
            return false;
        }
        // Any file extension in the last segment: a file, not a page.
        String lastSegment = path.substring(path.lastIndexOf('/') + 1);
        return lastSegment.indexOf('.') < 0;
    }

    private static boolean isPrefetch(HttpServletRequest request) {
        return mentions(request.getHeader("Sec-Purpose"), "prefetch")
                || mentions(request.getHeader("Purpose"), "prefetch")
                || mentions(request.getHeader("X-Purpose"), "preview")
                || mentions(request.getHeader("X-Moz"), "prefetch");
    }

    private static boolean mentions(String header, String token) {
        return header != null && header.toLowerCase(Locale.ROOT).contains(token);
    }

    /** A person's browser, as far as the User-Agent tells: present and not a known bot or HTTP library. */
    boolean isHumanAgent(HttpServletRequest request) {
        String userAgent = request.getHeader(HttpHeaders.USER_AGENT);
        return userAgent != null && !userAgent.isBlank() && !isBot(userAgent);
    }

    boolean isBot(String userAgent) {
        Boolean known = verdicts.get(userAgent);
        if (known != null) {
            return known;
        }
        boolean bot = bots.matcher(userAgent).find();
        if (verdicts.size() >= VERDICT_CACHE_SIZE) {
            verdicts.clear();
        }
        verdicts.put(userAgent, bot);
        return bot;
    }

    /** Logged-in staff: their own reading is not readership. */
    static boolean isStaff(HttpServletRequest request) {
        return StaffSessions.isStaff(request);
    }

    /** A page was delivered: a 2xx HTML response, or 304 (the browser shows its copy of the page). */
    static boolean isPageResponse(HttpServletResponse response) {
        int status = response.getStatus();
        if (status == HttpServletResponse.SC_NOT_MODIFIED) {
            return true;
        }
        String type = response.getContentType();
        return status >= 200 && status < 300 && type != null
                && type.toLowerCase(Locale.ROOT).startsWith("text/html");
    }
}
