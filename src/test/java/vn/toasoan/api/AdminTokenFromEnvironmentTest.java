package vn.toasoan.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import vn.toasoan.account.AuditLog;
import vn.toasoan.testsupport.FixedClockConfiguration;

/**
 * An unattended install: {@code TOASOAN_ADMIN_TOKEN} on the first start of an empty database gives the first
 * administrator an API token with exactly that value, and a script can publish straight away.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.application.name=admin-token-environment-test",
    "toasoan.account.admin-token=" + AdminTokenFromEnvironmentTest.TOKEN})
@Import(FixedClockConfiguration.class)
class AdminTokenFromEnvironmentTest {

    static final String TOKEN = "cai-dat-tu-dong-9f2c41d7e8b3a6055c1e";

    @LocalServerPort
    int port;

    @Autowired
    ApiTokens tokens;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AuditLog audit;

    @Test
    void theTokenFromTheEnvironmentPublishesAsTheFirstAdministrator() {
        ApiClient api = new ApiClient(port, TOKEN);
        HttpResponse<String> response = api.post("/api/v1/admin/articles",
                AdminApiArticlesTest.article("Đăng bằng token cài đặt", "status", "published"));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        JsonNode created = ApiClient.body(response);
        assertThat(created.get("author").get("username").asString()).isEqualTo("admin");
        assertThat(new ApiClient(port, null).get(created.get("url").asString()).statusCode()).isEqualTo(200);
    }

    @Test
    void itIsListedStoredHashedAndAudited() {
        List<ApiToken> all = tokens.all();
        assertThat(all).hasSize(1);
        ApiToken token = all.get(0);
        assertThat(token.name()).isEqualTo("TOASOAN_ADMIN_TOKEN");
        assertThat(token.username()).isEqualTo("admin");
        assertThat(token.createdBy()).isEqualTo("Hệ thống");
        assertThat(token.prefix()).isEqualTo("cai-");
        assertThat(jdbc.sql("SELECT token_hash FROM api_token").query(String.class).single())
                .isEqualTo(ApiTokens.hash(TOKEN)).doesNotContain(TOKEN);
        assertThat(audit.about("api_token", token.id())).extracting(e -> e.action()).containsExactly("token.create");
    }
}
