package vn.toasoan.banner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import vn.toasoan.account.Actor;
import vn.toasoan.testsupport.ModuleTest;

@ModuleTest
@TestPropertySource(properties = "spring.application.name=banners-test")
class BannersTest {

    static final Actor SYSTEM = Actor.system();

    @Autowired
    Banners banners;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theStripOfADayHoldsTheItemsWhoseWindowContainsIt() {
        banners.setLead(SYSTEM, "Nhiệt liệt chào mừng");
        banners.setLead(SYSTEM, "Nhiệt liệt chào mừng kỷ niệm");
        banners.add(SYSTEM, new BannerChange(BannerChange.ANNIVERSARY,
                "{years} năm chiến thắng Điện Biên Phủ ({event_date} - {anniversary_date})", "1954-05-07",
                "2026-04-01", "2026-05-31", null, null));
        long congress = banners.add(SYSTEM, new BannerChange(BannerChange.PLAIN, "Chào mừng Đại hội Đảng bộ Khối",
                null, "2026-05-10", null, "/tin-tuc/dai-hoi-1", null));
        banners.move(SYSTEM, congress, -1);
        assertThat(banners.on(LocalDate.of(2026, 3, 31)).isEmpty()).isTrue();
        BannerStrip may7 = banners.on(LocalDate.of(2026, 5, 7));
        assertThat(may7.lead()).isEqualTo("Nhiệt liệt chào mừng kỷ niệm");
        assertThat(may7.items()).extracting(BannerStrip.Item::text)
                .containsExactly("72 năm chiến thắng Điện Biên Phủ (7/5/1954 - 7/5/2026)");
        assertThat(banners.on(LocalDate.of(2026, 5, 10)).items()).extracting(BannerStrip.Item::text, BannerStrip.Item::linkUrl)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Chào mừng Đại hội Đảng bộ Khối", "/tin-tuc/dai-hoi-1"),
                        org.assertj.core.groups.Tuple.tuple("72 năm chiến thắng Điện Biên Phủ (7/5/1954 - 7/5/2026)", null));
        assertThat(banners.on(LocalDate.of(2026, 6, 1)).items()).extracting(BannerStrip.Item::text)
                .containsExactly("Chào mừng Đại hội Đảng bộ Khối");
    }

    /** The lead lives with the banners, not among the site settings. */
    @Test
    void theLeadIsStoredOnceWithTheBannersAndABlankOneRemovesIt() {
        banners.setLead(SYSTEM, "Chào mừng");
        banners.setLead(SYSTEM, "Chào mừng năm mới");
        assertThat(jdbc.sql("SELECT lead_text FROM banner_lead").query(String.class).list())
                .containsExactly("Chào mừng năm mới");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM site_setting WHERE name LIKE 'banner%'").query(Long.class).single())
                .isZero();
        banners.setLead(SYSTEM, "  ");
        assertThat(banners.lead()).isEmpty();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM banner_lead").query(Long.class).single()).isZero();
    }

    @Test
    void anItemCannotEndBeforeItStarts() {
        assertThatThrownBy(() -> banners.add(SYSTEM, new BannerChange(BannerChange.PLAIN, "x", null, "2026-05-02",
                "2026-05-01", null, null))).isInstanceOf(vn.toasoan.failure.InvalidInput.class)
                .hasMessage("Ngày kết thúc không được trước ngày bắt đầu.");
    }
}
