package vn.toasoan.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import vn.toasoan.account.Accounts;
import vn.toasoan.account.Actor;
import vn.toasoan.account.AuditLog;
import vn.toasoan.account.NewAccount;
import vn.toasoan.account.Role;
import vn.toasoan.testsupport.FixedClockConfiguration;
import vn.toasoan.testsupport.MutableClock;
import vn.toasoan.testsupport.NewsroomClient;
import vn.toasoan.testsupport.WebClient;

/** Logging in, throttling, roles, CSRF and headers, over real HTTP. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.application.name=newsroom-security-test", "toasoan.account.admin-password=quan-tri-thu-nghiem-1"})
@Import(FixedClockConfiguration.class)
class NewsroomSecurityTest {

    static final String AUTHOR_PASSWORD = "phong-vien-mat-khau";

    @LocalServerPort
    int port;

    @Autowired
    Accounts accounts;

    @Autowired
    AuditLog audit;

    @Autowired
    MutableClock clock;

    @BeforeEach
    void setUp() {
        clock.set(FixedClockConfiguration.START);
    }

    private String newAuthor(String username) {
        accounts.create(Actor.system(), new NewAccount(username, "Ngọc Ánh", "Ngọc Ánh", null, Role.AUTHOR,
                AUTHOR_PASSWORD));
        return username;
    }

    @Test
    void theNewsroomAsksAnonymousVisitorsToLogIn() {
        HttpResponse<String> response = new NewsroomClient(port).get("/quan-tri/bai-viet");
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).hasValue("http://localhost:" + port + "/quan-tri/dang-nhap");
    }

    @Test
    void theFirstAdministratorLogsInWithThePasswordFromTheEnvironment() {
        NewsroomClient admin = new NewsroomClient(port).loggedInAs("admin", "quan-tri-thu-nghiem-1");
        Document dashboard = admin.page("/quan-tri");
        assertThat(dashboard.select("h1").text()).isEqualTo("Bảng điều khiển");
        assertThat(dashboard.select(".nr-nav a").eachText()).containsExactly("Bảng điều khiển", "Bài viết",
                "Thư viện ảnh, tệp", "Văn bản", "Chuyên mục", "Menu", "Băng chữ chạy", "Người dùng", "Token API",
                "Cài đặt", "Chỉ mục tìm kiếm", "Nhật ký");
    }

    @Test
    void aWrongPasswordIsRefusedWithAVietnameseMessageAndRecorded() {
        String username = newAuthor("sai-mot-lan");
        NewsroomClient client = new NewsroomClient(port);
        HttpResponse<String> response = client.login(username, "khong-dung-mat-khau");
        assertThat(response.headers().firstValue("Location")).hasValue(
                "http://localhost:" + port + "/quan-tri/dang-nhap?loi");
        Document page = client.page("/quan-tri/dang-nhap?loi");
        assertThat(page.select("[role=alert]").text()).isEqualTo("Tên đăng nhập hoặc mật khẩu không đúng.");
        assertThat(audit.recent("login.failure", 50, 0)).anySatisfy(entry -> {
            assertThat(entry.actorName()).isEqualTo("Ngọc Ánh");
            assertThat(entry.detail()).isEqualTo("Lần sai thứ 1");
            assertThat(entry.address()).isEqualTo("127.0.0.1");
        });
    }

    @Test
    void repeatedFailuresSlowAnAccountDownThenLockItUntilAnAdministratorUnlocks() {
        String username = newAuthor("doan-mat-khau");
        NewsroomClient client = new NewsroomClient(port);
        for (int i = 0; i < 3; i++) {
            client.login(username, "sai-" + i);
        }
        // The fourth try comes too soon: refused before the password is even checked, even the right one.
        client.login(username, AUTHOR_PASSWORD);
        assertThat(client.page("/quan-tri/dang-nhap?loi").select("[role=alert]").text())
                .isEqualTo("Đăng nhập sai nhiều lần: vui lòng đợi 5 giây rồi thử lại.");
        for (int failures = 3; failures < 10; failures++) {
            clock.advance(Duration.ofMinutes(10));
            client.login(username, "sai-lan-" + failures);
        }
        assertThat(client.page("/quan-tri/dang-nhap?loi").select("[role=alert]").text())
                .isEqualTo("Tài khoản tạm khóa vì đăng nhập sai nhiều lần. Thử lại sau 11:25 ngày 07/05/2026"
                        + " hoặc nhờ quản trị viên mở khóa.");
        long id = accounts.all().stream().filter(a -> a.username().equals(username)).findFirst().orElseThrow().id();
        accounts.unlock(Actor.system(), id);
        new NewsroomClient(port).loggedInAs(username, AUTHOR_PASSWORD);
    }

    @Test
    void anAuthorCannotOpenAdministratorsPages() {
        NewsroomClient author = new NewsroomClient(port).loggedInAs(newAuthor("chi-viet-bai"), AUTHOR_PASSWORD);
        for (String path : new String[] {"/quan-tri/nguoi-dung", "/quan-tri/cai-dat", "/quan-tri/nhat-ky",
            "/quan-tri/token", "/quan-tri/chuyen-muc", "/quan-tri/menu", "/quan-tri/banner", "/quan-tri/van-ban",
            "/quan-tri/chi-muc"}) {
            HttpResponse<String> response = author.get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(403);
            assertThat(response.body()).as(path).contains("Vai trò của bạn không cho phép");
        }
        assertThat(author.page("/quan-tri").select(".nr-nav a").eachText())
                .containsExactly("Bảng điều khiển", "Bài viết", "Thư viện ảnh, tệp");
    }

    @Test
    void aFormPostWithoutTheCsrfTokenIsRefused() {
        NewsroomClient admin = new NewsroomClient(port).loggedInAs("admin", "quan-tri-thu-nghiem-1");
        HttpResponse<String> response = admin.post("/quan-tri/dang-xuat", Map.of());
        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(admin.get("/quan-tri").statusCode()).isEqualTo(200);
    }

    @Test
    void loggingOutEndsTheSession() {
        NewsroomClient admin = new NewsroomClient(port).loggedInAs("admin", "quan-tri-thu-nghiem-1");
        HttpResponse<String> response = admin.submit("/quan-tri", "/quan-tri/dang-xuat", Map.of());
        assertThat(response.headers().firstValue("Location"))
                .hasValue("http://localhost:" + port + "/quan-tri/dang-nhap?da-dang-xuat");
        assertThat(admin.get("/quan-tri").statusCode()).isEqualTo(302);
    }

    @Test
    void aDisabledAccountIsLoggedOutOnItsNextRequest() {
        String username = newAuthor("sap-nghi-viec");
        NewsroomClient author = new NewsroomClient(port).loggedInAs(username, AUTHOR_PASSWORD);
        var account = accounts.all().stream().filter(a -> a.username().equals(username)).findFirst().orElseThrow();
        accounts.update(Actor.system(), account.id(), account.version(), account.displayName(), account.penName(),
                null, Role.AUTHOR, false);
        assertThat(author.get("/quan-tri").statusCode()).isEqualTo(302);
    }

    @Test
    void anAccountDisabledAndEnabledAgainDoesNotGetItsOldSessionBack() {
        String username = newAuthor("nghi-roi-quay-lai");
        NewsroomClient author = new NewsroomClient(port).loggedInAs(username, AUTHOR_PASSWORD);
        var account = accounts.all().stream().filter(a -> a.username().equals(username)).findFirst().orElseThrow();
        accounts.update(Actor.system(), account.id(), account.version(), account.displayName(), null, null,
                Role.AUTHOR, false);
        accounts.update(Actor.system(), account.id(), account.version() + 1, account.displayName(), null, null,
                Role.AUTHOR, true);

        assertThat(author.get("/quan-tri").headers().firstValue("Location"))
                .hasValue("http://localhost:" + port + "/quan-tri/dang-nhap");
        assertThat(new NewsroomClient(port).loggedInAs(username, AUTHOR_PASSWORD).get("/quan-tri").statusCode())
                .isEqualTo(200);
    }

    @Test
    void sessionCookieAndSecurityHeaders() {
        NewsroomClient client = new NewsroomClient(port);
        HttpResponse<String> login = client.get("/quan-tri/dang-nhap");
        assertThat(login.headers().firstValue("Set-Cookie").orElseThrow()).contains("HttpOnly", "SameSite=Lax");
        assertThat(login.headers().firstValue("Content-Security-Policy").orElseThrow())
                .contains("script-src 'self';", "frame-ancestors 'none'");
        assertThat(login.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");

        HttpResponse<String> home = new WebClient(port).get("/");
        assertThat(home.headers().firstValue("Content-Security-Policy").orElseThrow())
                .contains("script-src 'self';", "style-src 'self';", "frame-ancestors 'none'");
        assertThat(home.headers().firstValue("Referrer-Policy")).hasValue("strict-origin-when-cross-origin");
        assertThat(home.headers().firstValue("X-Frame-Options")).hasValue("DENY");
    }

    @Test
    void theLastAdministratorCannotBeDemotedOrDisabled() {
        var admin = accounts.all().stream().filter(a -> a.username().equals("admin")).findFirst().orElseThrow();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> accounts.update(Actor.system(), admin.id(),
                admin.version(), admin.displayName(), null, null, Role.EDITOR, true))
                .hasMessage("Đây là quản trị viên cuối cùng: hãy chỉ định quản trị viên khác trước.");
        assertThat(accounts.find(admin.id()).orElseThrow().role()).isEqualTo(Role.ADMIN);
    }
}
