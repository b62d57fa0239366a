package vn.toasoan.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import vn.toasoan.SiteZone;
import vn.toasoan.account.Accounts;
import vn.toasoan.account.AuditEntry;
import vn.toasoan.account.AuditLog;
import vn.toasoan.account.Role;
import vn.toasoan.stats.VisitStatistics;
import vn.toasoan.testsupport.FixedClockConfiguration;
import vn.toasoan.testsupport.HtmlValidator;
import vn.toasoan.testsupport.NewsroomClient;
import vn.toasoan.testsupport.StaffLogins;
import vn.toasoan.testsupport.WebClient;

/**
 * Administrators change the site's name, footer, contact, time zone, visitor counter offset and logo; readers see
 * them at once, without a restart. A context of its own: these tests change what every page shows.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.application.name=site-settings-test", "toasoan.account.admin-password=" + SiteSettingsHttpTest.PASSWORD})
@Import(FixedClockConfiguration.class)
class SiteSettingsHttpTest {

    static final String PASSWORD = "quan-tri-cai-dat-1";
    static final String DEFAULT_NAME = "Đảng ủy Khối Cơ quan và Doanh nghiệp tỉnh";

    @LocalServerPort
    int port;

    @Autowired
    SiteSettings settings;

    @Autowired
    SiteZone zone;

    @Autowired
    Accounts accounts;

    @Autowired
    AuditLog audit;

    @Autowired
    VisitStatistics statistics;

    NewsroomClient admin;
    WebClient reader;

    @BeforeEach
    void setUp() {
        admin = new StaffLogins(accounts, port).admin(PASSWORD);
        reader = new WebClient(port);
    }

    @AfterEach
    void backToDefaults() {
        settings.update(vn.toasoan.account.Actor.system(), new SettingsChange(DEFAULT_NAME, "", "", "", "",
                "Asia/Ho_Chi_Minh", ""));
        settings.removeLogo(vn.toasoan.account.Actor.system());
    }

    static Map<String, String> form(String name, String zone) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("name", name);
        fields.put("footerText", "");
        fields.put("address", "");
        fields.put("phone", "");
        fields.put("email", "");
        fields.put("zone", zone);
        fields.put("visitorOffset", "");
        return fields;
    }

    Document save(Map<String, String> fields) {
        HttpResponse<String> response = admin.submit("/quan-tri/cai-dat", "/quan-tri/cai-dat", fields);
        if (response.statusCode() == 302) {
            assertThat(response.headers().firstValue("Location")).hasValue("http://localhost:" + port + "/quan-tri/cai-dat");
            return admin.page("/quan-tri/cai-dat");
        }
        assertThat(response.statusCode()).isEqualTo(200);
        return Jsoup.parse(response.body());
    }

    @Test
    void nameFooterAndContactShowOnEveryPublicPageAtOnce() {
        Document before = reader.page("/");
        assertThat(before.select(".brand-name").text()).isEqualTo(DEFAULT_NAME);
        assertThat(before.select(".footer-contact")).isEmpty();

        Map<String, String> fields = form("  Đảng bộ Khối   Doanh nghiệp tỉnh Thử  ", "Asia/Ho_Chi_Minh");
        fields.put("footerText", "Giấy phép số 12/GP-TTĐT ngày 01/03/2021\r\nChịu trách nhiệm: Nguyễn Văn An  \r\n\r\n");
        fields.put("address", "Số 1 đường Trần Hưng Đạo, thành phố Thử");
        fields.put("phone", "(0203) 3 835 123");
        fields.put("email", "banbientap@dangbo.gov.vn");
        Document page = save(fields);
        assertThat(page.select(".nr-notice").text()).isEqualTo("Đã lưu cài đặt. Trang công khai đã cập nhật.");
        assertThat(page.select(".nr-brand").text()).isEqualTo("Tòa soạn · Đảng bộ Khối Doanh nghiệp tỉnh Thử");
        assertThat(page.select("#footerText").text())
                .isEqualTo("Giấy phép số 12/GP-TTĐT ngày 01/03/2021\nChịu trách nhiệm: Nguyễn Văn An");

        for (String path : List.of("/", "/chuyen-muc/tin-hoat-dong", "/van-ban")) {
            Document after = reader.page(path);
            assertThat(after.select(".brand-name").text()).as(path).isEqualTo("Đảng bộ Khối Doanh nghiệp tỉnh Thử");
            assertThat(after.title()).as(path).endsWith("Đảng bộ Khối Doanh nghiệp tỉnh Thử");
            assertThat(after.select(".footer-name").text()).as(path).isEqualTo("Đảng bộ Khối Doanh nghiệp tỉnh Thử");
            assertThat(after.select(".footer-text p").eachText()).as(path).containsExactly(
                    "Giấy phép số 12/GP-TTĐT ngày 01/03/2021", "Chịu trách nhiệm: Nguyễn Văn An");
            assertThat(after.select(".footer-contact p").eachText()).as(path).containsExactly(
                    "Địa chỉ: Số 1 đường Trần Hưng Đạo, thành phố Thử", "Điện thoại: (0203) 3 835 123",
                    "Thư điện tử: banbientap@dangbo.gov.vn");
            assertThat(after.select(".footer-contact a").eachAttr("href"))
                    .containsExactly("tel:02033835123", "mailto:banbientap@dangbo.gov.vn");
        }
        assertThat(HtmlValidator.get().errors(reader.get("/").body())).isEmpty();
        List<AuditEntry> entries = audit.recent("settings.", 10, 0);
        assertThat(entries.get(0).detail()).isEqualTo("Tên trang: Đảng bộ Khối Doanh nghiệp tỉnh Thử; Chân trang; Liên hệ");
        assertThat(entries.get(0).actorName()).isEqualTo("Quản trị viên");
    }

    @Test
    void badInputIsRefusedWithTheFieldsMessageAndNothingChanges() {
        Map<String, List<String>> cases = new LinkedHashMap<>();
        cases.put("name= ", List.of("name", "Nhập tên trang."));
        cases.put("name=" + "Đ".repeat(201), List.of("name", "Tên trang dài tối đa 200 ký tự."));
        cases.put("footerText=" + "ừ".repeat(2001), List.of("footerText", "Chân trang dài tối đa 2000 ký tự."));
        cases.put("address=" + "ạ".repeat(301), List.of("address", "Địa chỉ dài tối đa 300 ký tự."));
        cases.put("phone=gọi điện", List.of("phone",
                "Số điện thoại chỉ gồm chữ số, dấu cách và các dấu + ( ) . - / (tối đa 40 ký tự)."));
        cases.put("email=banbientap", List.of("email",
                "Thư điện tử không hợp lệ (dạng ten@co-quan.gov.vn, tối đa 254 ký tự)."));
        cases.put("email=a@b.c\"><script>alert(1)</script>", List.of("email",
                "Thư điện tử không hợp lệ (dạng ten@co-quan.gov.vn, tối đa 254 ký tự)."));
        cases.put("zone=Mars/Olympus_Mons", List.of("zone", "Chọn một múi giờ trong danh sách."));
        cases.put("zone=GMT+7", List.of("zone", "Chọn một múi giờ trong danh sách."));
        cases.put("visitorOffset=-5", List.of("visitorOffset",
                "Số lượt truy cập ban đầu là một số nguyên không âm (tối đa 15 chữ số)."));
        cases.put("visitorOffset=1234567890123456", List.of("visitorOffset",
                "Số lượt truy cập ban đầu là một số nguyên không âm (tối đa 15 chữ số)."));
        SiteDetails before = settings.current();
        long audited = audit.count("settings.");
        for (Map.Entry<String, List<String>> c : cases.entrySet()) {
            Map<String, String> fields = form("Tên hợp lệ", "Asia/Ho_Chi_Minh");
            String[] change = c.getKey().split("=", 2);
            fields.put(change[0], change[1]);
            Document page = save(fields);
            assertThat(page.select("#" + c.getValue().get(0) + "-loi").text()).as(c.getKey())
                    .isEqualTo(c.getValue().get(1));
            if (!change[0].equals("zone")) {
                String shown = change[0].equals("footerText") ? page.select("#footerText").text()
                        : page.select("#" + change[0]).val();
                assertThat(shown).as(c.getKey()).isEqualTo(change[1]);
            }
        }
        assertThat(settings.current()).isEqualTo(before);
        assertThat(audit.count("settings.")).isEqualTo(audited);
    }

    @Test
    void aNewTimeZoneAppliesAtOnceToDatesAndTheDay() {
        // The fixed clock says 03:00 UTC on 7 May 2026: Thursday 10:00 in Hà Nội, Wednesday 20:00 in Los Angeles.
        Document hanoi = reader.page("/");
        assertThat(hanoi.select(".today time").text()).isEqualTo("Thứ năm, 07/05/2026");
        assertThat(admin.page("/quan-tri/cai-dat").select("#zone option[selected]").text()).isEqualTo("Asia/Ho_Chi_Minh");

        save(form(DEFAULT_NAME, "America/Los_Angeles"));
        assertThat(zone.get().getId()).isEqualTo("America/Los_Angeles");
        Document losAngeles = reader.page("/");
        assertThat(losAngeles.select(".today time").text()).isEqualTo("Thứ tư, 06/05/2026");
        assertThat(losAngeles.select(".today time").attr("datetime")).startsWith("2026-05-06T20:00:00").endsWith("-07:00");
        assertThat(audit.recent("settings.", 1, 0).get(0).detail())
                .isEqualTo("Múi giờ: Asia/Ho_Chi_Minh → America/Los_Angeles");

        save(form(DEFAULT_NAME, "Asia/Ho_Chi_Minh"));
        assertThat(reader.page("/").select(".today time").text()).isEqualTo("Thứ năm, 07/05/2026");
    }

    @Test
    void theVisitorCounterStartsFromTheSavedOffset() {
        long before = statistics.current().total();
        Map<String, String> fields = form(DEFAULT_NAME, "Asia/Ho_Chi_Minh");
        fields.put("visitorOffset", "351.739");
        save(fields);
        assertThat(settings.current().visitorOffset()).isEqualTo(351_739L);
        assertThat(statistics.current().total()).isEqualTo(before + 351_739);
        Document page = reader.page("/");
        long shown = Long.parseLong(page.select(".stats-widget dd").first().text().replace(".", ""));
        assertThat(shown).isGreaterThanOrEqualTo(351_739L);

        save(form(DEFAULT_NAME, "Asia/Ho_Chi_Minh"));
        assertThat(settings.current().visitorOffset()).isNull();
        assertThat(statistics.current().total()).isLessThan(351_739L);
    }

    @Test
    void aPngOrJpegLogoIsRedrawnAndShownAnythingElseIsRefused() throws IOException {
        assertThat(reader.page("/").select(".brand img").attr("src")).isEqualTo("/img/logo.svg");

        HttpResponse<String> uploaded = upload("logo.png", "image/png", image(600, 300, "png"));
        assertThat(uploaded.statusCode()).isEqualTo(302);
        assertThat(admin.page("/quan-tri/cai-dat").select(".nr-notice").text()).isEqualTo("Đã thay logo.");
        Document home = reader.page("/");
        String src = home.select(".brand img").attr("src");
        assertThat(src).matches("/logo/logo-[0-9a-f]{16}\\.png");
        assertThat(home.select(".brand img").attr("width")).isEqualTo("128");
        assertThat(home.select(".brand img").attr("height")).isEqualTo("64");
        HttpResponse<byte[]> logo = reader.getBytes(src);
        assertThat(logo.statusCode()).isEqualTo(200);
        assertThat(logo.headers().firstValue("Content-Type")).hasValue("image/png");
        assertThat(logo.headers().firstValue("Cache-Control").orElseThrow()).contains("immutable");
        assertThat(logo.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        BufferedImage drawn = ImageIO.read(new ByteArrayInputStream(logo.body()));
        assertThat(drawn.getWidth()).isEqualTo(512);
        assertThat(drawn.getHeight()).isEqualTo(256);
        assertThat(audit.recent("settings.logo", 1, 0).get(0).detail()).isEqualTo("Logo mới 512×256");

        upload("logo.jpg", "image/jpeg", image(100, 100, "jpeg"));
        assertThat(reader.page("/").select(".brand img").attr("width")).isEqualTo("64");
        String jpegLogo = reader.page("/").select(".brand img").attr("src");

        String svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"><script>alert(2)</script></svg>";
        Map<String, String> refusals = new LinkedHashMap<>();
        refusals.put("Không nhận ảnh SVG (có thể chứa mã chạy được): hãy tải lên ảnh PNG hoặc JPEG.", svg);
        refusals.put("Chỉ nhận ảnh PNG hoặc JPEG.", "<html><body>Không phải ảnh</body></html>");
        for (Map.Entry<String, String> refusal : refusals.entrySet()) {
            HttpResponse<String> response = upload("logo.png", "image/png",
                    refusal.getValue().getBytes(StandardCharsets.UTF_8));
            assertThat(response.statusCode()).isEqualTo(302);
            assertThat(admin.page("/quan-tri/cai-dat").select(".nr-problem").text()).isEqualTo(refusal.getKey());
        }
        byte[] png = image(50, 50, "png");
        upload("hong.png", "image/png", Arrays.copyOf(png, 40));
        assertThat(admin.page("/quan-tri/cai-dat").select(".nr-problem").text())
                .isEqualTo("Không đọc được ảnh: tệp có thể bị hỏng.");
        upload("trong.png", "image/png", new byte[0]);
        assertThat(admin.page("/quan-tri/cai-dat").select(".nr-problem").text())
                .isEqualTo("Hãy chọn một tệp ảnh PNG hoặc JPEG.");
        assertThat(reader.page("/").select(".brand img").attr("src")).isEqualTo(jpegLogo);

        assertThat(reader.get("/logo/logo-0000000000000000.png").statusCode()).isEqualTo(404);
        assertThat(reader.get("/logo/..%2F..%2Fapplication.properties").statusCode()).isIn(400, 404);

        admin.submit("/quan-tri/cai-dat", "/quan-tri/cai-dat/logo/xoa", Map.of());
        assertThat(reader.page("/").select(".brand img").attr("src")).isEqualTo("/img/logo.svg");
    }

    static byte[] image(int width, int height, String format) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0xA5, 0x0E, 0x0E));
        g.fillRect(0, 0, width, height);
        g.setColor(Color.YELLOW);
        g.fillOval(width / 4, height / 4, width / 2, height / 2);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, format, out);
        return out.toByteArray();
    }

    /** Posts the logo form as a browser does: multipart, with the page's CSRF token as a field. */
    HttpResponse<String> upload(String fileName, String contentType, byte[] content) {
        String token = NewsroomClient.csrf(admin.page("/quan-tri/cai-dat"));
        String boundary = "----ToaSoan" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + token
                + "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"logo\"; filename=\"" + fileName
                + "\"\r\nContent-Type: " + contentType + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return admin.send(HttpRequest.newBuilder(URI.create(admin.base() + "/quan-tri/cai-dat/logo"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("User-Agent", WebClient.CHROME)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build());
    }

    @Test
    void editorsCannotChangeSettingsEvenThroughTheService() {
        long id = new StaffLogins(accounts, port).create(Role.EDITOR, "bien-tap-cai-dat");
        var editor = accounts.find(id).orElseThrow().actor();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> settings.update(editor,
                new SettingsChange("Tên khác", null, null, null, null, "UTC", null)))
                .isInstanceOf(vn.toasoan.failure.NotPermitted.class)
                .hasMessage("Chỉ quản trị viên được thay đổi cài đặt của trang.");
        assertThat(settings.current().name()).isEqualTo(DEFAULT_NAME);
    }
}
