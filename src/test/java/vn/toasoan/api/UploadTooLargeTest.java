package vn.toasoan.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.toasoan.account.Actor;
import vn.toasoan.testsupport.Multipart;
import vn.toasoan.testsupport.NewsroomClient;

/**
 * Uploads over the server's limit, in the newsroom and through the API: a clear answer in Vietnamese, read by the
 * client in full (not a cut connection), and nothing stored. Limits are lowered so the test stays small; the 6 MB
 * upload leaves more unread than Tomcat's default 2 MB it would drop before closing the connection.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.application.name=upload-too-large-test", "toasoan.demo.enabled=false",
    "toasoan.account.admin-password=" + UploadTooLargeTest.PASSWORD,
    "toasoan.media.max-file-size=1MB", "spring.servlet.multipart.max-request-size=2MB"})
class UploadTooLargeTest {

    static final String PASSWORD = "quan-tri-tai-len-lon";
    private static final String LIBRARY = "/quan-tri/thu-vien";

    @LocalServerPort
    int port;

    @Autowired
    ApiTokens tokens;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aNewsroomUploadOverTheRequestLimitGetsAVietnamesePageNotAnExpiredForm() {
        NewsroomClient admin = new NewsroomClient(port).loggedInAs("admin", PASSWORD);
        Document library = admin.page(LIBRARY);

        HttpResponse<String> response = new Multipart().field("_csrf", NewsroomClient.csrf(library))
                .field("altText", "").file("file", "bao-cao.pdf", "application/pdf", pdf(6 * 1024 * 1024))
                .post(admin, LIBRARY);

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(Jsoup.parse(response.body()).select("main p").first().text()).isEqualTo(
                "Tệp gửi lên quá lớn: mỗi lần tải lên tối đa 2 MB. Hãy nén hoặc chia nhỏ tệp rồi tải lên lại.");
        assertThat(media()).isZero();
        assertThat(admin.get(LIBRARY).statusCode()).isEqualTo(200);
    }

    @Test
    void aFileOverTheLibrarysLimitButWithinTheRequestGetsTheLibrarysOwnMessage() {
        NewsroomClient admin = new NewsroomClient(port).loggedInAs("admin", PASSWORD);
        Document library = admin.page(LIBRARY);

        HttpResponse<String> response = new Multipart().field("_csrf", NewsroomClient.csrf(library))
                .field("altText", "").file("file", "bao-cao.pdf", "application/pdf", pdf(1536 * 1024))
                .post(admin, LIBRARY);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(Jsoup.parse(response.body()).select("#file-loi").text())
                .isEqualTo("Tệp lớn quá 1 MB: hãy nén hoặc chia nhỏ tệp rồi tải lên lại");
        assertThat(media()).isZero();
    }

    @Test
    void anApiUploadOverTheLimitIsAnsweredInJson() {
        long adminId = jdbc.sql("SELECT id FROM account WHERE username = 'admin'").query(Long.class).single();
        ApiClient api = new ApiClient(port, tokens.create(Actor.system(), adminId, "Tải lên lớn").token());

        HttpResponse<String> response = api.upload("/api/v1/admin/media", "bao-cao.pdf", pdf(6 * 1024 * 1024),
                Map.of());

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.body()).isEqualTo(
                "{\"status\":413,\"error\":\"Tệp quá lớn so với giới hạn tải lên của máy chủ.\",\"field\":\"file\"}");
        assertThat(media()).isZero();
    }

    private long media() {
        return jdbc.sql("SELECT COUNT(*) FROM media").query(Long.class).single();
    }

    /** A PDF as far as the type check reads, of {@code size} bytes. */
    private static byte[] pdf(int size) {
        byte[] bytes = new byte[size];
        Arrays.fill(bytes, (byte) ' ');
        byte[] head = "%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(head, 0, bytes, 0, head.length);
        return bytes;
    }
}
