package vn.toasoan.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.json.JsonMapper;

import vn.toasoan.account.Accounts;
import vn.toasoan.account.Actor;
import vn.toasoan.account.AuditLog;
import vn.toasoan.account.Role;
import vn.toasoan.category.Categories;
import vn.toasoan.category.CategoryChange;
import vn.toasoan.settings.SiteSettings;
import vn.toasoan.testsupport.FixedClockConfiguration;
import vn.toasoan.testsupport.HtmlValidator;
import vn.toasoan.testsupport.MutableClock;
import vn.toasoan.testsupport.NewsroomClient;
import vn.toasoan.testsupport.SiteZones;
import vn.toasoan.testsupport.WebClient;

/** The newsroom's article pages over real HTTP, as a browser without JavaScript uses them. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.application.name=article-admin-pages-test", "toasoan.articles.schedule-check=1h"})
@Import(FixedClockConfiguration.class)
class ArticleAdminPagesTest {

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
    AuditLog audit;

    @Autowired
    MutableClock clock;

    @Autowired
    ScheduledPublications scheduled;

    @Autowired
    SiteSettings settings;

    static ArticleStaff.Account author;
    static ArticleStaff.Account otherAuthor;
    static ArticleStaff.Account editor;
    static ArticleStaff.Account secondEditor;
    static long category;

    @BeforeEach
    void setUp() {
        clock.set(FixedClockConfiguration.START);
        if (author == null || accounts.find(author.actor().id()).isEmpty()) {
            author = ArticleStaff.create(accounts, "pv", "Nguyễn Thị Ánh", "Ngọc Ánh", Role.AUTHOR);
            otherAuthor = ArticleStaff.create(accounts, "pv-khac", "Trần Văn Bình", null, Role.AUTHOR);
            editor = ArticleStaff.create(accounts, "btv", "Lê Thu Hà", "Thu Hà", Role.EDITOR);
            secondEditor = ArticleStaff.create(accounts, "btv-hai", "Đỗ Hương", null, Role.EDITOR);
            category = categories.create(Actor.system(), new CategoryChange("Tin hoạt động", "cm-" + UUID.randomUUID(),
                    null, null, true));
        }
    }

    private NewsroomClient as(ArticleStaff.Account account) {
        return new NewsroomClient(port).loggedInAs(account.username(), ArticleStaff.PASSWORD);
    }

    private static long idFrom(HttpResponse<String> redirect) {
        assertThat(redirect.statusCode()).as(redirect.body()).isEqualTo(302);
        String location = redirect.headers().firstValue("Location").orElseThrow();
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    private long writeDraft(NewsroomClient client, String title) {
        return idFrom(EditorForm.open(client, "/quan-tri/bai-viet/moi").set("title", title)
                .set("sapo", "Sa-pô của " + title).set("bodyHtml", "<p>Nội dung của " + title + ".</p>")
                .set("categoryId", Long.toString(category)).press("luu"));
    }

    // ---- Creating ---------------------------------------------------------------------------------------------

    @Test
    void theEditorsOwnStylesheetIsNamedByItsContentSoAChangeIsNeverServedStale() {
        Document form = as(author).page("/quan-tri/bai-viet/moi");
        String stylesheet = form.select("#bodyHtml").attr("data-content-css");

        assertThat(stylesheet).matches("/css/article-editor-content-[0-9a-f]{32}\\.css");
        // The editor's script asks these addresses for the images and files it offers.
        assertThat(form.select("#bodyHtml").attr("data-image-list")).isEqualTo("/quan-tri/bai-viet/anh.json");
        assertThat(form.select("#bodyHtml").attr("data-media-list")).isEqualTo("/quan-tri/thu-vien.json");
        HttpResponse<String> served = new WebClient(port).get(stylesheet);
        assertThat(served.statusCode()).isEqualTo(200);
        assertThat(served.headers().firstValue("Cache-Control")).hasValue("max-age=31536000, public");
    }

    @Test
    void processCreationFormWithoutTitle() {
        NewsroomClient client = as(author);
        long before = articles.countPublished();
        HttpResponse<String> response = EditorForm.open(client, "/quan-tri/bai-viet/moi").set("title", "  ")
                .set("sapo", "Sa-pô gõ dở").set("bodyHtml", "<p>Đoạn văn đã gõ, không được mất.</p>")
                .set("categoryId", Long.toString(category)).press("luu");
        assertThat(response.statusCode()).isEqualTo(400);
        Document page = Jsoup.parse(response.body());
        assertThat(page.select("#title-loi").text()).isEqualTo("Nhập tiêu đề.");
        assertThat(page.select("#sapo").text()).isEqualTo("Sa-pô gõ dở");
        assertThat(page.select("#bodyHtml").first().wholeText()).isEqualTo("<p>Đoạn văn đã gõ, không được mất.</p>");
        assertThat(page.select("#categoryId option[selected]").val()).isEqualTo(Long.toString(category));
        assertThat(articles.countPublished()).isEqualTo(before);
    }

    @Test
    void processCreationFormSavesADraftWithThePenNameAndOpensTheEditor() {
        NewsroomClient client = as(author);
        HttpResponse<String> response = EditorForm.open(client, "/quan-tri/bai-viet/moi")
                .set("title", "Hội nghị sơ kết quý I").set("categoryId", Long.toString(category))
                .set("bodyHtml", "<p onclick=\"alert(1)\">Nội dung</p><script>alert(2)</script>").press("luu");
        long id = idFrom(response);
        Document editorPage = client.page("/quan-tri/bai-viet/" + id);
        assertThat(editorPage.select(".nr-notice").text()).isEqualTo("Đã lưu bản nháp.");
        assertThat(editorPage.select("#byline").val()).isEqualTo("Ngọc Ánh");
        assertThat(editorPage.select("#slug").val()).isEqualTo("hoi-nghi-so-ket-quy-i");
        assertThat(editorPage.select("#slug-url").text()).isEqualTo("Địa chỉ công khai: /tin-tuc/hoi-nghi-so-ket-quy-i-" + id);
        assertThat(editorPage.select("#bodyHtml").first().wholeText()).isEqualTo("<p>Nội dung</p>");
        assertThat(editorPage.select(".nr-article-meta .nr-badge").first().text()).isEqualTo("Bản nháp");
        assertThat(editorPage.select("button[name=hanh-dong]").eachAttr("value"))
                .containsExactly("luu", "gui", "xoa");
    }

    // ---- The workflow through the forms -----------------------------------------------------------------------

    @Test
    void anArticleGoesFromDraftThroughReturnToPublishedAndOffTheSiteAgain() {
        NewsroomClient authorClient = as(author);
        NewsroomClient editorClient = as(editor);
        String title = "Bài qua quy trình " + UUID.randomUUID().toString().substring(0, 6);
        long id = writeDraft(authorClient, title);
        String editorPath = "/quan-tri/bai-viet/" + id;

        assertThat(EditorForm.open(authorClient, editorPath).press("gui").statusCode()).isEqualTo(302);
        assertThat(status(id)).isEqualTo(ArticleStatus.SUBMITTED);
        assertThat(authorClient.page(editorPath).select("button[name=hanh-dong]")).isEmpty();

        // The editor returns it without a reason first: refused, nothing changes.
        HttpResponse<String> noReason = EditorForm.open(editorClient, editorPath).press("tra-lai");
        assertThat(noReason.statusCode()).isEqualTo(400);
        assertThat(Jsoup.parse(noReason.body()).select("#reason-loi").text())
                .isEqualTo("Nhập lý do trả lại để phóng viên biết cần sửa gì.");
        assertThat(status(id)).isEqualTo(ArticleStatus.SUBMITTED);
        assertThat(EditorForm.open(editorClient, editorPath).set("reason", "Thiếu ảnh minh họa.").press("tra-lai")
                .statusCode()).isEqualTo(302);

        Document returned = authorClient.page(editorPath);
        assertThat(returned.select(".nr-returned").text())
                .isEqualTo("Biên tập viên đã trả lại bài này. Lý do: Thiếu ảnh minh họa.");
        assertThat(EditorForm.of(authorClient, returned).set("title", title + " (đã sửa)").press("gui").statusCode())
                .isEqualTo(302);
        Article resubmitted = articles.stored(id).orElseThrow();
        assertThat(resubmitted.status()).isEqualTo(ArticleStatus.SUBMITTED);
        assertThat(resubmitted.title()).isEqualTo(title + " (đã sửa)");
        assertThat(resubmitted.returnReason()).isNull();

        // Scheduled for 08:30 tomorrow, Vietnamese time.
        HttpResponse<String> schedule = EditorForm.open(editorClient, editorPath)
                .set("publishAt", "2026-05-08T08:30").press("hen-gio");
        assertThat(schedule.statusCode()).isEqualTo(302);
        assertThat(editorClient.page(editorPath).select(".nr-notice").text())
                .isEqualTo("Đã hẹn giờ đăng lúc 2026-05-08 08:30.");
        assertThat(articles.stored(id).orElseThrow().publishedAt()).isEqualTo("2026-05-08T01:30:00Z");
        assertThat(new WebClient(port).get(resubmitted.url()).statusCode()).isEqualTo(404);
        clock.set(java.time.Instant.parse("2026-05-08T01:30:01Z"));
        scheduled.announceDue();
        assertThat(new WebClient(port).get(resubmitted.url()).statusCode()).isEqualTo(200);

        assertThat(EditorForm.open(editorClient, editorPath).press("go").statusCode()).isEqualTo(302);
        assertThat(new WebClient(port).get(resubmitted.url()).statusCode()).isEqualTo(404);
        assertThat(EditorForm.open(editorClient, editorPath).press("dang").statusCode()).isEqualTo(302);
        assertThat(new WebClient(port).get(resubmitted.url()).statusCode()).isEqualTo(200);
        assertThat(EditorForm.open(editorClient, editorPath).press("luu-tru").statusCode()).isEqualTo(302);
        assertThat(status(id)).isEqualTo(ArticleStatus.ARCHIVED);
        assertThat(EditorForm.open(editorClient, editorPath).press("mo-lai").statusCode()).isEqualTo(302);
        assertThat(status(id)).isEqualTo(ArticleStatus.DRAFT);

        HttpResponse<String> toConfirmation = EditorForm.open(editorClient, editorPath).press("xoa");
        assertThat(toConfirmation.headers().firstValue("Location").orElseThrow()).endsWith(editorPath + "/xoa");
        Document confirmation = editorClient.page(editorPath + "/xoa");
        assertThat(confirmation.select("h1").text()).isEqualTo("Xóa bài viết?");
        assertThat(articles.stored(id)).isPresent();
        HttpResponse<String> deleted = editorClient.post(editorPath + "/xoa", List.of(
                java.util.Map.entry("_csrf", NewsroomClient.csrf(confirmation)),
                java.util.Map.entry("version", confirmation.select("input[name=version]").val())));
        assertThat(deleted.headers().firstValue("Location").orElseThrow()).endsWith("/quan-tri/bai-viet");
        assertThat(articles.stored(id)).isEmpty();
        assertThat(editorClient.page("/quan-tri/bai-viet").select(".nr-notice").text())
                .isEqualTo("Đã xóa bài „" + title + " (đã sửa)”.");
    }

    @Test
    void aSchedulingTimeInThePastIsRefused() {
        long id = writeDraft(as(author), "Hẹn giờ quá khứ");
        HttpResponse<String> response = EditorForm.open(as(editor), "/quan-tri/bai-viet/" + id)
                .set("publishAt", "2026-05-07T09:00").press("hen-gio");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(Jsoup.parse(response.body()).select("#publishAt-loi").text()).startsWith("Giờ hẹn đăng đã qua");
        assertThat(status(id)).isEqualTo(ArticleStatus.DRAFT);
    }

    @Test
    void aScheduleTypedInTheFormIsReadInTheSiteZoneInForce() {
        long id = writeDraft(as(author), "Hẹn giờ theo múi giờ của trang");
        String path = "/quan-tri/bai-viet/" + id;
        SiteZones.in(settings, "UTC", () -> {
            NewsroomClient client = as(editor);
            Document form = client.page(path);
            // Now is 03:00 UTC: 09:00 is to come in UTC, though past in Hà Nội (10:00 there).
            assertThat(form.select("#publishAt").attr("min")).isEqualTo("2026-05-07T03:00");
            HttpResponse<String> response = EditorForm.of(client, form).set("publishAt", "2026-05-07T09:00")
                    .press("hen-gio");
            assertThat(response.statusCode()).as(response.body()).isEqualTo(302);
            assertThat(articles.stored(id).orElseThrow().publishedAt()).isEqualTo("2026-05-07T09:00:00Z");
            Document scheduledPage = client.page(path);
            assertThat(scheduledPage.select(".nr-notice").text()).isEqualTo("Đã hẹn giờ đăng lúc 2026-05-07 09:00.");
            assertThat(scheduledPage.select(".nr-badge-scheduled").text()).isEqualTo("Hẹn đăng 07/05/2026 09:00");
        });
        // Back in Hà Nội the same instant reads 16:00.
        assertThat(as(editor).page(path).select(".nr-badge-scheduled").text()).isEqualTo("Hẹn đăng 07/05/2026 16:00");
    }

    // ---- One transaction per button ---------------------------------------------------------------------------

    @Test
    void aRefusedWorkflowButtonSavesNothingAndTheFormCanBeSentAgain() {
        long id = writeDraft(as(author), "Trả lại mà quên lý do");
        desk.submit(author.actor(), id, 0);
        Article before = articles.stored(id).orElseThrow();
        int revisionsBefore = desk.revisions(editor.actor(), id).size();
        int auditBefore = audit.about("article", id).size();
        NewsroomClient client = as(editor);
        String path = "/quan-tri/bai-viet/" + id;

        HttpResponse<String> refused = EditorForm.open(client, path).set("title", "Tiêu đề biên tập viên sửa")
                .set("bodyHtml", "<p>Đoạn biên tập viên viết lại.</p>").press("tra-lai");

        assertThat(refused.statusCode()).isEqualTo(400);
        Document page = Jsoup.parse(refused.body(), client.base() + path);
        assertThat(page.select("#reason-loi").text()).isEqualTo("Nhập lý do trả lại để phóng viên biết cần sửa gì.");
        Article after = articles.stored(id).orElseThrow();
        assertThat(after.version()).isEqualTo(before.version());
        assertThat(after.title()).isEqualTo("Trả lại mà quên lý do");
        assertThat(after.bodyHtml()).isEqualTo(before.bodyHtml());
        assertThat(after.status()).isEqualTo(ArticleStatus.SUBMITTED);
        assertThat(after.updatedAt()).isEqualTo(before.updatedAt());
        assertThat(desk.revisions(editor.actor(), id)).hasSize(revisionsBefore);
        assertThat(audit.about("article", id)).hasSize(auditBefore);
        // The form shown again holds what was typed and the version still stored: no conflict on the next try.
        assertThat(page.select("#title").val()).isEqualTo("Tiêu đề biên tập viên sửa");
        assertThat(page.select("input[name=version]").val()).isEqualTo(Integer.toString(before.version()));

        HttpResponse<String> again = EditorForm.of(client, page).set("reason", "Cần thêm ảnh.").press("tra-lai");
        assertThat(again.statusCode()).as(again.body()).isEqualTo(302);
        Article returned = articles.stored(id).orElseThrow();
        assertThat(returned.status()).isEqualTo(ArticleStatus.RETURNED);
        assertThat(returned.title()).isEqualTo("Tiêu đề biên tập viên sửa");
        assertThat(returned.bodyHtml()).isEqualTo("<p>Đoạn biên tập viên viết lại.</p>");
        assertThat(returned.returnReason()).isEqualTo("Cần thêm ảnh.");
        assertThat(returned.version()).isEqualTo(before.version() + 2);
    }

    @Test
    void publishingAgainFromTheFormMovesThePublicationTimeToNow() {
        long id = writeDraft(as(author), "Đăng lại ngay");
        desk.publish(editor.actor(), id, 0, null);
        clock.advance(java.time.Duration.ofHours(2));
        assertThat(EditorForm.open(as(editor), "/quan-tri/bai-viet/" + id).press("dang").statusCode())
                .isEqualTo(302);
        Article republished = articles.stored(id).orElseThrow();
        assertThat(republished.publishedAt()).isEqualTo("2026-05-07T05:00:00.707227Z");
        assertThat(republished.status()).isEqualTo(ArticleStatus.PUBLISHED);
    }

    // ---- Limits on extra categories and tags ------------------------------------------------------------------

    @Test
    void atMostFiveExtraCategoriesAndTwentyTagsOfSixtyCharacters() {
        List<String> extra = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            extra.add(Long.toString(categories.create(Actor.system(), new CategoryChange("Chuyên mục phụ " + i,
                    "cm-phu-" + UUID.randomUUID(), null, null, false))));
        }
        long id = writeDraft(as(editor), "Giới hạn thẻ và chuyên mục");
        Article before = articles.stored(id).orElseThrow();
        String path = "/quan-tri/bai-viet/" + id;
        NewsroomClient client = as(editor);

        HttpResponse<String> sixCategories = EditorForm.open(client, path)
                .set("extraCategoryIds", extra.toArray(String[]::new)).press("luu");
        assertThat(sixCategories.statusCode()).isEqualTo(400);
        Document sixPage = Jsoup.parse(sixCategories.body());
        assertThat(sixPage.select("#extraCategoryIds-loi").text()).isEqualTo("Chọn tối đa 5 chuyên mục phụ (đang chọn 6).");
        assertThat(sixPage.select("input[name=extraCategoryIds][checked]")).hasSize(6);

        List<String> tags = new ArrayList<>();
        for (int i = 0; i < 21; i++) {
            tags.add("Thẻ số " + i);
        }
        HttpResponse<String> manyTags = EditorForm.open(client, path).set("tags", String.join(", ", tags))
                .press("gui");
        assertThat(manyTags.statusCode()).isEqualTo(400);
        assertThat(Jsoup.parse(manyTags.body()).select("#tags-loi").text())
                .isEqualTo("Tối đa 20 thẻ cho một bài (đang có 21).");

        String longTag = "Chuyển đổi số trong công tác " + "x".repeat(32);
        assertThat(longTag).hasSize(61);
        HttpResponse<String> tooLong = EditorForm.open(client, path).set("tags", "Hội nghị, " + longTag)
                .press("luu");
        assertThat(tooLong.statusCode()).isEqualTo(400);
        assertThat(Jsoup.parse(tooLong.body()).select("#tags-loi").text())
                .isEqualTo("Thẻ „Chuyển đổi số trong công tác x…” dài 61 ký tự: mỗi thẻ dài tối đa 60 ký tự.");

        Article unchanged = articles.stored(id).orElseThrow();
        assertThat(unchanged.version()).isEqualTo(before.version());
        assertThat(unchanged.status()).isEqualTo(ArticleStatus.DRAFT);
        assertThat(desk.tags(id)).isEmpty();
        assertThat(desk.extraCategories(id)).isEmpty();

        // The most there may be fits the revision kept with it.
        List<String> twenty = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            twenty.add(String.format("%02d", i) + " " + "đ".repeat(57));
        }
        assertThat(twenty).allMatch(tag -> tag.length() == 60);
        HttpResponse<String> most = EditorForm.open(client, path)
                .set("extraCategoryIds", extra.subList(0, 5).toArray(String[]::new))
                .set("tags", String.join(", ", twenty)).press("luu");
        assertThat(most.statusCode()).as(most.body()).isEqualTo(302);
        assertThat(desk.extraCategories(id)).hasSize(5);
        assertThat(desk.tags(id)).extracting(Tag::name).containsExactlyElementsOf(twenty);
        assertThat(desk.revisions(editor.actor(), id).get(0).tags()).containsExactlyElementsOf(twenty);
        Document form = client.page(path);
        assertThat(form.select("legend .nr-hint").text()).isEqualTo("tối đa 5");
        assertThat(form.select("label[for=tags] .nr-hint").text()).isEqualTo(
                "Cách nhau bằng dấu phẩy, ví dụ: chuyển đổi số, đại hội; tối đa 20 thẻ, mỗi thẻ tối đa 60 ký tự");
    }

    // ---- Permissions ------------------------------------------------------------------------------------------

    @Test
    void anAuthorCannotOpenAnotherAuthorsArticle() {
        long id = writeDraft(as(author), "Bài của người khác");
        NewsroomClient other = as(otherAuthor);
        for (String path : List.of("/quan-tri/bai-viet/" + id, "/quan-tri/bai-viet/" + id + "/xoa")) {
            HttpResponse<String> response = other.get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(403);
            assertThat(Jsoup.parse(response.body()).select("h1").text()).isEqualTo("Không được phép");
        }
        assertThat(other.page("/quan-tri/bai-viet").select(".nr-article-list td a").eachText())
                .doesNotContain("Bài của người khác");
    }

    @Test
    void anAuthorCannotPublishAndNothingChanges() {
        NewsroomClient client = as(author);
        long id = writeDraft(client, "Tự đăng bài");
        Article before = articles.stored(id).orElseThrow();
        int auditBefore = audit.about("article", id).size();
        HttpResponse<String> response = EditorForm.open(client, "/quan-tri/bai-viet/" + id)
                .set("title", "Tiêu đề đổi lén").press("dang");
        assertThat(response.statusCode()).isEqualTo(403);
        Article after = articles.stored(id).orElseThrow();
        assertThat(after.version()).isEqualTo(before.version());
        assertThat(after.title()).isEqualTo("Tự đăng bài");
        assertThat(after.status()).isEqualTo(ArticleStatus.DRAFT);
        assertThat(audit.about("article", id)).hasSize(auditBefore);
        HttpResponse<String> otherArticle = as(otherAuthor).post("/quan-tri/bai-viet/" + id,
                List.of(java.util.Map.entry("_csrf", NewsroomClient.csrf(as(otherAuthor).page("/quan-tri"))),
                        java.util.Map.entry("hanh-dong", "luu"), java.util.Map.entry("title", "Chiếm bài"),
                        java.util.Map.entry("version", "0")));
        assertThat(otherArticle.statusCode()).isEqualTo(403);
        assertThat(articles.stored(id).orElseThrow().title()).isEqualTo("Tự đăng bài");
    }

    // ---- Two editors at once ----------------------------------------------------------------------------------

    @Test
    void aVersionConflictKeepsTheSecondPersonsTypedText() {
        long id = writeDraft(as(author), "Hai người cùng sửa");
        String path = "/quan-tri/bai-viet/" + id;
        EditorForm first = EditorForm.open(as(editor), path);
        EditorForm second = EditorForm.open(as(secondEditor), path);
        assertThat(first.press("luu").statusCode()).isEqualTo(302);
        // The first one saves again with the version they now have: the second still holds the first one.
        EditorForm firstAgain = EditorForm.open(as(editor), path).set("title", "Tiêu đề của người thứ nhất");
        assertThat(firstAgain.press("luu").statusCode()).isEqualTo(302);

        String typed = "<p>Đoạn văn người thứ hai gõ suốt 20 phút — không được mất.</p>";
        HttpResponse<String> response = second.set("title", "Tiêu đề của người thứ hai").set("bodyHtml", typed)
                .press("luu");

        assertThat(response.statusCode()).isEqualTo(409);
        Document page = Jsoup.parse(response.body());
        assertThat(page.select(".nr-conflict").text()).startsWith("Bài viết vừa được người khác lưu (phiên bản 2).");
        assertThat(page.select("#title").val()).isEqualTo("Tiêu đề của người thứ hai");
        assertThat(page.select("#bodyHtml").first().wholeText()).isEqualTo(typed);
        assertThat(page.select("input[name=version]").val()).isEqualTo("0");
        assertThat(page.select(".nr-conflict a").attr("href")).isEqualTo(path);
        assertThat(articles.stored(id).orElseThrow().title()).isEqualTo("Tiêu đề của người thứ nhất");
    }

    // ---- The list ---------------------------------------------------------------------------------------------

    @Test
    void theListFiltersSortsAndPagesAndAuthorsSeeTheirOwn() {
        String marker = "Lọc" + UUID.randomUUID().toString().substring(0, 6);
        for (int i = 0; i < 23; i++) {
            desk.create(author.actor(), new NewArticle(ArticleKind.ARTICLE, category, marker + " bài " + (100 + i),
                    null, null, "", null, null, false, null));
        }
        long theirs = desk.create(otherAuthor.actor(), new NewArticle(ArticleKind.ARTICLE, category,
                marker + " bài của Bình", null, null, "", null, null, false, null));
        desk.submit(otherAuthor.actor(), theirs, 0);

        NewsroomClient editorClient = as(editor);
        Document first = editorClient.page("/quan-tri/bai-viet?q=" + marker.toLowerCase() + "&sap-xep=TITLE");
        assertThat(first.select(".nr-article-list tbody tr")).hasSize(20);
        assertThat(first.select(".nr-article-list tbody tr td:first-child a").first().text())
                .isEqualTo(marker + " bài 100");
        assertThat(first.select(".nr-pagination").text()).contains("Trang 1 / 2");
        String next = first.select(".nr-pagination a[rel=next]").attr("href");
        Document second = editorClient.page(next);
        assertThat(second.select(".nr-article-list tbody tr")).hasSize(4);

        Document submitted = editorClient.page("/quan-tri/bai-viet?trang-thai=SUBMITTED&q=" + marker);
        assertThat(submitted.select(".nr-article-list tbody tr td:first-child a").eachText())
                .containsExactly(marker + " bài của Bình");
        assertThat(submitted.select(".nr-article-list .nr-badge").first().text()).isEqualTo("Chờ duyệt");

        Document own = as(author).page("/quan-tri/bai-viet?q=" + marker + "&tac-gia=" + otherAuthor.actor().id());
        assertThat(own.select(".nr-article-list tbody tr td:first-child a").eachText())
                .isNotEmpty().allMatch(t -> !t.contains("Bình"));
        assertThat(own.select("#loc-tac-gia")).isEmpty();
    }

    // ---- Valid pages ------------------------------------------------------------------------------------------

    @Test
    void theListTheEditorAndTheConfirmationAreValidHtml() {
        long id = writeDraft(as(author), "Trang hợp lệ");
        desk.submit(author.actor(), id, 0);
        NewsroomClient client = as(editor);
        for (String path : List.of("/quan-tri/bai-viet", "/quan-tri/bai-viet/moi", "/quan-tri/bai-viet/" + id,
                "/quan-tri/bai-viet/" + id + "/xoa")) {
            String html = client.get(path).body();
            assertThat(HtmlValidator.get().errors(html)).as(path).isEmpty();
            Document page = Jsoup.parse(html);
            assertThat(page.select("h1")).as(path).hasSize(1);
            for (Element input : page.select("input:not([type=hidden]), select, textarea")) {
                assertThat(page.select("label[for=" + input.id() + "]")).as(path + " " + input.id()).isNotEmpty();
            }
        }
        HttpResponse<String> invalid = EditorForm.open(client, "/quan-tri/bai-viet/" + id).set("title", "")
                .press("luu");
        assertThat(HtmlValidator.get().errors(invalid.body())).isEmpty();
    }

    // ---- Naughty strings --------------------------------------------------------------------------------------

    @Test
    void everyNaughtyStringIsSavedOrRefusedAndNeverExecutableOnThePage() throws IOException {
        NewsroomClient client = as(editor);
        EditorForm form = EditorForm.open(client, "/quan-tri/bai-viet/moi").set("categoryId", Long.toString(category));
        int saved = 0;
        for (String naughty : naughtyStrings()) {
            HttpResponse<String> asText = form.set("title", naughty).set("sapo", naughty).set("bodyHtml", naughty)
                    .set("byline", naughty).set("slug", "").set("tags", "").press("luu");
            assertThat(asText.statusCode()).as(naughty).isIn(302, 400);
            if (asText.statusCode() == 400) {
                assertThat(Jsoup.parse(asText.body()).select(".nr-field-error").text()).as(naughty).isNotBlank();
            } else {
                saved++;
                long id = idFrom(asText);
                // The preview renders the public template from the same model as the public page; every 20th is
                // also published and read as a reader would (each publication costs a search index commit).
                HttpResponse<String> preview = client.get("/quan-tri/bai-viet/" + id + "/xem-truoc");
                assertThat(preview.statusCode()).as(naughty).isEqualTo(200);
                assertNothingExecutable(Jsoup.parse(preview.body()).selectFirst("article"), naughty);
                if (saved % 20 == 0) {
                    desk.publish(Actor.system(), id, articles.stored(id).orElseThrow().version(), null);
                    HttpResponse<String> page = new WebClient(port).get(articles.stored(id).orElseThrow().url());
                    assertThat(page.statusCode()).as(naughty).isEqualTo(200);
                    assertNothingExecutable(Jsoup.parse(page.body()).selectFirst("article"), naughty);
                }
            }
            for (String field : List.of("slug", "tags")) {
                HttpResponse<String> response = form.set("title", "Trường lạ").set("sapo", "").set("bodyHtml", "")
                        .set("byline", "").set("slug", "").set("tags", "").set(field, naughty).press("luu");
                assertThat(response.statusCode()).as(field + " " + naughty).isIn(302, 400);
                if (response.statusCode() == 400) {
                    assertThat(Jsoup.parse(response.body()).select("#" + field + "-loi").text()).as(naughty)
                            .isNotBlank();
                }
            }
        }
        assertThat(saved).isGreaterThan(400);
    }

    static void assertNothingExecutable(Element article, String naughty) {
        assertThat(article).as(naughty).isNotNull();
        assertThat(article.select("script, iframe:not([src^=https://www.youtube-nocookie.com/embed/]), object, embed,"
                + " style, form, base, meta, link")).as(naughty).isEmpty();
        for (Element element : article.getAllElements()) {
            for (Attribute attribute : element.attributes()) {
                assertThat(attribute.getKey().toLowerCase()).as(naughty).doesNotStartWith("on");
                assertThat(attribute.getKey().toLowerCase()).as(naughty).isNotEqualTo("style");
                if (attribute.getKey().equalsIgnoreCase("href") || attribute.getKey().equalsIgnoreCase("src")) {
                    String value = attribute.getValue().replaceAll("[\\s\\p{Cntrl}]", "").toLowerCase();
                    assertThat(value).as(naughty).doesNotStartWith("javascript:").doesNotStartWith("data:")
                            .doesNotStartWith("vbscript:");
                }
            }
        }
    }

    static List<String> naughtyStrings() throws IOException {
        try (InputStream json = ArticleAdminPagesTest.class.getResourceAsStream("/naughty/blns.json")) {
            return List.of(JsonMapper.builder().build().readValue(json, String[].class));
        }
    }

    private ArticleStatus status(long id) {
        return articles.stored(id).orElseThrow().status();
    }
}
