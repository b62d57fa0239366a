package vn.toasoan.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import vn.toasoan.account.Accounts;
import vn.toasoan.account.AuditLog;
import vn.toasoan.account.Role;
import vn.toasoan.testsupport.FixedClockConfiguration;
import vn.toasoan.testsupport.HtmlValidator;
import vn.toasoan.testsupport.NewsroomClient;
import vn.toasoan.testsupport.StaffLogins;
import vn.toasoan.testsupport.WebClient;

/**
 * The administrator's search index page over real HTTP. A test source held at a gate keeps a rebuild running for as
 * long as a test needs, so "running" and "refused" are certain, not a race. Its own context: it rebuilds.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.application.name=search-index-admin-test", "toasoan.account.admin-password=quan-tri-chi-muc-1"})
@Import({FixedClockConfiguration.class, SearchIndexAdminTest.GatedSource.class})
class SearchIndexAdminTest {

    static final String ADMIN_PASSWORD = "quan-tri-chi-muc-1";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** A rebuild reading the gated source waits until the gate opens; open by default. */
    static final class Gate {

        private volatile CountDownLatch latch = new CountDownLatch(0);

        void close() {
            latch = new CountDownLatch(1);
        }

        void open() {
            latch.countDown();
        }

        void await() {
            try {
                latch.await(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class GatedSource {

        @Bean
        Gate gate() {
            return new Gate();
        }

        @Bean
        SearchSource gatedSearchSource(Gate gate) {
            return new SearchSource() {
                @Override
                public Set<String> types() {
                    return Set.of("test-gate");
                }

                @Override
                public long count() {
                    return 1;
                }

                @Override
                public void forEach(Consumer<SearchDocument> action) {
                    gate.await();
                    action.accept(new SearchDocument("test-gate:1", "test-gate", "Cổng thử", "", "", null,
                            Instant.parse("2020-01-01T00:00:00Z"), "/khong-co"));
                }
            };
        }
    }

    @LocalServerPort
    int port;

    @Autowired
    SearchIndex index;

    @Autowired
    Gate gate;

    @Autowired
    AuditLog audit;

    @Autowired
    Accounts accounts;

    @BeforeEach
    void setUp() {
        gate.open();
        index.rebuild().join();
    }

    @AfterEach
    void openTheGate() {
        gate.open();
        index.rebuild().join();
    }

    private NewsroomClient admin() {
        return new NewsroomClient(port).loggedInAs("admin", ADMIN_PASSWORD);
    }

    private NewsroomClient staff(String username, Role role) {
        return new StaffLogins(accounts, port).as(role, username);
    }

    private static JsonNode json(HttpResponse<String> response) {
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/json");
        return JSON.readTree(response.body());
    }

    private HttpResponse<String> startRebuild(NewsroomClient client) {
        return client.submit("/quan-tri", "/quan-tri/chi-muc/xay-dung-lai", Map.of());
    }

    @Test
    void anAdministratorRebuildsTheIndexWhileSearchKeepsAnsweringAndTheProgressReaches100() throws Exception {
        NewsroomClient admin = admin();
        long rebuildsBefore = audit.count("search.rebuild");
        gate.close();

        HttpResponse<String> started = startRebuild(admin);
        assertThat(started.statusCode()).isEqualTo(302);
        assertThat(started.headers().firstValue("Location")).hasValue("http://localhost:" + port + "/quan-tri/chi-muc");

        String runningHtml = admin.get("/quan-tri/chi-muc").body();
        Document running = org.jsoup.Jsoup.parse(runningHtml);
        assertThat(running.select("[role=status].nr-notice").text()).isEqualTo(SearchIndexController.STARTED);
        assertThat(running.select("head noscript meta[http-equiv=refresh]").attr("content")).isEqualTo("2");
        assertThat(running.select(".nr-index-status").text()).isEqualTo("Đang xây dựng lại");
        assertThat(running.select("form[action=/quan-tri/chi-muc/xay-dung-lai] button").hasAttr("disabled")).isTrue();
        assertThat(running.select("progress#tien-do")).hasSize(1);
        assertThat(running.select("[data-progress-url]").attr("data-progress-url")).isEqualTo("/quan-tri/chi-muc/tien-do");
        assertThat(running.select("script[src^=/js/search-index]")).hasSize(1);
        assertThat(HtmlValidator.get().errors(runningHtml)).isEmpty();
        JsonNode progress = json(admin.get("/quan-tri/chi-muc/tien-do"));
        assertThat(progress.get("running").asBoolean()).isTrue();
        assertThat(progress.get("percent").asInt()).isLessThan(100);

        // Readers still find what the old index holds.
        HttpResponse<String> search = new WebClient(port).get("/api/v1/search?q=" + java.net.URLEncoder.encode(
                "Hội nghị tổ soạn thảo", java.nio.charset.StandardCharsets.UTF_8));
        assertThat(search.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(search.body()).get("total").asLong()).isPositive();

        gate.open();
        JsonNode finished = progress;
        for (int i = 0; i < 300 && finished.get("running").asBoolean(); i++) {
            Thread.sleep(100);
            finished = json(admin.get("/quan-tri/chi-muc/tien-do"));
        }
        assertThat(finished.get("running").asBoolean()).isFalse();
        assertThat(finished.get("percent").asInt()).isEqualTo(100);
        assertThat(finished.get("done").asLong()).isEqualTo(finished.get("total").asLong()).isPositive();
        assertThat(finished.get("documents").asLong()).isEqualTo(index.size());
        assertThat(finished.get("lastRebuiltAt").asString()).isEqualTo("2026-05-07T10:00:00+07:00");

        String doneHtml = admin.get("/quan-tri/chi-muc").body();
        Document done = org.jsoup.Jsoup.parse(doneHtml);
        assertThat(done.select("meta[http-equiv=refresh]")).isEmpty();
        assertThat(done.select(".nr-index-status").text()).isEqualTo("Sẵn sàng");
        assertThat(done.select("#tien-do-chu").text()).endsWith("(100 %)");
        assertThat(done.select("progress#tien-do").attr("value")).isEqualTo(done.select("progress#tien-do").attr("max"));
        assertThat(done.select(".nr-index-rebuilt time").text()).isEqualTo("07/05/2026 10:00");
        assertThat(done.select(".nr-index-size").text()).isEqualTo(new java.text.DecimalFormat("#,##0",
                java.text.DecimalFormatSymbols.getInstance(java.util.Locale.forLanguageTag("vi"))).format(index.size()));
        assertThat(done.select("form button").hasAttr("disabled")).isFalse();
        assertThat(HtmlValidator.get().errors(doneHtml)).isEmpty();

        assertThat(audit.count("search.rebuild")).isEqualTo(rebuildsBefore + 1);
        assertThat(audit.recent("search.rebuild", 1, 0).get(0).actorName()).isEqualTo(
                accounts.all().stream().filter(a -> a.username().equals("admin")).findFirst().orElseThrow()
                        .displayName());
    }

    @Test
    void anIndexOfAnEarlierVersionIsPointedOutUntilRebuilt() throws IOException {
        NewsroomClient admin = admin();
        index.reopen(() -> SearchHttpTest.forgetFormat(index.path()));

        Document outdated = admin.page("/quan-tri/chi-muc");
        assertThat(outdated.select(".nr-index-outdated").text()).isEqualTo("Chỉ mục này do phiên bản trước của Tòa"
                + " Soạn tạo ra: tìm kiếm vẫn chạy, nhưng hãy xây dựng lại để có đủ cách xếp hạng và tốc độ của phiên"
                + " bản này.");
        assertThat(index.state().outdated()).isTrue();

        startRebuild(admin);
        index.rebuild().join();

        assertThat(index.state().outdated()).isFalse();
        assertThat(admin.page("/quan-tri/chi-muc").select(".nr-index-outdated")).isEmpty();
    }

    @Test
    void aSecondRebuildWhileOneRunsIsRefusedWithAClearMessage() {
        NewsroomClient admin = admin();
        long rebuildsBefore = audit.count("search.rebuild");
        gate.close();
        startRebuild(admin);
        assertThat(admin.page("/quan-tri/chi-muc").select(".nr-notice").text())
                .isEqualTo(SearchIndexController.STARTED);

        HttpResponse<String> second = startRebuild(admin);
        assertThat(second.statusCode()).isEqualTo(302);
        Document page = admin.page("/quan-tri/chi-muc");
        assertThat(page.select("[role=alert].nr-problem").text()).isEqualTo(SearchIndexController.ALREADY_RUNNING);
        assertThat(audit.count("search.rebuild")).isEqualTo(rebuildsBefore + 1);
        assertThat(index.startRebuild()).isFalse();
        gate.open();
    }

    @Test
    void editorsAndAuthorsAreRefusedAndNothingStarts() {
        long rebuildsBefore = audit.count("search.rebuild");
        Instant lastRebuilt = index.state().lastRebuiltAt();
        for (NewsroomClient client : new NewsroomClient[] {staff("bien-tap-chi-muc", Role.EDITOR),
            staff("phong-vien-chi-muc", Role.AUTHOR)}) {
            assertThat(client.get("/quan-tri/chi-muc").statusCode()).isEqualTo(403);
            assertThat(client.get("/quan-tri/chi-muc/tien-do").statusCode()).isEqualTo(403);
            assertThat(startRebuild(client).statusCode()).isEqualTo(403);
        }
        HttpResponse<String> anonymous = new NewsroomClient(port).get("/quan-tri/chi-muc");
        assertThat(anonymous.statusCode()).isEqualTo(302);
        assertThat(anonymous.headers().firstValue("Location").orElseThrow()).endsWith("/quan-tri/dang-nhap");
        assertThat(new NewsroomClient(port).post("/quan-tri/chi-muc/xay-dung-lai", Map.of()).statusCode())
                .isIn(302, 403);

        assertThat(index.rebuildProgress().running()).isFalse();
        assertThat(index.state().lastRebuiltAt()).isEqualTo(lastRebuilt);
        assertThat(audit.count("search.rebuild")).isEqualTo(rebuildsBefore);
    }

    @Test
    void theTimeOfTheLastRebuildIsKeptInTheIndex(@TempDir Path dir) throws IOException {
        Instant at = Instant.parse("2026-05-07T03:00:00Z");
        try (LuceneIndex lucene = LuceneIndex.open(dir)) {
            assertThat(lucene.lastRebuild()).isNull();
            lucene.markRebuilt(at);
            lucene.commit();
        }
        try (LuceneIndex lucene = LuceneIndex.open(dir)) {
            assertThat(lucene.lastRebuild()).isEqualTo(at);
            // Later commits of single changes keep it.
            lucene.update(new SearchDocument("article:1", "article", "Tiêu đề", "", "", null, at, "/tin-tuc/a-1"), 1);
            lucene.commit();
        }
        try (LuceneIndex lucene = LuceneIndex.open(dir)) {
            assertThat(lucene.lastRebuild()).isEqualTo(at);
        }
    }

    @Test
    void progressIsInWholePerCent() {
        assertThat(new RebuildProgress(true, 0, 0).percent()).isZero();
        assertThat(new RebuildProgress(false, 0, 0).percent()).isEqualTo(100);
        assertThat(new RebuildProgress(true, 1, 3).percent()).isEqualTo(33);
        assertThat(new RebuildProgress(false, 3, 3).percent()).isEqualTo(100);
    }
}
