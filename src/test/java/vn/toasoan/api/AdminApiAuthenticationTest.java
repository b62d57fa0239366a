package vn.toasoan.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import vn.toasoan.account.Account;
import vn.toasoan.account.Actor;
import vn.toasoan.account.Role;
import vn.toasoan.testsupport.FixedClockConfiguration;
import vn.toasoan.testsupport.NewsroomClient;

/** Who the admin API lets in: a valid token of an enabled account, and nothing else. */
class AdminApiAuthenticationTest extends AdminApiTestBase {

    static final String ARTICLES = "/api/v1/admin/articles";

    long articleCount() {
        return jdbc.sql("SELECT COUNT(*) FROM article").query(Long.class).single();
    }

    static void assertUnauthorized(HttpResponse<String> response, String message) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate").orElse("")).startsWith("Bearer realm=\"toasoan\"");
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        JsonNode problem = ApiClient.body(response);
        assertThat(problem.get("status").asInt()).isEqualTo(401);
        assertThat(problem.get("error").asString()).isEqualTo(message);
    }

    @Test
    void withoutATokenNothingIsAnswered() {
        long before = articleCount();
        HttpResponse<String> response = anonymous().post(ARTICLES, AdminApiArticlesTest.article("Không token"));
        assertUnauthorized(response, "Cần token API: gửi kèm tiêu đề Authorization: Bearer <token>.");
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValue("Bearer realm=\"toasoan\"");
        assertUnauthorized(anonymous().get("/api/v1/admin/categories"),
                "Cần token API: gửi kèm tiêu đề Authorization: Bearer <token>.");
        assertUnauthorized(anonymous().get("/api/v1/admin/khong-co-dia-chi-nay"),
                "Cần token API: gửi kèm tiêu đề Authorization: Bearer <token>.");
        assertThat(articleCount()).isEqualTo(before);
    }

    @Test
    void anUnknownTokenIsRefused() {
        HttpResponse<String> response = anonymous().as("ts_" + "A".repeat(43)).get(ARTICLES);
        assertUnauthorized(response, "Token không hợp lệ.");
        assertThat(response.headers().firstValue("WWW-Authenticate"))
                .hasValue("Bearer realm=\"toasoan\", error=\"invalid_token\"");
        assertUnauthorized(anonymous().as("x".repeat(5000)).get(ARTICLES), "Token không hợp lệ.");
    }

    @Test
    void otherSchemesThanBearerAreRefused() {
        Staff editor = staff(Role.EDITOR);
        HttpResponse<String> basic = anonymous().send(anonymous().request(ARTICLES)
                .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString(
                        (editor.account().username() + ":" + STAFF_PASSWORD).getBytes()))
                .GET());
        assertUnauthorized(basic, "Chỉ nhận xác thực bằng token: Authorization: Bearer <token>.");
    }

    @Test
    void aRevokedTokenStopsWorkingAtOnce() {
        Staff editor = staff(Role.EDITOR);
        assertThat(editor.api().get(ARTICLES).statusCode()).isEqualTo(200);
        long tokenId = tokens.all().stream().filter(t -> t.accountId() == editor.account().id()).findFirst()
                .orElseThrow().id();

        tokens.revoke(Actor.system(), tokenId);

        long before = articleCount();
        assertUnauthorized(editor.api().post(ARTICLES, AdminApiArticlesTest.article("Token đã thu hồi")),
                "Token đã bị thu hồi.");
        assertThat(articleCount()).isEqualTo(before);
    }

    @Test
    void theTokenOfADisabledAccountIsRefused() {
        Staff author = staff(Role.AUTHOR);
        Account account = author.account();
        accounts.update(Actor.system(), account.id(), account.version(), account.displayName(), account.penName(),
                account.email(), account.role(), false);

        assertUnauthorized(author.api().get(ARTICLES), "Tài khoản của token đã bị vô hiệu hóa.");
    }

    @Test
    void aChangedRoleAppliesAtTheNextRequest() {
        Staff author = staff(Role.AUTHOR);
        assertThat(author.api().post(ARTICLES, AdminApiArticlesTest.article("Chưa được đăng", "status", "published"))
                .statusCode()).isEqualTo(403);
        Account account = author.account();
        accounts.update(Actor.system(), account.id(), account.version(), account.displayName(), account.penName(),
                account.email(), Role.EDITOR, true);

        assertThat(author.api().post(ARTICLES, AdminApiArticlesTest.article("Nay được đăng", "status", "published"))
                .statusCode()).isEqualTo(201);
    }

    @Test
    void aLoggedInNewsroomSessionDoesNotAuthenticateTheApi() {
        NewsroomClient admin = new NewsroomClient(port).loggedInAs("admin", ADMIN_PASSWORD);
        assertThat(admin.get("/quan-tri").statusCode()).isEqualTo(200);
        long before = articleCount();

        HttpResponse<String> read = admin.get(ARTICLES);
        assertUnauthorized(read, "Cần token API: gửi kèm tiêu đề Authorization: Bearer <token>.");
        HttpResponse<String> write = admin.send(HttpRequest.newBuilder(java.net.URI.create(admin.base() + ARTICLES))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(ApiClient.JSON.writeValueAsString(
                        AdminApiArticlesTest.article("Qua cookie", "status", "published")))).build());
        assertUnauthorized(write, "Cần token API: gửi kèm tiêu đề Authorization: Bearer <token>.");
        assertThat(articleCount()).isEqualTo(before);
        // The session itself is untouched.
        assertThat(admin.get("/quan-tri").statusCode()).isEqualTo(200);
    }

    @Test
    void aTokenActsForItsOwnUserEvenBesideASessionOfSomeoneElse() {
        Staff author = staff(Role.AUTHOR);
        NewsroomClient admin = new NewsroomClient(port).loggedInAs("admin", ADMIN_PASSWORD);
        HttpResponse<String> response = admin.send(HttpRequest.newBuilder(java.net.URI.create(admin.base() + ARTICLES))
                .header("Authorization", "Bearer " + author.token())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(ApiClient.JSON.writeValueAsString(
                        AdminApiArticlesTest.article("Phóng viên cạnh phiên quản trị", "status", "published"))))
                .build());
        assertThat(response.statusCode()).isEqualTo(403);
    }

    @Test
    void answersAreNeverCachedAndMakeNoSession() {
        Staff editor = staff(Role.EDITOR);
        for (HttpResponse<String> response : new HttpResponse[] {editor.api().get(ARTICLES),
            anonymous().get(ARTICLES), editor.api().post(ARTICLES, Map.of())}) {
            assertThat(response.headers().allValues("Cache-Control")).containsExactly("no-store");
            assertThat(response.headers().allValues("X-Content-Type-Options")).containsExactly("nosniff");
            assertThat(response.headers().firstValue("Set-Cookie")).isEmpty();
        }
    }

    @Test
    void aUseIsRecordedAtMostOnceAMinute() {
        Staff editor = staff(Role.EDITOR);
        long tokenId = tokens.all().stream().filter(t -> t.accountId() == editor.account().id()).findFirst()
                .orElseThrow().id();
        assertThat(lastUsed(tokenId)).isNull();

        editor.api().get(ARTICLES);
        Instant first = lastUsed(tokenId);
        assertThat(first).isEqualTo(FixedClockConfiguration.START.truncatedTo(java.time.temporal.ChronoUnit.MICROS));
        assertThat(tokens.find(tokenId).orElseThrow().lastUsedFrom()).isEqualTo("127.0.0.1");

        clock.advance(Duration.ofSeconds(59));
        editor.api().get(ARTICLES);
        assertThat(lastUsed(tokenId)).isEqualTo(first);

        clock.advance(Duration.ofSeconds(2));
        editor.api().get(ARTICLES);
        assertThat(lastUsed(tokenId)).isAfter(first);
    }

    Instant lastUsed(long tokenId) {
        return jdbc.sql("SELECT last_used_at FROM api_token WHERE id = :id").param("id", tokenId)
                .query((rs, row) -> java.util.Optional.ofNullable(rs.getObject(1, OffsetDateTime.class)))
                .single().map(OffsetDateTime::toInstant).orElse(null);
    }
}
