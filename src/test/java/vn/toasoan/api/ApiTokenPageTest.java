package vn.toasoan.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.toasoan.account.Account;
import vn.toasoan.account.Actor;
import vn.toasoan.account.AuditLog;
import vn.toasoan.account.Role;
import vn.toasoan.failure.InvalidInput;
import vn.toasoan.failure.NotPermitted;
import vn.toasoan.settings.SiteSettings;
import vn.toasoan.testsupport.HtmlValidator;
import vn.toasoan.testsupport.NewsroomClient;
import vn.toasoan.testsupport.SiteZones;

/** The newsroom page of API tokens, and what is kept of a token: its hash, never the token. */
class ApiTokenPageTest extends AdminApiTestBase {

    static final String PAGE = "/quan-tri/token";

    @Autowired
    AuditLog audit;

    @Autowired
    SiteSettings settings;

    @Test
    void anAdministratorMakesATokenSeesItOnceAndItWorks() {
        Staff author = staff(Role.AUTHOR);
        NewsroomClient admin = new NewsroomClient(port).loggedInAs("admin", ADMIN_PASSWORD);

        HttpResponse<String> created = admin.submit(PAGE, PAGE, Map.of("name", "Ban biên tập tỉnh",
                "accountId", String.valueOf(author.account().id())));
        assertThat(created.statusCode()).isEqualTo(302);
        assertThat(created.headers().firstValue("Location")).hasValue("http://localhost:" + port + PAGE);

        Document shown = admin.page(PAGE);
        String token = shown.select("#token-moi-gia-tri").val();
        assertThat(token).startsWith("ts_").hasSize(46);
        assertThat(shown.select("[role=status]").text()).isEqualTo("Đã tạo token „Ban biên tập tỉnh” thay mặt "
                + author.account().displayName() + ". Hãy chép token ngay: nó chỉ hiện một lần.");
        assertThat(HtmlValidator.get().errors(shown.outerHtml())).isEmpty();
        assertThat(shown.select("h1")).hasSize(1);
        assertThat(shown.select("table.ts-tokens td").eachText()).contains("Ban biên tập tỉnh",
                token.substring(0, 7) + "…", "Chưa dùng");

        Document again = admin.page(PAGE);
        assertThat(again.select("#token-moi-gia-tri")).isEmpty();
        assertThat(again.outerHtml()).doesNotContain(token);

        ApiClient api = new ApiClient(port, token);
        assertThat(api.get("/api/v1/admin/articles").statusCode()).isEqualTo(200);
        assertThat(admin.page(PAGE).select("table.ts-tokens tr:contains(Ban biên tập tỉnh) td").eachText())
                .anySatisfy(cell -> assertThat(cell).startsWith("10:00 07/05/2026 từ 127.0.0.1"));
    }

    @Test
    void itsTimesFollowTheSiteZoneInForce() {
        Staff editor = staff(Role.EDITOR);
        assertThat(editor.api().get("/api/v1/admin/articles").statusCode()).isEqualTo(200);
        NewsroomClient admin = new NewsroomClient(port).loggedInAs("admin", ADMIN_PASSWORD);
        String cells = "table.ts-tokens tr:contains(Token của " + editor.account().username() + ") td";

        assertThat(admin.page(PAGE).select(cells).eachText())
                .anySatisfy(cell -> assertThat(cell).isEqualTo("10:00 07/05/2026 từ 127.0.0.1"));
        SiteZones.in(settings, "UTC", () -> assertThat(admin.page(PAGE).select(cells).eachText())
                .anySatisfy(cell -> assertThat(cell).isEqualTo("03:00 07/05/2026 từ 127.0.0.1")));
    }

    @Test
    void onlyTheHashOfATokenIsStored() {
        Staff editor = staff(Role.EDITOR);
        List<Map<String, Object>> rows = jdbc.sql("SELECT * FROM api_token").query().listOfRows();
        assertThat(rows).isNotEmpty();
        for (Map<String, Object> row : rows) {
            for (Object value : row.values()) {
                assertThat(String.valueOf(value)).doesNotContain(editor.token())
                        .doesNotContain(editor.token().substring(8));
            }
        }
        assertThat(jdbc.sql("SELECT COUNT(*) FROM api_token WHERE token_hash = :hash")
                .param("hash", ApiTokens.hash(editor.token())).query(Long.class).single()).isEqualTo(1);
        assertThat(ApiTokens.hash(editor.token())).hasSize(64).matches("[0-9a-f]+");
    }

    @Test
    void anAdministratorRevokesATokenOnThePage() {
        Staff editor = staff(Role.EDITOR);
        long id = tokens.all().stream().filter(t -> t.accountId() == editor.account().id()).findFirst()
                .orElseThrow().id();
        NewsroomClient admin = new NewsroomClient(port).loggedInAs("admin", ADMIN_PASSWORD);

        HttpResponse<String> revoked = admin.submit(PAGE, PAGE + "/" + id + "/thu-hoi", Map.of());
        assertThat(revoked.statusCode()).isEqualTo(302);
        Document page = admin.page(PAGE);
        assertThat(page.select("[role=status]").text()).isEqualTo("Đã thu hồi token „Token của "
                + editor.account().username() + "”: nó không còn dùng được.");
        assertThat(page.select("table.ts-tokens tr:contains(Token của " + editor.account().username() + ")").text())
                .contains("Đã thu hồi");
        assertThat(HtmlValidator.get().errors(page.outerHtml())).isEmpty();
        assertThat(editor.api().get("/api/v1/admin/articles").statusCode()).isEqualTo(401);

        assertThat(audit.about("api_token", id)).extracting(e -> e.action())
                .containsExactly("token.revoke", "token.create");
        Elements logged = admin.page("/quan-tri/nhat-ky").select("td a[href=/quan-tri/token]:contains(Token API #" + id
                + ")");
        assertThat(logged.eachText()).containsExactly("Token API #" + id, "Token API #" + id);
        assertThat(audit.about("api_token", id).get(0).actorName()).isEqualTo("Quản trị viên");
    }

    @Test
    void aFormWithoutNameOrUserIsShownAgainWithTheMessageAndMakesNothing() {
        NewsroomClient admin = new NewsroomClient(port).loggedInAs("admin", ADMIN_PASSWORD);
        long before = tokens.all().size();

        HttpResponse<String> noName = admin.submit(PAGE, PAGE, Map.of("name", "  ", "accountId", "1"));
        assertThat(noName.statusCode()).isEqualTo(200);
        Document page = Jsoup.parse(noName.body());
        assertThat(page.select("#name-loi").text()).startsWith("Đặt tên cho token");
        assertThat(page.select("#name").attr("aria-describedby")).isEqualTo("name-loi");
        assertThat(HtmlValidator.get().errors(noName.body())).isEmpty();

        HttpResponse<String> noUser = admin.submit(PAGE, PAGE, Map.of("name", "Không người dùng", "accountId", ""));
        Document second = Jsoup.parse(noUser.body());
        assertThat(second.select("#accountId-loi").text()).isEqualTo("Chọn người dùng mà token sẽ thay mặt.");
        assertThat(second.select("#name").val()).isEqualTo("Không người dùng");
        assertThat(admin.submit(PAGE, PAGE, Map.of("name", "Mã lạ", "accountId", "abc")).body())
                .contains("Chọn người dùng trong danh sách.");

        assertThat(tokens.all()).hasSize((int) before);
    }

    @Test
    void onlyAdministratorsOpenThePage() {
        Staff editor = staff(Role.EDITOR);
        accounts.find(editor.account().id()).orElseThrow();
        NewsroomClient client = new NewsroomClient(port).loggedInAs(editor.account().username(), STAFF_PASSWORD);
        assertThat(client.get(PAGE).statusCode()).isEqualTo(403);
        assertThat(new NewsroomClient(port).get(PAGE).statusCode()).isEqualTo(302);
    }

    @Test
    void theServiceRefusesWhatThePageWouldRefuse() {
        Staff editor = staff(Role.EDITOR);
        Account disabled = staff(Role.AUTHOR).account();
        accounts.update(Actor.system(), disabled.id(), disabled.version(), disabled.displayName(), disabled.penName(),
                disabled.email(), disabled.role(), false);

        assertThatThrownBy(() -> tokens.create(editor.actor(), editor.account().id(), "Tự cấp"))
                .isInstanceOf(NotPermitted.class);
        assertThatThrownBy(() -> tokens.create(Actor.system(), disabled.id(), "Tài khoản đã khóa"))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("đã bị vô hiệu hóa");
        assertThatThrownBy(() -> tokens.create(Actor.system(), 987_654L, "Không có ai"))
                .isInstanceOf(InvalidInput.class).hasMessage("Người dùng đã chọn không còn tồn tại.");
        assertThatThrownBy(() -> tokens.create(Actor.system(), editor.account().id(), "x".repeat(101)))
                .isInstanceOf(InvalidInput.class).hasMessage("Tên token dài tối đa 100 ký tự.");
        assertThatThrownBy(() -> tokens.revoke(editor.actor(), 1)).isInstanceOf(NotPermitted.class);
    }

    @Test
    void tokensAreRandomAndRecognisable() {
        Staff one = staff(Role.AUTHOR);
        Staff two = staff(Role.AUTHOR);
        assertThat(one.token()).matches("ts_[A-Za-z0-9_-]{43}").isNotEqualTo(two.token());
    }
}
