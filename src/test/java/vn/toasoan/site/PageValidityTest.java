package vn.toasoan.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import vn.toasoan.testsupport.FixedClockConfiguration;
import vn.toasoan.testsupport.HtmlValidator;
import vn.toasoan.testsupport.WebClient;

/**
 * Every page type passes the Nu HTML Checker with no error and keeps the accessibility basics a checker cannot
 * see: one h1, landmarks, a skip link, alt text on every image, a language.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(FixedClockConfiguration.class)
class PageValidityTest {

    @LocalServerPort
    int port;

    @Test
    void everyPageTypeIsValidHtml() {
        WebClient web = new WebClient(port);
        Map<String, String> pages = pagesOfEveryType(web);
        assertThat(pages).hasSize(11);
        for (Map.Entry<String, String> page : pages.entrySet()) {
            List<String> errors = HtmlValidator.get().errors(page.getValue());
            assertThat(errors).as(page.getKey()).isEmpty();
        }
    }

    @Test
    void everyPageTypeHasLandmarksOneHeadingAndTextAlternatives() {
        WebClient web = new WebClient(port);
        for (Map.Entry<String, String> page : pagesOfEveryType(web).entrySet()) {
            Document html = Jsoup.parse(page.getValue());
            String name = page.getKey();
            assertThat(html.select("html").attr("lang")).as(name).isEqualTo("vi");
            assertThat(html.select("h1")).as(name).hasSize(1);
            assertThat(html.select("main#noi-dung")).as(name).hasSize(1);
            if (!name.startsWith("print")) {
                assertThat(html.select("header.site-header, nav.main-nav, footer.site-footer")).as(name).hasSize(3);
                assertThat(html.select("a.skip-link[href=#noi-dung]")).as(name).hasSize(1);
            }
            assertThat(html.select("img:not([alt])")).as(name).isEmpty();
            assertThat(html.select("[style]")).as(name).isEmpty();
            assertThat(html.select("script:not([src])")).as(name).isEmpty();
        }
    }

    /** One page of each type, found by following links from the home page as a reader would. */
    private static Map<String, String> pagesOfEveryType(WebClient web) {
        Document home = web.page("/");
        String article = home.select(".lead-title a").attr("href");
        String category = home.select(".main-nav a[href^=/chuyen-muc/]").first().attr("href");
        String page = home.select(".main-nav a[href^=/trang/]").first().attr("href");
        String document = home.select(".doc-list a[href^=/van-ban/]").first().attr("href");
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("home", html(web, "/", 200));
        pages.put("article " + article, html(web, article, 200));
        pages.put("print " + article, html(web, article + "/ban-in", 200));
        pages.put("category " + category, html(web, category, 200));
        pages.put("category with sub-categories", html(web, "/chuyen-muc/van-hoa-xa-hoi", 200));
        pages.put("static page " + page, html(web, page, 200));
        pages.put("documents", html(web, "/van-ban", 200));
        pages.put("document " + document, html(web, document, 200));
        pages.put("search form", html(web, "/tim-kiem", 200));
        pages.put("search results", html(web, "/tim-kiem?q=hoi+nghi", 200));
        pages.put("not found", html(web, "/khong-co-trang-nay", 404));
        return pages;
    }

    private static String html(WebClient web, String path, int status) {
        HttpResponse<String> response = web.get(path);
        assertThat(response.statusCode()).as(path).isEqualTo(status);
        return response.body();
    }
}
