package vn.toasoan.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

import vn.toasoan.account.AuditLog;
import vn.toasoan.account.Role;

/** Categories, documents and media through the admin API. */
class AdminApiSiteStructureTest extends AdminApiTestBase {

    static final String CATEGORIES = "/api/v1/admin/categories";
    static final String DOCUMENTS = "/api/v1/admin/documents";
    static final String MEDIA = "/api/v1/admin/media";

    @Autowired
    AuditLog audit;

    @Test
    void anEditorAddsRenamesAndDeletesACategory() {
        Staff editor = staff(Role.EDITOR);
        HttpResponse<String> response = editor.api().post(CATEGORIES, Map.of("name", "Chuyển đổi số",
                "parent", CATEGORY, "description", "Tin về chuyển đổi số", "position", 7));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        JsonNode created = ApiClient.body(response);
        long id = created.get("id").asLong();
        assertThat(response.headers().firstValue("Location")).hasValue(CATEGORIES + "/" + id);
        assertThat(created.get("slug").asString()).isEqualTo("chuyen-doi-so");
        assertThat(created.get("parent").asString()).isEqualTo(CATEGORY);
        assertThat(created.get("url").asString()).isEqualTo("/chuyen-muc/chuyen-doi-so");
        assertThat(created.get("showOnHome").asBoolean()).isTrue();
        assertThat(ApiClient.body(editor.api().get(CATEGORIES)).valueStream().map(c -> c.get("slug").asString()))
                .contains("chuyen-doi-so", CATEGORY);
        assertThat(Jsoup.parse(reader().get("/chuyen-muc/chuyen-doi-so").body()).select("h1").text())
                .isEqualTo("Chuyển đổi số");

        JsonNode renamed = ApiClient.body(editor.api().put(CATEGORIES + "/" + id, Map.of("name",
                "Chuyển đổi số và đổi mới", "parent", CATEGORY)));
        assertThat(renamed.get("name").asString()).isEqualTo("Chuyển đổi số và đổi mới");
        assertThat(renamed.get("slug").asString()).as("the address stays").isEqualTo("chuyen-doi-so");
        assertThat(renamed.get("position").asInt()).isZero();
        assertThat(Jsoup.parse(reader().get("/chuyen-muc/chuyen-doi-so").body()).select("h1").text())
                .as("the page cache follows").isEqualTo("Chuyển đổi số và đổi mới");

        assertThat(editor.api().delete(CATEGORIES + "/" + id).statusCode()).isEqualTo(204);
        assertThat(editor.api().get(CATEGORIES + "/" + id).statusCode()).isEqualTo(404);
        assertThat(reader().get("/chuyen-muc/chuyen-doi-so").statusCode()).isEqualTo(404);
        assertThat(audit.about("category", id)).extracting(e -> e.action())
                .containsExactly("category.delete", "category.update", "category.create");
    }

    @Test
    void aCategoryIsRefusedFieldByField() {
        Staff editor = staff(Role.EDITOR);
        long count = categoryCount();
        long id = ApiClient.body(editor.api().post(CATEGORIES, Map.of("name", "Ảnh hoạt động"))).get("id").asLong();
        long child = ApiClient.body(editor.api().post(CATEGORIES, Map.of("name", "Ảnh cơ sở", "parent",
                "anh-hoat-dong"))).get("id").asLong();

        AdminApiArticlesTest.assertProblem(editor.api().post(CATEGORIES, Map.of("description", "Không tên")),
                "name", "Nhập tên chuyên mục.");
        AdminApiArticlesTest.assertProblem(editor.api().post(CATEGORIES, Map.of("name", "Trùng", "slug",
                CATEGORY)), "slug", "Địa chỉ „" + CATEGORY + "” đã có chuyên mục khác dùng: hãy chọn địa chỉ khác.");
        AdminApiArticlesTest.assertProblem(editor.api().post(CATEGORIES, Map.of("name", "Cha lạ", "parent",
                "khong-co")), "parent", "Không có chuyên mục „khong-co” để làm chuyên mục cha.");
        AdminApiArticlesTest.assertProblem(editor.api().put(CATEGORIES + "/" + id, Map.of("name", "Vòng lặp",
                "parent", "anh-co-so")), "parent",
                "Không thể đặt chuyên mục vào trong chính nó hoặc trong chuyên mục con của nó.");
        AdminApiArticlesTest.assertProblem(editor.api().post(CATEGORIES, Map.of("name", "Vị trí", "position",
                "đầu")), "position", "„position” phải là số nguyên.");
        AdminApiArticlesTest.assertProblem(editor.api().post(CATEGORIES, Map.of("name", "x".repeat(201))), "name",
                "Tên chuyên mục dài tối đa 200 ký tự.");

        HttpResponse<String> hasChild = editor.api().delete(CATEGORIES + "/" + id);
        assertThat(hasChild.statusCode()).isEqualTo(400);
        assertThat(ApiClient.body(hasChild).has("field")).as("no input field is at fault").isFalse();
        assertThat(ApiClient.body(hasChild).get("error").asString())
                .isEqualTo("Chưa xóa được „Ảnh hoạt động”: còn 1 chuyên mục con. Hãy chuyển hoặc xóa chúng trước.");
        long withArticles = ApiClient.body(editor.api().get(CATEGORIES)).valueStream()
                .filter(c -> c.get("slug").asString().equals(CATEGORY)).findFirst().orElseThrow().get("id").asLong();
        HttpResponse<String> hasArticles = editor.api().delete(CATEGORIES + "/" + withArticles);
        assertThat(hasArticles.statusCode()).isEqualTo(400);
        assertThat(ApiClient.body(hasArticles).get("error").asString())
                .contains(" bài viết thuộc chuyên mục này. Hãy chuyển chúng sang chuyên mục khác trước.");
        assertThat(categoryCount()).isEqualTo(count + 2);
        assertThat(editor.api().delete(CATEGORIES + "/" + child).statusCode()).isEqualTo(204);
    }

    @Test
    void anEditorRegistersChangesAndDeletesADocument() {
        Staff editor = staff(Role.EDITOR);
        Map<String, Object> json = new LinkedHashMap<>(Map.of("symbol", "15-KH/ĐUK", "issuingBody", "Đảng ủy Khối",
                "issuedOn", "2026-03-05", "summary", "Kế hoạch học tập nghị quyết"));
        HttpResponse<String> response = editor.api().post(DOCUMENTS, json);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        JsonNode created = ApiClient.body(response);
        long id = created.get("id").asLong();
        assertThat(created.get("docType").asString()).isEqualTo("Kế hoạch");
        assertThat(created.get("issuedOn").asString()).isEqualTo("2026-03-05");
        assertThat(reader().get(created.get("url").asString()).statusCode()).isEqualTo(200);
        AdminApiArticlesTest.assertProblem(editor.api().post(DOCUMENTS, json), "symbol",
                "Văn bản số 15-KH/ĐUK của Đảng ủy Khối ngày 05/03/2026 đã có trong danh mục.");

        json.put("summary", "Kế hoạch học tập, quán triệt nghị quyết");
        json.put("signer", "Nguyễn Văn A");
        json.put("version", created.get("version").asInt());
        JsonNode changed = ApiClient.body(editor.api().put(DOCUMENTS + "/" + id, json));
        assertThat(changed.get("summary").asString()).isEqualTo("Kế hoạch học tập, quán triệt nghị quyết");
        assertThat(changed.get("slug").asString()).isEqualTo(created.get("slug").asString());
        assertThat(ApiClient.body(editor.api().get(DOCUMENTS + "?q=quan+triet")).get("items").valueStream()
                .map(d -> d.get("id").asLong())).contains(id);

        long article = ApiClient.body(editor.api().post("/api/v1/admin/articles",
                AdminApiArticlesTest.article("Bài dẫn kế hoạch 15", "document", "15-KH/ĐUK"))).get("id").asLong();
        HttpResponse<String> cited = editor.api().delete(DOCUMENTS + "/" + id + "?version="
                + changed.get("version").asInt());
        assertThat(cited.statusCode()).isEqualTo(400);
        assertThat(ApiClient.body(cited).get("error").asString()).isEqualTo(
                "Văn bản 15-KH/ĐUK được 1 bài viết dẫn chiếu: hãy bỏ văn bản khỏi các bài đó trước.");
        assertThat(editor.api().delete("/api/v1/admin/articles/" + article).statusCode()).isEqualTo(204);
        assertThat(editor.api().delete(DOCUMENTS + "/" + id + "?version=" + changed.get("version").asInt())
                .statusCode()).isEqualTo(204);
        assertThat(reader().get(created.get("url").asString()).statusCode()).isEqualTo(404);
        assertThat(audit.about("document", id)).extracting(e -> e.action())
                .containsExactly("document.delete", "document.update", "document.create");
    }

    @Test
    void aDocumentIsRefusedFieldByField() {
        Staff editor = staff(Role.EDITOR);
        long count = jdbc.sql("SELECT COUNT(*) FROM document").query(Long.class).single();
        Map<String, Object> good = Map.of("symbol", "3-TB/ĐUK", "issuingBody", "Đảng ủy Khối", "issuedOn",
                "2026-03-05", "summary", "Thông báo");
        for (String field : List.of("symbol", "issuingBody", "issuedOn", "summary")) {
            Map<String, Object> missing = new LinkedHashMap<>(good);
            missing.remove(field);
            HttpResponse<String> response = editor.api().post(DOCUMENTS, missing);
            assertThat(response.statusCode()).isEqualTo(400);
            assertThat(ApiClient.body(response).get("field").asString()).isEqualTo(field);
        }
        Map<String, Object> badDate = new LinkedHashMap<>(good);
        badDate.put("issuedOn", "05/03/2026");
        AdminApiArticlesTest.assertProblem(editor.api().post(DOCUMENTS, badDate), "issuedOn",
                "„issuedOn” phải là ngày dạng năm-tháng-ngày, ví dụ 2021-02-26.");
        Map<String, Object> early = new LinkedHashMap<>(good);
        early.put("effectiveOn", "2026-03-01");
        AdminApiArticlesTest.assertProblem(editor.api().post(DOCUMENTS, early), "effectiveOn",
                "Ngày hiệu lực không thể trước ngày ban hành.");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM document").query(Long.class).single()).isEqualTo(count);
    }

    @Test
    void anImageIsUploadedAndBecomesACover() {
        Staff author = staff(Role.AUTHOR);
        HttpResponse<String> response = author.api().upload(MEDIA, "ảnh hội nghị.png", AdminApiPermissionTest.PNG,
                Map.of("alt", "Toàn cảnh hội nghị", "caption", "Các đại biểu dự hội nghị", "credit", "Ngọc Ánh"));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        JsonNode media = ApiClient.body(response);
        assertThat(media.get("contentType").asString()).isEqualTo("image/png");
        assertThat(media.get("width").asInt()).isEqualTo(1);
        assertThat(media.get("alt").asString()).isEqualTo("Toàn cảnh hội nghị");
        String url = media.get("url").asString();
        assertThat(url).startsWith("/media/2026/05/").endsWith(".png");
        assertThat(response.headers().firstValue("Location")).hasValue(url);
        HttpResponse<byte[]> file = reader().getBytes(url);
        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(file.headers().firstValue("Content-Type")).hasValue("image/png");
        assertThat(audit.about("media", media.get("id").asLong())).extracting(e -> e.action())
                .containsExactly("media.upload");

        JsonNode article = ApiClient.body(author.api().post("/api/v1/admin/articles",
                AdminApiArticlesTest.article("Bài có ảnh đại diện", "coverMediaId", media.get("id").asLong())));
        assertThat(article.get("coverMediaId").asLong()).isEqualTo(media.get("id").asLong());
    }

    @Test
    void uploadsAreCheckedByTheirContent() {
        Staff author = staff(Role.AUTHOR);
        long count = jdbc.sql("SELECT COUNT(*) FROM media").query(Long.class).single();

        assertRefused(author.api().upload(MEDIA, "anh.png", AdminApiPermissionTest.PNG, Map.of()), "alt");
        assertRefused(author.api().upload(MEDIA, "anh.png", "<script>alert(1)</script>".getBytes(),
                Map.of("alt", "Giả ảnh")), "file");
        assertRefused(author.api().upload(MEDIA, "rong.png", new byte[0], Map.of("alt", "Rỗng")), "file");
        byte[] brokenPng = java.util.Arrays.copyOf(AdminApiPermissionTest.PNG, 20);
        assertRefused(author.api().upload(MEDIA, "hong.png", brokenPng, Map.of("alt", "Hỏng")), "file");
        AdminApiArticlesTest.assertProblem(author.api().upload(MEDIA, null, null, Map.of("alt", "Không tệp")),
                "file", "Thiếu phần „file” của biểu mẫu multipart/form-data.");
        HttpResponse<String> json = author.api().post(MEDIA, Map.of("alt", "JSON"));
        assertThat(json.statusCode()).isEqualTo(415);
        assertThat(ApiClient.body(json).get("error").asString()).isEqualTo("Gửi tệp dưới dạng multipart/form-data.");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM media").query(Long.class).single()).isEqualTo(count);
    }

    static void assertRefused(HttpResponse<String> response, String field) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        JsonNode problem = ApiClient.body(response);
        assertThat(problem.get("field").asString()).isEqualTo(field);
        assertThat(problem.get("error").asString()).isNotBlank();
    }

    long categoryCount() {
        return jdbc.sql("SELECT COUNT(*) FROM category").query(Long.class).single();
    }
}
