package vn.toasoan.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import vn.toasoan.account.Accounts;
import vn.toasoan.account.Actor;
import vn.toasoan.account.NewAccount;
import vn.toasoan.account.Role;
import vn.toasoan.testsupport.FixedClockConfiguration;
import vn.toasoan.testsupport.HtmlValidator;
import vn.toasoan.testsupport.NewsroomClient;
import vn.toasoan.testsupport.TestFiles;
import vn.toasoan.testsupport.WebClient;

/**
 * The newsroom's library pages over real HTTP, logged in through the real form, on the demo content. The context
 * is the one NewsroomSecurityTest starts (same settings), so the suite boots it once.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.application.name=newsroom-security-test", "toasoan.account.admin-password=quan-tri-thu-nghiem-1"})
@Import(FixedClockConfiguration.class)
class MediaLibraryPagesTest {

    private static final String PASSWORD = "mat-khau-thu-vien-anh";

    @LocalServerPort
    int port;

    @Autowired
    Accounts accounts;

    @Autowired
    MediaLibrary library;

    @Test
    void anAuthorUploadsAPhotoAndIsSentToItsPage() {
        NewsroomClient author = staff(Role.AUTHOR);
        HttpResponse<String> response = upload(author, "Hội nghị.jpg", TestImages.jpeg(1200, 800),
                Map.of("altText", "Các đại biểu dự hội nghị", "caption", "Hội nghị tổ soạn thảo",
                        "credit", "Ngọc Ánh"));

        assertThat(response.statusCode()).isEqualTo(302);
        String location = response.headers().firstValue("Location").orElseThrow();
        assertThat(location).matches(".*/quan-tri/thu-vien/\\d+");
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        MediaItem item = library.find(id).orElseThrow();
        assertThat(item.altText()).isEqualTo("Các đại biểu dự hội nghị");
        assertThat(item.credit()).isEqualTo("Ngọc Ánh");
        assertThat(item.variants()).extracting(MediaVariant::width).containsExactly(480, 960);

        Document page = author.page("/quan-tri/thu-vien/" + id);
        assertThat(page.select(".nr-notice").text()).isEqualTo("Đã tải lên ảnh “Hội nghị.jpg”.");
        assertThat(page.select("h1").text()).isEqualTo("Hội nghị.jpg");
        assertThat(page.select(".nr-media-preview img").attr("srcset")).isEqualTo(item.srcset());
        assertThat(page.select(".nr-media-preview figcaption").text()).isEqualTo("Hội nghị tổ soạn thảo");
        assertThat(page.select("input#altText").val()).isEqualTo("Các đại biểu dự hội nghị");
        assertThat(page.select("form[action$=/xoa]")).as("authors do not delete").isEmpty();
        assertThat(HtmlValidator.get().errors(page.outerHtml())).isEmpty();
        assertThat(new WebClient(port).getBytes(item.url()).statusCode()).isEqualTo(200);
    }

    @Test
    void aRefusedUploadShowsTheMessageNextToTheFieldAndKeepsWhatWasTyped() {
        NewsroomClient author = staff(Role.AUTHOR);
        HttpResponse<String> noAlt = upload(author, "anh.jpg", TestImages.jpeg(100, 80),
                Map.of("altText", " ", "caption", "Chú thích đã nhập"));
        assertThat(noAlt.statusCode()).isEqualTo(400);
        Document page = Jsoup.parse(noAlt.body());
        assertThat(page.select("#altText-loi").text())
                .isEqualTo("Hãy nhập lời mô tả ảnh: người khiếm thị nghe đọc lời này thay cho ảnh");
        assertThat(page.select("#altText").attr("aria-describedby")).isEqualTo("altText-goi-y altText-loi");
        assertThat(page.select("#caption").text()).isEqualTo("Chú thích đã nhập");
        assertThat(HtmlValidator.get().errors(noAlt.body())).isEmpty();

        HttpResponse<String> disguised = upload(author, "anh.jpg",
                "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8), Map.of("altText", "Ảnh"));
        assertThat(disguised.statusCode()).isEqualTo(400);
        assertThat(Jsoup.parse(disguised.body()).select("#file-loi").text()).isEqualTo(MediaUploads.ACCEPTED);
    }

    @Test
    void thePickerListsImagesAsJson() throws Exception {
        NewsroomClient author = staff(Role.AUTHOR);
        String word = "picker" + UUID.randomUUID().toString().substring(0, 8);
        upload(author, "a.jpg", TestImages.jpeg(600, 400), Map.of("altText", "Ảnh " + word + " thứ nhất"));
        upload(author, "b.pdf", TestFiles.pdf("x"), Map.of("caption", "Tệp " + word));
        MediaItem image = library.search(new MediaQuery(MediaKind.IMAGE, word), 1, 10).items().get(0);

        HttpResponse<String> response = author.get("/quan-tri/thu-vien.json?q=" + word);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/json");
        JsonNode json = JsonMapper.builder().build().readTree(response.body());
        assertThat(json.get("total").asLong()).isEqualTo(1);
        assertThat(json.get("items").size()).isEqualTo(1);
        JsonNode item = json.get("items").get(0);
        assertThat(item.get("id").asLong()).isEqualTo(image.id());
        assertThat(item.get("url").asString()).isEqualTo(image.url());
        assertThat(item.get("srcset").asString()).isEqualTo(image.srcset());
        assertThat(item.get("alt").asString()).isEqualTo("Ảnh " + word + " thứ nhất");
        assertThat(item.get("width").asInt()).isEqualTo(600);
        assertThat(item.get("height").asInt()).isEqualTo(400);

        assertThat(new NewsroomClient(port).get("/quan-tri/thu-vien.json").statusCode()).isEqualTo(302);
    }

    @Test
    void theLibraryFiltersAndIsValidHtml() {
        NewsroomClient author = staff(Role.AUTHOR);
        Document images = author.page("/quan-tri/thu-vien?loai=anh&q=minh+hoa+chuyen+muc");
        assertThat(images.select(".nr-media-grid li")).hasSize(8);
        assertThat(images.select(".nr-media-grid img")).allSatisfy(img -> {
            assertThat(img.attr("alt")).startsWith("Ảnh minh họa chuyên mục");
            assertThat(img.attr("srcset")).contains(" 480w, ");
        });
        assertThat(images.select("#loai option[selected]").val()).isEqualTo("anh");
        assertThat(author.page("/quan-tri/thu-vien?loai=tep&q=minh+hoa").select(".nr-media-grid li")).isEmpty();
        assertThat(HtmlValidator.get().errors(author.get("/quan-tri/thu-vien").body())).isEmpty();
        assertThat(new NewsroomClient(port).get("/quan-tri/thu-vien").statusCode()).isEqualTo(302);
    }

    @Test
    void describingIsPostRedirectGet() {
        NewsroomClient author = staff(Role.AUTHOR);
        long id = idOf(upload(author, "mo-ta.jpg", TestImages.jpeg(100, 80), Map.of("altText", "Cũ")));
        String page = "/quan-tri/thu-vien/" + id;
        HttpResponse<String> saved = author.submit(page, page, Map.of("altText", "Mới", "caption", "Chú thích mới",
                "credit", ""));
        assertThat(saved.statusCode()).isEqualTo(302);
        Document after = author.page(page);
        assertThat(after.select(".nr-notice").text()).isEqualTo("Đã lưu lời mô tả.");
        assertThat(after.select("#altText").val()).isEqualTo("Mới");
        HttpResponse<String> refused = author.submit(page, page, Map.of("altText", "", "caption", "Giữ lại"));
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(Jsoup.parse(refused.body()).select("#altText-loi").text()).startsWith("Hãy nhập lời mô tả ảnh");
        assertThat(Jsoup.parse(refused.body()).select("#caption").text()).isEqualTo("Giữ lại");
        assertThat(library.find(id).orElseThrow().altText()).isEqualTo("Mới");
    }

    @Test
    void onlyEditorsDeleteAndNeverWhatAnArticleUses() {
        NewsroomClient author = staff(Role.AUTHOR);
        long id = idOf(upload(author, "xoa.jpg", TestImages.jpeg(100, 80), Map.of("altText", "Sẽ xóa")));
        String page = "/quan-tri/thu-vien/" + id;
        assertThat(author.submit(page, page + "/xoa", Map.of()).statusCode()).isEqualTo(403);
        assertThat(library.find(id)).isPresent();

        NewsroomClient editor = staff(Role.EDITOR);
        assertThat(editor.page(page).select("form[action$=/xoa] button").text()).isEqualTo("Xóa khỏi thư viện");
        String url = library.find(id).orElseThrow().url();
        HttpResponse<String> deleted = editor.submit(page, page + "/xoa", Map.of());
        assertThat(deleted.statusCode()).isEqualTo(302);
        assertThat(deleted.headers().firstValue("Location").orElseThrow()).endsWith("/quan-tri/thu-vien");
        assertThat(editor.page("/quan-tri/thu-vien").select(".nr-notice").text())
                .isEqualTo("Đã xóa ảnh “xoa.jpg”.");
        assertThat(library.find(id)).isEmpty();
        assertThat(new WebClient(port).getBytes(url).statusCode()).isEqualTo(404);

        long cover = library.search(new MediaQuery(MediaKind.IMAGE, "minh hoa chuyen muc kinh te"), 1, 1).items()
                .get(0).id();
        String coverPage = "/quan-tri/thu-vien/" + cover;
        HttpResponse<String> refused = editor.submit(coverPage, coverPage + "/xoa", Map.of());
        assertThat(refused.headers().firstValue("Location").orElseThrow()).endsWith(coverPage);
        assertThat(editor.page(coverPage).select(".nr-problem").text())
                .matches("Không xóa được: tệp đang được dùng trong \\d+ bài viết\\. Hãy gỡ tệp khỏi các bài đó"
                        + " trước\\.");
        assertThat(library.find(cover)).isPresent();
    }

    private NewsroomClient staff(Role role) {
        String username = role.name().toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.create(Actor.system(), new NewAccount(username, "Người thử", null, null, role, PASSWORD));
        return new NewsroomClient(port).loggedInAs(username, PASSWORD);
    }

    private static long idOf(HttpResponse<String> response) {
        String location = response.headers().firstValue("Location").orElseThrow();
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    /** Posts the upload form as a browser does: multipart, with the CSRF token of the library page. */
    private static HttpResponse<String> upload(NewsroomClient client, String fileName, byte[] content,
            Map<String, String> fields) {
        String token = NewsroomClient.csrf(client.page("/quan-tri/thu-vien"));
        String boundary = "----toasoan" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        part(body, boundary, "name=\"_csrf\"", null, token.getBytes(StandardCharsets.UTF_8));
        fields.forEach((name, value) -> part(body, boundary, "name=\"" + name + "\"", null,
                value.getBytes(StandardCharsets.UTF_8)));
        part(body, boundary, "name=\"file\"; filename=\"" + fileName + "\"", "application/octet-stream", content);
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return client.send(HttpRequest.newBuilder(URI.create(client.base() + "/quan-tri/thu-vien"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("User-Agent", WebClient.CHROME)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build());
    }

    private static void part(ByteArrayOutputStream body, String boundary, String disposition, String type,
            byte[] content) {
        StringBuilder head = new StringBuilder("--" + boundary + "\r\nContent-Disposition: form-data; " + disposition
                + "\r\n");
        if (type != null) {
            head.append("Content-Type: ").append(type).append("\r\n");
        }
        head.append("\r\n");
        body.writeBytes(head.toString().getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
    }
}
