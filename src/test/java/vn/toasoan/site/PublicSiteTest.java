package vn.toasoan.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.zip.GZIPInputStream;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import vn.toasoan.account.Actor;
import vn.toasoan.article.ArticleDesk;
import vn.toasoan.article.ArticleKind;
import vn.toasoan.article.ArticleStatus;
import vn.toasoan.article.NewArticle;
import vn.toasoan.category.Categories;
import vn.toasoan.testsupport.FixedClockConfiguration;
import vn.toasoan.testsupport.MutableClock;
import vn.toasoan.testsupport.WebClient;

/** The reference page, end to end over HTTP, on the demo content. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(FixedClockConfiguration.class)
class PublicSiteTest {

    static final String REFERENCE_TITLE = "Hội nghị tổ soạn thảo nghiên cứu, xây dựng nghị quyết \"Phát huy vai trò"
            + " lãnh đạo của cấp ủy Đảng trong thực hiện nhiệm vụ chính trị\"";

    @LocalServerPort
    int port;

    @Autowired
    ArticleDesk desk;

    @Autowired
    Categories categories;

    @Autowired
    MutableClock clock;

    WebClient web;

    @BeforeEach
    void setUp() {
        web = new WebClient(port);
        clock.set(FixedClockConfiguration.START);
    }

    @Test
    void homeShowsNameMenuBannerHeadlineAndStatistics() {
        Document home = web.page("/");
        assertThat(home.title()).isEqualTo("Đảng ủy Khối Cơ quan và Doanh nghiệp tỉnh");
        assertThat(home.select(".brand-name").text()).isEqualTo("Đảng ủy Khối Cơ quan và Doanh nghiệp tỉnh");
        assertThat(home.select(".main-nav .menu > li > a, .main-nav .menu > li > span").eachText()).containsExactly(
                "Trang chủ", "Giới thiệu", "Tin hoạt động", "Xây dựng Đảng", "Kinh tế", "Văn hóa - Xã hội",
                "Khoa học - Công nghệ", "Thế giới", "Văn bản", "Liên hệ");
        assertThat(home.select(".banner-text").text()).isEqualTo("Nhiệt liệt chào mừng kỷ niệm 72 năm chiến thắng"
                + " Điện Biên Phủ (7/5/1954 - 7/5/2026); 51 năm Ngày Giải phóng miền Nam thống nhất đất nước"
                + " (30/4/1975 - 30/4/2026); 50 năm ngày tổng tuyển cử bầu Quốc hội chung của nước Việt Nam thống"
                + " nhất (khóa VI) (25/4/1976 - 25/4/2026).");
        assertThat(home.select(".lead-title").text()).isEqualTo(REFERENCE_TITLE);
        assertThat(home.select(".today time").text()).isEqualTo("Thứ năm, 07/05/2026");
        assertThat(home.select(".featured-list > li")).hasSize(4);
        assertThat(home.select(".news-list > li")).hasSize(10);
        assertThat(home.select("section.block h2.block-title a").eachText()).containsExactly("Tin hoạt động",
                "Xây dựng Đảng", "Kinh tế", "Văn hóa - Xã hội", "Khoa học - Công nghệ", "Thế giới", "Văn bản mới");
        assertThat(home.select(".stats-widget h2").text()).isEqualTo("Thống kê truy cập");
        assertThat(home.select(".stats-widget dt").eachText())
                .containsExactly("Số lượt truy cập", "Trực tuyến", "Hôm nay", "Hôm qua");
    }

    @Test
    void articlePageShowsEveryPartOfTheReferencePage() {
        String url = referenceUrl();
        assertThat(url).matches("/tin-tuc/hoi-nghi-to-soan-thao-nghien-cuu-xay-dung-nghi-quyet-phat-huy-vai-tro-lanh-dao-\\d+");
        Document page = web.page(url);
        assertThat(page.select("h1").text()).isEqualTo(REFERENCE_TITLE);
        assertThat(page.select(".article-meta time").text()).isEqualTo("Thứ tư, 17/03/2021");
        assertThat(page.select(".article-meta time").attr("datetime")).isEqualTo("2021-03-17T08:00:00+07:00");
        Element figure = page.selectFirst(".article-body figure");
        assertThat(figure.select("figcaption").text()).isEqualTo("Các đại biểu dự hội nghị");
        assertThat(figure.select("img").attr("alt")).isEqualTo("Các đại biểu dự hội nghị tổ soạn thảo nghị quyết");
        assertThat(web.getBytes(figure.select("img").attr("src")).statusCode()).isEqualTo(200);
        assertThat(page.select(".article-body p").first().text()).startsWith("Căn cứ kế hoạch số 14-KH/ĐU ngày 26/02/2021");
        assertThat(page.select(".article > .byline").text()).isEqualTo("Ngọc Ánh");
        Element cited = page.selectFirst(".cited-document a");
        assertThat(cited.text()).isEqualTo("Kế hoạch số 14-KH/ĐU ngày 26/02/2021");
        Document document = web.page(cited.attr("href"));
        assertThat(document.select("h1").text()).isEqualTo("Kế hoạch số 14-KH/ĐU");
        assertThat(page.select(".breadcrumbs a").eachText()).containsExactly("Trang chủ", "Tin hoạt động");
        assertThat(page.select(".print-link").attr("href")).isEqualTo(url + "/ban-in");
        assertThat(page.select("link[media=print]").attr("href")).startsWith("/css/print");
    }

    @Test
    void printVersionShowsTheArticleAlone() {
        Document print = web.page(referenceUrl() + "/ban-in");
        assertThat(print.select("h1").text()).isEqualTo(REFERENCE_TITLE);
        assertThat(print.select(".main-nav, .stats-widget, .site-footer")).isEmpty();
        assertThat(print.select(".byline").text()).isEqualTo("Ngọc Ánh");
    }

    @Test
    void relatedArticlesComeFromTheSameCategory() {
        Document category = web.page("/chuyen-muc/the-gioi");
        String first = category.select(".news-list .card-title a").first().attr("href");
        Document article = web.page(first);
        List<String> related = article.select(".related .card-title a").eachAttr("href");
        assertThat(related).hasSize(2).doesNotContain(first)
                .allSatisfy(href -> assertThat(category.select("a[href=" + href + "]")).isNotEmpty());
    }

    @Test
    void wrongOrOldSlugRedirectsPermanentlyToTheCanonicalAddress() {
        String url = referenceUrl();
        String id = url.substring(url.lastIndexOf('-') + 1);
        HttpResponse<String> response = web.get("/tin-tuc/ten-cu-" + id);
        assertThat(response.statusCode()).isEqualTo(301);
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith(url));
        HttpResponse<String> bare = web.get("/tin-tuc/" + id + "/ban-in");
        assertThat(bare.statusCode()).isEqualTo(301);
        assertThat(bare.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith(url + "/ban-in"));
    }

    @Test
    void missingPagesAnswer404InVietnamese() {
        for (String path : List.of("/khong-co-trang-nay", "/tin-tuc/khong-co-999999", "/tin-tuc/khong-co-so",
                "/chuyen-muc/khong-co", "/chuyen-muc/kinh-te?trang=99", "/chuyen-muc/kinh-te?trang=abc",
                "/chuyen-muc/kinh-te?trang=0", "/trang/khong-co", "/van-ban/khong-co")) {
            HttpResponse<String> response = web.get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(404);
            assertThat(response.body()).as(path).contains("<h1 class=\"page-title\">Không tìm thấy trang</h1>");
        }
    }

    @Test
    void staticPagesHaveTheirOwnSlugsAndAreInTheMenu() {
        Document home = web.page("/");
        for (String[] page : new String[][] {
                {"/trang/gioi-thieu", "Giới thiệu"}, {"/trang/co-cau-to-chuc", "Cơ cấu tổ chức"},
                {"/trang/lien-he", "Liên hệ"}}) {
            assertThat(web.page(page[0]).select("h1").text()).isEqualTo(page[1]);
            assertThat(home.select(".main-nav a[href=" + page[0] + "]")).isNotEmpty();
        }
    }

    /** Before the demo's sample news, which keep their sources' dates of October 2021. */
    static final Instant OLDER_THAN_THE_DEMO = Instant.parse("2021-01-01T00:00:00Z");

    @Test
    void categoryPagesArePaginatedTwelveAtATime() {
        long economy = categories.bySlug("kinh-te").orElseThrow().id();
        for (int i = 1; i <= 20; i++) {
            desk.createAs(Actor.system(), new NewArticle(ArticleKind.ARTICLE, economy, "Tin kinh tế số " + i, null,
                    "Tóm tắt " + i, "<p>Nội dung " + i + "</p>", null, "Phóng viên", false, null),
                    ArticleStatus.PUBLISHED, OLDER_THAN_THE_DEMO.plus(Duration.ofMinutes(i)));
        }
        Document first = web.page("/chuyen-muc/kinh-te");
        assertThat(first.select(".news-list > li")).hasSize(12);
        assertThat(first.select(".pagination span").text()).isEqualTo("Trang 1 / 3");
        assertThat(first.select(".pagination a[rel=next]").attr("href")).isEqualTo("/chuyen-muc/kinh-te?trang=2");
        Document third = web.page("/chuyen-muc/kinh-te?trang=3");
        // 5 demo articles + 20 older ones = 25: 12 + 12 + 1; the oldest is the first one created above.
        assertThat(third.select(".news-list .card-title").eachText()).containsExactly("Tin kinh tế số 1");
        assertThat(third.select(".pagination a[rel=prev]").attr("href")).isEqualTo("/chuyen-muc/kinh-te?trang=2");
    }

    @Test
    void pagesCarryValidatorsAndAnswerConditionalRequests() {
        HttpResponse<String> first = web.get("/");
        String etag = first.headers().firstValue("ETag").orElseThrow();
        assertThat(first.headers().firstValue("Last-Modified")).isPresent();
        assertThat(web.get("/", "If-None-Match", etag).statusCode()).isEqualTo(304);
        assertThat(web.get("/", "If-None-Match", "\"something-else\"").statusCode()).isEqualTo(200);
        String lastModified = first.headers().firstValue("Last-Modified").orElseThrow();
        assertThat(web.get("/", "If-Modified-Since", lastModified).statusCode()).isEqualTo(304);
    }

    @Test
    void pagesAreCompressedForClientsThatAcceptGzip() throws IOException {
        HttpResponse<byte[]> gzip = web.getBytes("/", "Accept-Encoding", "gzip");
        assertThat(gzip.headers().firstValue("Content-Encoding")).hasValue("gzip");
        String html = new String(new GZIPInputStream(new ByteArrayInputStream(gzip.body())).readAllBytes(),
                StandardCharsets.UTF_8);
        assertThat(html).contains("Đảng ủy Khối Cơ quan và Doanh nghiệp tỉnh");
        assertThat(gzip.body().length).isLessThan(html.getBytes(StandardCharsets.UTF_8).length / 3);
        HttpResponse<byte[]> css = web.getBytes("/css/site.css", "Accept-Encoding", "gzip");
        assertThat(css.headers().firstValue("Content-Encoding")).hasValue("gzip");
    }

    @Test
    void staticAssetsAreCachedForAYear() {
        Document home = web.page("/");
        String css = home.select("link[rel=stylesheet]").first().attr("href");
        assertThat(css).matches("/css/site-[0-9a-f]{32}\\.css");
        assertThat(web.getBytes(css).headers().firstValue("Cache-Control")).hasValue("max-age=31536000, public");
    }

    @Test
    void faviconAndRobotsAnswerWithoutAnErrorPage() {
        HttpResponse<String> favicon = web.get("/favicon.ico");
        assertThat(favicon.statusCode()).isEqualTo(301);
        assertThat(favicon.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/img/logo.svg"));
        assertThat(web.getBytes("/img/logo.svg").statusCode()).isEqualTo(200);
        assertThat(web.get("/robots.txt").body()).startsWith("User-agent: *\nDisallow: /api/\n");
    }

    @Test
    void publishingAnArticleShowsOnTheCachedHomePageAtOnce() {
        web.page("/");
        desk.createAs(Actor.system(), new NewArticle(ArticleKind.ARTICLE, categories.bySlug("tin-hoat-dong")
                .orElseThrow().id(), "Hội nghị sơ kết công tác quý II", null, "Tóm tắt", "<p>Nội dung</p>", null,
                "Ngọc Ánh", false, null), ArticleStatus.PUBLISHED, clock.instant());
        assertThat(web.page("/").select(".featured-list .card-title, .news-list .card-title").eachText())
                .contains("Hội nghị sơ kết công tác quý II");
    }

    @Test
    void scheduledArticleStaysHiddenUntilItsTime() {
        long id = desk.createAs(Actor.system(), new NewArticle(ArticleKind.ARTICLE, categories.bySlug("tin-hoat-dong")
                .orElseThrow().id(), "Thông báo lịch tiếp công dân", null, null, "<p>Nội dung</p>", null, null,
                false, null), ArticleStatus.PUBLISHED, clock.instant().plus(Duration.ofHours(1)));
        String path = "/tin-tuc/thong-bao-lich-tiep-cong-dan-" + id;
        assertThat(web.get(path).statusCode()).isEqualTo(404);
        clock.advance(Duration.ofHours(1));
        assertThat(web.page(path).select("h1").text()).isEqualTo("Thông báo lịch tiếp công dân");
    }

    @Test
    void statisticsOnACachedPageAreAtMostFiveSecondsOld() {
        long before = Long.parseLong(web.page("/").select(".stats-widget dd").get(2).text().replace(".", ""));
        web.get("/trang/lien-he", "User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101"
                + " Firefox/133.0");
        clock.advance(Duration.ofSeconds(4));
        assertThat(web.page("/").select(".stats-widget dd").get(2).text()).as("still the cached copy")
                .isEqualTo(Long.toString(before));
        clock.advance(Duration.ofSeconds(1));
        assertThat(web.page("/").select(".stats-widget dd").get(2).text()).as("rendered again")
                .isEqualTo(Long.toString(before + 1));
    }

    private String referenceUrl() {
        return web.page("/").select(".lead-title a").attr("href");
    }
}
