package vn.toasoan.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.toasoan.stats.UserAgents.CHROME;
import static vn.toasoan.stats.UserAgents.FIREFOX;

import java.net.http.HttpResponse;
import java.time.Duration;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.toasoan.testsupport.MutableClock;

/** Counting mode server, through real HTTP: what a day of readers, bots and a missing page leaves in the figures. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.datasource.url=jdbc:h2:mem:stats-http;DB_CLOSE_DELAY=-1",
    "management.server.port=-1",
    "toasoan.stats.flush-interval=1h",
    "toasoan.stats.total-offset=351736"})
@Import(StatsTestApp.class)
class StatsHttpTest {

    @LocalServerPort
    int port;

    @Autowired
    MutableClock clock;

    @Autowired
    InMemoryVisitStore store;

    @Autowired
    JdbcClient jdbc;

    @Test
    void readersAreCountedBotsAndMissingPagesAreNot() {
        long article = new StatsFixture.ArticleRows(jdbc).insert();
        HttpReader chrome = HttpReader.browser(port, CHROME);
        HttpResponse<String> first = chrome.get("/test-page");
        assertThat(first.headers().firstValue("Set-Cookie")).hasValueSatisfying(cookie -> assertThat(cookie)
                .startsWith("tsv=").contains("Path=/", "Max-Age=31536000", "HttpOnly", "SameSite=Lax"));
        chrome.get("/test-page?a=" + article);
        HttpReader.browser(port, FIREFOX).get("/test-page?a=" + article);
        HttpReader curl = HttpReader.withoutCookies(port, "curl/8.5.0");
        for (int i = 0; i < 3; i++) {
            curl.get("/test-page");
        }
        HttpReader.browser(port, UserAgents.GOOGLEBOT).get("/test-page");
        HttpReader.browser(port, UserAgents.SAFARI_IPHONE).get("/test-page/missing");
        HttpReader.browser(port, UserAgents.COC_COC).get("/css/site.css");
        clock.advance(Duration.ofSeconds(1));

        HttpResponse<String> stats = HttpReader.browser(port, CHROME).get("/api/v1/stats");

        assertThat(stats.statusCode()).isEqualTo(200);
        assertThat(stats.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/json"));
        assertThat(stats.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(stats.body()).isEqualTo("{\"total\":351739,\"online\":3,\"today\":3,\"yesterday\":0}");

        assertThat(store.flush()).isTrue();
        assertThat(jdbc.sql("SELECT views FROM article_view_count WHERE article_id = :id").param("id", article)
                .query(Long.class).single()).isEqualTo(2);
        assertThat(jdbc.sql("SELECT visits FROM visit_day").query(Long.class).single()).isEqualTo(3);
    }

    @Test
    void theWidgetShowsTheFiguresAndNoBeaconInServerMode() {
        // A bot reads it: the widget is the same for everyone, and the other test's figures stay exact.
        Document page = Jsoup.parse(HttpReader.browser(port, UserAgents.GOOGLEBOT).get("/test-widget?a=7").body());

        assertThat(page.select("section.stats-widget[aria-labelledby=stats-title] > h2#stats-title").text())
                .isEqualTo("Thống kê truy cập");
        assertThat(page.select("section.stats-widget dt").eachText())
                .containsExactly("Số lượt truy cập", "Trực tuyến", "Hôm nay", "Hôm qua");
        assertThat(page.select("section.stats-widget dd").first().text()).matches("351\\.7\\d\\d");
        assertThat(page.select("script, noscript")).isEmpty();
    }

    @Test
    void theBeaconEndpointsAreAbsentInServerMode() {
        HttpReader reader = HttpReader.browser(port, CHROME);
        assertThat(reader.postForm("/api/v1/visit", "a=1").statusCode()).isEqualTo(404);
        assertThat(reader.get("/api/v1/visit.gif").statusCode()).isEqualTo(404);
    }
}
