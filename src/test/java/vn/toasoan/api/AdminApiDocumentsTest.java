package vn.toasoan.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

import vn.toasoan.DataDirectoryProperties;
import vn.toasoan.account.Actor;
import vn.toasoan.account.Role;
import vn.toasoan.document.DocumentDesk;
import vn.toasoan.document.Documents;
import vn.toasoan.testsupport.TestFiles;
import vn.toasoan.testsupport.HeldInsert;
import vn.toasoan.testsupport.NewsroomClient;

/**
 * Documents through the admin API go through the newsroom's write path: versions guard every edit and deletion
 * against changes made meanwhile, here or in the newsroom; a duplicate saved at the same moment is answered like any
 * duplicate; a deleted document's files leave the disk once the deletion is committed.
 */
class AdminApiDocumentsTest extends AdminApiTestBase {

    static final String DOCUMENTS = AdminApiSiteStructureTest.DOCUMENTS;
    static final String NO_VERSION = "Thiếu „version”: phiên bản của văn bản khi bạn đọc nó (GET trả về), để không"
            + " ghi đè thay đổi người khác vừa lưu.";
    static final String NO_VERSION_PARAMETER = "Thiếu tham số „version”: phiên bản của văn bản khi bạn đọc nó (GET"
            + " trả về), ví dụ ?version=3, để không xóa mất thay đổi người khác vừa lưu.";
    static final String INSERT_DOCUMENT = "INSERT INTO document (";

    @Autowired
    Documents documents;

    @Autowired
    DocumentDesk documentDesk;

    @Autowired
    DataSource dataSource;

    @Autowired
    DataDirectoryProperties dataDirectory;

    static Map<String, Object> document(String symbol, String issuedOn, String summary, Object... more) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("symbol", symbol);
        json.put("issuingBody", "Đảng ủy Khối");
        json.put("issuedOn", issuedOn);
        json.put("summary", summary);
        for (int i = 0; i < more.length; i += 2) {
            json.put((String) more[i], more[i + 1]);
        }
        return json;
    }

    JsonNode created(Staff editor, Map<String, Object> json) {
        HttpResponse<String> response = editor.api().post(DOCUMENTS, json);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return ApiClient.body(response);
    }

    Map<String, Object> row(long id) {
        return jdbc.sql("SELECT symbol, summary, signer, version FROM document WHERE id = :id").param("id", id).query()
                .singleRow();
    }

    @Test
    void anEditAndADeletionNameTheVersionTheyRead() {
        Staff editor = staff(Role.EDITOR);
        JsonNode created = created(editor, document("31-KH/ĐUK", "2026-03-10", "Kế hoạch có phiên bản"));
        long id = created.get("id").asLong();
        String url = DOCUMENTS + "/" + id;
        assertThat(created.get("version").asInt()).isZero();
        assertThat(ApiClient.body(editor.api().get(url)).get("version").asInt()).isZero();
        Map<String, Object> before = row(id);

        AdminApiArticlesTest.assertProblem(editor.api().put(url, document("31-KH/ĐUK", "2026-03-10",
                "Sửa không nói phiên bản")), "version", NO_VERSION);
        AdminApiArticlesTest.assertProblem(editor.api().put(url, document("31-KH/ĐUK", "2026-03-10",
                "Phiên bản là chữ", "version", "0")), "version", "„version” phải là số nguyên.");
        AdminApiArticlesTest.assertProblem(editor.api().delete(url), "version", NO_VERSION_PARAMETER);
        AdminApiArticlesTest.assertProblem(editor.api().delete(url + "?version=mot"), "version",
                "„version” phải là số nguyên.");
        assertThat(row(id)).isEqualTo(before);

        HttpResponse<String> saved = editor.api().put(url, document("31-KH/ĐUK", "2026-03-10", "Bản sửa thứ nhất",
                "version", 0));
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
        assertThat(ApiClient.body(saved).get("version").asInt()).isEqualTo(1);
        assertThat(ApiClient.body(saved).get("summary").asString()).isEqualTo("Bản sửa thứ nhất");

        String who = "Nhân viên " + editor.account().username();
        HttpResponse<String> stale = editor.api().put(url, document("31-KH/ĐUK", "2026-03-10", "Bản sửa đã cũ",
                "version", 0));
        assertConflict(stale, "Văn bản đã được sửa bởi " + who + " trong lúc bạn sửa. Thay đổi của bạn chưa được"
                + " lưu: hãy mở lại văn bản để xem bản mới rồi sửa lại.", 1);
        HttpResponse<String> staleDelete = editor.api().delete(url + "?version=0");
        assertConflict(staleDelete, "Văn bản đã được sửa bởi " + who + " sau khi bạn mở nó. Văn bản chưa bị xóa:"
                + " hãy mở lại để xem bản mới rồi quyết định.", 1);
        assertThat(row(id)).containsEntry("summary", "Bản sửa thứ nhất").containsEntry("version", 1);

        assertThat(editor.api().delete(url + "?version=1").statusCode()).isEqualTo(204);
        assertThat(editor.api().get(url).statusCode()).isEqualTo(404);
        HttpResponse<String> gone = editor.api().put(url, document("31-KH/ĐUK", "2026-03-10", "Quá muộn",
                "version", 1));
        assertThat(gone.statusCode()).isEqualTo(404);
        assertThat(ApiClient.body(gone).get("error").asString())
                .isEqualTo("Không tìm thấy văn bản " + id + " (có thể đã bị xóa).");
    }

    @Test
    void theNewsroomAndTheApiNeverOverwriteEachOther() {
        Staff editor = staff(Role.EDITOR);
        NewsroomClient newsroom = new NewsroomClient(port).loggedInAs(editor.account().username(), STAFF_PASSWORD);
        JsonNode created = created(editor, document("32-TB/ĐUK", "2026-03-11", "Thông báo ban đầu"));
        long id = created.get("id").asLong();
        String page = "/quan-tri/van-ban/" + id;
        String formVersion = Jsoup.parse(newsroom.get(page).body()).select("input[name=version]").val();
        assertThat(formVersion).isEqualTo("0");

        // A script saves while the form is open in the newsroom.
        HttpResponse<String> script = editor.api().put(DOCUMENTS + "/" + id, document("32-TB/ĐUK", "2026-03-11",
                "Bản của script", "version", 0));
        assertThat(script.statusCode()).as(script.body()).isEqualTo(200);
        Map<String, String> form = new LinkedHashMap<>(Map.of("symbol", "32-TB/ĐUK", "docType", "",
                "issuingBody", "Đảng ủy Khối", "issuedOn", "2026-03-11", "signer", "", "summary",
                "Bản của tòa soạn", "effectiveOn", "", "version", formVersion));
        HttpResponse<String> late = newsroom.submit("/quan-tri", page, form);
        assertThat(late.statusCode()).isEqualTo(409);
        assertThat(row(id)).containsEntry("summary", "Bản của script").containsEntry("version", 1);

        // And the other way round: the newsroom saves the current version, the script's read is then stale.
        form.put("version", "1");
        assertThat(newsroom.submit("/quan-tri", page, form).statusCode()).isEqualTo(302);
        HttpResponse<String> stale = editor.api().put(DOCUMENTS + "/" + id, document("32-TB/ĐUK", "2026-03-11",
                "Bản thứ hai của script", "version", 1));
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(ApiClient.body(stale).get("currentVersion").asInt()).isEqualTo(2);
        HttpResponse<String> staleDelete = editor.api().delete(DOCUMENTS + "/" + id + "?version=1");
        assertThat(staleDelete.statusCode()).isEqualTo(409);
        assertThat(row(id)).containsEntry("summary", "Bản của tòa soạn").containsEntry("version", 2);
    }

    @Test
    void theNewsroomsRulesApply() {
        Staff editor = staff(Role.EDITOR);
        JsonNode created = created(editor, document(" 33-KH/ĐUK\n", "2026-03-12", "Kế hoạch\r\nhai dòng",
                "issuingBody", "Ban Thường vụ\nĐảng ủy Khối", "signer", "Nguyễn\tVăn A"));
        assertThat(created.get("symbol").asString()).isEqualTo("33-KH/ĐUK");
        assertThat(created.get("issuingBody").asString()).as("one line").isEqualTo("Ban Thường vụ Đảng ủy Khối");
        assertThat(created.get("signer").asString()).isEqualTo("Nguyễn Văn A");
        assertThat(created.get("summary").asString()).as("the summary keeps its lines, each ending in LF")
                .isEqualTo("Kế hoạch\nhai dòng");
        long count = jdbc.sql("SELECT COUNT(*) FROM document").query(Long.class).single();

        AdminApiArticlesTest.assertProblem(editor.api().post(DOCUMENTS, document("34-KH/ĐUK", "1899-12-31",
                "Năm gõ nhầm")), "issuedOn", "Ngày ban hành phải trong khoảng năm 1900 đến 2200.");
        AdminApiArticlesTest.assertProblem(editor.api().post(DOCUMENTS, document("34-KH/ĐUK", "2026-03-12",
                "Hiệu lực xa", "effectiveOn", "2201-01-01")), "effectiveOn",
                "Ngày hiệu lực phải trong khoảng năm 1900 đến 2200.");
        AdminApiArticlesTest.assertProblem(editor.api().post(DOCUMENTS, document("34-KH/ĐUK", "2026-03-12",
                "x".repeat(2001))), "summary", "Trích yếu dài quá 2000 ký tự");
        AdminApiArticlesTest.assertProblem(editor.api().put(DOCUMENTS + "/" + created.get("id").asLong(),
                document("33-KH/ĐUK", "2026-03-12", "Hiệu lực trước ban hành", "effectiveOn", "2026-03-11",
                        "version", 0)), "effectiveOn", "Ngày hiệu lực không thể trước ngày ban hành.");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM document").query(Long.class).single()).isEqualTo(count);
    }

    @Test
    void aDuplicateSavedAtTheSameMomentIsAnsweredLikeAnyDuplicate() throws Exception {
        Staff editor = staff(Role.EDITOR);
        String message = "Văn bản số 35-KH/ĐUK của Đảng ủy Khối ngày 13/03/2026 đã có trong danh mục.";
        HttpResponse<String> racing;
        // Another server registers the same document; its transaction is still open while ours checks.
        try (HeldInsert other = heldDocument("35-KH/ĐUK", "Đảng ủy Khối", LocalDate.of(2026, 3, 13),
                "ke-hoach-cua-may-chu-khac-35")) {
            CompletableFuture<HttpResponse<String>> request = CompletableFuture.supplyAsync(() ->
                    editor.api().post(DOCUMENTS, document("35-KH/ĐUK", "2026-03-13", "Cùng lúc")));
            other.awaitStatement(INSERT_DOCUMENT);
            other.commit();
            racing = request.join();
        }
        AdminApiArticlesTest.assertProblem(racing, "symbol", message);
        AdminApiArticlesTest.assertProblem(editor.api().post(DOCUMENTS, document("35-KH/ĐUK", "2026-03-13",
                "Sau đó")), "symbol", message);
        assertThat(jdbc.sql("SELECT slug FROM document WHERE symbol = '35-KH/ĐUK'").query(String.class).list())
                .containsExactly("ke-hoach-cua-may-chu-khac-35");

        // An edit into that identity, racing the same way.
        JsonNode other = created(editor, document("36-KH/ĐUK", "2026-03-13", "Văn bản khác"));
        HttpResponse<String> racingEdit;
        try (HeldInsert held = heldDocument("36-KH/ĐUK", "Đảng ủy Khối", LocalDate.of(2026, 3, 14),
                "ke-hoach-cua-may-chu-khac-36")) {
            CompletableFuture<HttpResponse<String>> request = CompletableFuture.supplyAsync(() ->
                    editor.api().put(DOCUMENTS + "/" + other.get("id").asLong(), document("36-KH/ĐUK", "2026-03-14",
                            "Đổi ngày", "version", 0)));
            held.awaitStatement("UPDATE document SET");
            held.commit();
            racingEdit = request.join();
        }
        AdminApiArticlesTest.assertProblem(racingEdit, "symbol",
                "Văn bản số 36-KH/ĐUK của Đảng ủy Khối ngày 14/03/2026 đã có trong danh mục.");
        assertThat(row(other.get("id").asLong())).containsEntry("summary", "Văn bản khác").containsEntry("version", 0);
    }

    @Test
    void twoNewDocumentsRacingForOneAddressBothGetOne() throws Exception {
        Staff editor = staff(Role.EDITOR);
        HttpResponse<String> racing;
        // Same type, symbol and date from another body: the same address, not the same document.
        try (HeldInsert other = heldDocument("37-KH/ĐUK", "Ban Tuyên giáo", LocalDate.of(2026, 3, 15),
                "ke-hoach-37-kh-duk-15-03-2026")) {
            CompletableFuture<HttpResponse<String>> request = CompletableFuture.supplyAsync(() ->
                    editor.api().post(DOCUMENTS, document("37-KH/ĐUK", "2026-03-15", "Cùng địa chỉ")));
            other.awaitStatement(INSERT_DOCUMENT);
            other.commit();
            racing = request.join();
        }
        assertThat(racing.statusCode()).as(racing.body()).isEqualTo(201);
        assertThat(ApiClient.body(racing).get("slug").asString()).isEqualTo("ke-hoach-37-kh-duk-15-03-2026-2");
        assertThat(ApiClient.body(racing).get("issuingBody").asString()).isEqualTo("Đảng ủy Khối");
    }

    @Test
    void aDeletedDocumentsFilesLeaveTheDiskOnceTheDeletionIsCommitted() throws Exception {
        Staff editor = staff(Role.EDITOR);
        JsonNode plan = created(editor, document("38-KH/ĐUK", "2026-03-16", "Kế hoạch có tệp"));
        JsonNode report = created(editor, document("39-BC/ĐUK", "2026-03-16", "Báo cáo có cùng tệp"));
        long id = plan.get("id").asLong();
        byte[] shared = TestFiles.pdf("Ke hoach 38 va bao cao 39 dung chung tep nay");
        documentDesk.attach(Actor.system(), id, "ke-hoach-38.pdf", shared);
        documentDesk.attach(Actor.system(), id, "phu-luc-38.docx", TestFiles.docx("Phụ lục riêng của kế hoạch 38"));
        documentDesk.attach(Actor.system(), report.get("id").asLong(), "ke-hoach-38.pdf", shared);
        List<Path> files = files(id);
        Path sharedFile = files.get(0);
        Path ownFile = files.get(1);
        assertThat(files(report.get("id").asLong())).containsExactly(sharedFile);
        assertThat(List.of(sharedFile, ownFile)).allSatisfy(file -> assertThat(file).isRegularFile());

        long article = ApiClient.body(editor.api().post("/api/v1/admin/articles",
                AdminApiArticlesTest.article("Bài dẫn kế hoạch 38", "document", id))).get("id").asLong();
        HttpResponse<String> cited = editor.api().delete(DOCUMENTS + "/" + id + "?version=0");
        assertThat(cited.statusCode()).isEqualTo(400);
        assertThat(ApiClient.body(cited).get("error").asString())
                .isEqualTo("Văn bản 38-KH/ĐUK được 1 bài viết dẫn chiếu: hãy bỏ văn bản khỏi các bài đó trước.");
        assertThat(ownFile).as("a refused deletion keeps the files").isRegularFile();
        assertThat(editor.api().delete("/api/v1/admin/articles/" + article).statusCode()).isEqualTo(204);
        assertThat(editor.api().put(DOCUMENTS + "/" + id, document("38-KH/ĐUK", "2026-03-16", "Kế hoạch đã sửa",
                "version", 0)).statusCode()).isEqualTo(200);
        assertThat(editor.api().delete(DOCUMENTS + "/" + id + "?version=0").statusCode()).isEqualTo(409);
        assertThat(ownFile).as("a stale deletion keeps the files").isRegularFile();

        assertThat(editor.api().delete(DOCUMENTS + "/" + id + "?version=1").statusCode()).isEqualTo(204);
        assertThat(ownFile).doesNotExist();
        assertThat(sharedFile).as("the report has the same file").isRegularFile();
        String download = documents.attachments(report.get("id").asLong()).get(0).url();
        assertThat(reader().getBytes(download).body()).isEqualTo(shared);

        assertThat(editor.api().delete(DOCUMENTS + "/" + report.get("id").asLong() + "?version=0").statusCode())
                .isEqualTo(204);
        assertThat(sharedFile).doesNotExist();
        try (Stream<Path> left = Files.list(sharedFile.getParent())) {
            assertThat(left.map(file -> file.getFileName().toString())).as("nothing left aside")
                    .noneMatch(name -> name.startsWith(sharedFile.getFileName().toString()));
        }
    }

    /** The files attached to a document, in the order attached. */
    List<Path> files(long documentId) {
        return jdbc.sql("SELECT storage_key FROM document_attachment WHERE document_id = :id ORDER BY id")
                .param("id", documentId).query(String.class).list().stream()
                .map(key -> dataDirectory.documents().resolve(key)).toList();
    }

    HeldInsert heldDocument(String symbol, String issuingBody, LocalDate issuedOn, String slug) throws Exception {
        return HeldInsert.of(dataSource, """
                INSERT INTO document (symbol, doc_type, issuing_body, issued_on, summary, slug, symbol_key,
                                      search_text, created_at, updated_at)
                VALUES (?, 'Kế hoạch', ?, ?, 'Đăng ký từ máy chủ khác', ?, ?, ?, ?, ?)""", symbol, issuingBody,
                issuedOn, slug, symbol.toLowerCase(), symbol.toLowerCase(),
                OffsetDateTime.of(2026, 5, 7, 3, 0, 0, 0, ZoneOffset.UTC),
                OffsetDateTime.of(2026, 5, 7, 3, 0, 0, 0, ZoneOffset.UTC));
    }

    static void assertConflict(HttpResponse<String> response, String message, int currentVersion) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(409);
        JsonNode problem = ApiClient.body(response);
        assertThat(problem.get("error").asString()).isEqualTo(message);
        assertThat(problem.get("currentVersion").asInt()).isEqualTo(currentVersion);
    }
}
