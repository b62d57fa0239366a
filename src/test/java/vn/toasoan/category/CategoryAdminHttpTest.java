package vn.toasoan.category;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.toasoan.account.Accounts;
import vn.toasoan.account.Actor;
import vn.toasoan.account.AuditEntry;
import vn.toasoan.account.AuditLog;
import vn.toasoan.account.Role;
import vn.toasoan.article.ArticleDesk;
import vn.toasoan.article.ArticleKind;
import vn.toasoan.article.ArticleStatus;
import vn.toasoan.article.NewArticle;
import vn.toasoan.menu.MenuItemChange;
import vn.toasoan.menu.Menus;
import vn.toasoan.testsupport.NewsroomClient;
import vn.toasoan.testsupport.SiteAdminTest;
import vn.toasoan.testsupport.StaffLogins;
import vn.toasoan.testsupport.WebClient;

/** Editors keep the category tree in the newsroom; readers see each change at once. Over real HTTP. */
@SiteAdminTest
class CategoryAdminHttpTest {

    @LocalServerPort
    int port;

    @Autowired
    Accounts accounts;

    @Autowired
    Categories categories;

    @Autowired
    Menus menus;

    @Autowired
    AuditLog audit;

    @Autowired
    ArticleDesk articles;

    @Autowired
    java.time.Clock clock;

    NewsroomClient editor;
    WebClient reader;

    @BeforeEach
    void setUp() {
        if (editor == null) {
            editor = new StaffLogins(accounts, port).as(Role.EDITOR, "bien-tap-chuyen-muc-" + System.nanoTime() % 100000);
        }
        reader = new WebClient(port);
    }

    Map<String, String> form(String name, String slug, String parentId) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("name", name);
        fields.put("slug", slug);
        fields.put("description", "");
        fields.put("parentId", parentId);
        fields.put("showOnHome", "true");
        return fields;
    }

    HttpResponse<String> create(Map<String, String> fields) {
        return editor.submit("/quan-tri/chuyen-muc/moi", "/quan-tri/chuyen-muc/moi", fields);
    }

    long createCategory(String name, String slug, String parentId) {
        HttpResponse<String> response = create(form(name, slug, parentId));
        assertThat(response.statusCode()).as(name).isEqualTo(302);
        // As a browser does: the list after the redirect shows (and uses up) the notice.
        editor.page("/quan-tri/chuyen-muc");
        return categories.all().stream().filter(c -> c.name().equals(name)).mapToLong(Category::id).max().orElseThrow();
    }

    HttpResponse<String> update(long id, Map<String, String> fields) {
        HttpResponse<String> response = editor.submit("/quan-tri/chuyen-muc/" + id, "/quan-tri/chuyen-muc/" + id,
                fields);
        if (response.statusCode() == 302) {
            editor.page("/quan-tri/chuyen-muc");
        }
        return response;
    }

    Category category(long id) {
        return categories.byId(id).orElseThrow();
    }

    @Test
    void anEditorCreatesACategoryWhoseSlugComesFromTheName() {
        Map<String, String> fields = form("Chuyển đổi số", "", "");
        fields.put("description", "Tin tức về chuyển đổi số trong các cơ quan, doanh nghiệp.");
        HttpResponse<String> response = create(fields);
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).hasValue("http://localhost:" + port + "/quan-tri/chuyen-muc");
        assertThat(editor.page("/quan-tri/chuyen-muc").select(".nr-notice").text())
                .isEqualTo("Đã tạo chuyên mục „Chuyển đổi số”.");
        Category created = categories.bySlug("chuyen-doi-so").orElseThrow();
        assertThat(created.description()).isEqualTo("Tin tức về chuyển đổi số trong các cơ quan, doanh nghiệp.");
        assertThat(created.showOnHome()).isTrue();
        assertThat(audit.about("category", created.id())).extracting(AuditEntry::action, AuditEntry::detail)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("category.create", "Chuyển đổi số (chuyen-doi-so)"));
        Document page = reader.page("/chuyen-muc/chuyen-doi-so");
        assertThat(page.select("h1").text()).isEqualTo("Chuyển đổi số");
        assertThat(page.select(".page-intro").text()).isEqualTo("Tin tức về chuyển đổi số trong các cơ quan, doanh nghiệp.");

        // The same name again gets the next free address rather than a refusal.
        create(form("Chuyển đổi số", "", Long.toString(created.id())));
        assertThat(categories.bySlug("chuyen-doi-so-2").orElseThrow().parentId()).isEqualTo(created.id());
    }

    @Test
    void aTypedSlugIsMadeValidAndMustBeFree() {
        String taken = categories.all().get(0).slug();
        int before = categories.all().size();
        HttpResponse<String> refused = create(form("Trùng địa chỉ", taken, ""));
        assertThat(refused.statusCode()).isEqualTo(200);
        Document page = Jsoup.parse(refused.body());
        assertThat(page.select("#slug-loi").text())
                .isEqualTo("Địa chỉ „" + taken + "” đã có chuyên mục khác dùng: hãy chọn địa chỉ khác.");
        assertThat(page.select("#name").val()).isEqualTo("Trùng địa chỉ");
        assertThat(page.select("#slug").val()).isEqualTo(taken);
        assertThat(categories.all()).hasSize(before);

        createCategory("Gõ địa chỉ", "  Đoàn Thanh Niên  ", "");
        assertThat(categories.bySlug("doan-thanh-nien")).isPresent();
    }

    @Test
    void badInputIsRefusedWithTheFieldsMessageAndNothingChanges() {
        Map<String, List<String>> cases = new LinkedHashMap<>();
        cases.put("name= \t ", List.of("name", "Nhập tên chuyên mục."));
        cases.put("name=" + "Ư".repeat(201), List.of("name", "Tên chuyên mục dài tối đa 200 ký tự."));
        cases.put("description=" + "ô".repeat(1001), List.of("description", "Mô tả dài tối đa 1000 ký tự."));
        cases.put("slug=!!! ???", List.of("slug", "Địa chỉ cần có chữ cái hoặc chữ số, ví dụ „tin-tuc”."));
        cases.put("parentId=999999999", List.of("parentId", "Chuyên mục cha đã chọn không còn: hãy chọn lại."));
        cases.put("parentId=abc", List.of("parentId", "Chuyên mục cha đã chọn không còn: hãy chọn lại."));
        List<Category> before = categories.all();
        for (Map.Entry<String, List<String>> c : cases.entrySet()) {
            Map<String, String> fields = form("Hợp lệ", "", "");
            String[] change = c.getKey().split("=", 2);
            fields.put(change[0], change[1]);
            HttpResponse<String> response = create(fields);
            assertThat(response.statusCode()).as(c.getKey()).isEqualTo(200);
            Document page = Jsoup.parse(response.body());
            assertThat(page.select("#" + c.getValue().get(0) + "-loi").text()).as(c.getKey())
                    .isEqualTo(c.getValue().get(1));
        }
        assertThat(categories.all()).isEqualTo(before);
    }

    @Test
    void aNewSlugKeepsTheOldAddressAnsweringWithAPermanentRedirect() {
        long id = createCategory("Kinh tế số", "", "");
        assertThat(reader.get("/chuyen-muc/kinh-te-so").statusCode()).isEqualTo(200);
        Map<String, String> renamed = form("Kinh tế số", "kinh-te-so-moi", "");
        assertThat(update(id, renamed).statusCode()).isEqualTo(302);
        assertThat(audit.about("category", id).get(0).detail())
                .isEqualTo("Kinh tế số (kinh-te-so-moi); địa chỉ cũ kinh-te-so chuyển tiếp sang địa chỉ mới");

        HttpResponse<String> old = reader.get("/chuyen-muc/kinh-te-so");
        assertThat(old.statusCode()).isEqualTo(301);
        assertThat(old.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/chuyen-muc/kinh-te-so-moi"));
        assertThat(reader.get("/chuyen-muc/kinh-te-so?trang=2").headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).endsWith("/chuyen-muc/kinh-te-so-moi?trang=2"));
        assertThat(reader.get("/chuyen-muc/kinh-te-so-moi").statusCode()).isEqualTo(200);

        // Renamed again: both earlier addresses lead to the newest one.
        update(id, form("Kinh tế số", "kinh-te-so-hoa", ""));
        for (String earlier : List.of("/chuyen-muc/kinh-te-so", "/chuyen-muc/kinh-te-so-moi")) {
            assertThat(reader.get(earlier).headers().firstValue("Location")).as(earlier)
                    .hasValueSatisfying(location -> assertThat(location).endsWith("/chuyen-muc/kinh-te-so-hoa"));
        }
        // A new category may take an old address: it is a live address again, no longer a redirect.
        createCategory("Kinh tế số mới", "kinh-te-so", "");
        HttpResponse<String> reused = reader.get("/chuyen-muc/kinh-te-so");
        assertThat(reused.statusCode()).isEqualTo(200);
        assertThat(Jsoup.parse(reused.body()).select("h1").text()).isEqualTo("Kinh tế số mới");
        assertThat(reader.get("/chuyen-muc/khong-co-chuyen-muc-nay").statusCode()).isEqualTo(404);
    }

    @Test
    void theSearchCategoryFilterFollowsANewSlug() {
        long id = createCategory("Nông thôn mới", "", "");
        articles.createAs(Actor.system(), new NewArticle(ArticleKind.ARTICLE, id,
                "Xã Quỳnh Lưu đạt chuẩn nông thôn kiểu mẫu", null, null, "<p>Quỳnh Lưu hoàn thành tiêu chí.</p>", null,
                null, false, null), ArticleStatus.PUBLISHED, clock.instant().minusSeconds(60));
        assertThat(hits("/tim-kiem?q=kieu+mau&chuyen-muc=nong-thon-moi"))
                .containsExactly("Xã Quỳnh Lưu đạt chuẩn nông thôn kiểu mẫu");

        update(id, form("Nông thôn mới", "xay-dung-nong-thon-moi", ""));
        assertThat(hits("/tim-kiem?q=kieu+mau&chuyen-muc=xay-dung-nong-thon-moi"))
                .containsExactly("Xã Quỳnh Lưu đạt chuẩn nông thôn kiểu mẫu");
    }

    List<String> hits(String path) {
        return reader.page(path).select(".search-hit h2").eachText();
    }

    @Test
    void aCategoryCannotMoveUnderItselfOrItsDescendants() {
        long parent = createCategory("Khối cha", "", "");
        long child = createCategory("Khối con", "", Long.toString(parent));
        long grandchild = createCategory("Khối cháu", "", Long.toString(child));
        for (long under : new long[] {parent, child, grandchild}) {
            HttpResponse<String> response = update(parent, form("Khối cha", "", Long.toString(under)));
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(Jsoup.parse(response.body()).select("#parentId-loi").text())
                    .isEqualTo("Không thể đặt chuyên mục vào trong chính nó hoặc trong chuyên mục con của nó.");
        }
        assertThat(category(parent).parentId()).isNull();
        // The form does not even offer them.
        assertThat(editor.page("/quan-tri/chuyen-muc/" + parent).select("#parentId option").eachAttr("value"))
                .doesNotContain(Long.toString(parent), Long.toString(child), Long.toString(grandchild));

        // Moving the child up a level puts it last among its new siblings.
        update(child, form("Khối con", "", ""));
        assertThat(category(child).parentId()).isNull();
        assertThat(categories.withDescendants(child)).containsExactly(child, grandchild);
    }

    @Test
    void deletingIsRefusedWhileArticlesSubCategoriesOrMenuItemsUseIt() {
        Category withArticles = categories.bySlug("tin-hoat-dong").orElseThrow();
        String refused = deleteAndReadProblem(withArticles.id());
        assertThat(refused).startsWith("Chưa xóa được „" + withArticles.name() + "”: còn ")
                .endsWith(" bài viết thuộc chuyên mục này. Hãy chuyển chúng sang chuyên mục khác trước.");

        long parent = createCategory("Cha còn con", "", "");
        createCategory("Con", "", Long.toString(parent));
        assertThat(deleteAndReadProblem(parent))
                .isEqualTo("Chưa xóa được „Cha còn con”: còn 1 chuyên mục con. Hãy chuyển hoặc xóa chúng trước.");

        long linked = createCategory("Có trong menu", "", "");
        menus.add(Actor.system(), new MenuItemChange(Menus.FOOTER, "Trỏ tới chuyên mục", MenuItemChange.CATEGORY,
                null, Long.toString(linked), null, null));
        assertThat(deleteAndReadProblem(linked)).isEqualTo("Chưa xóa được „Có trong menu”: menu còn 1 mục trỏ tới"
                + " chuyên mục này. Hãy xóa hoặc sửa các mục đó trước.");
        assertThat(categories.byId(withArticles.id())).isPresent();
        assertThat(categories.byId(parent)).isPresent();
        assertThat(categories.byId(linked)).isPresent();

        long unused = createCategory("Không ai dùng", "", "");
        assertThat(reader.get("/chuyen-muc/khong-ai-dung").statusCode()).isEqualTo(200);
        editor.submit("/quan-tri/chuyen-muc", "/quan-tri/chuyen-muc/" + unused + "/xoa", Map.of());
        assertThat(editor.page("/quan-tri/chuyen-muc").select(".nr-notice").text())
                .isEqualTo("Đã xóa chuyên mục „Không ai dùng”.");
        assertThat(categories.byId(unused)).isEmpty();
        assertThat(reader.get("/chuyen-muc/khong-ai-dung").statusCode()).isEqualTo(404);
        assertThat(audit.about("category", unused).get(0).action()).isEqualTo("category.delete");
    }

    String deleteAndReadProblem(long id) {
        HttpResponse<String> response = editor.submit("/quan-tri/chuyen-muc",
                "/quan-tri/chuyen-muc/" + id + "/xoa", Map.of());
        assertThat(response.statusCode()).isEqualTo(302);
        return editor.page("/quan-tri/chuyen-muc").select(".nr-problem").text();
    }

    @Test
    void editorsOrderCategoriesAmongTheirSiblingsAndReadersSeeTheOrderAtOnce() {
        long parent = createCategory("Thứ tự", "", "");
        long first = createCategory("Một", "", Long.toString(parent));
        long second = createCategory("Hai", "", Long.toString(parent));
        long third = createCategory("Ba", "", Long.toString(parent));
        assertThat(subcategories("/chuyen-muc/thu-tu")).containsExactly("Một", "Hai", "Ba");

        editor.submit("/quan-tri/chuyen-muc", "/quan-tri/chuyen-muc/" + third + "/len", Map.of());
        assertThat(subcategories("/chuyen-muc/thu-tu")).containsExactly("Một", "Ba", "Hai");
        editor.submit("/quan-tri/chuyen-muc", "/quan-tri/chuyen-muc/" + first + "/vi-tri", Map.of("position", "3"));
        assertThat(subcategories("/chuyen-muc/thu-tu")).containsExactly("Ba", "Hai", "Một");
        editor.submit("/quan-tri/chuyen-muc", "/quan-tri/chuyen-muc/" + second + "/xuong", Map.of());
        assertThat(subcategories("/chuyen-muc/thu-tu")).containsExactly("Ba", "Một", "Hai");
        // Past the ends means the ends.
        editor.submit("/quan-tri/chuyen-muc", "/quan-tri/chuyen-muc/" + second + "/vi-tri", Map.of("position", "0"));
        assertThat(subcategories("/chuyen-muc/thu-tu")).containsExactly("Hai", "Ba", "Một");
        assertThat(audit.about("category", second).get(0).detail()).isEqualTo("Hai: vị trí 1/3");

        Document list = editor.page("/quan-tri/chuyen-muc");
        assertThat(list.select("tbody th a").eachText()).containsSubsequence("Thứ tự", "Hai", "Ba", "Một");

        // A renamed category shows its new name on the (cached) public page at once.
        update(first, form("Một (mới)", "", Long.toString(parent)));
        assertThat(subcategories("/chuyen-muc/thu-tu")).containsExactly("Hai", "Ba", "Một (mới)");
    }

    List<String> subcategories(String path) {
        return reader.page(path).select("nav.subcategories a").eachText();
    }
}
