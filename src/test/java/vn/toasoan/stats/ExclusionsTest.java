package vn.toasoan.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.toasoan.stats.UserAgents.CHROME;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

import vn.toasoan.stats.StatsFixture.Browser;

/** Requests that are not a person reading a page change nothing, and get no cookie. */
class ExclusionsTest {

    private final StatsFixture stats = StatsFixture.at("2025-03-01T10:00:00");
    private final Browser reader = stats.browser(CHROME, "203.0.113.7");

    private void assertNotCounted(MockHttpServletRequest request) {
        MockHttpServletResponse response = reader.send(request, StatsFixture::htmlPage);
        assertThat(response.getHeader("Set-Cookie")).isNull();
        assertNothingCounted();
    }

    private void assertNothingCounted() {
        assertThat(stats.stats()).isEqualTo(new StatsSnapshot(0, 0, 0, 0));
    }

    @Test
    void aBot() {
        assertNotCounted(stats.browser(UserAgents.GOOGLEBOT, "66.249.66.1").request("GET", "/"));
    }

    @Test
    void noUserAgent() {
        assertNotCounted(stats.browser(null, "203.0.113.7").request("GET", "/"));
        assertNotCounted(stats.browser(" ", "203.0.113.7").request("GET", "/"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"HEAD", "POST", "PUT", "DELETE", "OPTIONS"})
    void notAGet(String method) {
        assertNotCounted(reader.request(method, "/"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Sec-Purpose:prefetch", "Sec-Purpose:prefetch;prerender", "Purpose:prefetch",
            "X-Moz:prefetch", "X-Purpose:preview"})
    void aPrefetchOrPrerender(String header) {
        MockHttpServletRequest request = reader.request("GET", "/");
        request.addHeader(header.substring(0, header.indexOf(':')), header.substring(header.indexOf(':') + 1));
        assertNotCounted(request);
    }

    @ParameterizedTest
    @ValueSource(strings = {"no-cors", "cors", "same-origin", "websocket"})
    void aFetchThatIsNotANavigation(String mode) {
        MockHttpServletRequest request = reader.request("GET", "/");
        request.addHeader("Sec-Fetch-Mode", mode);
        assertNotCounted(request);
    }

    @Test
    void aNavigationSaysSo() {
        MockHttpServletRequest request = reader.request("GET", "/");
        request.addHeader("Sec-Fetch-Mode", "navigate");
        request.addHeader("Sec-Fetch-Dest", "document");
        reader.send(request, StatsFixture::htmlPage);
        assertThat(stats.stats().today()).isEqualTo(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/css/site.css", "/js/visit-beacon.js", "/img/logo.png", "/media/2025/03/anh.jpg",
            "/webjars/x/y", "/favicon.ico", "/robots.txt", "/sitemap.xml", "/api/v1/stats", "/actuator/health",
            "/error", "/tin-tuc/bai.html", "/van-ban/14-kh-du.pdf", "/css", "/api"})
    void notAPage(String path) {
        assertNotCounted(reader.request("GET", path));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/tin-tuc", "/tin-tuc/hoi-nghi-to-soan-thao-123", "/cssx", "/apis", "/errors"})
    void pagesThatLookLikeExcludedPathsButAreNot(String path) {
        reader.send(reader.request("GET", path), StatsFixture::htmlPage);
        assertThat(stats.stats().today()).isEqualTo(1);
    }

    @Test
    void loggedInStaffKnownToTheContainer() {
        MockHttpServletRequest request = reader.request("GET", "/");
        request.setUserPrincipal(() -> "bientapvien");
        assertNotCounted(request);
    }

    @Test
    void loggedInStaffWithANewsroomSession() {
        MockHttpServletRequest request = reader.request("GET", "/");
        request.getSession(true).setAttribute(
                HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, new SecurityContextImpl());
        assertNotCounted(request);
    }

    @Test
    void aSessionWithoutALoginIsAReader() {
        MockHttpServletRequest request = reader.request("GET", "/");
        request.getSession(true).setAttribute("something", "else");
        reader.send(request, StatsFixture::htmlPage);
        assertThat(stats.stats().today()).isEqualTo(1);
    }

    @ParameterizedTest
    @ValueSource(ints = {301, 302, 400, 404, 500})
    void aResponseThatIsNotAPage(int status) {
        reader.get("/", (request, response) -> {
            ((jakarta.servlet.http.HttpServletResponse) response).setStatus(status);
            response.setContentType("text/html;charset=UTF-8");
        });
        assertNothingCounted();
    }

    @Test
    void aResponseThatIsNotHtml() {
        reader.get("/feed", (request, response) -> response.setContentType("application/rss+xml"));
        assertNothingCounted();
    }

    @Test
    void notModifiedIsAPageTheBrowserShows() {
        reader.get("/", (request, response) ->
                ((jakarta.servlet.http.HttpServletResponse) response).setStatus(304));
        assertThat(stats.stats().today()).isEqualTo(1);
    }

    @Test
    void aFailedPageIsNotCounted() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> reader.get("/", (request, response) -> {
            throw new IllegalStateException("boom");
        })).isInstanceOf(IllegalStateException.class);
        assertNothingCounted();
    }
}
