package vn.toasoan.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import javax.sql.DataSource;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import vn.toasoan.DataDirectoryProperties;
import vn.toasoan.account.Accounts;
import vn.toasoan.account.Actor;
import vn.toasoan.account.AuditLog;
import vn.toasoan.account.Role;
import vn.toasoan.search.SearchIndex;
import vn.toasoan.testsupport.FixedClockConfiguration;
import vn.toasoan.testsupport.HeldInsert;
import vn.toasoan.testsupport.HtmlValidator;
import vn.toasoan.testsupport.Multipart;
import vn.toasoan.testsupport.NewsroomClient;
import vn.toasoan.testsupport.StaffLogins;
import vn.toasoan.testsupport.TestFiles;
import vn.toasoan.testsupport.WebClient;
import vn.toasoan.text.TypedText;

/**
 * The newsroom's document pages over real HTTP: who may use them, registering, editing, duplicates, deleting,
 * attached files checked by their bytes, the public page and search following every change, hostile text.
 * Its own context: it registers and deletes documents.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.application.name=document-newsroom-test", "toasoan.account.admin-password=quan-tri-van-ban-1"})
@Import(FixedClockConfiguration.class)
class DocumentNewsroomTest {

    static final String STANDING = "Ban Thường vụ Đảng ủy Khối Cơ quan và Doanh nghiệp tỉnh";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    Documents documents;

    @Autowired
    DocumentDesk documentDesk;

    @Autowired
    Accounts accounts;

    @Autowired
    AuditLog audit;

    @Autowired
    SearchIndex index;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    @Autowired
    DataDirectoryProperties dataDirectory;

    @BeforeEach
    void waitForTheStartUpRebuild() {
        // Start-up fills the index in the background; searches below must see a complete one.
        index.rebuild().join();
    }

    /** A member of staff of this role, created on first use (display name "Người thử " + username), logged in. */
    private NewsroomClient as(String username, Role role) {
        if (accounts.all().stream().noneMatch(a -> a.username().equals(username))) {
            new StaffLogins(accounts, port).create(role, username);
        }
        return new NewsroomClient(port).loggedInAs(username, StaffLogins.PASSWORD);
    }

    private NewsroomClient editor() {
        return as("bien-tap-van-ban", Role.EDITOR);
    }

    private static Map<String, String> form(String symbol, String issuingBody, String issuedOn, String summary) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("symbol", symbol);
        fields.put("docType", "");
        fields.put("issuingBody", issuingBody);
        fields.put("issuedOn", issuedOn);
        fields.put("signer", "");
        fields.put("summary", summary);
        fields.put("effectiveOn", "");
        return fields;
    }

    private long create(NewsroomClient client, Map<String, String> fields) {
        HttpResponse<String> response = client.submit("/quan-tri/van-ban/moi", "/quan-tri/van-ban", fields);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(302);
        String location = response.headers().firstValue("Location").orElseThrow();
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    private JsonNode search(String query) {
        HttpResponse<String> response = new WebClient(port).get("/api/v1/search?type=document&q="
                + URLEncoder.encode(query, StandardCharsets.UTF_8));
        assertThat(response.statusCode()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private static List<String> titles(JsonNode results) {
        List<String> titles = new ArrayList<>();
        results.get("results").forEach(r -> titles.add(r.get("title").asString()));
        return titles;
    }

    @Test
    void anonymousVisitorsAreSentToTheLoginPage() {
        long id = documents.bySymbol("14-KH/ĐU").orElseThrow().id();
        NewsroomClient anonymous = new NewsroomClient(port);
        for (String path : List.of("/quan-tri/van-ban", "/quan-tri/van-ban/moi", "/quan-tri/van-ban/" + id,
                "/quan-tri/van-ban/ky-hieu?q=14-KH/%C4%90U")) {
            HttpResponse<String> response = anonymous.get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(302);
            assertThat(response.headers().firstValue("Location").orElseThrow()).as(path)
                    .endsWith("/quan-tri/dang-nhap");
        }
        long before = documents.count();
        assertThat(anonymous.post("/quan-tri/van-ban", form("1-TB/AN", STANDING, "2024-01-02", "x")).statusCode())
                .isIn(302, 403);
        assertThat(documents.count()).isEqualTo(before);
    }

    @Test
    void authorsAreRefusedEveryPageAndEveryChangeAndNothingChanges() {
        Document plan = documents.byId(documents.bySymbol("14-KH/ĐU").orElseThrow().id()).orElseThrow();
        long attachmentsBefore = documents.attachments(plan.id()).size();
        long count = documents.count();
        long audited = audit.count("document.");
        NewsroomClient author = as("phong-vien-van-ban", Role.AUTHOR);
        for (String path : List.of("/quan-tri/van-ban", "/quan-tri/van-ban/moi", "/quan-tri/van-ban/" + plan.id(),
                "/quan-tri/van-ban/ky-hieu?q=1")) {
            HttpResponse<String> response = author.get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(403);
            assertThat(response.body()).as(path).contains("Vai trò của bạn không cho phép");
        }
        Map<String, String> edit = form("99-KH/ĐU", STANDING, "2021-02-26", "Đổi bởi phóng viên");
        edit.put("version", String.valueOf(plan.version()));
        String token = NewsroomClient.csrf(author.page("/quan-tri"));
        List<HttpResponse<String>> posts = List.of(
                author.submit("/quan-tri", "/quan-tri/van-ban", form("7-TB/PV", STANDING, "2024-01-02", "Mới")),
                author.submit("/quan-tri", "/quan-tri/van-ban/" + plan.id(), edit),
                author.submit("/quan-tri", "/quan-tri/van-ban/" + plan.id() + "/xoa",
                        Map.of("version", String.valueOf(plan.version()), "confirm", "yes")),
                new Multipart().field("_csrf", token).file("file", "ke-hoach.pdf", "application/pdf",
                        TestFiles.pdf("Ke hoach cua phong vien")).post(author, "/quan-tri/van-ban/" + plan.id() + "/tep"),
                author.submit("/quan-tri", "/quan-tri/van-ban/" + plan.id() + "/tep/1/xoa", Map.of()));
        assertThat(posts).allSatisfy(response -> assertThat(response.statusCode()).isEqualTo(403));
        assertThat(documents.count()).isEqualTo(count);
        assertThat(documents.byId(plan.id())).contains(plan);
        assertThat(documents.attachments(plan.id())).hasSize((int) attachmentsBefore);
        assertThat(audit.count("document.")).isEqualTo(audited);
    }

    @Test
    void anEditorRegistersADocumentAndSeesHowTheSymbolWasRead() {
        NewsroomClient editor = editor();
        org.jsoup.nodes.Document blank = editor.page("/quan-tri/van-ban/moi");
        assertThat(HtmlValidator.get().errors(blank.outerHtml())).isEmpty();
        assertThat(blank.select("#ky-hieu-doc-duoc").attr("data-reading-url")).isEqualTo("/quan-tri/van-ban/ky-hieu");
        Map<String, String> fields = form("  17 – kh/đu ", STANDING, "05/03/2024",
                "Triển khai học tập chuyên đề về đạo đức công vụ");
        fields.put("signer", "Nguyễn Văn An");
        fields.put("effectiveOn", "2024-03-05");
        long id = create(editor, fields);

        HttpResponse<String> response = editor.get("/quan-tri/van-ban/" + id);
        assertThat(HtmlValidator.get().errors(response.body())).isEmpty();
        org.jsoup.nodes.Document page = Jsoup.parse(response.body());
        assertThat(page.select(".nr-notice").text()).isEqualTo("Đã thêm văn bản Kế hoạch số 17 – kh/đu.");
        assertThat(page.select("#symbol").val()).isEqualTo("17 – kh/đu");
        assertThat(page.select(".nr-reading-number").text()).isEqualTo("17");
        assertThat(page.select(".nr-reading-year").text()).isEqualTo("—");
        assertThat(page.select(".nr-reading-type").text()).isEqualTo("KH (Kế hoạch)");
        assertThat(page.select(".nr-reading-issuer").text()).isEqualTo("ĐU");
        assertThat(page.select(".nr-reading-system").text()).isEqualTo("Đảng");
        assertThat(page.select("#issuedOn").val()).isEqualTo("2024-03-05");
        assertThat(page.select("#docType option[selected]").text()).isEqualTo("Kế hoạch");

        Document saved = documents.byId(id).orElseThrow();
        assertThat(saved.issuedOn()).isEqualTo(LocalDate.of(2024, 3, 5));
        assertThat(saved.signer()).isEqualTo("Nguyễn Văn An");
        assertThat(audit.about("document", id)).singleElement().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo("document.create");
            assertThat(entry.actorName()).isEqualTo("Người thử bien-tap-van-ban");
            assertThat(entry.detail()).isEqualTo("17 – kh/đu · " + STANDING + " · 05/03/2024");
        });
        assertThat(new WebClient(port).page(saved.ref().url()).select("h1").text()).contains("17 – kh/đu");
        assertThat(titles(search("đạo đức công vụ"))).contains("Kế hoạch số 17 – kh/đu");

        JsonNode reading = JSON.readTree(editor.get("/quan-tri/van-ban/ky-hieu?q="
                + URLEncoder.encode("42/2022/nđ-cp", StandardCharsets.UTF_8)).body());
        assertThat(reading.get("recognised").asBoolean()).isTrue();
        assertThat(reading.get("number").asString()).isEqualTo("42");
        assertThat(reading.get("year").asInt()).isEqualTo(2022);
        assertThat(reading.get("typeName").asString()).isEqualTo("Nghị định");
        assertThat(reading.get("issuerCode").asString()).isEqualTo("CP");
    }

    @Test
    void aMissingOrWrongFieldIsShownNextToItAndTheTypedTextStays() {
        NewsroomClient editor = editor();
        long count = documents.count();
        HttpResponse<String> response = editor.submit("/quan-tri/van-ban/moi", "/quan-tri/van-ban",
                form("18-KH/ĐU", STANDING, "2024-03-06", "   "));
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(HtmlValidator.get().errors(response.body())).isEmpty();
        org.jsoup.nodes.Document page = Jsoup.parse(response.body());
        assertThat(page.select("#summary-loi").text()).isEqualTo("Văn bản cần có trích yếu");
        assertThat(page.select("#summary").attr("aria-invalid")).isEqualTo("true");
        assertThat(page.select("#symbol").val()).isEqualTo("18-KH/ĐU");

        page = Jsoup.parse(editor.submit("/quan-tri/van-ban/moi", "/quan-tri/van-ban",
                form("18-KH/ĐU", STANDING, "31/02/2024", "Trích yếu")).body());
        assertThat(page.select("#issuedOn-loi").text()).startsWith("Ngày ban hành không đúng");

        Map<String, String> early = form("18-KH/ĐU", STANDING, "2024-03-06", "Trích yếu");
        early.put("effectiveOn", "05/03/2024");
        HttpResponse<String> beforeIssue = editor.submit("/quan-tri/van-ban/moi", "/quan-tri/van-ban", early);
        assertThat(beforeIssue.statusCode()).isEqualTo(400);
        page = Jsoup.parse(beforeIssue.body());
        assertThat(page.select("#effectiveOn-loi").text()).isEqualTo("Ngày hiệu lực không thể trước ngày ban hành.");
        assertThat(page.select("#effectiveOn").val()).isEqualTo("05/03/2024");
        assertThat(documents.count()).isEqualTo(count);
    }

    @Test
    void theSameSymbolIssuerAndDateIsADuplicateWithAClearMessage() {
        NewsroomClient editor = editor();
        long count = documents.count();
        HttpResponse<String> response = editor.submit("/quan-tri/van-ban/moi", "/quan-tri/van-ban",
                form("14-KH/ĐU", STANDING, "26/02/2021", "Bản trùng"));
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(Jsoup.parse(response.body()).select("#symbol-loi").text()).isEqualTo(
                "Văn bản số 14-KH/ĐU của " + STANDING + " ngày 26/02/2021 đã có trong danh mục.");
        assertThat(documents.count()).isEqualTo(count);
        // Numbers restart each term: the same symbol on another day is another document.
        create(editor, form("14-KH/ĐU", STANDING, "2026-01-05", "Kế hoạch số 14 của nhiệm kỳ mới"));
        assertThat(documents.count()).isEqualTo(count + 1);

        // Editing another document into the identity of an existing one is refused too.
        long other = create(editor, form("19-KH/ĐU", STANDING, "2024-03-07", "Kế hoạch khác"));
        Map<String, String> edit = form("14-KH/ĐU", STANDING, "2021-02-26", "Kế hoạch khác");
        edit.put("version", "0");
        HttpResponse<String> clash = editor.submit("/quan-tri/van-ban/" + other, "/quan-tri/van-ban/" + other, edit);
        assertThat(clash.statusCode()).isEqualTo(400);
        assertThat(documents.byId(other).orElseThrow().symbol()).isEqualTo("19-KH/ĐU");
    }

    @Test
    void aDuplicateSavedAtTheSameMomentIsShownLikeAnyDuplicate() throws Exception {
        NewsroomClient editor = editor();
        HttpResponse<String> racing;
        // Another server registers the same document; its transaction is still open while ours checks.
        try (HeldInsert other = HeldInsert.of(dataSource, """
                INSERT INTO document (symbol, doc_type, issuing_body, issued_on, summary, slug, symbol_key,
                                      search_text, created_at, updated_at)
                VALUES ('24-KH/ĐU', 'Kế hoạch', ?, DATE '2024-04-05', 'Từ máy chủ khác', 'tu-may-chu-khac-24',
                        '24-kh/đu', 'tu may chu khac', TIMESTAMP WITH TIME ZONE '2024-04-05 08:00:00+07:00',
                        TIMESTAMP WITH TIME ZONE '2024-04-05 08:00:00+07:00')""", STANDING)) {
            CompletableFuture<HttpResponse<String>> request = CompletableFuture.supplyAsync(() -> editor.submit(
                    "/quan-tri/van-ban/moi", "/quan-tri/van-ban", form("24-KH/ĐU", STANDING, "05/04/2024",
                            "Cùng lúc")));
            other.awaitStatement("INSERT INTO document (");
            other.commit();
            racing = request.join();
        }
        assertThat(racing.statusCode()).isEqualTo(400);
        org.jsoup.nodes.Document page = Jsoup.parse(racing.body());
        assertThat(page.select("#symbol-loi").text())
                .isEqualTo("Văn bản số 24-KH/ĐU của " + STANDING + " ngày 05/04/2024 đã có trong danh mục.");
        assertThat(page.select("#summary").text()).as("the typed text stays").isEqualTo("Cùng lúc");
        assertThat(jdbc.sql("SELECT slug FROM document WHERE symbol = '24-KH/ĐU'").query(String.class).list())
                .containsExactly("tu-may-chu-khac-24");
    }

    @Test
    void removedFilesLeaveTheDiskOnlyOnceTheRemovalIsCommittedAndNoOtherDocumentHasThem() throws Exception {
        NewsroomClient editor = editor();
        long plan = create(editor, form("25-KH/ĐU", STANDING, "2024-04-06", "Kế hoạch có tệp trên đĩa"));
        long report = create(editor, form("26-BC/ĐU", STANDING, "2024-04-06", "Báo cáo có cùng tệp"));
        byte[] shared = TestFiles.pdf("Tep dung chung cua ke hoach 25 va bao cao 26");
        attach(editor, plan, "dung-chung.pdf", shared);
        attach(editor, plan, "rieng.docx", TestFiles.docx("Phụ lục riêng của kế hoạch 25"));
        attach(editor, report, "dung-chung.pdf", shared);
        List<Attachment> planFiles = documents.attachments(plan);
        Path sharedFile = file(planFiles.get(0));
        Path ownFile = file(planFiles.get(1));
        assertThat(file(documents.attachments(report).get(0))).isEqualTo(sharedFile);
        assertThat(ownFile).isRegularFile();

        String page = "/quan-tri/van-ban/" + plan;
        assertThat(editor.submit(page, page + "/tep/" + planFiles.get(1).id() + "/xoa", Map.of()).statusCode())
                .isEqualTo(302);
        assertThat(ownFile).as("removed").doesNotExist();
        assertThat(editor.submit(page, page + "/tep/" + planFiles.get(0).id() + "/xoa", Map.of()).statusCode())
                .isEqualTo(302);
        assertThat(sharedFile).as("the report has it too").isRegularFile();
        assertThat(new WebClient(port).getBytes(documents.attachments(report).get(0).url()).body()).isEqualTo(shared);

        attach(editor, plan, "ban-moi.pdf", TestFiles.pdf("Ban moi cua ke hoach 25"));
        Path newFile = file(documents.attachments(plan).get(0));
        Map<String, String> edit = form("25-KH/ĐU", STANDING, "2024-04-06", "Kế hoạch đã sửa");
        edit.put("version", "0");
        assertThat(editor.submit(page, page, edit).statusCode()).isEqualTo(302);
        assertThat(editor.submit(page, page + "/xoa", Map.of("version", "0", "confirm", "yes")).statusCode())
                .isEqualTo(302);
        assertThat(editor.page(page).select(".nr-problem").text()).isEqualTo("Văn bản đã được sửa bởi Người thử"
                + " bien-tap-van-ban sau khi bạn mở nó. Văn bản chưa bị xóa: hãy mở lại để xem bản mới rồi quyết"
                + " định.");
        assertThat(newFile).as("a stale deletion keeps the files").isRegularFile();

        Document cited = documents.byId(jdbc.sql("SELECT MIN(document_id) FROM article").query(Long.class).single())
                .orElseThrow();
        attach(editor, cited, "ke-hoach-14.pdf", TestFiles.pdf("Ban scan ke hoach 14"));
        Path citedFile = file(documents.attachments(cited.id()).get(documents.attachments(cited.id()).size() - 1));
        String citedPage = "/quan-tri/van-ban/" + cited.id();
        assertThat(editor.submit(citedPage, citedPage + "/xoa", Map.of("version", String.valueOf(cited.version()),
                "confirm", "yes")).statusCode()).isEqualTo(302);
        assertThat(documents.byId(cited.id())).isPresent();
        assertThat(citedFile).as("a refused deletion keeps the files").isRegularFile();

        assertThat(editor.submit(page, page + "/xoa", Map.of("version", "1", "confirm", "yes")).statusCode())
                .isEqualTo(302);
        assertThat(documents.byId(plan)).isEmpty();
        assertThat(newFile).doesNotExist();
        String reportPage = "/quan-tri/van-ban/" + report;
        assertThat(editor.submit(reportPage, reportPage + "/xoa", Map.of("version", "0", "confirm", "yes"))
                .statusCode()).isEqualTo(302);
        assertThat(documents.byId(report)).isEmpty();
        assertThat(sharedFile).doesNotExist();
    }

    private void attach(NewsroomClient editor, long documentId, String name, byte[] content) {
        String page = "/quan-tri/van-ban/" + documentId;
        HttpResponse<String> response = new Multipart().field("_csrf", NewsroomClient.csrf(editor.page(page)))
                .file("file", name, "application/octet-stream", content).post(editor, page + "/tep");
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(editor.page(page).select(".nr-notice").text()).isEqualTo("Đã đính kèm tệp " + name + ".");
    }

    private void attach(NewsroomClient editor, Document document, String name, byte[] content) {
        attach(editor, document.id(), name, content);
    }

    /** Where an attached file is kept. */
    private Path file(Attachment attachment) {
        String key = jdbc.sql("SELECT storage_key FROM document_attachment WHERE id = :id")
                .param("id", attachment.id()).query(String.class).single();
        return dataDirectory.documents().resolve(key);
    }

    @Test
    void anEditReachesThePublicPageAndSearchAndIsAudited() {
        NewsroomClient editor = editor();
        long id = create(editor, form("20-TB/ĐU", STANDING, "2024-04-01", "Lịch tiếp công dân quý hai"));
        Document before = documents.byId(id).orElseThrow();
        WebClient reader = new WebClient(port);
        assertThat(reader.page(before.ref().url()).text()).contains("Lịch tiếp công dân quý hai");
        assertThat(titles(search("tiếp công dân"))).contains("Thông báo số 20-TB/ĐU");

        Map<String, String> edit = form("20-TB/ĐU", STANDING, "2024-04-01", "Lịch làm việc với cơ sở quý ba");
        edit.put("signer", "Trần Thị Bình");
        edit.put("version", String.valueOf(before.version()));
        HttpResponse<String> saved = editor.submit("/quan-tri/van-ban/" + id, "/quan-tri/van-ban/" + id, edit);
        assertThat(saved.statusCode()).isEqualTo(302);
        assertThat(saved.headers().firstValue("Location").orElseThrow()).endsWith("/quan-tri/van-ban/" + id);

        Document after = documents.byId(id).orElseThrow();
        assertThat(after.version()).isEqualTo(before.version() + 1);
        assertThat(after.slug()).isEqualTo(before.slug());
        String publicPage = reader.page(after.ref().url()).text();
        assertThat(publicPage).contains("Lịch làm việc với cơ sở quý ba", "Trần Thị Bình")
                .doesNotContain("Lịch tiếp công dân quý hai");
        assertThat(titles(search("làm việc với cơ sở"))).contains("Thông báo số 20-TB/ĐU");
        assertThat(titles(search("tiếp công dân"))).doesNotContain("Thông báo số 20-TB/ĐU");
        assertThat(audit.about("document", id).get(0).detail())
                .isEqualTo("20-TB/ĐU · " + STANDING + " · 01/04/2024: sửa người ký, trích yếu");
    }

    @Test
    void twoEditorsSavingTheSameVersionDoNotOverwriteEachOther() {
        NewsroomClient first = editor();
        NewsroomClient second = as("bien-tap-thu-hai", Role.EDITOR);
        long id = create(first, form("21-TB/ĐU", STANDING, "2024-04-02", "Bản đầu"));
        int version = documents.byId(id).orElseThrow().version();
        Map<String, String> mine = form("21-TB/ĐU", STANDING, "2024-04-02", "Bản của người thứ nhất");
        mine.put("version", String.valueOf(version));
        Map<String, String> theirs = form("21-TB/ĐU", STANDING, "2024-04-02", "Bản của người thứ hai");
        theirs.put("version", String.valueOf(version));

        assertThat(first.submit("/quan-tri", "/quan-tri/van-ban/" + id, mine).statusCode()).isEqualTo(302);
        HttpResponse<String> late = second.submit("/quan-tri", "/quan-tri/van-ban/" + id, theirs);
        assertThat(late.statusCode()).isEqualTo(409);
        org.jsoup.nodes.Document page = Jsoup.parse(late.body());
        assertThat(page.select(".nr-problem[role=alert]").text()).startsWith(
                "Văn bản đã được sửa bởi Người thử bien-tap-van-ban trong lúc bạn sửa.");
        assertThat(page.select("#summary").text()).isEqualTo("Bản của người thứ hai");
        assertThat(documents.byId(id).orElseThrow().summary()).isEqualTo("Bản của người thứ nhất");
    }

    @Test
    void aDocumentCitedByAnArticleIsNotDeletedAndTheArticlesAreListed() {
        NewsroomClient editor = editor();
        Document plan = documents.byId(documents.bySymbol("14-KH/ĐU").orElseThrow().id()).orElseThrow();
        List<String> citing = jdbc.sql("SELECT title FROM article WHERE document_id = :id ORDER BY id")
                .param("id", plan.id()).query(String.class).list();
        assertThat(citing).isNotEmpty();

        org.jsoup.nodes.Document page = editor.page("/quan-tri/van-ban/" + plan.id());
        assertThat(page.select(".nr-references li a").eachText()).isEqualTo(citing);
        assertThat(page.select(".nr-delete form")).isEmpty();
        HttpResponse<String> refused = editor.submit("/quan-tri/van-ban/" + plan.id(),
                "/quan-tri/van-ban/" + plan.id() + "/xoa",
                Map.of("version", String.valueOf(plan.version()), "confirm", "yes"));
        assertThat(refused.statusCode()).isEqualTo(302);
        page = editor.page("/quan-tri/van-ban/" + plan.id());
        assertThat(page.select(".nr-problem").text()).isEqualTo("Văn bản 14-KH/ĐU được " + citing.size()
                + " bài viết dẫn chiếu: hãy bỏ văn bản khỏi các bài đó trước.");
        assertThat(documents.byId(plan.id())).isPresent();
        assertThat(HtmlValidator.get().errors(editor.get("/quan-tri/van-ban/" + plan.id()).body())).isEmpty();
    }

    @Test
    void aDocumentNothingCitesIsDeletedFromThePublicPagesAndSearch() {
        NewsroomClient editor = editor();
        long id = create(editor, form("22-TB/ĐU", STANDING, "2024-04-03", "Thông báo sẽ bị xóa về hội thao"));
        Document doc = documents.byId(id).orElseThrow();
        assertThat(titles(search("hội thao"))).contains("Thông báo số 22-TB/ĐU");
        assertThat(new WebClient(port).get(doc.ref().url()).statusCode()).isEqualTo(200);

        HttpResponse<String> unconfirmed = editor.submit("/quan-tri/van-ban/" + id, "/quan-tri/van-ban/" + id + "/xoa",
                Map.of("version", String.valueOf(doc.version())));
        assertThat(unconfirmed.statusCode()).isEqualTo(302);
        assertThat(documents.byId(id)).isPresent();

        HttpResponse<String> deleted = editor.submit("/quan-tri/van-ban/" + id, "/quan-tri/van-ban/" + id + "/xoa",
                Map.of("version", String.valueOf(doc.version()), "confirm", "yes"));
        assertThat(deleted.statusCode()).isEqualTo(302);
        assertThat(deleted.headers().firstValue("Location").orElseThrow()).endsWith("/quan-tri/van-ban");
        assertThat(editor.page("/quan-tri/van-ban").select(".nr-notice").text())
                .isEqualTo("Đã xóa văn bản Thông báo số 22-TB/ĐU của " + STANDING + ".");
        assertThat(documents.byId(id)).isEmpty();
        assertThat(new WebClient(port).get(doc.ref().url()).statusCode()).isEqualTo(404);
        assertThat(titles(search("hội thao"))).doesNotContain("Thông báo số 22-TB/ĐU");
        assertThat(audit.about("document", id).get(0).action()).isEqualTo("document.delete");
        assertThat(editor.get("/quan-tri/van-ban/" + id).statusCode()).isEqualTo(404);
    }

    @Test
    void filesAreCheckedByTheirBytesAttachedSearchableAndRemoved() {
        NewsroomClient editor = editor();
        long id = create(editor, form("23-KH/ĐU", STANDING, "2024-04-04", "Kế hoạch có tệp đính kèm"));
        String page = "/quan-tri/van-ban/" + id;
        String token = NewsroomClient.csrf(editor.page(page));

        byte[] html = "<!DOCTYPE html><html><body><script>alert(1)</script></body></html>"
                .getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> renamed = new Multipart().field("_csrf", token)
                .file("file", "ke-hoach.pdf", "application/pdf", html).post(editor, page + "/tep");
        assertThat(renamed.statusCode()).isEqualTo(302);
        assertThat(editor.page(page).select(".nr-problem").text())
                .isEqualTo("Không đính kèm được tệp: Chỉ nhận tệp PDF hoặc Word (.docx)");
        HttpResponse<String> docxAsPdf = new Multipart().field("_csrf", token)
                .file("file", "ke-hoach.pdf", "application/pdf", TestFiles.docx("Noi dung")).post(editor, page + "/tep");
        assertThat(docxAsPdf.statusCode()).isEqualTo(302);
        assertThat(editor.page(page).select(".nr-problem").text())
                .isEqualTo("Không đính kèm được tệp: Tên tệp phải có đuôi .docx đúng với nội dung của tệp");
        assertThat(documents.attachments(id)).isEmpty();

        HttpResponse<String> pdf = new Multipart().field("_csrf", token).file("file", "Kế hoạch 23.pdf",
                "application/octet-stream", TestFiles.pdf("Tap huan phong chay chua chay cho doan vien")).post(editor,
                page + "/tep");
        assertThat(pdf.statusCode()).isEqualTo(302);
        HttpResponse<String> docx = new Multipart().field("_csrf", token).file("file", "phu-luc.docx",
                "application/octet-stream", TestFiles.docx("Phụ lục danh sách đơn vị tham gia hội diễn")).post(editor,
                page + "/tep");
        assertThat(docx.statusCode()).isEqualTo(302);
        List<Attachment> files = documents.attachments(id);
        assertThat(files).extracting(Attachment::fileName).containsExactly("Kế hoạch 23.pdf", "phu-luc.docx");
        assertThat(files).extracting(Attachment::contentType).containsExactly("application/pdf",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        org.jsoup.nodes.Document edit = editor.page(page);
        assertThat(edit.select(".nr-attachments tbody tr")).hasSize(2);
        assertThat(HtmlValidator.get().errors(edit.outerHtml())).isEmpty();
        assertThat(titles(search("phong chay chua chay"))).contains("Kế hoạch số 23-KH/ĐU");
        assertThat(titles(search("hội diễn"))).contains("Kế hoạch số 23-KH/ĐU");
        assertThat(new WebClient(port).getBytes(files.get(0).url()).statusCode()).isEqualTo(200);

        HttpResponse<String> removed = editor.submit(page, page + "/tep/" + files.get(0).id() + "/xoa", Map.of());
        assertThat(removed.statusCode()).isEqualTo(302);
        assertThat(documents.attachments(id)).extracting(Attachment::fileName).containsExactly("phu-luc.docx");
        assertThat(new WebClient(port).getBytes(files.get(0).url()).statusCode()).isEqualTo(404);
        assertThat(titles(search("phong chay chua chay"))).doesNotContain("Kế hoạch số 23-KH/ĐU");
        assertThat(audit.about("document", id)).extracting(e -> e.action()).containsSubsequence(
                "document.detach", "document.attach", "document.attach", "document.create");
        // Another document's file cannot be removed through this one.
        assertThat(editor.submit(page, "/quan-tri/van-ban/" + documents.bySymbol("14-KH/ĐU").orElseThrow().id()
                + "/tep/" + files.get(1).id() + "/xoa", Map.of()).statusCode()).isEqualTo(404);
    }

    @Test
    void theListFiltersAndPages() {
        NewsroomClient editor = editor();
        org.jsoup.nodes.Document all = editor.page("/quan-tri/van-ban");
        assertThat(HtmlValidator.get().errors(all.outerHtml())).isEmpty();
        assertThat(all.select(".nr-result-count").text()).isEqualTo("Có " + documents.count() + " văn bản.");
        org.jsoup.nodes.Document state = editor.page("/quan-tri/van-ban?loai="
                + URLEncoder.encode("Nghị định", StandardCharsets.UTF_8) + "&nam=2022");
        assertThat(state.select(".nr-document-table tbody .nr-symbol").eachText()).containsExactly("42/2022/NĐ-CP");
        org.jsoup.nodes.Document text = editor.page("/quan-tri/van-ban?q=chuyen+doi+so");
        assertThat(text.select(".nr-document-table tbody .nr-symbol").eachText()).containsExactly("05-NQ/TU");
        for (int i = 0; i <= DocumentAdminController.PAGE_SIZE; i++) {
            documentDesk.create(Actor.system(), new NewDocument((100 + i) + "-CV/ĐU", null, null, null, null, null,
                    "Văn phòng Đảng ủy", LocalDate.of(2019, 1, 1).plusDays(i), null, "Công văn số " + (100 + i), null));
        }
        org.jsoup.nodes.Document second = editor.page("/quan-tri/van-ban?co-quan="
                + URLEncoder.encode("Văn phòng Đảng ủy", StandardCharsets.UTF_8) + "&trang=2");
        assertThat(second.select(".nr-document-table tbody tr")).hasSize(1);
        assertThat(second.select(".nr-pagination a[rel=prev]").attr("href")).isEqualTo("/quan-tri/van-ban?co-quan="
                + "V%C4%83n%20ph%C3%B2ng%20%C4%90%E1%BA%A3ng%20%E1%BB%A7y");
        assertThat(editor.get("/quan-tri/van-ban?trang=99").statusCode()).isEqualTo(404);
        org.jsoup.nodes.Document first = editor.page("/quan-tri/van-ban?co-quan="
                + URLEncoder.encode("Văn phòng Đảng ủy", StandardCharsets.UTF_8));
        assertThat(first.select(".nr-document-table tbody tr")).hasSize(DocumentAdminController.PAGE_SIZE);
    }

    @Test
    void naughtyStringsAreSavedOrRefusedNeverAFailureAndAlwaysEscaped() {
        NewsroomClient editor = editor();
        String token = NewsroomClient.csrf(editor.page("/quan-tri/van-ban/moi"));
        List<String> strings = naughtyStrings();
        int saved = 0;
        for (int i = 0; i < strings.size(); i++) {
            String text = strings.get(i);
            Map<String, String> fields = form((500 + i) + "-TB/NS", text, "2025-01-01", text);
            fields.put("signer", text);
            fields.put("_csrf", token);
            HttpResponse<String> response = editor.post("/quan-tri/van-ban", fields);
            assertThat(response.statusCode()).as("string %d: %s", i, text).isIn(302, 400);
            if (response.statusCode() == 400) {
                assertThat(Jsoup.parse(response.body()).select(".nr-field-error").text()).as(text).isNotBlank();
                continue;
            }
            saved++;
            String location = response.headers().firstValue("Location").orElseThrow();
            HttpResponse<String> edit = editor.get(location.substring(location.indexOf("/quan-tri")));
            assertThat(edit.statusCode()).as(text).isEqualTo(200);
            org.jsoup.nodes.Document page = Jsoup.parse(edit.body());
            // As a browser reads the page: line breaks as LF (HTML parsing turns CR and CRLF into LF).
            String summary = TypedText.lines(text);
            String oneLine = TypedText.line(text);
            assertThat(page.selectFirst("#summary").wholeText()).as(text).isEqualTo(summary);
            assertThat(page.select("#signer").val()).as(text).isEqualTo(oneLine);
            assertThat(page.select("#issuingBody").val()).as(text).isEqualTo(oneLine);
            assertThat(page.select("script")).as(text).hasSize(1);
            assertThat(page.select("[onerror], [onload], [onclick], [onmouseover]")).as(text).isEmpty();
            if (text.matches("(?s).*[<>&\"'\\p{Cc}\\p{Cn}\\p{Cs}].*")) {
                assertThat(HtmlValidator.get().errors(edit.body())).as(text).isEmpty();
            }
        }
        assertThat(saved).isGreaterThan(strings.size() / 2);
        org.jsoup.nodes.Document list = editor.page("/quan-tri/van-ban?q=NS");
        assertThat(list.select("script")).hasSize(0);
        HttpResponse<String> publicList = new WebClient(port).get("/van-ban");
        assertThat(publicList.statusCode()).isEqualTo(200);
    }

    static List<String> naughtyStrings() {
        try (InputStream json = DocumentNewsroomTest.class.getResourceAsStream("/naughty/blns.json")) {
            return List.of(JSON.readValue(json, String[].class));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
