package vn.toasoan.changes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import vn.toasoan.testsupport.AppProcess;

/**
 * A real process on the embedded default (H2 and Lucene in the data directory) stops dead a moment after an
 * article's publication committed, before search or the page cache heard of it: the next start finds the article on
 * its page, on the home page and in search, brought there by the change feed (the start-up comparison of the index
 * with the database is off in the second run, so only the feed can have done it).
 */
class CrashAfterCommitTest {

    private static final String TOKEN = "crash-test-token-0123456789-abcdefghijkl";
    private static final String TITLE = "Hội nghị tổng kết công tác kiểm tra, giám sát năm 2026";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path temp;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void anArticleCommittedJustBeforeTheProcessDiedIsOnItsPageAndInSearchAfterTheRestart() throws Exception {
        Path data = temp.resolve("data");
        List<String> settings = List.of("--toasoan.demo.enabled=false", "--toasoan.account.admin-token=" + TOKEN,
                "--toasoan.account.admin-password=mat-khau-quan-tri-1");
        try (AppProcess first = AppProcess.start(data,
                List.of("-Dtoasoan.failpoint.halt-after-commit=" + vn.toasoan.article.ArticleChanged.TOPIC),
                settings)) {
            HttpResponse<String> category = post(first, "/api/v1/admin/categories",
                    Map.of("name", "Tin hoạt động", "slug", "tin-hoat-dong"));
            assertThat(category.statusCode()).as(category.body()).isEqualTo(201);

            assertThatThrownBy(() -> post(first, "/api/v1/admin/articles", Map.of("title", TITLE, "category",
                    "tin-hoat-dong", "sapo", "Sáng nay, Ủy ban Kiểm tra tổ chức hội nghị tổng kết.", "body",
                    "<p>Nội dung hội nghị.</p>", "status", "published")))
                    .as("the process halts before it answers").isInstanceOf(IOException.class);
            assertThat(first.awaitExit(Duration.ofSeconds(30))).isEqualTo(137);
        }

        try (AppProcess second = AppProcess.start(data, List.of(),
                java.util.stream.Stream.concat(settings.stream(),
                java.util.stream.Stream.of("--toasoan.search.check-on-start=false")).toList())) {
            assertThat(get(second, "/").body()).as("the committed article survived").contains(TITLE);
            JsonNode found = JSON.readTree(get(second, "/api/v1/search?q="
                    + URLEncoder.encode("kiem tra giam sat", StandardCharsets.UTF_8)).body());
            assertThat(found.get("total").asLong()).as(second.logTail()).isEqualTo(1);
            assertThat(found.get("results").get(0).get("title").asString()).isEqualTo(TITLE);

            String url = found.get("results").get(0).get("url").asString();
            HttpResponse<String> page = get(second, URI.create(url).getRawPath());
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body()).contains(TITLE);
            assertThat(get(second, "/").body()).contains(TITLE);

            JsonNode health = JSON.readTree(http.send(HttpRequest.newBuilder(
                    URI.create(second.managementUrl("/actuator/health"))).build(),
                    HttpResponse.BodyHandlers.ofString()).body());
            JsonNode feed = health.get("components").get("changeFeed");
            assertThat(feed.get("status").asString()).isEqualTo("UP");
            long head = feed.get("details").get("head").asLong();
            String metrics = http.send(HttpRequest.newBuilder(URI.create(second.managementUrl("/actuator/prometheus")))
                    .build(), HttpResponse.BodyHandlers.ofString()).body();
            for (String follower : List.of("search", "page-cache", "settings")) {
                assertThat(feed.get("details").get("followers").get(follower).get("position").asLong())
                        .as(follower).isEqualTo(head);
                assertThat(metrics).contains("toasoan_changes_lag{follower=\"" + follower + "\"} 0.0");
            }
            assertThat(metrics).contains("toasoan_changes_head " + head + ".0");
        }
    }

    private HttpResponse<String> post(AppProcess app, String path, Map<String, String> fields)
            throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(app.url(path)))
                .header("Authorization", "Bearer " + TOKEN).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(fields)))
                .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(AppProcess app, String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(app.url(path))).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
