package vn.toasoan.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import vn.toasoan.account.Actor;
import vn.toasoan.document.DocumentDesk;
import vn.toasoan.document.DocumentRef;
import vn.toasoan.document.Documents;
import vn.toasoan.document.NewDocument;
import vn.toasoan.testsupport.TestFiles;
import vn.toasoan.testsupport.FixedClockConfiguration;
import vn.toasoan.testsupport.MutableClock;
import vn.toasoan.testsupport.WebClient;

/**
 * Official documents in search, over HTTP, on the demo content plus documents registered here. Its own application
 * context (and database): it registers documents, which other test classes must not see.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.application.name=document-search-http-test")
@Import(FixedClockConfiguration.class)
class DocumentSearchHttpTest {

    @LocalServerPort
    int port;

    @Autowired
    Documents documents;

    @Autowired
    DocumentDesk documentDesk;

    @Autowired
    SearchIndex index;

    @Autowired
    MutableClock clock;

    WebClient web;

    @BeforeEach
    void setUp() {
        web = new WebClient(port);
        clock.set(FixedClockConfiguration.START);
        index.rebuild().join();
    }

    @Test
    void aSymbolHoweverTypedFindsItsDocumentFirstAboveTheArticlesCitingIt() {
        DocumentRef plan = documents.bySymbol("14-KH/ĐU").orElseThrow();
        for (String q : List.of("14-KH/ĐU", "14-kh/du", "14 KH ĐU", "Kế hoạch số 14-KH/ĐU")) {
            JsonNode first = json("/api/v1/search?q=" + encode(q)).get("results").get(0);
            assertThat(first.get("title").asString()).as(q).isEqualTo("Kế hoạch số 14-KH/ĐU");
            assertThat(first.get("url").asString()).as(q).isEqualTo(plan.url());
            assertThat(first.get("type").asString()).as(q).isEqualTo("document");
            assertThat(first.get("date").asString()).as(q).startsWith(plan.issuedOn() + "T00:00");
        }
        // Articles citing the plan are found too, below it.
        assertThat(types("/api/v1/search?q=" + encode("14-KH/ĐU"))).contains("article");
    }

    @Test
    void aPhraseFromAnAttachedPdfOrDocxFindsItsDocument() {
        long id = documentDesk.create(Actor.system(), new NewDocument("27-KH/ĐUK", null, null, null, null, null,
                "Đảng ủy Khối Cơ quan tỉnh", LocalDate.of(2026, 3, 2), null,
                "Triển khai học tập chuyên đề năm 2026", null));
        DocumentRef ref = documents.find(id).orElseThrow();
        assertThat(titles("/api/v1/search?q=" + encode("Triển khai học tập chuyên đề năm 2026")))
                .first().isEqualTo("Kế hoạch số 27-KH/ĐUK");
        assertThat(total("tham quan vuon chim Bac Lieu")).isZero();

        documentDesk.attach(Actor.system(), id, "ke-hoach.pdf",
                TestFiles.pdf("Cac chi bo to chuc tham quan vuon chim Bac Lieu"));
        JsonNode hit = json("/api/v1/search?q=" + encode("tham quan vườn chim Bạc Liêu")).get("results").get(0);
        assertThat(hit.get("url").asString()).isEqualTo(ref.url());
        assertThat(hit.get("snippet").asString()).contains("<mark>vuon</mark> <mark>chim</mark>");

        documentDesk.attach(Actor.system(), id, "phu-luc.docx", TestFiles.docx("Phụ lục",
                "Danh sách đảng viên được khen thưởng xuất sắc"));
        assertThat(urls("/api/v1/search?q=" + encode("dang vien duoc khen thuong xuat sac") + "&type=document"))
                .containsExactly(ref.url());
        // Both files still count.
        assertThat(urls("/api/v1/search?q=" + encode("vuon chim Bac Lieu"))).first().isEqualTo(ref.url());
    }

    @Test
    void theTypeFilterShowsDocumentsOnlyLabelledAsSuch() {
        List<String> all = types("/api/v1/search?q=" + encode("kế hoạch"));
        assertThat(all).contains("document", "article");
        assertThat(types("/api/v1/search?q=" + encode("kế hoạch") + "&type=document")).isNotEmpty()
                .containsOnly("document");
        assertThat(types("/api/v1/search?q=" + encode("kế hoạch") + "&type=van-ban")).containsOnly("document");
        assertThat(types("/api/v1/search?q=" + encode("kế hoạch") + "&type=article")).containsOnly("article");

        Document page = web.page("/tim-kiem?q=" + encode("ke hoach") + "&loai=van-ban");
        List<Element> hits = page.select(".search-hit");
        assertThat(hits).isNotEmpty();
        for (Element hit : hits) {
            assertThat(hit.select(".hit-type").text()).isEqualTo("Văn bản");
            assertThat(hit.select("h2 a").attr("href")).startsWith("/van-ban/");
        }
        assertThat(page.select("#loai option[selected]").attr("value")).isEqualTo("van-ban");
        Document articlesOnly = web.page("/tim-kiem?q=" + encode("ke hoach") + "&loai=bai-viet");
        assertThat(articlesOnly.select(".search-hit .hit-type").eachText()).isNotEmpty().containsOnly("Bài viết");
    }

    @Test
    void theIndexCountsDocumentsAndARegisteredDocumentIsFoundAtOnce() {
        long before = index.size();
        assertThat(index.checkAgainstDatabase()).isFalse();
        long id = documentDesk.create(Actor.system(), new NewDocument("88/QĐ-UBND", null, null, null, null, null,
                "Ủy ban nhân dân tỉnh", LocalDate.of(2026, 1, 15), null, "Phê duyệt dự án cầu Rạch Miễu hai", null));
        assertThat(index.size()).isEqualTo(before + 1);
        assertThat(index.checkAgainstDatabase()).isFalse();
        assertThat(urls("/api/v1/search?q=" + encode("88/qd-ubnd")))
                .first().isEqualTo(documents.find(id).orElseThrow().url());
        assertThat(titles("/api/v1/search?q=" + encode("cau rach mieu") + "&type=document"))
                .containsExactly("Quyết định số 88/QĐ-UBND");
    }

    private long total(String q) {
        return json("/api/v1/search?q=" + encode(q)).get("total").asLong();
    }

    private List<String> titles(String path) {
        return field(path, "title");
    }

    private List<String> urls(String path) {
        return field(path, "url");
    }

    private List<String> types(String path) {
        return field(path, "type");
    }

    private List<String> field(String path, String name) {
        List<String> values = new ArrayList<>();
        json(path).get("results").forEach(r -> values.add(r.get(name).asString()));
        return values;
    }

    private JsonNode json(String path) {
        HttpResponse<String> response = web.get(path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return JsonMapper.builder().build().readTree(response.body());
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
