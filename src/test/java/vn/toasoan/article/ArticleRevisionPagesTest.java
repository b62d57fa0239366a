package vn.toasoan.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import vn.toasoan.account.Accounts;
import vn.toasoan.account.Actor;
import vn.toasoan.account.Role;
import vn.toasoan.category.Categories;
import vn.toasoan.category.CategoryChange;
import vn.toasoan.testsupport.FixedClockConfiguration;
import vn.toasoan.testsupport.HtmlValidator;
import vn.toasoan.testsupport.MutableClock;
import vn.toasoan.testsupport.NewsroomClient;
import vn.toasoan.testsupport.WebClient;

/** Revisions, their diff and restore, the preview, tags and extra categories, over real HTTP. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.application.name=article-admin-pages-test", "toasoan.articles.schedule-check=1h"})
@Import(FixedClockConfiguration.class)
class ArticleRevisionPagesTest {

    @LocalServerPort
    int port;

    @Autowired
    ArticleDesk desk;

    @Autowired
    Articles articles;

    @Autowired
    Accounts accounts;

    @Autowired
    Categories categories;

    @Autowired
    MutableClock clock;

    static ArticleStaff.Account author;
    static ArticleStaff.Account editor;
    static long category;
    static long otherCategory;
    static String otherCategorySlug;

    @BeforeEach
    void setUp() {
        clock.set(FixedClockConfiguration.START);
        if (author == null || accounts.find(author.actor().id()).isEmpty()) {
            author = ArticleStaff.create(accounts, "pv-lich-su", "Nguyễn Thị Ánh", "Ngọc Ánh", Role.AUTHOR);
            editor = ArticleStaff.create(accounts, "btv-lich-su", "Lê Thu Hà", "Thu Hà", Role.EDITOR);
            category = categories.create(Actor.system(), new CategoryChange("Xây dựng Đảng", "cm-" + UUID.randomUUID(),
                    null, null, true));
            otherCategorySlug = "cm-phu-" + UUID.randomUUID();
            otherCategory = categories.create(Actor.system(), new CategoryChange("Chuyển đổi số", otherCategorySlug,
                    null, null, false));
        }
    }

    private NewsroomClient as(ArticleStaff.Account account) {
        return new NewsroomClient(port).loggedInAs(account.username(), ArticleStaff.PASSWORD);
    }

    private long draft(String title, String body) {
        return desk.create(author.actor(), new NewArticle(ArticleKind.ARTICLE, category, title, null, "Sa-pô đầu",
                body, null, null, false, null, List.of(), List.of()));
    }

    @Test
    void theRevisionsPageListsWhoSavedWhatAndWhenInTheSiteZone() {
        long id = draft("Lịch sử sửa", "<p>Bản đầu.</p>");
        desk.save(author.actor(), id, 0, new NewArticle(ArticleKind.ARTICLE, category, "Lịch sử sửa lần hai", null,
                "Sa-pô đầu", "<p>Bản hai.</p>", null, null, false, null), "Sửa tít");
        Document page = as(author).page("/quan-tri/bai-viet/" + id + "/phien-ban");
        assertThat(page.select(".nr-revisions tbody tr")).hasSize(2);
        assertThat(page.select(".nr-revisions tbody tr").first().select("td").eachText()).containsExactly(
                "Phiên bản 2", "Nguyễn Thị Ánh", "07/05/2026 10:00", "Sửa tít", "Lịch sử sửa lần hai");
    }

    @Test
    void aRevisionShowsAWordDiffAgainstTheCurrentVersionAndCanBeRestored() {
        long id = draft("Hội nghị tổ soạn thảo", "<p>Đồng chí Bí thư phát biểu.</p><p>Kết luận.</p>");
        desk.save(editor.actor(), id, 0, new NewArticle(ArticleKind.ARTICLE, category, "Hội nghị tổ biên tập",
                null, "Sa-pô đầu", "<p>Đồng chí Phó Bí thư phát biểu.</p><p>Kết luận.</p>", null, "Thu Hà", false,
                null), null);
        NewsroomClient client = as(editor);
        String path = "/quan-tri/bai-viet/" + id + "/phien-ban/1";
        Document diff = client.page(path);
        assertThat(diff.select(".nr-diff dd").first().select("del").eachText()).containsExactly("soạn thảo");
        assertThat(diff.select(".nr-diff dd").first().select("ins").eachText()).containsExactly("biên tập");
        assertThat(diff.select(".nr-diff-block ins").eachText()).containsExactly("Phó");
        assertThat(diff.select(".nr-diff dt").eachText()).containsExactly("Tiêu đề", "Bút danh", "Nội dung");
        Document againstPrevious = client.page("/quan-tri/bai-viet/" + id + "/phien-ban/2?so-voi=truoc");
        assertThat(againstPrevious.select(".nr-diff-block ins").eachText()).containsExactly("Phó");

        HttpResponse<String> restored = client.post(path + "/khoi-phuc", List.of(
                Map.entry("_csrf", NewsroomClient.csrf(diff)),
                Map.entry("version", diff.select("form input[name=version]").val())));
        assertThat(restored.headers().firstValue("Location").orElseThrow()).endsWith("/quan-tri/bai-viet/" + id);
        Article now = articles.stored(id).orElseThrow();
        assertThat(now.title()).isEqualTo("Hội nghị tổ soạn thảo");
        assertThat(now.bodyHtml()).isEqualTo("<p>Đồng chí Bí thư phát biểu.</p><p>Kết luận.</p>");
        assertThat(client.page("/quan-tri/bai-viet/" + id).select(".nr-notice").text())
                .isEqualTo("Đã khôi phục phiên bản 1 thành bản mới nhất.");
        assertThat(desk.revisions(editor.actor(), id)).hasSize(3);
    }

    @Test
    void thePreviewIsThePublicArticleMarkedNeverCachedAndNotIndexed() {
        long id = draft("Xem trước bài", "<p>Nội dung <strong>xem trước</strong>.</p><figure class=\"image\">"
                + "<img src=\"/img/logo.svg\" alt=\"Biểu trưng\"><figcaption>Chú thích ảnh</figcaption></figure>");
        desk.save(author.actor(), id, 0, new NewArticle(ArticleKind.ARTICLE, category, "Xem trước bài", null,
                "Sa-pô đầu", articles.stored(id).orElseThrow().bodyHtml(), null, null, false, null, List.of(),
                List.of("Chuyển đổi số", "Hội nghị")), null);
        NewsroomClient client = as(author);
        HttpResponse<String> response = client.get("/quan-tri/bai-viet/" + id + "/xem-truoc");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Cache-Control").orElse("")).contains("no-store");
        Document preview = Jsoup.parse(response.body());
        assertThat(preview.select(".preview-notice").text()).startsWith("Bản xem trước");
        assertThat(preview.select("meta[name=robots]").attr("content")).isEqualTo("noindex, nofollow");
        assertThat(preview.select("script[src*=visit-beacon]")).isEmpty();
        assertThat(HtmlValidator.get().errors(response.body())).isEmpty();
        assertThat(articles.stored(id).orElseThrow().viewCount()).isZero();

        desk.publish(editor.actor(), id, 1, null);
        Article published = articles.stored(id).orElseThrow();
        Document publicPage = new WebClient(port).page(published.url());
        Document previewAgain = client.page("/quan-tri/bai-viet/" + id + "/xem-truoc");
        // The same article element, but for the view the reader's visit just added to the counter.
        previewAgain.select("article .views").remove();
        publicPage.select("article .views").remove();
        assertThat(previewAgain.select("article").outerHtml()).isEqualTo(publicPage.select("article").outerHtml());
        assertThat(previewAgain.select(".article-body").html()).isEqualTo(publicPage.select(".article-body").html())
                .contains("<figcaption>Chú thích ảnh</figcaption>");
        assertThat(publicPage.select(".article-tags a").eachAttr("href"))
                .containsExactly("/the/chuyen-doi-so", "/the/hoi-nghi");
        assertThat(publicPage.select("meta[name=robots]")).isEmpty();
        assertThat(publicPage.select(".preview-notice")).isEmpty();
    }

    @Test
    void anotherAuthorCannotPreviewOrReadTheHistory() {
        long id = draft("Riêng của Ánh", "<p>x</p>");
        ArticleStaff.Account other = ArticleStaff.create(accounts, "pv-la", "Người lạ", null, Role.AUTHOR);
        NewsroomClient client = as(other);
        for (String path : List.of("/xem-truoc", "/phien-ban", "/phien-ban/1")) {
            assertThat(client.get("/quan-tri/bai-viet/" + id + path).statusCode()).as(path).isEqualTo(403);
        }
    }

    @Test
    void tagsAndExtraCategoriesComeFromTheFormAndShowOnThePublicPages() {
        NewsroomClient client = as(editor);
        String unique = UUID.randomUUID().toString().substring(0, 6);
        HttpResponse<String> created = EditorForm.open(client, "/quan-tri/bai-viet/moi")
                .set("title", "Bài có thẻ " + unique).set("categoryId", Long.toString(category))
                .set("extraCategoryIds", Long.toString(otherCategory))
                .set("tags", "Chuyển đổi số, Hội nghị " + unique + "; chuyen doi so").press("luu");
        assertThat(created.statusCode()).isEqualTo(302);
        String location = java.net.URI.create(created.headers().firstValue("Location").orElseThrow()).getPath();
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        Document editorPage = client.page(location);
        assertThat(editorPage.select("#tags").val()).isEqualTo("Chuyển đổi số, Hội nghị " + unique);
        assertThat(editorPage.select("#cm-phu-" + otherCategory).hasAttr("checked")).isTrue();
        assertThat(EditorForm.of(client, editorPage).press("dang").statusCode()).isEqualTo(302);

        WebClient reader = new WebClient(port);
        Document tagPage = reader.page("/the/hoi-nghi-" + unique);
        assertThat(tagPage.select("h1").text()).isEqualTo("Thẻ: Hội nghị " + unique);
        assertThat(tagPage.select(".news-list a").eachText()).contains("Bài có thẻ " + unique);
        assertThat(HtmlValidator.get().errors(reader.get("/the/hoi-nghi-" + unique).body())).isEmpty();
        assertThat(reader.get("/the/khong-co-the-nay").statusCode()).isEqualTo(404);
        Document extraCategory = reader.page("/chuyen-muc/" + otherCategorySlug);
        assertThat(extraCategory.select(".news-list a").eachText()).contains("Bài có thẻ " + unique);
        // Past the last page, and page numbers as large as an int or larger: not found, as any page past the end.
        for (String page : List.of("2", "999999", "2147483647", "99999999999")) {
            assertThat(reader.get("/chuyen-muc/" + otherCategorySlug + "?trang=" + page).statusCode()).as(page)
                    .isEqualTo(404);
            assertThat(reader.get("/the/hoi-nghi-" + unique + "?trang=" + page).statusCode()).as(page)
                    .isEqualTo(404);
        }

        // Saving through the form without the tag field keeps nothing it did not show: the field is there, empty.
        assertThat(EditorForm.open(client, location).set("tags", "").set("extraCategoryIds").press("luu")
                .statusCode()).isEqualTo(302);
        assertThat(desk.tags(id)).isEmpty();
        assertThat(desk.extraCategories(id)).isEmpty();
    }

    @Test
    void theRevisionPagesAreValidHtml() {
        long id = draft("Trang lịch sử hợp lệ", "<p>Một.</p>");
        desk.save(author.actor(), id, 0, new NewArticle(ArticleKind.ARTICLE, category, "Trang lịch sử hợp lệ (2)",
                null, "Sa-pô khác", "<p>Hai.</p><ul><li>ba</li></ul>", null, null, true, null, List.of(otherCategory),
                List.of("Thẻ thử")), "ghi chú");
        NewsroomClient client = as(author);
        for (String path : List.of("/phien-ban", "/phien-ban/1", "/phien-ban/2?so-voi=truoc", "/phien-ban/1?so-voi=truoc")) {
            String html = client.get("/quan-tri/bai-viet/" + id + path).body();
            assertThat(HtmlValidator.get().errors(html)).as(path).isEmpty();
            assertThat(Jsoup.parse(html).select("h1")).as(path).hasSize(1);
        }
    }
}
