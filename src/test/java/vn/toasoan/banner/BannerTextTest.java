package vn.toasoan.banner;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class BannerTextTest {

    private static final String DIEN_BIEN_PHU = "{years} năm chiến thắng Điện Biên Phủ ({event_date} - {anniversary_date})";

    @Test
    void anniversaryMatchesTheReferencePageIn2024() {
        assertThat(BannerText.render(DIEN_BIEN_PHU, LocalDate.of(1954, 5, 7), LocalDate.of(2024, 4, 20)))
                .isEqualTo("70 năm chiến thắng Điện Biên Phủ (7/5/1954 - 7/5/2024)");
        assertThat(BannerText.render("{years} năm Ngày Giải phóng miền Nam thống nhất đất nước ({event_date} -"
                + " {anniversary_date})", LocalDate.of(1975, 4, 30), LocalDate.of(2024, 4, 20)))
                .isEqualTo("49 năm Ngày Giải phóng miền Nam thống nhất đất nước (30/4/1975 - 30/4/2024)");
    }

    @Test
    void yearCountFollowsTheCurrentYear() {
        assertThat(BannerText.render(DIEN_BIEN_PHU, LocalDate.of(1954, 5, 7), LocalDate.of(2026, 11, 23)))
                .isEqualTo("72 năm chiến thắng Điện Biên Phủ (7/5/1954 - 7/5/2026)");
        assertThat(BannerText.render(DIEN_BIEN_PHU, LocalDate.of(1954, 5, 7), LocalDate.of(2026, 1, 1)))
                .isEqualTo("72 năm chiến thắng Điện Biên Phủ (7/5/1954 - 7/5/2026)");
    }

    @Test
    void leapDayEventFallsOnTheLastDayOfFebruaryInCommonYears() {
        assertThat(BannerText.render("{years} năm ({event_date} - {anniversary_date})", LocalDate.of(2000, 2, 29),
                LocalDate.of(2026, 3, 1))).isEqualTo("26 năm (29/2/2000 - 28/2/2026)");
        assertThat(BannerText.render("{years} năm ({event_date} - {anniversary_date})", LocalDate.of(2000, 2, 29),
                LocalDate.of(2028, 3, 1))).isEqualTo("28 năm (29/2/2000 - 29/2/2028)");
    }

    @Test
    void plainItemsAreShownAsWritten() {
        assertThat(BannerText.render("Chào mừng Đại hội {years}", null, LocalDate.of(2026, 1, 1)))
                .isEqualTo("Chào mừng Đại hội {years}");
    }

    @Test
    void itemIsShownBetweenItsStartAndEndDaysInclusive() {
        Banner banner = new Banner(1, "x", null, LocalDate.of(2026, 4, 1), LocalDate.of(2026, 5, 10), null, 0);
        assertThat(banner.shownOn(LocalDate.of(2026, 3, 31))).isFalse();
        assertThat(banner.shownOn(LocalDate.of(2026, 4, 1))).isTrue();
        assertThat(banner.shownOn(LocalDate.of(2026, 5, 10))).isTrue();
        assertThat(banner.shownOn(LocalDate.of(2026, 5, 11))).isFalse();
        assertThat(new Banner(2, "x", null, null, null, null, 0).shownOn(LocalDate.of(1900, 1, 1))).isTrue();
    }
}
