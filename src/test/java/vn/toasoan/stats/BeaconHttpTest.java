package vn.toasoan.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.toasoan.stats.UserAgents.CHROME;
import static vn.toasoan.stats.UserAgents.FIREFOX;

import java.net.http.HttpResponse;
import java.time.Duration;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.toasoan.testsupport.MutableClock;

/** Counting mode beacon: pages are not counted by the server, the browser's beacon calls are. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.datasource.url=jdbc:h2:mem:stats-beacon;DB_CLOSE_DELAY=-1",
    "management.server.port=-1",
    "toasoan.stats.flush-interval=1h",
    "toasoan.stats.counting=beacon"})
@Import(StatsTestApp.class)
class BeaconHttpTest {

    @LocalServerPort
    int port;

    @Autowired
    MutableClock clock;

    @Autowired
    InMemoryVisitStore store;

    @Autowired
    JdbcClient jdbc;

    @Test
    void beaconsCountPagesDoNot() {
        long article = new StatsFixture.ArticleRows(jdbc).insert();
        HttpReader chrome = HttpReader.browser(port, CHROME);
        chrome.get("/test-page?a=" + article);
        assertThat(store.counts(java.time.LocalDate.parse("2025-03-01")).today()).isZero();

        HttpResponse<String> beacon = chrome.postForm("/api/v1/visit", "a=" + article);
        assertThat(beacon.statusCode()).isEqualTo(204);
        assertThat(beacon.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(beacon.headers().firstValue("Set-Cookie")).hasValueSatisfying(c -> assertThat(c).startsWith("tsv="));
        chrome.postForm("/api/v1/visit", "a=" + article); // same visit, second view

        HttpResponse<byte[]> pixel = HttpReader.browser(port, FIREFOX).getBytes("/api/v1/visit.gif?a=" + article);
        assertThat(pixel.statusCode()).isEqualTo(200);
        assertThat(pixel.headers().firstValue("Content-Type")).hasValue("image/gif");
        assertThat(pixel.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(pixel.body()).hasSize(43).startsWith('G', 'I', 'F', '8', '9', 'a', 1, 0, 1, 0);

        HttpReader.browser(port, UserAgents.GOOGLEBOT).postForm("/api/v1/visit", "a=" + article);
        HttpReader.browser(port, UserAgents.SAFARI_IPHONE).postForm("/api/v1/visit", "a=not-a-number");
        clock.advance(Duration.ofSeconds(1));

        assertThat(HttpReader.browser(port, UserAgents.GOOGLEBOT).get("/api/v1/stats").body())
                .isEqualTo("{\"total\":3,\"online\":3,\"today\":3,\"yesterday\":0}");
        assertThat(store.flush()).isTrue();
        assertThat(jdbc.sql("SELECT views FROM article_view_count WHERE article_id = :id").param("id", article)
                .query(Long.class).single()).isEqualTo(3);
    }

    @Test
    void pagesCarryTheBeaconScriptAndANoscriptPixel() {
        Document page = Jsoup.parse(HttpReader.browser(port, UserAgents.GOOGLEBOT).get("/test-widget?a=42").body());

        Element script = page.selectFirst("body > script");
        assertThat(script).isNotNull();
        assertThat(script.attr("src")).matches("/js/visit-beacon(-[0-9a-f]{32})?\\.js");
        assertThat(script.attr("data-article")).isEqualTo("42");
        assertThat(script.hasAttr("defer")).isTrue();
        assertThat(script.data()).as("no inline script").isEmpty();
        assertThat(page.select("body > noscript").html())
                .isEqualTo("<img src=\"/api/v1/visit.gif?a=42\" alt=\"\" width=\"1\" height=\"1\">");

        Document home = Jsoup.parse(HttpReader.browser(port, UserAgents.GOOGLEBOT).get("/test-widget").body());
        assertThat(home.selectFirst("body > script").hasAttr("data-article")).isFalse();
        assertThat(home.select("body > noscript").html()).contains("src=\"/api/v1/visit.gif\"");

        HttpResponse<String> js = HttpReader.browser(port, CHROME).get(script.attr("src"));
        assertThat(js.statusCode()).isEqualTo(200);
        assertThat(js.body()).contains("navigator.sendBeacon", "document.currentScript");
    }
}
