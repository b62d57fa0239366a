package vn.toasoan.banner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import vn.toasoan.testsupport.ModuleTest;

@ModuleTest
@TestPropertySource(properties = "spring.application.name=banners-test")
class BannersTest {

    @Autowired
    Banners banners;

    @Test
    void theStripOfADayHoldsTheItemsWhoseWindowContainsIt() {
        banners.setLead("Nhiệt liệt chào mừng");
        banners.setLead("Nhiệt liệt chào mừng kỷ niệm");
        banners.add(new NewBanner("{years} năm chiến thắng Điện Biên Phủ ({event_date} - {anniversary_date})",
                LocalDate.of(1954, 5, 7), LocalDate.of(2026, 4, 1), LocalDate.of(2026, 5, 31), null, 1));
        banners.add(new NewBanner("Chào mừng Đại hội Đảng bộ Khối", null, LocalDate.of(2026, 5, 10), null,
                "/tin-tuc/dai-hoi-1", 0));
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

    @Test
    void anItemCannotEndBeforeItStarts() {
        assertThatThrownBy(() -> banners.add(new NewBanner("x", null, LocalDate.of(2026, 5, 2),
                LocalDate.of(2026, 5, 1), null, 0))).isInstanceOf(vn.toasoan.failure.InvalidInput.class)
                .hasMessage("Ngày kết thúc không được trước ngày bắt đầu.");
    }
}
