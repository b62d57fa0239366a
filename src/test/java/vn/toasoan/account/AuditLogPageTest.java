package vn.toasoan.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.toasoan.testsupport.FixedClockConfiguration;
import vn.toasoan.testsupport.MutableClock;
import vn.toasoan.testsupport.NewsroomClient;
import vn.toasoan.testsupport.SiteAdminTest;
import vn.toasoan.testsupport.StaffLogins;

/** The audit log page: newest first, 50 a page, by kind of action and by person, times in the site zone. */
@SiteAdminTest
class AuditLogPageTest {

    @LocalServerPort
    int port;

    @Autowired
    Accounts accounts;

    @Autowired
    AuditLog audit;

    @Autowired
    MutableClock clock;

    @AfterEach
    void resetClock() {
        clock.set(FixedClockConfiguration.START);
    }

    @Test
    void entriesComeNewestFirstFiftyAPageFilteredByActionAndPerson() {
        long id = new StaffLogins(accounts, port).create(Role.EDITOR, "nguoi-ghi-nhat-ky");
        Actor actor = accounts.find(id).orElseThrow().actor();
        clock.set(FixedClockConfiguration.START);
        for (int i = 0; i < 120; i++) {
            clock.advance(Duration.ofMinutes(1));
            switch (i % 3) {
                case 0 -> audit.record(actor, "category.update", "category", 5, "Lần " + i);
                case 1 -> audit.record(actor, "menu.create", "menu", 7, "Lần " + i);
                default -> audit.record(actor, "settings.update", "settings", null, "<script>alert(" + i + ")</script>");
            }
        }
        clock.set(FixedClockConfiguration.START);
        NewsroomClient admin = new StaffLogins(accounts, port).admin(SiteAdminTest.ADMIN_PASSWORD);

        Document first = admin.page("/quan-tri/nhat-ky?nguoi=" + id);
        assertThat(first.select("main > p").get(1).text()).isEqualTo("Có 120 mục, mới nhất trước.");
        List<Element> rows = first.select("tbody tr");
        assertThat(rows).hasSize(50);
        // 10:00 in Hà Nội plus 120 minutes: the newest is 12:00, shown in the site zone.
        assertThat(cells(rows.get(0))).containsExactly("07/05/2026 12:00", "Người thử nguoi-ghi-nhat-ky", "",
                "Sửa cài đặt", "Cài đặt", "<script>alert(119)</script>");
        assertThat(rows.get(0).select("a").attr("href")).isEqualTo("/quan-tri/cai-dat");
        assertThat(rows.get(0).select("time").attr("datetime")).isEqualTo("2026-05-07T12:00:00+07:00");
        assertThat(cells(rows.get(1)).get(3)).isEqualTo("Thêm mục menu");
        assertThat(rows.get(1).select("a").attr("href")).isEqualTo("/quan-tri/menu/7");
        assertThat(cells(rows.get(2))).containsExactly("07/05/2026 11:58", "Người thử nguoi-ghi-nhat-ky", "",
                "Sửa chuyên mục", "Chuyên mục #5", "Lần 117");
        assertThat(first.select("script:not([src])")).isEmpty();
        assertThat(first.select(".nr-pagination span").text()).isEqualTo("Trang 1 / 3");
        assertThat(first.select(".nr-pagination a[rel=next]").attr("href")).isEqualTo("/quan-tri/nhat-ky?nguoi=" + id + "&trang=2");
        assertThat(first.select(".nr-pagination a[rel=prev]")).isEmpty();

        Document last = admin.page("/quan-tri/nhat-ky?nguoi=" + id + "&trang=3");
        assertThat(last.select("tbody tr")).hasSize(20);
        assertThat(cells(last.select("tbody tr").last()).get(0)).isEqualTo("07/05/2026 10:01");
        assertThat(last.select(".nr-pagination a[rel=prev]").attr("href")).isEqualTo("/quan-tri/nhat-ky?nguoi=" + id + "&trang=2");
        assertThat(admin.get("/quan-tri/nhat-ky?nguoi=" + id + "&trang=4").statusCode()).isEqualTo(404);
        assertThat(admin.get("/quan-tri/nhat-ky?trang=abc").statusCode()).isEqualTo(404);

        Document categoriesOnly = admin.page("/quan-tri/nhat-ky?loai=category.&nguoi=" + id);
        assertThat(categoriesOnly.select("main > p").get(1).text()).isEqualTo("Có 40 mục, mới nhất trước.");
        assertThat(categoriesOnly.select("tbody tr td:eq(3)").eachText()).containsOnly("Sửa chuyên mục");
        assertThat(categoriesOnly.select("#loai option[selected]").text()).isEqualTo("Chuyên mục");
        assertThat(categoriesOnly.select("#nguoi option[selected]").text())
                .isEqualTo("Người thử nguoi-ghi-nhat-ky (nguoi-ghi-nhat-ky)");
        assertThat(categoriesOnly.select("#loai option").eachText()).containsExactly("Tất cả", "Đăng nhập", "Bài viết",
                "Tài khoản", "Chuyên mục", "Menu", "Băng chữ (banner)", "Cài đặt", "Văn bản", "Tệp, ảnh", "Token API",
                "Chỉ mục tìm kiếm");

        // An edited address filters nothing rather than failing.
        assertThat(admin.page("/quan-tri/nhat-ky?loai=%25&nguoi=x").select("tbody tr")).hasSize(50);
    }

    @Test
    void loginsShowWhoFromWhereWithAVietnameseLabel() {
        new StaffLogins(accounts, port).as(Role.AUTHOR, "dang-nhap-nhat-ky");
        long id = accounts.all().stream().filter(a -> a.username().equals("dang-nhap-nhat-ky")).findFirst()
                .orElseThrow().id();
        NewsroomClient admin = new StaffLogins(accounts, port).admin(SiteAdminTest.ADMIN_PASSWORD);
        Document logins = admin.page("/quan-tri/nhat-ky?loai=login.&nguoi=" + id);
        assertThat(logins.select("tbody tr")).hasSize(1);
        assertThat(cells(logins.select("tbody tr").first())).containsExactly("07/05/2026 10:00",
                "Người thử dang-nhap-nhat-ky", "127.0.0.1", "Đăng nhập", "Tài khoản #" + id, "");
        assertThat(logins.select("tbody tr a").attr("href")).isEqualTo("/quan-tri/nguoi-dung/" + id);
    }

    static List<String> cells(Element row) {
        return row.select("td").stream().map(Element::text).toList();
    }
}
