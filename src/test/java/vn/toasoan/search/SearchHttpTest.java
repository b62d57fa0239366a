package vn.toasoan.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import vn.toasoan.account.Actor;
import vn.toasoan.article.ArticleDesk;
import vn.toasoan.article.ArticleKind;
import vn.toasoan.article.Articles;
import vn.toasoan.article.NewArticle;
import vn.toasoan.category.Categories;
import vn.toasoan.document.Documents;
import vn.toasoan.testsupport.FixedClockConfiguration;
import vn.toasoan.testsupport.HtmlValidator;
import vn.toasoan.testsupport.MutableClock;
import vn.toasoan.testsupport.WebClient;

/**
 * Search over HTTP on the demo content. The property gives this class its own application context: it publishes
 * articles, which other test classes must not see.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "toasoan.search.page-size=10")
@Import(FixedClockConfiguration.class)
class SearchHttpTest {

    static final String REFERENCE_TITLE = "Hội nghị tổ soạn thảo nghiên cứu, xây dựng nghị quyết \"Phát huy vai trò"
            + " lãnh đạo của cấp ủy Đảng trong thực hiện nhiệm vụ chính trị\"";

    @LocalServerPort
    int port;

    @Autowired
    Articles articles;

    @Autowired
    ArticleDesk desk;

    @Autowired
    Categories categories;

    @Autowired
    SearchIndex index;

    @Autowired
    Documents documents;

    @Autowired
    MutableClock clock;

    WebClient web;

    @BeforeEach
    void setUp() {
        web = new WebClient(port);
        clock.set(FixedClockConfiguration.START);
    }

    @Test
    void theIndexHoldsEveryPublishedArticleAndEveryDocumentAfterStartUp() {
        assertThat(index.rebuildProgress().running()).isFalse();
        assertThat(documents.count()).isPositive();
        assertThat(index.size()).isEqualTo(articles.countPublished() + documents.count());
    }

    @Test
    void referenceArticleIsFoundWithoutDiacritics() {
        Document page = web.page("/tim-kiem?q=hoi+nghi+to+soan+thao");

        assertThat(page.title()).isEqualTo("Tìm kiếm: hoi nghi to soan thao - Đảng ủy Khối Cơ quan và Doanh nghiệp tỉnh");
        assertThat(page.select("#tu-khoa").val()).isEqualTo("hoi nghi to soan thao");
        assertThat(page.select(".search-hit h2").first().text()).isEqualTo(REFERENCE_TITLE);
        assertThat(page.select(".search-hit h2 a").first().attr("href")).startsWith("/tin-tuc/hoi-nghi-to-soan-thao-");
        assertThat(page.select(".search-hit .meta time").first().text()).isEqualTo("17/03/2021");
        assertThat(page.select(".search-hit .snippet").first().html()).contains("<mark>soạn</mark> <mark>thảo</mark>");
        assertThat(page.select(".search-hit h2 a").first().html()).startsWith("<mark>Hội</mark> <mark>nghị</mark>"
                + " <mark>tổ</mark> <mark>soạn</mark> <mark>thảo</mark> nghiên cứu, xây dựng <mark>nghị</mark> quyết");
        assertThat(titles("/api/v1/search?q=hoi+nghi+to+soan+thao")).containsExactly(REFERENCE_TITLE,
                // A query of five words needs four of them: this article's text holds four.
                "Cơ hội phục hồi hàng không từ các cơ chế hỗ trợ mạnh mẽ");
    }

    @Test
    void withAndWithoutDiacriticsFindTheSameArticles() {
        assertThat(titles("/api/v1/search?q=" + encode("nghị quyết đảng ủy")))
                .isEqualTo(titles("/api/v1/search?q=nghi+quyet+dang+uy"))
                .contains(REFERENCE_TITLE);
    }

    @Test
    void jsonCarriesQueryTotalPageAndResults() {
        JsonNode json = json("/api/v1/search?q=" + encode("Hội nghị tổ soạn thảo"));

        assertThat(json.get("query").asString()).isEqualTo("Hội nghị tổ soạn thảo");
        assertThat(json.get("total").asLong()).isEqualTo(2);
        assertThat(json.get("page").asInt()).isEqualTo(1);
        JsonNode first = json.get("results").get(0);
        assertThat(first.get("title").asString()).isEqualTo(REFERENCE_TITLE);
        assertThat(first.get("date").asString()).isEqualTo("2021-03-17T08:00:00+07:00");
        assertThat(first.get("type").asString()).isEqualTo("article");
        assertThat(first.get("url").asString()).startsWith("/tin-tuc/hoi-nghi-to-soan-thao-");
        assertThat(first.get("snippet").asString()).contains("<mark>");
    }

    @Test
    void anArticleIsFoundOnceItIsPublishedAndWhenItsScheduledTimeComes() {
        long economy = categories.bySlug("kinh-te").orElseThrow().id();
        long id = desk.create(Actor.system(), new NewArticle(ArticleKind.ARTICLE, economy,
                "Khánh thành cầu Rạch Miễu hai", null, "Cây cầu nối đôi bờ sông Tiền.", "<p>Cầu dài 17 km.</p>", null,
                null, false, null));
        assertThat(total("Rạch Miễu")).isZero();

        desk.publish(Actor.system(), id, 0, clock.instant());
        assertThat(total("Rạch Miễu")).isEqualTo(1);
        assertThat(total("rach mieu")).isEqualTo(1);
        assertThat(json("/api/v1/search?q=rach+mieu&category=kinh-te").get("total").asLong()).isEqualTo(1);
        assertThat(json("/api/v1/search?q=rach+mieu&category=the-gioi").get("total").asLong()).isZero();

        desk.publish(Actor.system(), id, 1, clock.instant().plus(Duration.ofDays(1)));
        assertThat(total("rach mieu")).isZero();
        clock.set(FixedClockConfiguration.START.plus(Duration.ofDays(2)));
        assertThat(total("rach mieu")).isEqualTo(1);
    }

    @Test
    void emptyAndHopelessQueriesGetAMessage() {
        assertThat(web.page("/tim-kiem").select(".search-messages li").text())
                .isEqualTo("Vui lòng nhập từ khóa cần tìm.");
        assertThat(web.page("/tim-kiem?q=+++").select(".search-messages li").text())
                .isEqualTo("Vui lòng nhập từ khóa cần tìm.");
        assertThat(web.page("/tim-kiem?q=" + encode("!!! :( ???")).select(".search-messages li").text())
                .isEqualTo("Từ khóa không có chữ hoặc số nào để tìm. Vui lòng nhập từ khóa khác.");
        assertThat(json("/api/v1/search?q=").get("messages").get(0).asString())
                .isEqualTo("Vui lòng nhập từ khóa cần tìm.");
        assertThat(web.page("/tim-kiem?q=" + encode("đảng ủy") + "&tu=31/02/2021&trang=abc")
                .select(".search-messages li").text())
                .isEqualTo("“Từ ngày” không phải một ngày dạng ngày/tháng/năm (ví dụ 17/03/2021): bỏ qua.");
    }

    @Test
    void aVeryLongQueryIsCutNotRefused() {
        String query = "nghị quyết ".repeat(1_000).substring(0, 10_000);

        HttpResponse<String> page = web.get("/tim-kiem?q=" + encode(query));
        HttpResponse<String> api = web.get("/api/v1/search?q=" + encode(query));

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Từ khóa quá dài: chỉ tìm theo 200 ký tự đầu.");
        assertThat(api.statusCode()).isEqualTo(200);
    }

    @Test
    void naughtyStringsAnswer200OnThePageAndInTheApi() {
        List<String> failures = new ArrayList<>();
        List<String> queries = new ArrayList<>(naughtyStrings());
        queries.addAll(List.of("title:(", "\"đường", "a AND (b OR", "*:*", "\\", "🇻🇳 🙂", "nghị~2 quyết^3"));
        for (String q : queries) {
            for (String path : List.of("/tim-kiem?q=", "/api/v1/search?q=")) {
                int status = web.get(path + encode(q) + "&chuyen-muc=" + encode(q) + "&tu=" + encode(q)).statusCode();
                if (status != 200) {
                    failures.add(status + " " + path + q);
                }
            }
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void searchPageIsValidHtml() {
        for (String path : List.of("/tim-kiem", "/tim-kiem?q=hoi+nghi&sap-xep=moi-nhat",
                "/tim-kiem?q=" + encode("<script>alert(1)</script> kinh tế"))) {
            HttpResponse<String> response = web.get(path);
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(HtmlValidator.get().errors(response.body())).as(path).isEmpty();
        }
    }

    @Test
    void nothingFoundWithFiltersOffersTheSameWordsEverywhere() {
        HttpResponse<String> response = web.get("/tim-kiem?q=" + encode("hội nghị tổ soạn thảo")
                + "&tu=01/01/2025&loai=van-ban&sap-xep=moi-nhat");
        Document page = org.jsoup.Jsoup.parse(response.body());

        assertThat(page.select(".search-summary").text())
                .isEqualTo("Không tìm thấy kết quả nào cho “hội nghị tổ soạn thảo” với bộ lọc đã chọn.");
        assertThat(page.select(".search-tips li").eachText()).containsExactly(
                "Tìm “hội nghị tổ soạn thảo” trong mọi chuyên mục, mọi thời gian",
                "Kiểm tra lại chính tả hoặc bớt từ: kết quả cần chứa các từ đã gõ.",
                "Gõ có dấu hay không dấu đều được: “nghi quyet” tìm được “nghị quyết”.");
        String everywhere = page.select(".search-tips a").attr("href");
        assertThat(everywhere).isEqualTo("/tim-kiem?q=h%E1%BB%99i%20ngh%E1%BB%8B%20t%E1%BB%95%20so%E1%BA%A1n"
                + "%20th%E1%BA%A3o&sap-xep=moi-nhat");
        assertThat(web.page(everywhere).select(".search-hit h2").eachText()).contains(REFERENCE_TITLE);
        assertThat(HtmlValidator.get().errors(response.body())).isEmpty();

        Document unfiltered = web.page("/tim-kiem?q=zzzyyyxxx");
        assertThat(unfiltered.select(".search-summary").text())
                .isEqualTo("Không tìm thấy kết quả nào cho “zzzyyyxxx”.");
        assertThat(unfiltered.select(".search-tips li")).hasSize(2);
        assertThat(unfiltered.select(".search-tips a")).isEmpty();
    }

    @Test
    void paginationKeepsTheFilters() {
        Document first = web.page("/tim-kiem?q=tin&sap-xep=moi-nhat");
        assertThat(first.select(".search-summary").text()).startsWith("Tìm thấy ");
        Document byDate = web.page("/tim-kiem?q=hoi+nghi&tu=17/03/2021&den=17/03/2021");
        assertThat(byDate.select(".search-hit h2").eachText()).containsExactly(REFERENCE_TITLE);
    }

    @Test
    void aLostIndexIsRebuiltFromTheDatabaseWhileSearchKeepsAnswering() throws IOException {
        long published = articles.countPublished() + documents.count();

        index.reopen(() -> deleteRecursively(index.path()));
        assertThat(index.size()).isZero();
        assertThat(total("hoi nghi to soan thao")).isZero();

        assertThat(index.checkAgainstDatabase()).isTrue();
        index.rebuild().join();

        assertThat(index.size()).isEqualTo(published);
        assertThat(index.rebuildProgress()).isEqualTo(new RebuildProgress(false, published, published));
        assertThat(titles("/api/v1/search?q=hoi+nghi+to+soan+thao")).first().isEqualTo(REFERENCE_TITLE);
        assertThat(index.checkAgainstDatabase()).isFalse();
    }

    @Test
    void anIndexWrittenByAnEarlierVersionIsRebuiltWhileSearchKeepsAnswering() throws IOException {
        long published = articles.countPublished() + documents.count();

        index.reopen(() -> forgetFormat(index.path()));
        assertThat(index.size()).isEqualTo(published);
        assertThat(titles("/api/v1/search?q=hoi+nghi+to+soan+thao")).first().isEqualTo(REFERENCE_TITLE);

        assertThat(index.checkAgainstDatabase()).isTrue();
        index.rebuild().join();

        assertThat(index.size()).isEqualTo(published);
        assertThat(titles("/api/v1/search?q=hoi+nghi+to+soan+thao")).first().isEqualTo(REFERENCE_TITLE);
        assertThat(index.checkAgainstDatabase()).isFalse();
    }

    /** Commit data as an earlier version left it: without the index format. */
    static void forgetFormat(Path dir) {
        try (IndexWriter writer = new IndexWriter(FSDirectory.open(dir), new IndexWriterConfig())) {
            writer.setLiveCommitData(Map.<String, String>of().entrySet());
            writer.commit();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private long total(String q) {
        return json("/api/v1/search?q=" + encode(q)).get("total").asLong();
    }

    private List<String> titles(String path) {
        List<String> titles = new ArrayList<>();
        json(path).get("results").forEach(r -> titles.add(r.get("title").asString()));
        return titles;
    }

    private JsonNode json(String path) {
        HttpResponse<String> response = web.get(path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/json"));
        return JsonMapper.builder().build().readTree(response.body());
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    static List<String> naughtyStrings() {
        try (InputStream json = SearchHttpTest.class.getResourceAsStream("/naughty/blns.json")) {
            return List.of(JsonMapper.builder().build().readValue(json, String[].class));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteRecursively(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
