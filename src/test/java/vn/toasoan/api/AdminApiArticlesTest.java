package vn.toasoan.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

import vn.toasoan.account.Actor;
import vn.toasoan.account.Role;
import vn.toasoan.document.DocumentDesk;
import vn.toasoan.document.NewDocument;
import vn.toasoan.settings.SiteSettings;
import vn.toasoan.testsupport.SiteZones;

/** Articles through the admin API, over HTTP with real tokens: create, read, change, workflow, errors. */
class AdminApiArticlesTest extends AdminApiTestBase {

    static final String ARTICLES = "/api/v1/admin/articles";

    @Autowired
    DocumentDesk documentDesk;

    @Autowired
    SiteSettings settings;

    static Map<String, Object> article(String title, Object... more) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("title", title);
        json.put("sapo", "Tóm tắt của bài „" + title + "”.");
        json.put("body", "<p>Nội dung bài <strong>" + title + "</strong>.</p>");
        json.put("category", CATEGORY);
        json.put("byline", "Ngọc Ánh");
        for (int i = 0; i < more.length; i += 2) {
            json.put((String) more[i], more[i + 1]);
        }
        return json;
    }

    long articleCount() {
        return jdbc.sql("SELECT COUNT(*) FROM article").query(Long.class).single();
    }

    @Test
    void anEditorPublishesAnArticleThatReadersSeeAtItsPublicAddress() {
        Staff editor = staff(Role.EDITOR);
        HttpResponse<String> response = editor.api().post(ARTICLES,
                article("Hội nghị triển khai nhiệm vụ năm 2026", "status", "published"));

        assertThat(response.statusCode()).isEqualTo(201);
        JsonNode created = ApiClient.body(response);
        long id = created.get("id").asLong();
        assertThat(response.headers().firstValue("Location")).hasValue(ARTICLES + "/" + id);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/json"));
        assertThat(created.get("url").asString()).isEqualTo("/tin-tuc/hoi-nghi-trien-khai-nhiem-vu-nam-2026-" + id);
        assertThat(created.get("status").asString()).isEqualTo("published");
        assertThat(created.get("visible").asBoolean()).isTrue();
        assertThat(created.get("version").asInt()).isEqualTo(1);
        assertThat(created.get("publishedAt").asString()).isEqualTo("2026-05-07T10:00:00.707227+07:00");
        assertThat(created.get("author").get("username").asString()).isEqualTo(editor.account().username());
        assertThat(created.get("category").asString()).isEqualTo(CATEGORY);

        HttpResponse<String> page = reader().get(created.get("url").asString());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(Jsoup.parse(page.body()).select("h1.article-title").text())
                .isEqualTo("Hội nghị triển khai nhiệm vụ năm 2026");
    }

    @Test
    void aDraftIsNotPublic() {
        Staff author = staff(Role.AUTHOR);
        HttpResponse<String> response = author.api().post(ARTICLES, article("Bản nháp chưa ai thấy"));

        assertThat(response.statusCode()).isEqualTo(201);
        JsonNode created = ApiClient.body(response);
        assertThat(created.get("status").asString()).isEqualTo("draft");
        assertThat(created.get("visible").asBoolean()).isFalse();
        assertThat(created.get("version").asInt()).isZero();
        assertThat(created.get("actions").valueStream().map(JsonNode::asString).toList())
                .containsExactlyInAnyOrder("edit", "submit", "delete");
        assertThat(reader().get(created.get("url").asString()).statusCode()).isEqualTo(404);
    }

    @Test
    void theBylineDefaultsToThePenNameOfTheTokensUserAndTheBodyIsSanitised() {
        Staff author = staff(Role.AUTHOR);
        Map<String, Object> json = article("Bài có mã độc", "body",
                "<p onclick=\"steal()\">Chữ <a href=\"javascript:alert(1)\">liên kết</a></p><script>alert(1)</script>");
        json.remove("byline");
        JsonNode created = ApiClient.body(author.api().post(ARTICLES, json));

        assertThat(created.get("byline").asString()).isEqualTo(author.account().penName());
        assertThat(created.get("body").asString()).doesNotContain("script", "onclick", "javascript").contains("Chữ");
    }

    @Test
    void anAuthorSubmitsOnCreationAndAnEditorReturnsThenPublishes() {
        Staff author = staff(Role.AUTHOR);
        Staff editor = staff(Role.EDITOR);
        JsonNode created = ApiClient.body(author.api().post(ARTICLES, article("Gửi duyệt ngay", "status",
                "submitted")));
        long id = created.get("id").asLong();
        assertThat(created.get("status").asString()).isEqualTo("submitted");

        HttpResponse<String> noReason = editor.api().post(ARTICLES + "/" + id + "/return", Map.of());
        assertThat(noReason.statusCode()).isEqualTo(400);
        assertThat(ApiClient.body(noReason).get("field").asString()).isEqualTo("reason");

        JsonNode returned = ApiClient.body(editor.api().post(ARTICLES + "/" + id + "/return",
                Map.of("reason", "Bổ sung ảnh hội nghị.", "version", created.get("version").asInt())));
        assertThat(returned.get("status").asString()).isEqualTo("returned");
        assertThat(returned.get("returnReason").asString()).isEqualTo("Bổ sung ảnh hội nghị.");

        JsonNode resubmitted = ApiClient.body(author.api().post(ARTICLES + "/" + id + "/submit", null));
        assertThat(resubmitted.get("status").asString()).isEqualTo("submitted");
        JsonNode published = ApiClient.body(editor.api().post(ARTICLES + "/" + id + "/publish", null));
        assertThat(published.get("status").asString()).isEqualTo("published");
        assertThat(reader().get(published.get("url").asString()).statusCode()).isEqualTo(200);

        JsonNode unpublished = ApiClient.body(editor.api().post(ARTICLES + "/" + id + "/unpublish", null));
        assertThat(unpublished.get("status").asString()).isEqualTo("unpublished");
        assertThat(reader().get(published.get("url").asString()).statusCode()).isEqualTo(404);
        JsonNode archived = ApiClient.body(editor.api().post(ARTICLES + "/" + id + "/archive", null));
        assertThat(archived.get("status").asString()).isEqualTo("archived");
        JsonNode reopened = ApiClient.body(editor.api().post(ARTICLES + "/" + id + "/reopen", null));
        assertThat(reopened.get("status").asString()).isEqualTo("draft");
    }

    @Test
    void aScheduledArticleIsPublicOnlyOnceTheClockPassesItsTime() {
        Staff editor = staff(Role.EDITOR);
        JsonNode created = ApiClient.body(editor.api().post(ARTICLES, article("Bài hẹn giờ sáng mai",
                "status", "published", "publishedAt", "2026-05-08T07:30:00")));

        assertThat(created.get("status").asString()).isEqualTo("published");
        assertThat(created.get("publishedAt").asString()).isEqualTo("2026-05-08T07:30:00+07:00");
        assertThat(created.get("visible").asBoolean()).isFalse();
        String url = created.get("url").asString();
        assertThat(reader().get(url).statusCode()).isEqualTo(404);

        clock.set(java.time.Instant.parse("2026-05-08T00:29:59Z"));
        assertThat(reader().get(url).statusCode()).isEqualTo(404);
        clock.advance(Duration.ofSeconds(2));
        assertThat(reader().get(url).statusCode()).isEqualTo(200);
        assertThat(ApiClient.body(editor.api().get(ARTICLES + "/" + created.get("id").asLong())).get("visible")
                .asBoolean()).isTrue();
    }

    @Test
    void aPastPublicationTimeBackDatesAnArticleOnlyWhenSomebodyWhoMayPublishPublishesIt() {
        Staff editor = staff(Role.EDITOR);
        Staff author = staff(Role.AUTHOR);
        long before = articleCount();

        assertProblem(editor.api().post(ARTICLES, article("Bản nháp ghi ngày cũ", "publishedAt",
                "2019-03-17T08:30:00")), "publishedAt", "Ngày đăng đã qua chỉ dùng khi đăng bài ngay (trạng thái"
                        + " „Đã đăng”), như khi nhập tin cũ; bài ở trạng thái „Bản nháp” không mang ngày đăng.");
        assertProblem(author.api().post(ARTICLES, article("Gửi duyệt ghi ngày cũ", "status", "submitted",
                "publishedAt", "2019-03-17T08:30:00+07:00")), "publishedAt", "Ngày đăng đã qua chỉ dùng khi đăng bài"
                        + " ngay (trạng thái „Đã đăng”), như khi nhập tin cũ; bài ở trạng thái „Chờ duyệt” không mang"
                        + " ngày đăng.");
        HttpResponse<String> authorPublishes = author.api().post(ARTICLES, article("Phóng viên tự đăng tin cũ",
                "status", "published", "publishedAt", "2019-03-17T08:30:00+07:00"));
        assertThat(authorPublishes.statusCode()).isEqualTo(403);
        assertThat(articleCount()).isEqualTo(before);

        // An import of old news by an editor keeps its date, and readers see it at once.
        HttpResponse<String> imported = editor.api().post(ARTICLES, article("Tin cũ năm 2019", "status", "published",
                "publishedAt", "2019-03-17T08:30:00+07:00"));
        assertThat(imported.statusCode()).isEqualTo(201);
        JsonNode old = ApiClient.body(imported);
        assertThat(old.get("publishedAt").asString()).isEqualTo("2019-03-17T08:30:00+07:00");
        assertThat(old.get("visible").asBoolean()).isTrue();
        assertThat(reader().get(old.get("url").asString()).statusCode()).isEqualTo(200);

        // A draft moved on with a past date is refused whole; published through /publish it keeps the date.
        long draft = ApiClient.body(editor.api().post(ARTICLES, article("Bản nháp rồi đăng tin cũ"))).get("id")
                .asLong();
        assertProblem(editor.api().put(ARTICLES + "/" + draft, article("Tiêu đề đổi", "version", 0, "status",
                "submitted", "publishedAt", "2019-03-18T08:30:00+07:00")), "publishedAt", "Ngày đăng đã qua chỉ dùng"
                        + " khi đăng bài ngay (trạng thái „Đã đăng”), như khi nhập tin cũ; bài ở trạng thái „Chờ"
                        + " duyệt” không mang ngày đăng.");
        JsonNode untouched = ApiClient.body(editor.api().get(ARTICLES + "/" + draft));
        assertThat(untouched.get("title").asString()).isEqualTo("Bản nháp rồi đăng tin cũ");
        assertThat(untouched.get("version").asInt()).isZero();
        assertThat(untouched.get("status").asString()).isEqualTo("draft");
        JsonNode published = ApiClient.body(editor.api().post(ARTICLES + "/" + draft + "/publish",
                Map.of("version", 0, "publishedAt", "2019-03-18T08:30:00+07:00")));
        assertThat(published.get("status").asString()).isEqualTo("published");
        assertThat(published.get("publishedAt").asString()).isEqualTo("2019-03-18T08:30:00+07:00");
        assertThat(published.get("visible").asBoolean()).isTrue();
    }

    @Test
    void aPutWhoseStatusChangeIsRefusedSavesNothing() {
        Staff author = staff(Role.AUTHOR);
        long id = ApiClient.body(author.api().post(ARTICLES, article("Bài của phóng viên"))).get("id").asLong();

        HttpResponse<String> response = author.api().put(ARTICLES + "/" + id, article("Tiêu đề tự đăng",
                "version", 0, "status", "published"));

        assertThat(response.statusCode()).isEqualTo(403);
        JsonNode stored = ApiClient.body(author.api().get(ARTICLES + "/" + id));
        assertThat(stored.get("title").asString()).isEqualTo("Bài của phóng viên");
        assertThat(stored.get("body").asString()).isEqualTo("<p>Nội dung bài <strong>Bài của phóng viên</strong>.</p>");
        assertThat(stored.get("status").asString()).isEqualTo("draft");
        assertThat(stored.get("version").asInt()).isZero();
    }

    @Test
    void timesAreReadAndWrittenInTheSiteZoneInForce() {
        Staff editor = staff(Role.EDITOR);
        long id = SiteZones.in(settings, "UTC", () -> {
            JsonNode created = ApiClient.body(editor.api().post(ARTICLES, article("Hẹn giờ theo giờ UTC",
                    "status", "published", "publishedAt", "2026-05-08T07:30:00")));
            assertThat(created.get("publishedAt").asString()).isEqualTo("2026-05-08T07:30:00Z");
            assertThat(created.get("createdAt").asString()).isEqualTo("2026-05-07T03:00:00.707227Z");
            return created.get("id").asLong();
        });
        assertThat(ApiClient.body(editor.api().get(ARTICLES + "/" + id)).get("publishedAt").asString())
                .isEqualTo("2026-05-08T14:30:00+07:00");
    }

    @Test
    void aPutReplacesTheArticleAndMayMoveItOn() {
        Staff editor = staff(Role.EDITOR);
        JsonNode created = ApiClient.body(editor.api().post(ARTICLES, article("Tiêu đề cũ", "featured", true)));
        long id = created.get("id").asLong();

        Map<String, Object> replacement = new LinkedHashMap<>(Map.of("title", "Tiêu đề mới", "body",
                "<p>Nội dung mới</p>", "category", "kinh-te", "version", 0, "status", "published",
                "publishedAt", "2026-05-01T08:00:00+07:00"));
        HttpResponse<String> response = editor.api().put(ARTICLES + "/" + id, replacement);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode saved = ApiClient.body(response);
        assertThat(saved.get("title").asString()).isEqualTo("Tiêu đề mới");
        assertThat(saved.get("sapo").isNull()).isTrue();
        assertThat(saved.get("featured").asBoolean()).isFalse();
        assertThat(saved.get("category").asString()).isEqualTo("kinh-te");
        assertThat(saved.get("status").asString()).isEqualTo("published");
        assertThat(saved.get("publishedAt").asString()).isEqualTo("2026-05-01T08:00:00+07:00");
        assertThat(saved.get("slug").asString()).as("the address stays").isEqualTo("tieu-de-cu");
        assertThat(saved.get("version").asInt()).isEqualTo(2);

        // Already published: a new time reschedules it, the same status alone changes nothing.
        replacement.put("version", 2);
        replacement.put("publishedAt", "2026-05-20T08:00:00+07:00");
        JsonNode rescheduled = ApiClient.body(editor.api().put(ARTICLES + "/" + id, replacement));
        assertThat(rescheduled.get("publishedAt").asString()).isEqualTo("2026-05-20T08:00:00+07:00");
        assertThat(rescheduled.get("visible").asBoolean()).isFalse();
    }

    @Test
    void aStaleVersionIsAConflictAndChangesNothing() {
        Staff editor = staff(Role.EDITOR);
        long id = ApiClient.body(editor.api().post(ARTICLES, article("Hai người cùng sửa"))).get("id").asLong();
        assertThat(editor.api().put(ARTICLES + "/" + id, article("Người thứ nhất lưu", "version", 0)).statusCode())
                .isEqualTo(200);

        HttpResponse<String> second = editor.api().put(ARTICLES + "/" + id, article("Người thứ hai lưu",
                "version", 0));
        assertThat(second.statusCode()).isEqualTo(409);
        JsonNode problem = ApiClient.body(second);
        assertThat(problem.get("status").asInt()).isEqualTo(409);
        assertThat(problem.get("currentVersion").asInt()).isEqualTo(1);
        assertThat(problem.get("error").asString()).contains("vừa được người khác lưu");

        HttpResponse<String> staleDelete = editor.api().delete(ARTICLES + "/" + id + "?version=0");
        assertThat(staleDelete.statusCode()).isEqualTo(409);
        HttpResponse<String> stalePublish = editor.api().post(ARTICLES + "/" + id + "/publish", Map.of("version", 0));
        assertThat(stalePublish.statusCode()).isEqualTo(409);

        JsonNode stored = ApiClient.body(editor.api().get(ARTICLES + "/" + id));
        assertThat(stored.get("title").asString()).isEqualTo("Người thứ nhất lưu");
        assertThat(stored.get("status").asString()).isEqualTo("draft");
        assertThat(stored.get("version").asInt()).isEqualTo(1);
    }

    @Test
    void aPutWithoutVersionIsRefused() {
        Staff editor = staff(Role.EDITOR);
        long id = ApiClient.body(editor.api().post(ARTICLES, article("Thiếu phiên bản"))).get("id").asLong();
        HttpResponse<String> response = editor.api().put(ARTICLES + "/" + id, article("Sửa mà không nói phiên bản"));
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(ApiClient.body(response).get("field").asString()).isEqualTo("version");
    }

    @Test
    void deletingWithAndWithoutAVersion() {
        Staff author = staff(Role.AUTHOR);
        long first = ApiClient.body(author.api().post(ARTICLES, article("Xóa có phiên bản"))).get("id").asLong();
        long second = ApiClient.body(author.api().post(ARTICLES, article("Xóa không phiên bản"))).get("id").asLong();

        assertThat(author.api().delete(ARTICLES + "/" + first + "?version=0").statusCode()).isEqualTo(204);
        assertThat(author.api().delete(ARTICLES + "/" + second).statusCode()).isEqualTo(204);
        HttpResponse<String> gone = author.api().get(ARTICLES + "/" + first);
        assertThat(gone.statusCode()).isEqualTo(404);
        assertThat(ApiClient.body(gone).get("error").asString()).isEqualTo("Không tìm thấy bài viết " + first + ".");
    }

    @Test
    void badInputIsA400NamingTheFieldAndCreatesNothing() {
        Staff editor = staff(Role.EDITOR);
        long before = articleCount();
        Map<String, Object> noTitle = article("x");
        noTitle.remove("title");

        assertProblem(editor.api().post(ARTICLES, noTitle), "title", "Nhập tiêu đề.");
        assertProblem(editor.api().post(ARTICLES, article("   ")), "title", "Nhập tiêu đề.");
        assertProblem(editor.api().post(ARTICLES, article("Chuyên mục lạ", "category", "khong-co-chuyen-muc-nay")),
                "category", "Không có chuyên mục „khong-co-chuyen-muc-nay”. Danh sách chuyên mục: GET"
                        + " /api/v1/admin/categories.");
        Map<String, Object> noCategory = article("Thiếu chuyên mục");
        noCategory.remove("category");
        assertProblem(editor.api().post(ARTICLES, noCategory), "category",
                "Thiếu „category”: slug của chuyên mục, ví dụ „tin-hoat-dong”.");
        for (String bad : List.of("ngày mai", "2026-13-01T10:00:00", "07/05/2026 10:00", "2026-05-07",
                "+99999-01-01T00:00:00Z", "1899-12-31T10:00:00Z")) {
            HttpResponse<String> response = editor.api().post(ARTICLES, article("Ngày sai", "status", "published",
                    "publishedAt", bad));
            assertThat(response.statusCode()).as(bad).isEqualTo(400);
            assertThat(ApiClient.body(response).get("field").asString()).as(bad).isEqualTo("publishedAt");
        }
        assertProblem(editor.api().post(ARTICLES, article("Hẹn giờ bản nháp", "publishedAt", "2026-06-01T08:00:00")),
                "publishedAt", "Chỉ đặt thời điểm đăng khi đăng bài (trạng thái „Đã đăng”).");
        assertProblem(editor.api().post(ARTICLES, article("Trạng thái lạ", "status", "live")), "status",
                "Trạng thái „live” không dùng được ở đây: chọn một trong draft, submitted, published.");
        assertProblem(editor.api().post(ARTICLES, article("Trạng thái không cho tạo", "status", "archived")),
                "status", "Trạng thái „archived” không dùng được ở đây: chọn một trong draft, submitted, published.");
        assertProblem(editor.api().post(ARTICLES, article("Kiểu sai", "featured", "có")), "featured",
                "„featured” phải là true hoặc false.");
        assertProblem(editor.api().post(ARTICLES, Map.of("title", 42, "category", CATEGORY)), "title",
                "„title” phải là chuỗi ký tự (trong dấu nháy kép).");
        assertProblem(editor.api().post(ARTICLES, article("Ảnh không có", "coverMediaId", 999_999)), "coverMediaId",
                "Ảnh đại diện đã chọn không còn tồn tại.");
        assertProblem(editor.api().post(ARTICLES, article("Văn bản không có", "document", "99-KH/XYZ")), "document",
                "Không tìm thấy văn bản „99-KH/XYZ” trong danh mục (mã số hoặc số, ký hiệu như 14-KH/ĐU).");
        assertProblem(editor.api().post(ARTICLES, article("Trường gõ sai", "published_at", "2026-06-01T08:00:00")),
                "published_at", "Trường „published_at” không có ở đây. Các trường được nhận: title, sapo, body,"
                        + " category, byline, publishedAt, status, slug, featured, document, coverMediaId.");
        assertProblem(editor.api().post(ARTICLES, article("Đường dẫn không chữ", "slug", "!!!")), "slug",
                "Đường dẫn cần có chữ hoặc số (không dấu).");
        assertProblem(editor.api().post(ARTICLES, article("x".repeat(501))), "title",
                "Dài tối đa 500 ký tự (hiện có 501).");

        HttpResponse<String> malformed = editor.api().raw("POST", ARTICLES, "application/json",
                "{\"title\": \"Thiếu ngoặc\", ");
        assertThat(malformed.statusCode()).isEqualTo(400);
        assertThat(ApiClient.body(malformed).get("error").asString())
                .startsWith("Nội dung gửi lên không phải JSON hợp lệ (dòng 1, cột");
        HttpResponse<String> array = editor.api().raw("POST", ARTICLES, "application/json", "[1, 2]");
        assertThat(array.statusCode()).isEqualTo(400);
        assertThat(ApiClient.body(array).get("error").asString())
                .startsWith("Nội dung gửi lên phải là một đối tượng JSON");
        HttpResponse<String> empty = editor.api().raw("POST", ARTICLES, "application/json", "");
        assertThat(empty.statusCode()).isEqualTo(400);
        assertThat(ApiClient.body(empty).get("error").asString()).isEqualTo("Thiếu nội dung JSON của yêu cầu.");
        HttpResponse<String> form = editor.api().raw("POST", ARTICLES, "application/x-www-form-urlencoded",
                "title=Bai+viet");
        assertThat(form.statusCode()).isEqualTo(415);
        assertThat(ApiClient.body(form).get("error").asString())
                .isEqualTo("Gửi nội dung JSON với Content-Type: application/json.");

        assertThat(articleCount()).isEqualTo(before);
    }

    @Test
    void addressesAndMethodsTheApiDoesNotHaveAreJsonErrors() {
        Staff editor = staff(Role.EDITOR);
        HttpResponse<String> missing = editor.api().get(ARTICLES + "/987654321");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(ApiClient.body(missing).get("status").asInt()).isEqualTo(404);

        HttpResponse<String> noSuchAddress = editor.api().get("/api/v1/admin/khong-co");
        assertThat(noSuchAddress.statusCode()).isEqualTo(404);
        assertThat(ApiClient.body(noSuchAddress).get("error").asString()).contains("/api/v1/admin/khong-co");

        HttpResponse<String> wrongMethod = editor.api().raw("PATCH", ARTICLES, "application/json", "{}");
        assertThat(wrongMethod.statusCode()).isEqualTo(405);
        assertThat(ApiClient.body(wrongMethod).get("error").asString()).isEqualTo(
                "Địa chỉ này không nhận phương thức PATCH.");

        HttpResponse<String> notAnId = editor.api().get(ARTICLES + "/mot");
        assertThat(notAnId.statusCode()).isEqualTo(400);
        assertThat(ApiClient.body(notAnId).get("field").asString()).isEqualTo("id");

        HttpResponse<String> badPage = editor.api().get(ARTICLES + "?page=0");
        assertThat(badPage.statusCode()).isEqualTo(400);
        assertThat(ApiClient.body(badPage).get("field").asString()).isEqualTo("page");
        HttpResponse<String> textPage = editor.api().get(ARTICLES + "?page=hai");
        assertThat(textPage.statusCode()).isEqualTo(400);
        assertThat(ApiClient.body(textPage).get("field").asString()).isEqualTo("page");
        HttpResponse<String> badStatus = editor.api().get(ARTICLES + "?status=live");
        assertThat(badStatus.statusCode()).isEqualTo(400);
        assertThat(ApiClient.body(badStatus).get("field").asString()).isEqualTo("status");
    }

    @Test
    void theListShowsAuthorsTheirOwnArticlesAndEditorsAllOfThem() {
        Staff author = staff(Role.AUTHOR);
        Staff otherAuthor = staff(Role.AUTHOR);
        Staff editor = staff(Role.EDITOR);
        long mine = ApiClient.body(author.api().post(ARTICLES, article("Của tôi", "status", "submitted")))
                .get("id").asLong();
        long theirs = ApiClient.body(otherAuthor.api().post(ARTICLES, article("Của người khác", "status",
                "submitted"))).get("id").asLong();

        JsonNode authorsList = ApiClient.body(author.api().get(ARTICLES + "?status=submitted"));
        assertThat(ids(authorsList)).contains(mine).doesNotContain(theirs);
        assertThat(authorsList.get("total").asLong()).isEqualTo(1);

        JsonNode editorsList = ApiClient.body(editor.api().get(ARTICLES + "?status=submitted&size=100"));
        assertThat(ids(editorsList)).contains(mine, theirs);
        JsonNode firstItem = editorsList.get("items").get(0);
        assertThat(firstItem.has("body")).isFalse();
        assertThat(firstItem.get("status").asString()).isEqualTo("submitted");

        JsonNode onePerPage = ApiClient.body(editor.api().get(ARTICLES + "?size=1&page=2"));
        assertThat(onePerPage.get("items").size()).isEqualTo(1);
        assertThat(onePerPage.get("page").asInt()).isEqualTo(2);
        assertThat(onePerPage.get("pages").asLong()).isEqualTo(onePerPage.get("total").asLong());
    }

    @Test
    void anArticleCitesADocumentByIdOrBySymbol() {
        long document = documentDesk.create(Actor.system(), new NewDocument("27-KH/ĐUK", null, null, null, null, null,
                "Đảng ủy Khối", java.time.LocalDate.of(2026, 3, 2), null, "Kế hoạch thử API", null));
        Staff editor = staff(Role.EDITOR);

        JsonNode bySymbol = ApiClient.body(editor.api().post(ARTICLES, article("Dẫn theo ký hiệu", "document",
                "27-kh/đuk")));
        assertThat(bySymbol.get("document").get("id").asLong()).isEqualTo(document);
        assertThat(bySymbol.get("document").get("symbol").asString()).isEqualTo("27-KH/ĐUK");
        JsonNode byId = ApiClient.body(editor.api().post(ARTICLES, article("Dẫn theo mã số", "document", document)));
        assertThat(byId.get("document").get("id").asLong()).isEqualTo(document);
    }

    static List<Long> ids(JsonNode page) {
        return page.get("items").valueStream().map(item -> item.get("id").asLong()).toList();
    }

    static void assertProblem(HttpResponse<String> response, String field, String message) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        JsonNode problem = ApiClient.body(response);
        assertThat(problem.get("status").asInt()).isEqualTo(400);
        assertThat(problem.get("field").asString()).isEqualTo(field);
        assertThat(problem.get("error").asString()).isEqualTo(message);
    }
}
