package vn.toasoan.banner;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import vn.toasoan.account.Accounts;
import vn.toasoan.account.AuditEntry;
import vn.toasoan.account.AuditLog;
import vn.toasoan.account.Role;
import vn.toasoan.testsupport.FixedClockConfiguration;
import vn.toasoan.testsupport.MutableClock;
import vn.toasoan.testsupport.NewsroomClient;
import vn.toasoan.testsupport.SiteAdminTest;
import vn.toasoan.testsupport.StaffLogins;
import vn.toasoan.testsupport.WebClient;

/** Editors keep the banner strip; the anniversary text is previewed before it is saved. Over real HTTP. */
@SiteAdminTest
class BannerAdminHttpTest {

    static final String DIEN_BIEN_PHU = "{years} năm chiến thắng Điện Biên Phủ ({event_date} - {anniversary_date})";
    static final String UNKNOWN = "Không có chỗ trống {nam}: chỉ dùng được {years} (số năm), {event_date} (ngày sự kiện)"
            + " và {anniversary_date} (ngày kỷ niệm năm nay).";

    @LocalServerPort
    int port;

    @Autowired
    Accounts accounts;

    @Autowired
    Banners banners;

    @Autowired
    AuditLog audit;

    @Autowired
    MutableClock clock;

    NewsroomClient editor;
    WebClient reader;

    @BeforeEach
    void setUp() {
        clock.set(FixedClockConfiguration.START);
        editor = new StaffLogins(accounts, port).as(Role.EDITOR, "bien-tap-bang-chu-" + System.nanoTime() % 100000);
        reader = new WebClient(port);
    }

    @AfterEach
    void resetClock() {
        clock.set(FixedClockConfiguration.START);
    }

    static Map<String, String> anniversary(String template, String eventDate) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("kind", "anniversary");
        fields.put("template", template);
        fields.put("eventDate", eventDate);
        fields.put("startsOn", "");
        fields.put("endsOn", "");
        fields.put("linkUrl", "");
        fields.put("previewDate", "");
        return fields;
    }

    Document post(String action, Map<String, String> fields) {
        HttpResponse<String> response = editor.submit("/quan-tri/banner", action, fields);
        if (response.statusCode() == 302) {
            return editor.page("/quan-tri/banner");
        }
        assertThat(response.statusCode()).as(action).isEqualTo(200);
        return Jsoup.parse(response.body());
    }

    Document preview(Map<String, String> fields) {
        Map<String, String> withAction = new LinkedHashMap<>(fields);
        withAction.put("action", "preview");
        return post("/quan-tri/banner/moi", withAction);
    }

    String strip() {
        return reader.page("/").select(".banner-text").text();
    }

    @Test
    void withoutJavaScriptThePreviewButtonShowsTheTextOfTodayInTheSiteZone() {
        int before = banners.rows().size();
        Document today = preview(anniversary(DIEN_BIEN_PHU, "1954-05-07"));
        assertThat(today.select("#banner-preview-text").text())
                .isEqualTo("72 năm chiến thắng Điện Biên Phủ (7/5/1954 - 7/5/2026)");
        assertThat(today.select("#template").val()).isEqualTo(DIEN_BIEN_PHU);
        assertThat(today.select("#eventDate").val()).isEqualTo("1954-05-07");
        assertThat(today.select("input[name=kind][checked]").val()).isEqualTo("anniversary");

        Map<String, String> on2024 = anniversary(DIEN_BIEN_PHU, "7/5/1954");
        on2024.put("previewDate", "2024-04-20");
        Document earlier = preview(on2024);
        assertThat(earlier.select("#banner-preview-text").text())
                .isEqualTo("70 năm chiến thắng Điện Biên Phủ (7/5/1954 - 7/5/2024)");
        assertThat(earlier.select("#eventDate").val()).isEqualTo("1954-05-07");

        // 18:00 UTC on 31 December is already 1 January in Hà Nội: the new year counts.
        clock.set(Instant.parse("2026-12-31T18:00:00Z"));
        assertThat(preview(anniversary(DIEN_BIEN_PHU, "1954-05-07")).select("#banner-preview-text").text())
                .isEqualTo("73 năm chiến thắng Điện Biên Phủ (7/5/1954 - 7/5/2027)");
        assertThat(banners.rows()).hasSize(before);
    }

    @Test
    void withJavaScriptThePreviewComesAsJsonWhileTheEditorTypes() throws Exception {
        Document form = editor.page("/quan-tri/banner/moi");
        assertThat(form.select("form[data-banner-preview]").attr("data-banner-preview"))
                .isEqualTo("/quan-tri/banner/xem-truoc");
        assertThat(form.select("script").eachAttr("src")).anyMatch(src -> src.startsWith("/js/banner-preview"));
        HttpResponse<String> script = reader.get("/js/banner-preview.js");
        assertThat(script.statusCode()).isEqualTo(200);
        assertThat(script.headers().firstValue("Content-Type").orElseThrow()).contains("javascript");

        JsonNode ok = json(editor.get("/quan-tri/banner/xem-truoc?kind=anniversary&template=" + encode(DIEN_BIEN_PHU)
                + "&eventDate=1954-05-07"), 200);
        assertThat(ok.get("text").asString()).isEqualTo("72 năm chiến thắng Điện Biên Phủ (7/5/1954 - 7/5/2026)");
        assertThat(ok.get("date").asString()).isEqualTo("7/5/2026");
        JsonNode chosenDay = json(editor.get("/quan-tri/banner/xem-truoc?kind=anniversary&template="
                + encode(DIEN_BIEN_PHU) + "&eventDate=1954-05-07&date=2054-05-07"), 200);
        assertThat(chosenDay.get("text").asString()).isEqualTo("100 năm chiến thắng Điện Biên Phủ (7/5/1954 - 7/5/2054)");
        JsonNode plain = json(editor.get("/quan-tri/banner/xem-truoc?kind=plain&template=" + encode("Chào mừng Đại hội")), 200);
        assertThat(plain.get("text").asString()).isEqualTo("Chào mừng Đại hội");

        JsonNode unknown = json(editor.get("/quan-tri/banner/xem-truoc?kind=anniversary&template="
                + encode("{nam} năm chiến thắng") + "&eventDate=1954-05-07"), 400);
        assertThat(unknown.get("error").asString()).isEqualTo(UNKNOWN);
        assertThat(unknown.get("field").asString()).isEqualTo("template");
        JsonNode badDate = json(editor.get("/quan-tri/banner/xem-truoc?kind=anniversary&template="
                + encode(DIEN_BIEN_PHU) + "&eventDate=31/2/1954"), 400);
        assertThat(badDate.get("error").asString())
                .isEqualTo("Ngày sự kiện không hợp lệ: hãy nhập dạng ngày/tháng/năm, ví dụ 7/5/1954.");
        assertThat(badDate.get("field").asString()).isEqualTo("eventDate");
    }

    static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    static JsonNode json(HttpResponse<String> response, int status) throws Exception {
        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/json");
        return JsonMapper.builder().build().readTree(response.body());
    }

    @Test
    void badItemsAreRefusedWithTheFieldsMessageAndNothingSaved() {
        Map<String, List<String>> cases = new LinkedHashMap<>();
        cases.put("template={nam} năm chiến thắng", List.of("template", UNKNOWN));
        cases.put("template= ", List.of("template", "Nhập nội dung của mục."));
        cases.put("template=" + "Â".repeat(1001), List.of("template", "Nội dung dài tối đa 1000 ký tự."));
        cases.put("eventDate=", List.of("eventDate", "Mục kỷ niệm cần ngày sự kiện, ví dụ 7/5/1954."));
        cases.put("eventDate=2030-01-01", List.of("eventDate", "Ngày sự kiện phải là một ngày đã qua."));
        cases.put("endsOn=2026-04-30", List.of("endsOn", "Ngày kết thúc không được trước ngày bắt đầu."));
        cases.put("linkUrl=javascript:alert(document.cookie)", List.of("linkUrl", "Liên kết phải là đường dẫn trong"
                + " trang (bắt đầu bằng /, ví dụ /tin-tuc/…) hoặc địa chỉ web bắt đầu bằng http:// hay https://."));
        cases.put("kind=plain", List.of("template", "Chỗ trống {years} chỉ dùng được cho mục kỷ niệm: hãy chọn loại"
                + " „Kỷ niệm” và nhập ngày sự kiện."));
        cases.put("kind=", List.of("kind", "Chọn loại mục: chữ thường hoặc kỷ niệm."));
        int before = banners.rows().size();
        for (Map.Entry<String, List<String>> c : cases.entrySet()) {
            Map<String, String> fields = anniversary(DIEN_BIEN_PHU, "1954-05-07");
            fields.put("startsOn", "2026-05-01");
            String[] change = c.getKey().split("=", 2);
            fields.put(change[0], change[1]);
            Document page = post("/quan-tri/banner/moi", fields);
            assertThat(page.select("#" + c.getValue().get(0) + "-loi").text()).as(c.getKey())
                    .isEqualTo(c.getValue().get(1));
            assertThat(page.select("#template").val()).as(c.getKey()).isEqualTo(fields.get("template"));
        }
        assertThat(banners.rows()).hasSize(before);
    }

    @Test
    void anEditorAddsAnAnniversaryAndReadersSeeItsTextAtOnce() {
        String template = "{years} năm Ngày thành lập Đoàn Thanh niên ({event_date} - {anniversary_date})";
        assertThat(strip()).doesNotContain("Ngày thành lập Đoàn");
        Map<String, String> fields = anniversary(template, "1931-03-26");
        fields.put("linkUrl", "/tin-tuc/doan-thanh-nien");
        Document list = post("/quan-tri/banner/moi", fields);
        assertThat(list.select(".nr-notice").text()).isEqualTo("Đã thêm mục vào băng chữ.");
        assertThat(strip()).contains("95 năm Ngày thành lập Đoàn Thanh niên (26/3/1931 - 26/3/2026)");
        assertThat(reader.page("/").select(".banner-text a").stream()
                .filter(a -> a.text().startsWith("95 năm Ngày thành lập Đoàn")).map(a -> a.attr("href")).toList())
                .containsExactly("/tin-tuc/doan-thanh-nien");
        long id = banners.rows().stream().filter(r -> r.banner().template().equals(template)).findFirst()
                .orElseThrow().banner().id();
        assertThat(audit.about("banner", id)).extracting(AuditEntry::action, AuditEntry::detail)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("banner.create", template));

        // The edit form previews the saved item at once.
        assertThat(editor.page("/quan-tri/banner/" + id).select("#banner-preview-text").text())
                .isEqualTo("95 năm Ngày thành lập Đoàn Thanh niên (26/3/1931 - 26/3/2026)");
        Map<String, String> ended = anniversary(template, "1931-03-26");
        ended.put("endsOn", "2026-05-06");
        Document afterEdit = post("/quan-tri/banner/" + id, ended);
        assertThat(afterEdit.select(".nr-notice").text()).isEqualTo("Đã lưu mục băng chữ.");
        assertThat(afterEdit.select("tr:has(a:containsOwn(Ngày thành lập Đoàn)) .nr-badge").text()).isEqualTo("Đã hết hạn");
        assertThat(strip()).doesNotContain("Ngày thành lập Đoàn");
    }

    @Test
    void theLeadOrderAndDeletionShowOnThePublicStrip() {
        Document saved = post("/quan-tri/banner/loi-dan", Map.of("lead", "  Chào mừng   kỷ niệm "));
        assertThat(saved.select(".nr-notice").text()).isEqualTo("Đã lưu lời dẫn.");
        assertThat(banners.lead()).isEqualTo("Chào mừng kỷ niệm");
        assertThat(strip()).startsWith("Chào mừng kỷ niệm ");
        Document tooLong = post("/quan-tri/banner/loi-dan", Map.of("lead", "x".repeat(201)));
        assertThat(tooLong.select("#lead-loi").text()).isEqualTo("Lời dẫn dài tối đa 200 ký tự.");
        assertThat(tooLong.select("#lead").val()).isEqualTo("x".repeat(201));
        assertThat(banners.lead()).isEqualTo("Chào mừng kỷ niệm");

        Map<String, String> first = anniversary("Mục đầu {years}", "2000-01-01");
        post("/quan-tri/banner/moi", first);
        Map<String, String> second = anniversary("Mục sau {years}", "2000-01-01");
        post("/quan-tri/banner/moi", second);
        assertThat(strip()).containsSubsequence("Mục đầu 26", "Mục sau 26");
        long later = banners.rows().stream().filter(r -> r.banner().template().equals("Mục sau {years}")).findFirst()
                .orElseThrow().banner().id();
        post("/quan-tri/banner/" + later + "/len", Map.of());
        assertThat(strip()).containsSubsequence("Mục sau 26", "Mục đầu 26");
        Document deleted = post("/quan-tri/banner/" + later + "/xoa", Map.of());
        assertThat(deleted.select(".nr-notice").text()).isEqualTo("Đã xóa mục khỏi băng chữ.");
        assertThat(strip()).contains("Mục đầu 26").doesNotContain("Mục sau");
        assertThat(audit.about("banner", later)).extracting(AuditEntry::action)
                .containsExactly("banner.delete", "banner.move", "banner.create");
    }
}
