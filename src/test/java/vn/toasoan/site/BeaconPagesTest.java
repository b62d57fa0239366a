package vn.toasoan.site;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import vn.toasoan.testsupport.FixedClockConfiguration;
import vn.toasoan.testsupport.HtmlValidator;
import vn.toasoan.testsupport.WebClient;

/** Behind a CDN the pages count themselves with the beacon; every page carries it, articles with their id. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "toasoan.stats.counting=beacon")
@Import(FixedClockConfiguration.class)
class BeaconPagesTest {

    @LocalServerPort
    int port;

    @Test
    void pagesCarryTheBeaconAndArticlesTheirId() {
        WebClient web = new WebClient(port);
        Document home = web.page("/");
        assertThat(home.select("body > script[src^=/js/visit-beacon]")).hasSize(1);
        assertThat(home.select("body > script").attr("data-article")).isEmpty();
        assertThat(home.select("body > noscript img").attr("src")).isEqualTo("/api/v1/visit.gif");
        String url = home.select(".lead-title a").attr("href");
        String id = url.substring(url.lastIndexOf('-') + 1);
        Document article = web.page(url);
        assertThat(article.select("body > script[src^=/js/visit-beacon]").attr("data-article")).isEqualTo(id);
        assertThat(article.select("body > noscript img").attr("src")).isEqualTo("/api/v1/visit.gif?a=" + id);
        assertThat(HtmlValidator.get().errors(web.get(url).body())).isEmpty();
    }
}
