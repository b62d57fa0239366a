package vn.toasoan.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationInitializer;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.toasoan.account.Accounts;
import vn.toasoan.account.Actor;
import vn.toasoan.account.AuditLog;
import vn.toasoan.account.NewAccount;
import vn.toasoan.account.Role;
import vn.toasoan.article.ArticleDesk;
import vn.toasoan.article.ArticleKind;
import vn.toasoan.article.ArticleSummary;
import vn.toasoan.article.Articles;
import vn.toasoan.article.NewArticle;
import vn.toasoan.category.Categories;
import vn.toasoan.testsupport.FixedClockConfiguration;
import vn.toasoan.testsupport.HtmlValidator;
import vn.toasoan.testsupport.MutableClock;
import vn.toasoan.testsupport.NewsroomClient;
import vn.toasoan.testsupport.WebClient;
import vn.toasoan.text.VietnameseNumbers;

/**
 * The dashboard over real HTTP, per role: the server-drawn chart of seeded {@code visit_day} rows (today 7 May 2026
 * in the site zone), the figures, the queues, the most-read articles and the activity. Its own context: it counts.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.application.name=dashboard-test", "toasoan.account.admin-password=quan-tri-bang-dieu-khien"})
@Import({FixedClockConfiguration.class, DashboardTest.SeededVisits.class})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DashboardTest {

    /** For the tests that move the clock far ahead: visitors then drop out of "online". */
    static final int LAST = Integer.MAX_VALUE;

    static final String PASSWORD = "mat-khau-bang-dieu-khien";
    /** Seeded before the visit store loads its figures, as a database that has been counting for a while. */
    static final Map<LocalDate, Long> SEEDED = Map.of(
            LocalDate.parse("2026-04-07"), 999L, // the day before the chart: in the total only
            LocalDate.parse("2026-04-08"), 10L,
            LocalDate.parse("2026-04-20"), 40L,
            LocalDate.parse("2026-05-01"), 80L,
            LocalDate.parse("2026-05-05"), 20L,
            LocalDate.parse("2026-05-06"), 30L);

    @TestConfiguration(proxyBeanMethods = false)
    static class SeededVisits {

        /** After the migrations, before the statistics start (lifecycle beans start after every singleton). */
        @Bean
        InitializingBean seededVisitDays(FlywayMigrationInitializer migrated, JdbcClient jdbc) {
            return () -> SEEDED.forEach((day, visits) -> jdbc
                    .sql("INSERT INTO visit_day (visit_date, visits) VALUES (:day, :visits)")
                    .param("day", day).param("visits", visits).update());
        }
    }

    @LocalServerPort
    int port;

    @Autowired
    Accounts accounts;

    @Autowired
    Articles articles;

    @Autowired
    ArticleDesk desk;

    @Autowired
    Categories categories;

    @Autowired
    AuditLog audit;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MutableClock clock;

    long authorId;
    long otherAuthorId;
    long editorId;
    long olderSubmitted;
    long newerSubmitted;
    long draft;
    long returned;
    long othersDraft;

    @BeforeAll
    void seed() {
        clock.set(FixedClockConfiguration.START);
        authorId = accounts.create(Actor.system(), new NewAccount("ngoc-anh", "Ngọc Ánh", "Ngọc Ánh", null,
                Role.AUTHOR, PASSWORD));
        otherAuthorId = accounts.create(Actor.system(), new NewAccount("minh-chau", "Minh Châu", null, null,
                Role.AUTHOR, PASSWORD));
        editorId = accounts.create(Actor.system(), new NewAccount("bien-tap", "Trần Biên Tập", null, null,
                Role.EDITOR, PASSWORD));
        olderSubmitted = article("Bài gửi trước", "SUBMITTED", authorId, "2026-05-05T01:00:00Z", null);
        newerSubmitted = article("Bài gửi sau", "SUBMITTED", otherAuthorId, "2026-05-06T01:00:00Z", null);
        draft = article("Bản nháp của Ngọc Ánh", "DRAFT", authorId, "2026-05-06T02:00:00Z", null);
        returned = article("Bài bị trả lại", "RETURNED", authorId, "2026-05-07T01:00:00Z", "Thiếu nguồn <ảnh>");
        othersDraft = article("Bản nháp của Minh Châu", "DRAFT", otherAuthorId, "2026-05-07T02:00:00Z", null);
        Actor author = accounts.find(authorId).orElseThrow().actor();
        Actor editor = accounts.find(editorId).orElseThrow().actor();
        audit.record(author, "article.submit", "article", olderSubmitted, "Bài gửi trước");
        audit.record(editor, "article.return", "article", returned, "Thiếu nguồn <script>alert(1)</script>");
        // Three readers today, each a visit; staff pages never count.
        WebClient web = new WebClient(port);
        for (int i = 1; i <= 3; i++) {
            assertThat(web.get("/", "User-Agent", WebClient.CHROME + " doc-gia-" + i).statusCode()).isEqualTo(200);
        }
    }

    private long article(String title, String status, long author, String updatedAt, String reason) {
        long category = categories.all().get(0).id();
        long id = desk.create(Actor.system(), new NewArticle(ArticleKind.ARTICLE, category, title, null, null,
                "<p>Nội dung</p>", null, null, false, null));
        jdbc.sql("""
                UPDATE article SET status = :status, author_id = :author, return_reason = :reason,
                                   updated_at = :updatedAt WHERE id = :id""")
                .param("status", status).param("author", author).param("reason", reason)
                .param("updatedAt", java.time.Instant.parse(updatedAt).atOffset(java.time.ZoneOffset.UTC))
                .param("id", id).update();
        return id;
    }

    @BeforeEach
    void setUp() {
        clock.set(FixedClockConfiguration.START);
    }

    private NewsroomClient admin() {
        return new NewsroomClient(port).loggedInAs("admin", "quan-tri-bang-dieu-khien");
    }

    @Test
    void theChartHasThirtyBarsScaledToTheBusiestDay() {
        Document page = admin().page("/quan-tri");
        Element svg = page.selectFirst("svg[role=img]");
        assertThat(svg).isNotNull();
        Elements bars = svg.select("rect.nr-chart-bar");
        assertThat(bars).hasSize(30);
        // 8 April (first bar) to 7 May (last): 80 visits on 1 May are the full 200 units.
        assertThat(bars.get(0).attr("height")).isEqualTo("25.0");
        assertThat(bars.get(0).attr("x")).isEqualTo("53.0");
        assertThat(bars.get(0).attr("y")).isEqualTo("195.0");
        assertThat(bars.get(12).attr("height")).isEqualTo("100.0"); // 20 April: 40
        assertThat(bars.get(23).attr("height")).isEqualTo("200.0"); // 1 May: 80
        assertThat(bars.get(23).attr("y")).isEqualTo("20.0");
        assertThat(bars.get(23).hasClass("nr-chart-busiest")).isTrue();
        assertThat(bars.get(27).attr("height")).isEqualTo("50.0"); // 5 May: 20
        assertThat(bars.get(28).attr("height")).isEqualTo("75.0"); // 6 May: 30
        assertThat(bars.get(29).attr("height")).isEqualTo("7.5"); // today: the three readers
        assertThat(bars.get(1).attr("height")).isEqualTo("0.0"); // a day without a row
        assertThat(bars.select("title").eachText()).contains("01/05/2026: 80 lượt truy cập",
                "09/04/2026: 0 lượt truy cập", "07/05/2026: 3 lượt truy cập");
        assertThat(svg.select("text.nr-chart-date").eachText())
                .containsExactly("12/04", "17/04", "22/04", "27/04", "02/05", "07/05");
        assertThat(svg.select("text.nr-chart-max").eachText()).containsExactly("80");
        assertThat(svg.select("text.nr-chart-value-label").eachText()).containsExactly("0", "80");
        String summary = "Lượt truy cập từng ngày, 08/04/2026 – 07/05/2026: tổng 183; cao nhất 80 vào 01/05/2026;"
                + " hôm nay 3.";
        assertThat(svg.selectFirst("title#bieu-do-ten").text()).isEqualTo(summary);
        assertThat(svg.attr("aria-labelledby")).isEqualTo("bieu-do-ten");
    }

    @Test
    void theDataTableHasTheExactFigures() {
        Elements rows = admin().page("/quan-tri").select("details.nr-chart-data tbody tr");
        assertThat(rows).hasSize(30);
        assertThat(rows.get(0).select("td").eachText()).containsExactly("08/04/2026", "10");
        assertThat(rows.get(1).select("td").eachText()).containsExactly("09/04/2026", "0");
        assertThat(rows.get(23).select("td").eachText()).containsExactly("01/05/2026", "80");
        assertThat(rows.get(28).select("td").eachText()).containsExactly("06/05/2026", "30");
        assertThat(rows.get(29).select("td").eachText()).containsExactly("07/05/2026", "3");
    }

    @Test
    void theCardsAgreeWithTheChart() {
        Document page = admin().page("/quan-tri");
        assertThat(page.select(".nr-stat-today .nr-figure").text()).isEqualTo("3");
        assertThat(page.select(".nr-stat-yesterday .nr-figure").text()).isEqualTo("30");
        assertThat(page.select(".nr-stat-online .nr-figure").text()).isEqualTo("3");
        assertThat(page.select(".nr-stat-total .nr-figure").text()).isEqualTo("1.182");
    }

    /** Moves the clock hours ahead, so the readers are no longer online: after the tests that count them. */
    @Test
    @Order(LAST)
    void daysFollowTheSiteTimeZone() {
        // 17:30 UTC on 7 May is already 00:30 on 8 May in Hà Nội: a new day, still without visits.
        clock.set(java.time.Instant.parse("2026-05-07T17:30:00Z"));
        Document page = admin().page("/quan-tri");
        Elements rows = page.select("details.nr-chart-data tbody tr");
        assertThat(rows.get(0).select("td").eachText()).containsExactly("09/04/2026", "0");
        assertThat(rows.get(28).select("td").eachText()).containsExactly("07/05/2026", "3");
        assertThat(rows.get(29).select("td").eachText()).containsExactly("08/05/2026", "0");
        assertThat(page.select(".nr-stat-yesterday .nr-figure").text()).isEqualTo("3");
        assertThat(page.select("svg rect.nr-chart-bar").get(0).attr("height")).isEqualTo("0.0");
    }

    @Test
    void editorsSeeTheReviewQueueOldestFirst() {
        Document page = new NewsroomClient(port).loggedInAs("bien-tap", PASSWORD).page("/quan-tri");
        assertThat(page.select("#hang-doi").text()).isEqualTo("Bài chờ duyệt (2)");
        Elements rows = page.select(".nr-queue tbody tr");
        assertThat(rows.select("td:first-child > a").eachText()).containsExactly("Bài gửi trước", "Bài gửi sau");
        assertThat(rows.get(0).select("a").attr("href")).isEqualTo("/quan-tri/bai-viet/" + olderSubmitted);
        assertThat(rows.get(0).select("td").get(2).text()).isEqualTo("Ngọc Ánh");
        assertThat(rows.get(1).select("td").get(2).text()).isEqualTo("Minh Châu");
        assertThat(rows.get(0).select(".nr-badge").text()).isEqualTo("Chờ duyệt");
    }

    @Test
    void authorsSeeTheirOwnDraftsAndReturnedArticlesInstead() {
        Document page = new NewsroomClient(port).loggedInAs("ngoc-anh", PASSWORD).page("/quan-tri");
        assertThat(page.select("#hang-doi").text()).isEqualTo("Bài viết của tôi đang làm (2)");
        Elements rows = page.select(".nr-queue tbody tr");
        assertThat(rows.select("td:first-child > a").eachText())
                .containsExactly("Bài bị trả lại", "Bản nháp của Ngọc Ánh");
        assertThat(rows.get(0).select(".nr-return-reason").text()).isEqualTo("Lý do trả lại: Thiếu nguồn <ảnh>");
        assertThat(page.select(".nr-queue").text()).doesNotContain("Bài gửi trước", "Bản nháp của Minh Châu");
    }

    @Test
    void editorsSeeEverybodysActivityAuthorsOnlyTheirOwn() {
        Document editorPage = new NewsroomClient(port).loggedInAs("bien-tap", PASSWORD).page("/quan-tri");
        List<String> everybody = editorPage.select(".nr-activity li").eachText();
        assertThat(everybody).hasSizeLessThanOrEqualTo(15);
        assertThat(everybody).anySatisfy(line -> assertThat(line).contains("Ngọc Ánh: Gửi duyệt bài viết — Bài gửi trước"));
        assertThat(everybody).anySatisfy(line -> assertThat(line)
                .contains("Trần Biên Tập: Trả lại bài viết — Thiếu nguồn <script>alert(1)</script>"));
        assertThat(editorPage.select(".nr-activity a").eachAttr("href"))
                .contains("/quan-tri/bai-viet/" + olderSubmitted, "/quan-tri/bai-viet/" + returned);
        assertThat(editorPage.select(".nr-activity script")).isEmpty();
        // Logins name an account, whose page is for administrators: editors get the line without the link.
        assertThat(editorPage.select(".nr-activity a[href^=/quan-tri/nguoi-dung]")).isEmpty();
        assertThat(admin().page("/quan-tri").select(".nr-activity a[href^=/quan-tri/nguoi-dung]")).isNotEmpty();

        Document authorPage = new NewsroomClient(port).loggedInAs("ngoc-anh", PASSWORD).page("/quan-tri");
        assertThat(authorPage.select("#hoat-dong").text()).isEqualTo("Hoạt động gần đây của tôi");
        List<String> own = authorPage.select(".nr-activity li").eachText();
        assertThat(own).isNotEmpty().allSatisfy(line -> assertThat(line).contains("Ngọc Ánh:"));
        assertThat(own).anySatisfy(line -> assertThat(line).contains("Gửi duyệt bài viết — Bài gửi trước"));
        assertThat(String.join("\n", own)).doesNotContain("Trần Biên Tập", "Quản trị");
    }

    @Test
    void theMostReadArticlesLinkToThePublicPageAndTheEditor() {
        List<ArticleSummary> published = articles.latest(12);
        for (int i = 0; i < published.size(); i++) {
            jdbc.sql("INSERT INTO article_view_count (article_id, views) VALUES (:id, :views)").param("views", 1000 + i)
                    .param("id", published.get(i).id()).update();
        }
        ArticleSummary top = published.get(published.size() - 1);
        Document page = admin().page("/quan-tri");
        Elements items = page.select(".nr-most-read li");
        assertThat(items).hasSize(10);
        assertThat(items.get(0).select("a").get(0).attr("href")).isEqualTo(top.url());
        assertThat(items.get(0).select("a").get(0).text()).isEqualTo(top.title());
        assertThat(items.get(0).select("a.nr-edit-link").attr("href")).isEqualTo("/quan-tri/bai-viet/" + top.id());
        assertThat(items.get(0).text()).contains(VietnameseNumbers.grouped(1000 + published.size() - 1) + " lượt xem");

        Document authorPage = new NewsroomClient(port).loggedInAs("ngoc-anh", PASSWORD).page("/quan-tri");
        assertThat(authorPage.select(".nr-most-read li")).hasSize(10);
        assertThat(authorPage.select(".nr-most-read a.nr-edit-link")).isEmpty();
    }

    @Test
    void theDashboardIsValidHtmlWithItsSvgForEveryRole() {
        for (NewsroomClient client : List.of(admin(), new NewsroomClient(port).loggedInAs("bien-tap", PASSWORD),
                new NewsroomClient(port).loggedInAs("ngoc-anh", PASSWORD))) {
            String html = client.get("/quan-tri").body();
            assertThat(HtmlValidator.get().errors(html)).isEmpty();
            assertThat(html).doesNotContain("<script>alert");
        }
    }

    @Test
    @Order(LAST)
    void anEmptyMonthDrawsNoBusiestDay() {
        clock.advance(Duration.ofDays(120));
        Document page = admin().page("/quan-tri");
        assertThat(page.select("svg rect.nr-chart-bar")).hasSize(30)
                .allSatisfy(bar -> assertThat(bar.attr("height")).isEqualTo("0.0"));
        assertThat(page.select("svg text.nr-chart-max")).isEmpty();
        assertThat(page.selectFirst("title#bieu-do-ten").text()).endsWith("chưa có lượt truy cập nào.");
    }
}
