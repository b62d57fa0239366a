package vn.toasoan.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.toasoan.testsupport.FixedClockConfiguration;
import vn.toasoan.testsupport.MutableClock;
import vn.toasoan.testsupport.NewsroomClient;
import vn.toasoan.testsupport.SiteAdminTest;
import vn.toasoan.testsupport.StaffLogins;

/** Administrators manage staff accounts in the newsroom; everyone manages their own. Over real HTTP. */
@SiteAdminTest
class UserAdminHttpTest {

    @LocalServerPort
    int port;

    @Autowired
    Accounts accounts;

    @Autowired
    AccountRepository repository;

    @Autowired
    AuditLog audit;

    @Autowired
    MutableClock clock;

    StaffLogins staff;
    NewsroomClient admin;

    @BeforeEach
    void setUp() {
        clock.set(FixedClockConfiguration.START);
        staff = new StaffLogins(accounts, port);
        admin = staff.admin(SiteAdminTest.ADMIN_PASSWORD);
    }

    String absolute(String path) {
        return "http://localhost:" + port + path;
    }

    Account byUsername(String username) {
        return accounts.all().stream().filter(a -> a.username().equals(username)).findFirst().orElseThrow();
    }

    Map<String, String> newAccount(String username) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("username", username);
        fields.put("displayName", "Nguyễn Thị Ánh");
        fields.put("penName", "Ngọc Ánh");
        fields.put("email", "anh@dangbo.gov.vn");
        fields.put("role", "EDITOR");
        fields.put("password", "mat-khau-rieng-123");
        return fields;
    }

    @Test
    void anAdministratorCreatesAnAccountWithItsPasswordAndTheNewEditorLogsIn() {
        HttpResponse<String> response = admin.submit("/quan-tri/nguoi-dung/moi", "/quan-tri/nguoi-dung/moi",
                newAccount("ngoc-anh"));
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).hasValue(absolute("/quan-tri/nguoi-dung"));

        Document list = admin.page("/quan-tri/nguoi-dung");
        assertThat(list.select(".nr-notice").text()).isEqualTo("Đã tạo tài khoản „ngoc-anh”.");
        assertThat(list.select(".nr-secret")).isEmpty();
        assertThat(list.select("tr:has(a:containsOwn(ngoc-anh)) td").stream().map(e -> e.text()).toList())
                .startsWith("Nguyễn Thị Ánh", "Ngọc Ánh", "Biên tập viên", "Đang dùng", "", "Chưa đăng nhập");
        Account created = byUsername("ngoc-anh");
        assertThat(created.email()).isEqualTo("anh@dangbo.gov.vn");
        assertThat(audit.about("account", created.id())).extracting(AuditEntry::action, AuditEntry::detail,
                AuditEntry::actorName).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("account.create", "ngoc-anh (Biên tập viên)", "Quản trị viên"));
        new NewsroomClient(port).loggedInAs("ngoc-anh", "mat-khau-rieng-123");
    }

    @Test
    void aGeneratedPasswordIsShownOnceOnTheNextPageAndWorks() {
        Map<String, String> fields = newAccount("mat-khau-sinh-ra");
        fields.put("password", "");
        fields.put("generatePassword", "true");
        admin.submit("/quan-tri/nguoi-dung/moi", "/quan-tri/nguoi-dung/moi", fields);

        Document list = admin.page("/quan-tri/nguoi-dung");
        String password = list.select(".nr-secret code").text();
        assertThat(password).matches("[a-km-zA-HJ-NP-Z2-9]{16}");
        assertThat(list.select(".nr-secret").text()).contains("Mật khẩu của „mat-khau-sinh-ra”: " + password);
        assertThat(admin.page("/quan-tri/nguoi-dung").select(".nr-secret")).isEmpty();
        new NewsroomClient(port).loggedInAs("mat-khau-sinh-ra", password);
    }

    @Test
    void badInputIsRefusedWithTheFieldsMessageTheTypedValuesAndNothingCreated() {
        String longName = "Đ".repeat(201);
        String longEmail = "a".repeat(64) + "@" + "b".repeat(186) + ".gov";
        Map<String, List<String>> cases = new LinkedHashMap<>();
        cases.put("username=admin", List.of("username", "Tên đăng nhập „admin” đã có người dùng."));
        cases.put("username=Ngọc Ánh", List.of("username",
                "Tên đăng nhập gồm 3–60 chữ thường không dấu, chữ số, dấu chấm, gạch ngang hoặc gạch dưới."));
        cases.put("displayName=   ", List.of("displayName", "Nhập họ và tên."));
        cases.put("displayName=" + longName, List.of("displayName", "Họ và tên dài tối đa 200 ký tự."));
        cases.put("penName=" + longName, List.of("penName", "Bút danh dài tối đa 200 ký tự."));
        cases.put("email=" + longEmail, List.of("email", "Thư điện tử dài tối đa 254 ký tự."));
        cases.put("email=anh at dangbo", List.of("email", "Thư điện tử không hợp lệ: dạng ten@co-quan.gov.vn."));
        cases.put("role=ROOT", List.of("role", "Chọn vai trò."));
        cases.put("password=ngan", List.of("password", "Mật khẩu cần ít nhất 10 ký tự."));
        cases.put("password=xyz-hop-le-abc", List.of("password", "Mật khẩu không được chứa tên đăng nhập."));
        int before = accounts.all().size();
        for (Map.Entry<String, List<String>> c : cases.entrySet()) {
            Map<String, String> fields = newAccount("hop-le");
            String[] change = c.getKey().split("=", 2);
            fields.put(change[0], change[1]);
            HttpResponse<String> response = admin.submit("/quan-tri/nguoi-dung/moi", "/quan-tri/nguoi-dung/moi",
                    fields);
            assertThat(response.statusCode()).as(c.getKey()).isEqualTo(200);
            Document page = Jsoup.parse(response.body());
            String field = c.getValue().get(0);
            assertThat(page.select("#" + field + "-loi").text()).as(c.getKey()).isEqualTo(c.getValue().get(1));
            assertThat(page.select("#" + field).attr("aria-invalid")).as(c.getKey()).isEqualTo("true");
            if (!field.equals("role") && !field.equals("password")) {
                assertThat(page.select("#" + field).val()).as(c.getKey()).isEqualTo(change[1]);
            }
            assertThat(page.select("#password").val()).as("never sent back").isEmpty();
        }
        assertThat(accounts.all()).hasSize(before);
    }

    @Test
    void anAdministratorChangesRoleNamesAndWhetherAnAccountMayLogIn() {
        long id = staff.create(Role.AUTHOR, "se-len-bien-tap");
        Document form = admin.page("/quan-tri/nguoi-dung/" + id);
        assertThat(form.select("#role option[selected]").val()).isEqualTo("AUTHOR");
        assertThat(form.select("#enabled").hasAttr("checked")).isTrue();
        HttpResponse<String> response = admin.submit("/quan-tri/nguoi-dung/" + id, "/quan-tri/nguoi-dung/" + id,
                Map.of("displayName", "  Trần   Văn Bình ", "penName", "Văn Bình", "email", "binh@dangbo.gov.vn",
                        "role", "EDITOR", "enabled", "true", "version", form.select("input[name=version]").val()));
        assertThat(response.headers().firstValue("Location")).hasValue(absolute("/quan-tri/nguoi-dung"));
        Account saved = accounts.find(id).orElseThrow();
        assertThat(saved.displayName()).isEqualTo("Trần Văn Bình");
        assertThat(saved.penName()).isEqualTo("Văn Bình");
        assertThat(saved.role()).isEqualTo(Role.EDITOR);
        assertThat(saved.enabled()).isTrue();
        assertThat(audit.about("account", id).get(0).detail()).isEqualTo("se-len-bien-tap: Biên tập viên");

        admin.submit("/quan-tri/nguoi-dung/" + id, "/quan-tri/nguoi-dung/" + id, Map.of("displayName", "Trần Văn Bình",
                "role", "EDITOR", "version", Integer.toString(saved.version())));
        assertThat(accounts.find(id).orElseThrow().enabled()).isFalse();
        assertThat(new NewsroomClient(port).login("se-len-bien-tap", StaffLogins.PASSWORD).headers()
                .firstValue("Location")).hasValue(absolute("/quan-tri/dang-nhap?loi"));
    }

    @Test
    void twoAdministratorsSavingTheSameAccountDoNotOverwriteEachOther() {
        long id = staff.create(Role.AUTHOR, "hai-nguoi-sua");
        String version = admin.page("/quan-tri/nguoi-dung/" + id).select("input[name=version]").val();
        admin.submit("/quan-tri/nguoi-dung/" + id, "/quan-tri/nguoi-dung/" + id, Map.of("displayName", "Tên thứ nhất",
                "role", "AUTHOR", "enabled", "true", "version", version));
        HttpResponse<String> second = admin.submit("/quan-tri/nguoi-dung/" + id, "/quan-tri/nguoi-dung/" + id,
                Map.of("displayName", "Tên thứ hai", "role", "EDITOR", "enabled", "true", "version", version));
        assertThat(second.statusCode()).isEqualTo(200);
        Document page = Jsoup.parse(second.body());
        assertThat(page.select(".nr-problem span").text())
                .isEqualTo("Tài khoản vừa được người khác sửa; hãy tải lại trang.");
        assertThat(page.select("#displayName").val()).isEqualTo("Tên thứ hai");
        Account saved = accounts.find(id).orElseThrow();
        assertThat(saved.displayName()).isEqualTo("Tên thứ nhất");
        assertThat(saved.role()).isEqualTo(Role.AUTHOR);
    }

    @Test
    void theLastAdministratorCannotBeDemotedOrDisabledThroughTheForm() {
        Account last = byUsername("admin");
        String path = "/quan-tri/nguoi-dung/" + last.id();
        String version = admin.page(path).select("input[name=version]").val();

        Document demoted = Jsoup.parse(admin.submit(path, path, Map.of("displayName", last.displayName(),
                "role", "EDITOR", "enabled", "true", "version", version)).body());
        assertThat(demoted.select("#role-loi").text())
                .isEqualTo("Đây là quản trị viên cuối cùng: hãy chỉ định quản trị viên khác trước.");
        assertThat(demoted.select("#role option[selected]").val()).isEqualTo("EDITOR");

        Document disabled = Jsoup.parse(admin.submit(path, path, Map.of("displayName", last.displayName(),
                "role", "ADMIN", "version", version)).body());
        assertThat(disabled.select("#enabled-loi").text())
                .isEqualTo("Đây là quản trị viên cuối cùng: hãy chỉ định quản trị viên khác trước.");

        Account after = byUsername("admin");
        assertThat(after.role()).isEqualTo(Role.ADMIN);
        assertThat(after.enabled()).isTrue();
        assertThat(after.version()).isEqualTo(last.version());
    }

    @Test
    void aResetPasswordIsShownOnceAndReplacesTheOldOne() {
        long id = staff.create(Role.AUTHOR, "quen-mat-khau");
        HttpResponse<String> response = admin.submit("/quan-tri/nguoi-dung/" + id,
                "/quan-tri/nguoi-dung/" + id + "/dat-lai-mat-khau", Map.of());
        assertThat(response.headers().firstValue("Location")).hasValue(absolute("/quan-tri/nguoi-dung"));
        Document list = admin.page("/quan-tri/nguoi-dung");
        assertThat(list.select(".nr-notice").text()).isEqualTo("Đã đặt lại mật khẩu của „quen-mat-khau”.");
        String password = list.select(".nr-secret code").text();
        assertThat(password).hasSize(16);
        assertThat(admin.page("/quan-tri/nguoi-dung").select(".nr-secret")).isEmpty();
        assertThat(new NewsroomClient(port).login("quen-mat-khau", StaffLogins.PASSWORD).headers()
                .firstValue("Location")).hasValue(absolute("/quan-tri/dang-nhap?loi"));
        new NewsroomClient(port).loggedInAs("quen-mat-khau", password);
        assertThat(audit.about("account", id)).extracting(AuditEntry::action).contains("account.reset-password");
    }

    @Test
    void aLockedAccountShowsUntilWhenAndAnAdministratorUnlocksIt() {
        long id = staff.create(Role.AUTHOR, "bi-khoa");
        for (int i = 0; i < 10; i++) {
            repository.countFailure(id, clock.instant());
        }
        repository.lock(id, clock.instant().plus(Duration.ofMinutes(15)));
        Document list = admin.page("/quan-tri/nguoi-dung");
        assertThat(list.select("tr:has(a:containsOwn(bi-khoa)) td").get(4).text()).isEqualTo("07/05/2026 10:15");
        assertThat(new NewsroomClient(port).login("bi-khoa", StaffLogins.PASSWORD).headers().firstValue("Location"))
                .hasValue(absolute("/quan-tri/dang-nhap?loi"));

        admin.submit("/quan-tri/nguoi-dung", "/quan-tri/nguoi-dung/" + id + "/mo-khoa", Map.of());
        assertThat(admin.page("/quan-tri/nguoi-dung").select(".nr-notice").text())
                .isEqualTo("Đã mở khóa tài khoản „bi-khoa”.");
        assertThat(accounts.find(id).orElseThrow().lockedUntil()).isNull();
        new NewsroomClient(port).loggedInAs("bi-khoa", StaffLogins.PASSWORD);
    }

    @Test
    void staffChangeTheirOwnPasswordProvingTheCurrentOne() {
        NewsroomClient author = staff.as(Role.AUTHOR, "doi-mat-khau");
        String action = "/quan-tri/tai-khoan/mat-khau";
        Document wrong = Jsoup.parse(author.submit("/quan-tri/tai-khoan", action, Map.of("currentPassword", "sai-roi-sai-roi",
                "newPassword", "mat-khau-moi-dai", "repeatPassword", "mat-khau-moi-dai")).body());
        assertThat(wrong.select("#currentPassword-loi").text()).isEqualTo("Mật khẩu hiện tại không đúng.");
        Document mismatch = Jsoup.parse(author.submit("/quan-tri/tai-khoan", action, Map.of("currentPassword",
                StaffLogins.PASSWORD, "newPassword", "mat-khau-moi-dai", "repeatPassword", "mat-khau-moi-dài")).body());
        assertThat(mismatch.select("#repeatPassword-loi").text()).isEqualTo("Hai lần nhập mật khẩu mới không giống nhau.");
        new NewsroomClient(port).loggedInAs("doi-mat-khau", StaffLogins.PASSWORD);

        HttpResponse<String> done = author.submit("/quan-tri/tai-khoan", action, Map.of("currentPassword",
                StaffLogins.PASSWORD, "newPassword", "mat-khau-moi-dai", "repeatPassword", "mat-khau-moi-dai"));
        assertThat(done.headers().firstValue("Location")).hasValue(absolute("/quan-tri/tai-khoan"));
        assertThat(author.page("/quan-tri/tai-khoan").select(".nr-notice").text())
                .isEqualTo("Đã đổi mật khẩu. Lần đăng nhập sau hãy dùng mật khẩu mới.");
        new NewsroomClient(port).loggedInAs("doi-mat-khau", "mat-khau-moi-dai");
    }

    @Test
    void aNewOwnPasswordEndsTheAccountsOtherSessionsAndKeepsTheOneThatChangedIt() {
        NewsroomClient here = staff.as(Role.AUTHOR, "hai-trinh-duyet");
        NewsroomClient elsewhere = new NewsroomClient(port).loggedInAs("hai-trinh-duyet", StaffLogins.PASSWORD);
        assertThat(elsewhere.get("/quan-tri").statusCode()).isEqualTo(200);

        HttpResponse<String> done = here.submit("/quan-tri/tai-khoan", "/quan-tri/tai-khoan/mat-khau",
                Map.of("currentPassword", StaffLogins.PASSWORD, "newPassword", "mat-khau-moi-dai",
                        "repeatPassword", "mat-khau-moi-dai"));
        assertThat(done.headers().firstValue("Location")).hasValue(absolute("/quan-tri/tai-khoan"));

        assertThat(elsewhere.get("/quan-tri").headers().firstValue("Location"))
                .hasValue(absolute("/quan-tri/dang-nhap"));
        assertThat(elsewhere.get("/quan-tri").headers().firstValue("Location"))
                .hasValue(absolute("/quan-tri/dang-nhap"));
        assertThat(here.page("/quan-tri/tai-khoan").select(".nr-notice").text())
                .isEqualTo("Đã đổi mật khẩu. Lần đăng nhập sau hãy dùng mật khẩu mới.");
        assertThat(here.get("/quan-tri").statusCode()).isEqualTo(200);
    }

    @Test
    void aPasswordResetByAnAdministratorEndsEverySessionOfTheAccount() {
        NewsroomClient first = staff.as(Role.EDITOR, "bi-dat-lai");
        NewsroomClient second = new NewsroomClient(port).loggedInAs("bi-dat-lai", StaffLogins.PASSWORD);
        assertThat(first.get("/quan-tri").statusCode()).isEqualTo(200);
        long id = byUsername("bi-dat-lai").id();

        admin.submit("/quan-tri/nguoi-dung/" + id, "/quan-tri/nguoi-dung/" + id + "/dat-lai-mat-khau", Map.of());

        assertThat(first.get("/quan-tri").headers().firstValue("Location")).hasValue(absolute("/quan-tri/dang-nhap"));
        assertThat(second.get("/quan-tri").headers().firstValue("Location"))
                .hasValue(absolute("/quan-tri/dang-nhap"));
        assertThat(admin.page("/quan-tri/nguoi-dung").select(".nr-notice").text())
                .isEqualTo("Đã đặt lại mật khẩu của „bi-dat-lai”.");
    }

    @Test
    void anAdministratorResettingTheirOwnPasswordKeepsThisSessionToReadItAndEndsTheOthers() {
        NewsroomClient here = staff.as(Role.ADMIN, "tu-dat-lai");
        long id = byUsername("tu-dat-lai").id();
        try {
            NewsroomClient elsewhere = new NewsroomClient(port).loggedInAs("tu-dat-lai", StaffLogins.PASSWORD);
            here.submit("/quan-tri/nguoi-dung/" + id, "/quan-tri/nguoi-dung/" + id + "/dat-lai-mat-khau", Map.of());

            String password = here.page("/quan-tri/nguoi-dung").select(".nr-secret code").text();
            assertThat(password).matches("[a-km-zA-HJ-NP-Z2-9]{16}");
            assertThat(elsewhere.get("/quan-tri").headers().firstValue("Location"))
                    .hasValue(absolute("/quan-tri/dang-nhap"));
            new NewsroomClient(port).loggedInAs("tu-dat-lai", password);
        } finally {
            // The classes of this context expect "admin" to be the only enabled administrator.
            Account extra = accounts.find(id).orElseThrow();
            accounts.update(Actor.system(), id, extra.version(), extra.displayName(), null, null, Role.ADMIN, false);
        }
    }

    @Test
    void staffChangeTheirOwnNameAndPenName() {
        NewsroomClient author = staff.as(Role.AUTHOR, "doi-ten");
        Document blank = Jsoup.parse(author.submit("/quan-tri/tai-khoan", "/quan-tri/tai-khoan/ten",
                Map.of("displayName", " ", "penName", "Hà Phương")).body());
        assertThat(blank.select("#displayName-loi").text()).isEqualTo("Nhập họ và tên.");
        assertThat(blank.select("#penName").val()).isEqualTo("Hà Phương");

        author.submit("/quan-tri/tai-khoan", "/quan-tri/tai-khoan/ten",
                Map.of("displayName", "Lê Thu Hà", "penName", "Hà Phương"));
        Document page = author.page("/quan-tri/tai-khoan");
        assertThat(page.select(".nr-notice").text()).isEqualTo("Đã lưu tên và bút danh.");
        assertThat(page.select(".nr-user a[href=/quan-tri/tai-khoan]").text()).isEqualTo("Lê Thu Hà (Phóng viên)");
        Account saved = byUsername("doi-ten");
        assertThat(saved.actor().penName()).isEqualTo("Hà Phương");
        assertThat(audit.about("account", saved.id()).get(0).detail()).isEqualTo("doi-ten: Lê Thu Hà (bút danh Hà Phương)");
    }
}
