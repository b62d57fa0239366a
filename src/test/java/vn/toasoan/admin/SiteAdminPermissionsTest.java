package vn.toasoan.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.toasoan.account.Account;
import vn.toasoan.account.Accounts;
import vn.toasoan.account.Actor;
import vn.toasoan.account.AuditLog;
import vn.toasoan.account.NewAccount;
import vn.toasoan.account.Role;
import vn.toasoan.banner.BannerChange;
import vn.toasoan.banner.Banners;
import vn.toasoan.category.Categories;
import vn.toasoan.category.CategoryChange;
import vn.toasoan.failure.NotPermitted;
import vn.toasoan.menu.MenuItemChange;
import vn.toasoan.menu.Menus;
import vn.toasoan.settings.SettingsChange;
import vn.toasoan.settings.SiteSettings;
import vn.toasoan.testsupport.HtmlValidator;
import vn.toasoan.testsupport.NewsroomClient;
import vn.toasoan.testsupport.SiteAdminTest;
import vn.toasoan.testsupport.StaffLogins;

/**
 * The permission matrix of the site-structure and people pages, every role against every page and action: a
 * visitor is sent to the login page, an author gets 403 on editors' and administrators' pages, an editor on
 * administrators', and no refused action changes anything. Every page is valid HTML with labelled fields.
 */
@SiteAdminTest
class SiteAdminPermissionsTest {

    @LocalServerPort
    int port;

    @Autowired
    Accounts accounts;

    @Autowired
    AuditLog audit;

    @Autowired
    Categories categories;

    @Autowired
    Menus menus;

    @Autowired
    Banners banners;

    @Autowired
    SiteSettings settings;

    StaffLogins staff;

    long category;
    long menuItem;
    long banner;
    long account;

    @BeforeEach
    void setUp() {
        staff = new StaffLogins(accounts, port);
        category = categories.all().get(0).id();
        menuItem = menus.entries(Menus.MAIN).get(0).id();
        banner = banners.rows().get(0).banner().id();
        account = accounts.all().stream().filter(a -> a.username().equals("admin")).findFirst().orElseThrow().id();
    }

    List<String> editorPages() {
        return List.of("/quan-tri/chuyen-muc", "/quan-tri/chuyen-muc/moi", "/quan-tri/chuyen-muc/" + category,
                "/quan-tri/menu", "/quan-tri/menu/moi", "/quan-tri/menu/moi?menu=footer", "/quan-tri/menu/" + menuItem,
                "/quan-tri/banner", "/quan-tri/banner/moi", "/quan-tri/banner/" + banner);
    }

    List<String> adminPages() {
        return List.of("/quan-tri/nguoi-dung", "/quan-tri/nguoi-dung/moi", "/quan-tri/nguoi-dung/" + account,
                "/quan-tri/nhat-ky", "/quan-tri/cai-dat");
    }

    /** Each action with fields that would change something if it were allowed. */
    Map<String, Map<String, String>> editorActions() {
        Map<String, Map<String, String>> actions = new LinkedHashMap<>();
        actions.put("/quan-tri/chuyen-muc/moi", Map.of("name", "Không được tạo", "slug", "", "parentId", ""));
        actions.put("/quan-tri/chuyen-muc/" + category, Map.of("name", "Không được sửa", "slug", "khong-duoc-sua"));
        actions.put("/quan-tri/chuyen-muc/" + category + "/len", Map.of());
        actions.put("/quan-tri/chuyen-muc/" + category + "/xuong", Map.of());
        actions.put("/quan-tri/chuyen-muc/" + category + "/vi-tri", Map.of("position", "3"));
        actions.put("/quan-tri/chuyen-muc/" + category + "/xoa", Map.of());
        actions.put("/quan-tri/menu/moi", Map.of("menu", "main", "label", "Không được thêm", "target", "url",
                "url", "/khong"));
        actions.put("/quan-tri/menu/" + menuItem, Map.of("menu", "main", "label", "Không được sửa", "target", "none"));
        actions.put("/quan-tri/menu/" + menuItem + "/len", Map.of());
        actions.put("/quan-tri/menu/" + menuItem + "/xuong", Map.of());
        actions.put("/quan-tri/menu/" + menuItem + "/xoa", Map.of());
        actions.put("/quan-tri/banner/loi-dan", Map.of("lead", "Không được sửa"));
        actions.put("/quan-tri/banner/moi", Map.of("kind", "plain", "template", "Không được thêm"));
        actions.put("/quan-tri/banner/" + banner, Map.of("kind", "plain", "template", "Không được sửa"));
        actions.put("/quan-tri/banner/" + banner + "/len", Map.of());
        actions.put("/quan-tri/banner/" + banner + "/xuong", Map.of());
        actions.put("/quan-tri/banner/" + banner + "/xoa", Map.of());
        return actions;
    }

    Map<String, Map<String, String>> adminActions() {
        Map<String, Map<String, String>> actions = new LinkedHashMap<>();
        actions.put("/quan-tri/nguoi-dung/moi", Map.of("username", "khong-duoc-tao", "displayName", "Không được tạo",
                "role", "ADMIN", "generatePassword", "true"));
        actions.put("/quan-tri/nguoi-dung/" + account, Map.of("displayName", "Không được sửa", "role", "AUTHOR",
                "version", "0"));
        actions.put("/quan-tri/nguoi-dung/" + account + "/dat-lai-mat-khau", Map.of());
        actions.put("/quan-tri/nguoi-dung/" + account + "/mo-khoa", Map.of());
        actions.put("/quan-tri/cai-dat", Map.of("name", "Không được đổi tên", "zone", "UTC"));
        actions.put("/quan-tri/cai-dat/logo/xoa", Map.of());
        return actions;
    }

    @Test
    void visitorsAreSentToTheLoginPageAndChangeNothing() {
        NewsroomClient visitor = new NewsroomClient(port);
        String login = "http://localhost:" + port + "/quan-tri/dang-nhap";
        List<String> pages = new ArrayList<>(editorPages());
        pages.addAll(adminPages());
        pages.addAll(List.of("/quan-tri/tai-khoan", "/quan-tri/banner/xem-truoc?template=x"));
        for (String page : pages) {
            HttpResponse<String> response = visitor.get(page);
            assertThat(response.statusCode()).as(page).isEqualTo(302);
            assertThat(response.headers().firstValue("Location")).as(page).hasValue(login);
        }
        State before = state();
        Map<String, Map<String, String>> actions = new LinkedHashMap<>(editorActions());
        actions.putAll(adminActions());
        actions.put("/quan-tri/tai-khoan/ten", Map.of("displayName", "Không được sửa"));
        for (Map.Entry<String, Map<String, String>> action : actions.entrySet()) {
            // With the login page's CSRF token, so it is the missing login that refuses the action.
            HttpResponse<String> response = visitor.submit("/quan-tri/dang-nhap", action.getKey(), action.getValue());
            assertThat(response.statusCode()).as(action.getKey()).isEqualTo(302);
            assertThat(response.headers().firstValue("Location")).as(action.getKey()).hasValue(login);
        }
        assertThat(state()).isEqualTo(before);
    }

    @Test
    void anAuthorIsRefusedEditorsAndAdministratorsPagesAndActionsAndChangesNothing() {
        NewsroomClient author = staff.as(Role.AUTHOR, "phong-vien-ma-tran");
        List<String> pages = new ArrayList<>(editorPages());
        pages.addAll(adminPages());
        pages.add("/quan-tri/banner/xem-truoc?template=x");
        for (String page : pages) {
            HttpResponse<String> response = author.get(page);
            assertThat(response.statusCode()).as(page).isEqualTo(403);
            assertThat(response.body()).as(page).contains("Vai trò của bạn không cho phép");
        }
        State before = state();
        Map<String, Map<String, String>> actions = new LinkedHashMap<>(editorActions());
        actions.putAll(adminActions());
        for (Map.Entry<String, Map<String, String>> action : actions.entrySet()) {
            HttpResponse<String> response = author.submit("/quan-tri", action.getKey(), action.getValue());
            assertThat(response.statusCode()).as(action.getKey()).isEqualTo(403);
        }
        assertThat(state()).isEqualTo(before);
        assertThat(author.get("/quan-tri/tai-khoan").statusCode()).isEqualTo(200);
    }

    @Test
    void anEditorManagesTheSiteStructureButIsRefusedAdministratorsPagesAndActions() {
        NewsroomClient editor = staff.as(Role.EDITOR, "bien-tap-ma-tran");
        for (String page : editorPages()) {
            assertThat(editor.get(page).statusCode()).as(page).isEqualTo(200);
        }
        for (String page : adminPages()) {
            assertThat(editor.get(page).statusCode()).as(page).isEqualTo(403);
        }
        State before = state();
        for (Map.Entry<String, Map<String, String>> action : adminActions().entrySet()) {
            HttpResponse<String> response = editor.submit("/quan-tri", action.getKey(), action.getValue());
            assertThat(response.statusCode()).as(action.getKey()).isEqualTo(403);
        }
        assertThat(state()).isEqualTo(before);
    }

    @Test
    void theServicesRefuseTooWhateverCallsThem() {
        Actor author = accounts.find(staff.create(Role.AUTHOR, "phong-vien-dich-vu")).orElseThrow().actor();
        Actor editor = accounts.find(staff.create(Role.EDITOR, "bien-tap-dich-vu")).orElseThrow().actor();
        State before = state();
        CategoryChange category = new CategoryChange("Không được", "", "", "", true);
        MenuItemChange item = new MenuItemChange(Menus.MAIN, "Không được", MenuItemChange.URL, "/x", "", "", "");
        BannerChange text = new BannerChange(BannerChange.PLAIN, "Không được", "", "", "", "", "");
        List<ThrowingCallable> editorsOnly = List.of(
                () -> categories.create(author, category), () -> categories.update(author, this.category, category),
                () -> categories.move(author, this.category, 1), () -> categories.place(author, this.category, 2),
                () -> categories.delete(author, this.category),
                () -> menus.add(author, item), () -> menus.update(author, menuItem, item),
                () -> menus.move(author, menuItem, 1), () -> menus.delete(author, menuItem),
                () -> banners.add(author, text), () -> banners.update(author, banner, text),
                () -> banners.move(author, banner, 1), () -> banners.delete(author, banner),
                () -> banners.setLead(author, "Không được"));
        for (ThrowingCallable call : editorsOnly) {
            assertThatThrownBy(call).isInstanceOf(NotPermitted.class);
        }
        SettingsChange settingsChange = new SettingsChange("Không được", null, null, null, null, "UTC", null);
        for (Actor notAdmin : List.of(author, editor)) {
            List<ThrowingCallable> adminsOnly = List.of(
                    () -> settings.update(notAdmin, settingsChange), () -> settings.removeLogo(notAdmin),
                    () -> settings.replaceLogo(notAdmin, new byte[] {1}),
                    () -> accounts.create(notAdmin, new NewAccount("khong-duoc", "Không được", null, null, Role.ADMIN,
                            "mat-khau-dai-hon-muoi")),
                    () -> accounts.update(notAdmin, account, 0, "Không được", null, null, Role.AUTHOR, false),
                    () -> accounts.resetPassword(notAdmin, account), () -> accounts.unlock(notAdmin, account));
            for (ThrowingCallable call : adminsOnly) {
                assertThatThrownBy(call).isInstanceOf(NotPermitted.class);
            }
        }
        assertThat(state()).isEqualTo(before);
    }

    @Test
    void everyPageIsValidHtmlWithOneHeadingAndLabelledFields() {
        NewsroomClient admin = staff.admin(SiteAdminTest.ADMIN_PASSWORD);
        List<String> pages = new ArrayList<>(editorPages());
        pages.addAll(adminPages());
        pages.add("/quan-tri/tai-khoan");
        pages.add("/quan-tri/nhat-ky?loai=login.&nguoi=" + account);
        for (String path : pages) {
            HttpResponse<String> response = admin.get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(200);
            assertThat(HtmlValidator.get().errors(response.body())).as(path).isEmpty();
            assertAccessibleForm(path, Jsoup.parse(response.body()));
        }
    }

    /** What the checker cannot see: one h1, a label for every field, no inline script, ids used once. */
    static void assertAccessibleForm(String path, Document page) {
        assertThat(page.select("h1")).as(path).hasSize(1);
        assertThat(page.select("main#noi-dung")).as(path).hasSize(1);
        assertThat(page.select("script:not([src])")).as(path).isEmpty();
        assertThat(page.select("*").stream().flatMap(e -> e.attributes().asList().stream())
                .filter(a -> a.getKey().toLowerCase().startsWith("on"))).as(path).isEmpty();
        List<String> ids = page.select("[id]").eachAttr("id");
        assertThat(ids).as(path).doesNotHaveDuplicates();
        for (Element field : page.select("input:not([type=hidden]):not([type=submit]), select, textarea")) {
            boolean labelled = !field.id().isEmpty() && !page.select("label[for=" + field.id() + "]").isEmpty()
                    || field.hasAttr("aria-label");
            assertThat(labelled).as(path + " " + field.outerHtml()).isTrue();
        }
    }

    /** Everything the refused actions could have changed. */
    record State(Object categories, Object mainMenu, Object footerMenu, Object banners, String lead, Object site,
            List<String> accounts, long changes) {
    }

    State state() {
        return new State(categories.all(), menus.entries(Menus.MAIN), menus.entries(Menus.FOOTER),
                banners.rows().stream().map(r -> r.banner()).toList(), banners.lead(), settings.current(),
                accounts.all().stream().map(SiteAdminPermissionsTest::withoutLogins).toList(),
                audit.count("") - audit.count("login."));
    }

    /** An account without what logging in changes. */
    static String withoutLogins(Account a) {
        return a.id() + " " + a.username() + " " + a.displayName() + " " + a.penName() + " " + a.email() + " "
                + a.role() + " " + a.enabled() + " " + a.version();
    }
}
