package vn.toasoan.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.toasoan.stats.UserAgents.CHROME;
import static vn.toasoan.stats.UserAgents.FIREFOX;

import java.time.Duration;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;

import vn.toasoan.stats.StatsFixture.Browser;
import vn.toasoan.testsupport.MutableClock;

class VisitCountingTest {

    @Test
    void returningWithin30MinutesContinuesTheVisit() {
        StatsFixture stats = StatsFixture.at("2025-03-01T10:00:00");
        Browser reader = stats.browser(CHROME, "203.0.113.7");

        reader.get("/");
        stats.clock.advance(Duration.parse("PT29M59S"));
        reader.get("/tin-tuc");

        assertThat(stats.stats()).isEqualTo(new StatsSnapshot(1, 1, 1, 0));
    }

    @Test
    void returningAfter30MinutesIdleStartsASecondVisit() {
        StatsFixture stats = StatsFixture.at("2025-03-01T10:00:00");
        Browser reader = stats.browser(CHROME, "203.0.113.7");

        reader.get("/");
        stats.clock.advance(Duration.parse("PT30M1S"));
        reader.get("/tin-tuc");

        assertThat(stats.stats()).isEqualTo(new StatsSnapshot(2, 1, 2, 0));
    }

    @Test
    void activityKeepsTheVisitOpenLongerThan30MinutesInAll() {
        StatsFixture stats = StatsFixture.at("2025-03-01T10:00:00");
        Browser reader = stats.browser(CHROME, "203.0.113.7");

        for (int i = 0; i < 4; i++) {
            reader.get("/");
            stats.clock.advance(Duration.ofMinutes(20));
        }

        assertThat(stats.stats().today()).isEqualTo(1);
    }

    @Test
    void onlineCountsVisitorsSeenInTheLastFiveMinutes() {
        StatsFixture stats = StatsFixture.at("2025-03-01T10:00:00");
        stats.browser(CHROME, "203.0.113.7").get("/");
        stats.clock.advance(Duration.ofMinutes(3));
        stats.browser(FIREFOX, "203.0.113.8").get("/");

        stats.clock.set("2025-03-01T10:04:59");
        assertThat(stats.stats().online()).isEqualTo(2);
        stats.clock.set("2025-03-01T10:05:01");
        assertThat(stats.stats().online()).isEqualTo(1);
        stats.clock.set("2025-03-01T10:08:01");
        assertThat(stats.stats().online()).isZero();
        assertThat(stats.stats().today()).isEqualTo(2);
    }

    @Test
    void aNewVisitorIsOnlineAtOnceEvenWithinTheSameSecond() {
        StatsFixture stats = StatsFixture.at("2025-03-01T10:00:00");
        assertThat(stats.stats().online()).isZero();

        stats.browser(CHROME, "203.0.113.7").get("/");
        assertThat(stats.stats().online()).as("same second, new visit: recounted").isEqualTo(1);
        stats.clock.advance(Duration.ofSeconds(1));
        assertThat(stats.stats().online()).isEqualTo(1);
    }

    @Test
    void visitsCountOnTheLocalDayTheyStartAcrossMidnightInHoChiMinhCity() {
        StatsFixture stats = StatsFixture.at("2025-03-01T23:59:59");
        Browser nightOwl = stats.browser(CHROME, "203.0.113.7");
        nightOwl.get("/");
        assertThat(stats.stats()).isEqualTo(new StatsSnapshot(1, 1, 1, 0));

        stats.clock.set("2025-03-02T00:00:00");
        stats.browser(FIREFOX, "203.0.113.8").get("/");
        nightOwl.get("/tin-tuc"); // same visit, started yesterday

        stats.clock.advance(Duration.ofSeconds(1));
        assertThat(stats.stats()).isEqualTo(new StatsSnapshot(2, 2, 1, 1));
        assertThat(stats.store.flush()).isTrue();
        assertThat(stats.persistedVisits(LocalDate.parse("2025-03-01"))).isEqualTo(1);
        assertThat(stats.persistedVisits(LocalDate.parse("2025-03-02"))).isEqualTo(1);
    }

    @Test
    void aBrowserReturningWithItsNewCookieStaysInTheVisitCountedUnderItsFingerprint() {
        StatsFixture stats = StatsFixture.at("2025-03-01T10:00:00");
        Browser reader = stats.browser(CHROME, "203.0.113.7");

        MockHttpServletResponse first = reader.get("/");
        stats.clock.advance(Duration.ofSeconds(20));
        MockHttpServletResponse second = reader.get("/tin-tuc");

        assertThat(first.getHeader("Set-Cookie"))
                // The mock response re-renders cookies with an Expires attribute; Tomcat sends ours as written.
                .matches("tsv=[A-Za-z0-9_-]{22}; Path=/; Max-Age=31536000;( Expires=[^;]+;)? HttpOnly; SameSite=Lax");
        assertThat(second.getHeader("Set-Cookie")).as("kept cookie is not replaced").isNull();
        stats.clock.advance(Duration.ofSeconds(1));
        assertThat(stats.stats()).as("one visit, one visitor online").isEqualTo(new StatsSnapshot(1, 1, 1, 0));
    }

    @Test
    void theCookieIsSecureOverHttps() {
        StatsFixture stats = StatsFixture.at("2025-03-01T10:00:00");
        Browser reader = stats.browser(CHROME, "203.0.113.7");
        var request = reader.request("GET", "/");
        request.setSecure(true);

        MockHttpServletResponse response = reader.send(request, StatsFixture::htmlPage);

        assertThat(response.getHeader("Set-Cookie")).contains("; Secure");
    }

    @Test
    void aClientWithoutCookiesIsRecognisedByItsFingerprint() {
        StatsFixture stats = StatsFixture.at("2025-03-01T10:00:00");
        Browser wrk = stats.cookielessClient("curl/8.5.0", "127.0.0.1");

        for (int i = 0; i < 100; i++) {
            wrk.get("/");
        }

        assertThat(stats.stats()).isEqualTo(new StatsSnapshot(1, 1, 1, 0));
    }

    @Test
    void sameAddressDifferentBrowsersAreDifferentVisitors() {
        StatsFixture stats = StatsFixture.at("2025-03-01T10:00:00");

        stats.cookielessClient(CHROME, "203.0.113.7").get("/");
        stats.cookielessClient(FIREFOX, "203.0.113.7").get("/");

        assertThat(stats.stats().today()).isEqualTo(2);
    }

    @Test
    void theDailySaltChangeDoesNotBreakAVisitRunningAcrossMidnight() {
        StatsFixture stats = StatsFixture.at("2025-03-01T23:50:00");
        Browser withCookie = stats.browser(CHROME, "203.0.113.7");
        Browser justArrived = stats.browser(FIREFOX, "203.0.113.8");
        Browser curl = stats.cookielessClient("curl/8.5.0", "203.0.113.9");

        withCookie.get("/");
        stats.clock.set("2025-03-01T23:55:00");
        withCookie.get("/tin-tuc"); // now known by its cookie
        stats.clock.set("2025-03-01T23:59:30");
        justArrived.get("/");
        stats.clock.set("2025-03-01T23:59:50");
        curl.get("/");
        stats.clock.set("2025-03-02T00:00:05");
        curl.get("/"); // new salt, new fingerprint: linked through yesterday's
        stats.clock.set("2025-03-02T00:00:10");
        justArrived.get("/tin-tuc"); // first request with its cookie, counted yesterday under the old salt
        stats.clock.set("2025-03-02T00:03:00");
        withCookie.get("/tin-tuc/2");

        stats.clock.set("2025-03-02T00:04:00");
        assertThat(stats.stats()).isEqualTo(new StatsSnapshot(3, 3, 0, 3));
    }

    @Test
    void theTotalStartsAtTheConfiguredOffset() {
        StatsFixture stats = new StatsFixture(MutableClock.at("2025-03-01T10:00:00"), 351_739);
        assertThat(stats.stats()).isEqualTo(new StatsSnapshot(351_739, 0, 0, 0));

        stats.browser(CHROME, "203.0.113.7").get("/");

        assertThat(stats.stats().total()).isEqualTo(351_740);
        assertThat(stats.stats().today()).isEqualTo(1);
    }

    @Test
    void everyViewOfAnArticleCountsAndIsFlushedToTheArticle() {
        StatsFixture stats = StatsFixture.at("2025-03-01T10:00:00");
        long article = stats.insertArticle();
        Browser reader = stats.browser(CHROME, "203.0.113.7");

        reader.get("/tin-tuc/hoi-nghi", StatsFixture.articlePage(article));
        reader.get("/tin-tuc/hoi-nghi", StatsFixture.articlePage(article));
        stats.browser(FIREFOX, "203.0.113.8").get("/tin-tuc/hoi-nghi", StatsFixture.articlePage(article));
        assertThat(stats.viewCount(article)).as("nothing written on the request path").isZero();

        assertThat(stats.store.flush()).isTrue();
        assertThat(stats.viewCount(article)).isEqualTo(3);
        assertThat(stats.store.flush()).isTrue();
        assertThat(stats.viewCount(article)).as("flushed once only").isEqualTo(3);
    }
}
