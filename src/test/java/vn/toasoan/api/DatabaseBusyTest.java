package vn.toasoan.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;

import java.net.http.HttpResponse;
import java.util.Map;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

import tools.jackson.databind.JsonNode;
import vn.toasoan.account.Actor;
import vn.toasoan.account.AuditLog;
import vn.toasoan.testsupport.NewsroomClient;
import vn.toasoan.testsupport.TestDatabases;

/**
 * A save that gives up waiting for another one holding the same rows: the editor and the API client are told in
 * Vietnamese to try again in a moment (503, Retry-After), not shown a server error, and nothing of the save stays.
 * The wait is cut short where the save has already written its row, as a lock timeout there would.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.application.name=database-busy-test", "toasoan.demo.enabled=false",
    "toasoan.account.admin-password=" + DatabaseBusyTest.PASSWORD})
class DatabaseBusyTest {

    static final String PASSWORD = "quan-tri-co-so-du-lieu-ban";
    static final String MESSAGE = "Dữ liệu đang được một thao tác khác lưu nên yêu cầu này chưa thực hiện được,"
            + " chưa có gì thay đổi. Hãy thử lại sau ít giây.";

    @LocalServerPort
    int port;

    @Autowired
    ApiTokens tokens;

    @Autowired
    JdbcClient jdbc;

    @MockitoSpyBean
    AuditLog audit;

    @BeforeEach
    void aLockTimeoutAfterTheCategoryRowIsWritten() {
        doThrow(new CannotAcquireLockException("Timeout trying to lock table \"AUDIT_LOG\""))
                .when(audit).record(any(Actor.class), eq("category.create"), anyString(), any(), anyString());
    }

    @Test
    void theNewsroomAsksToTryAgainAndNothingIsSaved() {
        NewsroomClient admin = new NewsroomClient(port).loggedInAs("admin", PASSWORD);

        HttpResponse<String> response = admin.submit("/quan-tri/chuyen-muc/moi", "/quan-tri/chuyen-muc/moi",
                Map.of("name", "Chuyển đổi số", "slug", "", "description", "", "parentId", "", "showOnHome", "true"));

        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.headers().firstValue("Retry-After")).hasValue("5");
        assertThat(Jsoup.parse(response.body()).select("main p").first().text()).isEqualTo(MESSAGE);
        assertThat(categoriesNamed("Chuyển đổi số")).isZero();
    }

    @Test
    void theApiAnswersInJsonAndNothingIsSaved() {
        long adminId = jdbc.sql("SELECT id FROM account WHERE username = 'admin'").query(Long.class).single();
        ApiClient api = new ApiClient(port, tokens.create(Actor.system(), adminId, "Bận").token());

        HttpResponse<String> response = api.post("/api/v1/admin/categories", Map.of("name", "Ảnh hoạt động"));

        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.headers().firstValue("Retry-After")).hasValue("5");
        JsonNode body = ApiClient.body(response);
        assertThat(body.get("status").asInt()).isEqualTo(503);
        assertThat(body.get("error").asString()).isEqualTo(MESSAGE);
        assertThat(categoriesNamed("Ảnh hoạt động")).isZero();
    }

    @Test
    void aSaveWaitsTenSecondsOnH2AndAsLongAsItTakesOnPostgresql() {
        if (TestDatabases.mode() == TestDatabases.Mode.H2) {
            // From application.properties' URL, whose settings the test databases copy.
            assertThat(jdbc.sql("SELECT LOCK_TIMEOUT()").query(Integer.class).single()).isEqualTo(10_000);
        } else {
            assertThat(jdbc.sql("SHOW lock_timeout").query(String.class).single()).isEqualTo("0");
        }
    }

    private long categoriesNamed(String name) {
        return jdbc.sql("SELECT COUNT(*) FROM category WHERE name = ?").param(name).query(Long.class).single();
    }
}
