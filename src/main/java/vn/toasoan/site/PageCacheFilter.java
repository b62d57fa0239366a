package vn.toasoan.site;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.zip.GZIPOutputStream;

import io.micrometer.core.instrument.Counter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

import vn.toasoan.account.StaffSessions;
import vn.toasoan.stats.ViewedArticle;

/**
 * Serves public pages from memory. A miss renders through Spring MVC and keeps the result if it is a plain
 * 200 HTML page; a hit costs a map lookup and a write. Every response carries ETag and Last-Modified and
 * conditional requests get 304. When a page's freshness window has passed, one request renders it again while
 * the others keep getting the previous copy, so a popular page never stampedes the database.
 */
class PageCacheFilter extends OncePerRequestFilter {

    private static final List<String> CACHED_PREFIXES = List.of("/tin-tuc/", "/chuyen-muc/", "/trang/", "/van-ban", "/the/");
    private static final String CACHE_CONTROL = "no-cache";

    private final PageCache cache;
    private final long liveForMillis;
    private final Clock clock;
    private final Counter hits;
    private final Counter misses;

    PageCacheFilter(PageCache cache, PageCacheProperties properties, Clock clock, Counter hits, Counter misses) {
        this.cache = cache;
        this.liveForMillis = properties.liveFor().toMillis();
        this.clock = clock;
        this.hits = hits;
        this.misses = misses;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!isCacheable(request)) {
            chain.doFilter(request, response);
            return;
        }
        String key = key(request);
        long version = cache.contentVersion();
        CachedPage page = cache.get(key);
        if (page != null && page.contentVersion() == version
                && (isFresh(page) || !page.refreshing().compareAndSet(false, true))) {
            hits.increment();
            send(page, request, response);
            return;
        }
        misses.increment();
        ContentCachingResponseWrapper capture = new ContentCachingResponseWrapper(response);
        try {
            chain.doFilter(request, capture);
        } finally {
            if (page != null) {
                page.refreshing().set(false);
            }
        }
        CachedPage rendered = keepable(capture) ? toCachedPage(capture, request, version) : null;
        if (rendered == null) {
            capture.copyBodyToResponse();
            return;
        }
        cache.put(key, rendered);
        send(rendered, request, response);
    }

    /** Within its window, or rendered "in the future" after the clock was set back (then it is re-rendered). */
    private boolean isFresh(CachedPage page) {
        long age = clock.millis() - page.renderedAt();
        return age >= 0 && age < liveForMillis;
    }

    private static boolean isCacheable(HttpServletRequest request) {
        if (!"GET".equals(request.getMethod()) || request.getHeader(HttpHeaders.AUTHORIZATION) != null
                || StaffSessions.isStaff(request)) {
            return false;
        }
        String path = request.getRequestURI();
        if (path.equals("/")) {
            return true;
        }
        if (path.contains("/tep/")) {
            // Attached files are streamed from disk; holding them in the page cache would only cost memory.
            return false;
        }
        if (path.equals("/van-ban") && isFiltered(request)) {
            // Filter combinations are endless and each is cheap to answer: caching them would only let anyone
            // fill the cache with made-up addresses, and the key below tells pages apart by page number alone.
            return false;
        }
        for (String prefix : CACHED_PREFIXES) {
            if (path.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isFiltered(HttpServletRequest request) {
        return request.getParameterMap().keySet().stream().anyMatch(name -> !name.equals("trang"));
    }

    /**
     * Only the page number changes what these pages show; other query parameters are ignored so that nobody
     * can fill the cache with made-up addresses.
     */
    private static String key(HttpServletRequest request) {
        String page = request.getParameter("trang");
        return page == null ? request.getRequestURI() : request.getRequestURI() + "?trang=" + page;
    }

    private static boolean keepable(ContentCachingResponseWrapper capture) {
        String type = capture.getContentType();
        String cacheControl = capture.getHeader(HttpHeaders.CACHE_CONTROL);
        return capture.getStatus() == HttpServletResponse.SC_OK && type != null && type.startsWith("text/html")
                && (cacheControl == null || !cacheControl.contains("no-store"));
    }

    private CachedPage toCachedPage(ContentCachingResponseWrapper capture, HttpServletRequest request, long version) {
        byte[] body = capture.getContentAsByteArray();
        Object articleId = request.getAttribute(ViewedArticle.REQUEST_ATTRIBUTE);
        long now = clock.millis();
        return new CachedPage(body, gzip(body), etag(body), capture.getContentType(),
                capture.getHeader(HttpHeaders.CONTENT_LANGUAGE), now - now % 1000, now, version,
                articleId instanceof Long id ? id : null, new AtomicBoolean());
    }

    private static void send(CachedPage page, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        if (page.articleId() != null) {
            request.setAttribute(ViewedArticle.REQUEST_ATTRIBUTE, page.articleId());
        }
        boolean gzip = acceptsGzip(request);
        String etag = gzip ? page.gzipEtag() : page.etag();
        response.setHeader(HttpHeaders.ETAG, etag);
        response.setDateHeader(HttpHeaders.LAST_MODIFIED, page.lastModified());
        response.setHeader(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL);
        response.setHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
        if (notModified(page, request)) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(page.contentType());
        if (page.contentLanguage() != null) {
            response.setHeader(HttpHeaders.CONTENT_LANGUAGE, page.contentLanguage());
        }
        byte[] body = gzip ? page.gzipBody() : page.body();
        if (gzip) {
            response.setHeader(HttpHeaders.CONTENT_ENCODING, "gzip");
        }
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    private static boolean notModified(CachedPage page, HttpServletRequest request) {
        String ifNoneMatch = request.getHeader(HttpHeaders.IF_NONE_MATCH);
        if (ifNoneMatch != null) {
            return ifNoneMatch.contains(page.etag()) || ifNoneMatch.contains(page.gzipEtag())
                    || ifNoneMatch.trim().equals("*");
        }
        long since;
        try {
            since = request.getDateHeader(HttpHeaders.IF_MODIFIED_SINCE);
        } catch (IllegalArgumentException unparseable) {
            return false;
        }
        return since >= 0 && page.lastModified() <= since;
    }

    private static boolean acceptsGzip(HttpServletRequest request) {
        String accept = request.getHeader(HttpHeaders.ACCEPT_ENCODING);
        return accept != null && accept.contains("gzip") && !accept.contains("gzip;q=0");
    }

    private static String etag(byte[] body) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
            return "\"" + Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, 22) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] gzip(byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.length / 4 + 64);
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
