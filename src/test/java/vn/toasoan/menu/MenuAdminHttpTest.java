package vn.toasoan.menu;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.toasoan.account.Accounts;
import vn.toasoan.account.AuditEntry;
import vn.toasoan.account.AuditLog;
import vn.toasoan.account.Role;
import vn.toasoan.category.Categories;
import vn.toasoan.testsupport.NewsroomClient;
import vn.toasoan.testsupport.SiteAdminTest;
import vn.toasoan.testsupport.StaffLogins;
import vn.toasoan.testsupport.WebClient;

/** Editors keep the main and footer menus in the newsroom; every public page shows them at once. */
@SiteAdminTest
class MenuAdminHttpTest {

    static final String URL_RULE = "Địa chỉ phải là đường dẫn trong trang (bắt đầu bằng /, ví dụ /van-ban)"
            + " hoặc địa chỉ web bắt đầu bằng http:// hay https://.";

    @LocalServerPort
    int port;

    @Autowired
    Accounts accounts;

    @Autowired
    Menus menus;

    @Autowired
    Categories categories;

    @Autowired
    AuditLog audit;

    NewsroomClient editor;
    WebClient reader;

    @BeforeEach
    void setUp() {
        editor = new StaffLogins(accounts, port).as(Role.EDITOR, "bien-tap-menu-" + System.nanoTime() % 100000);
        reader = new WebClient(port);
    }

    static Map<String, String> item(String menu, String label, String target, String value, String parentId) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("menu", menu);
        fields.put("label", label);
        fields.put("target", target);
        fields.put("url", target.equals("url") ? value : "");
        fields.put("categoryId", target.equals("category") ? value : "");
        fields.put("articleId", target.equals("page") ? value : "");
        fields.put("parentId", parentId);
        return fields;
    }

    /** Posts the form as a browser would, following the redirect; answers the page the editor then sees. */
    Document post(String action, Map<String, String> fields) {
        HttpResponse<String> response = editor.submit("/quan-tri/menu", action, fields);
        if (response.statusCode() == 302) {
            return editor.page("/quan-tri/menu");
        }
        assertThat(response.statusCode()).as(action).isEqualTo(200);
        return Jsoup.parse(response.body());
    }

    long add(Map<String, String> fields) {
        Document list = post("/quan-tri/menu/moi", fields);
        assertThat(list.select(".nr-notice").text()).as(fields.toString()).startsWith("Đã thêm mục vào menu");
        return menus.entries(fields.get("menu")).stream().filter(e -> e.label().equals(fields.get("label")))
                .mapToLong(MenuEntry::id).max().orElseThrow();
    }

    Element mainMenuItem(String label) {
        return reader.page("/").select("nav.main-nav ul.menu > li").stream()
                .filter(li -> li.child(0).text().equals(label)).findFirst().orElse(null);
    }

    @Test
    void anEditorAddsItemsPointingAtAnAddressACategoryAPageOrNothing() {
        long category = categories.bySlug("tin-hoat-dong").orElseThrow().id();
        PageChoice page = menus.pages().get(0);
        add(item("main", "Tra cứu văn bản", "url", "/van-ban?loai=Kế+hoạch", ""));
        long heading = add(item("main", "Liên kết nhanh", "none", "", ""));
        add(item("main", "Hoạt động", "category", Long.toString(category), Long.toString(heading)));
        add(item("main", "Trang đã chọn", "page", Long.toString(page.id()), Long.toString(heading)));
        add(item("footer", "Cổng Chính phủ", "url", "https://chinhphu.vn", ""));

        assertThat(mainMenuItem("Tra cứu văn bản").child(0).attr("href")).isEqualTo("/van-ban?loai=Kế+hoạch");
        Element group = mainMenuItem("Liên kết nhanh");
        assertThat(group.child(0).tagName()).isEqualTo("span");
        assertThat(group.select("ul.submenu a")).extracting(a -> a.text() + " " + a.attr("href")).containsExactly(
                "Hoạt động /chuyen-muc/tin-hoat-dong", "Trang đã chọn " + menus.entry(menus.entries(Menus.MAIN).stream()
                        .filter(e -> e.label().equals("Trang đã chọn")).findFirst().orElseThrow().id()).url());
        assertThat(reader.page("/").select("footer .footer-links a").stream().filter(a -> a.text().equals("Cổng Chính phủ"))
                .map(a -> a.attr("href")).toList()).containsExactly("https://chinhphu.vn");
        assertThat(audit.about("menu", heading)).extracting(AuditEntry::action, AuditEntry::detail)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("menu.create", "Menu chính: Liên kết nhanh"));

        // The edit form shows what the item points at.
        long link = menus.entries(Menus.MAIN).stream().filter(e -> e.label().equals("Hoạt động")).findFirst()
                .orElseThrow().id();
        Document form = editor.page("/quan-tri/menu/" + link);
        assertThat(form.select("input[name=target][checked]").val()).isEqualTo("category");
        assertThat(form.select("#categoryId option[selected]").val()).isEqualTo(Long.toString(category));
        assertThat(form.select("#parentId option[selected]").val()).isEqualTo(Long.toString(heading));
    }

    @Test
    void unsafeOrIncompleteItemsAreRefusedWithTheFieldsMessage() {
        Map<String, List<String>> cases = new LinkedHashMap<>();
        for (String address : List.of("javascript:alert(1)", "JaVaScRiPt:alert(1)", " javascript:alert(1)",
                "data:text/html,<script>alert(1)</script>", "//tin-gia.example/trang", "http://", "ftp://tep.example/",
                "/van ban", "vbscript:msgbox(1)", "https://user@chinhphu.vn/", "/a\"onmouseover=\"alert(1)")) {
            cases.put("url=" + address, List.of("url", URL_RULE));
        }
        cases.put("label= ", List.of("label", "Nhập nhãn của mục menu."));
        cases.put("label=" + "Ê".repeat(201), List.of("label", "Nhãn dài tối đa 200 ký tự."));
        cases.put("target=", List.of("target", "Chọn mục menu trỏ tới đâu."));
        cases.put("target=category", List.of("categoryId", "Chọn một chuyên mục."));
        cases.put("target=page", List.of("articleId", "Chọn một trang."));
        cases.put("parentId=999999999", List.of("parentId", "Mục cha đã chọn không còn: hãy chọn lại."));
        List<MenuEntry> before = menus.entries(Menus.MAIN);
        for (Map.Entry<String, List<String>> c : cases.entrySet()) {
            Map<String, String> fields = item("main", "Hợp lệ", "url", "/hop-le", "");
            String[] change = c.getKey().split("=", 2);
            fields.put(change[0], change[1]);
            Document page = post("/quan-tri/menu/moi", fields);
            assertThat(page.select("#" + c.getValue().get(0) + "-loi").text()).as(c.getKey())
                    .isEqualTo(c.getValue().get(1));
            if (change[0].equals("url")) {
                assertThat(page.select("#url").val()).as(c.getKey()).isEqualTo(change[1]);
            }
        }
        assertThat(menus.entries(Menus.MAIN)).isEqualTo(before);
    }

    @Test
    void theMainMenuHasTwoLevelsAndTheFooterOne() {
        long first = add(item("main", "Cấp một A", "url", "/a", ""));
        long second = add(item("main", "Cấp một B", "url", "/b", ""));
        long child = add(item("main", "Con của B", "url", "/b/con", Long.toString(second)));

        Document underChild = post("/quan-tri/menu/" + first, item("main", "Cấp một A", "url", "/a", Long.toString(child)));
        assertThat(underChild.select("#parentId-loi").text())
                .isEqualTo("Chỉ chọn được mục cấp một làm mục cha: menu có hai cấp.");
        Document parentWithChildren = post("/quan-tri/menu/" + second, item("main", "Cấp một B", "url", "/b",
                Long.toString(first)));
        assertThat(parentWithChildren.select("#parentId-loi").text())
                .isEqualTo("Mục này đang có mục con nên phải ở cấp một: menu có hai cấp.");
        Document footer = post("/quan-tri/menu/moi", item("footer", "Chân trang con", "url", "/c",
                Long.toString(menus.entries(Menus.FOOTER).get(0).id())));
        assertThat(footer.select(".nr-problem").text()).contains("Chưa lưu");
        assertThat(menus.entries(Menus.FOOTER)).noneMatch(e -> e.label().equals("Chân trang con"));
        // The form offers only top-level items of the main menu, and no parent at all in the footer menu.
        assertThat(editor.page("/quan-tri/menu/" + first).select("#parentId option").eachText())
                .contains("Cấp một B").doesNotContain("Con của B", "Cấp một A");
        assertThat(editor.page("/quan-tri/menu/moi?menu=footer").select("#parentId")).isEmpty();

        post("/quan-tri/menu/" + first, item("main", "Cấp một A", "url", "/a", Long.toString(second)));
        assertThat(mainMenuItem("Cấp một B").select("ul.submenu a").eachText()).containsExactly("Con của B", "Cấp một A");
        assertThat(mainMenuItem("Cấp một A")).isNull();
    }

    @Test
    void editorsReorderAndDeleteItemsAndReadersSeeItAtOnce() {
        long group = add(item("main", "Nhóm thứ tự", "none", "", ""));
        long one = add(item("main", "Thứ nhất", "url", "/1", Long.toString(group)));
        long two = add(item("main", "Thứ hai", "url", "/2", Long.toString(group)));
        add(item("main", "Thứ ba", "url", "/3", Long.toString(group)));
        assertThat(mainMenuItem("Nhóm thứ tự").select("ul.submenu a").eachText())
                .containsExactly("Thứ nhất", "Thứ hai", "Thứ ba");

        post("/quan-tri/menu/" + two + "/len", Map.of());
        assertThat(mainMenuItem("Nhóm thứ tự").select("ul.submenu a").eachText())
                .containsExactly("Thứ hai", "Thứ nhất", "Thứ ba");
        post("/quan-tri/menu/" + one + "/xuong", Map.of());
        assertThat(mainMenuItem("Nhóm thứ tự").select("ul.submenu a").eachText())
                .containsExactly("Thứ hai", "Thứ ba", "Thứ nhất");
        assertThat(audit.about("menu", one).get(0).detail()).isEqualTo("Menu chính: Thứ nhất, vị trí 3/3");

        Document refused = post("/quan-tri/menu/" + group + "/xoa", Map.of());
        assertThat(refused.select(".nr-problem").text())
                .isEqualTo("Chưa xóa được „Nhóm thứ tự”: còn 3 mục con. Hãy xóa hoặc chuyển chúng trước.");
        Document deleted = post("/quan-tri/menu/" + two + "/xoa", Map.of());
        assertThat(deleted.select(".nr-notice").text()).isEqualTo("Đã xóa mục menu.");
        assertThat(mainMenuItem("Nhóm thứ tự").select("ul.submenu a").eachText()).containsExactly("Thứ ba", "Thứ nhất");
        assertThat(audit.about("menu", two).get(0).action()).isEqualTo("menu.delete");

        Document renamed = post("/quan-tri/menu/" + group, item("main", "Nhóm đã đổi tên", "none", "", ""));
        assertThat(renamed.select(".nr-notice").text()).isEqualTo("Đã lưu mục menu.");
        assertThat(mainMenuItem("Nhóm đã đổi tên")).isNotNull();
    }
}
