package vn.toasoan.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.text.Normalizer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SlugsTest {

    private static final String RESOLUTION_TITLE = "Hội nghị tổ soạn thảo nghiên cứu, xây dựng nghị quyết "
            + "\"Phát huy vai trò lãnh đạo của cấp ủy Đảng trong thực hiện nhiệm vụ chính trị\"";

    @Test
    void cutsALongTitleAfterTheLastWholeWordWithinTheDefaultLimit() {
        String slug = Slugs.slugify(RESOLUTION_TITLE);

        assertThat(slug).isEqualTo("hoi-nghi-to-soan-thao-nghien-cuu-xay-dung-nghi-quyet-phat-huy-vai-tro-lanh-dao");
        assertThat(slug).hasSize(78);
        assertThat(Slugs.slugify(RESOLUTION_TITLE, 80)).isEqualTo(slug);
    }

    @Test
    void keepsTheWholeTitleWhenItFits() {
        assertThat(Slugs.slugify(RESOLUTION_TITLE, 500)).isEqualTo("hoi-nghi-to-soan-thao-nghien-cuu-xay-dung-nghi-quyet"
                + "-phat-huy-vai-tro-lanh-dao-cua-cap-uy-dang-trong-thuc-hien-nhiem-vu-chinh-tri");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "Điện Biên Phủ | dien-bien-phu",
            "Kế hoạch số 14-KH/ĐU | ke-hoach-so-14-kh-du",
            "Thừa Thiên Huế | thua-thien-hue",
            "Bà Rịa - Vũng Tàu | ba-ria-vung-tau",
            "ĐẢNG ỦY KHỐI CƠ QUAN | dang-uy-khoi-co-quan",
            "ă â ê ô ơ ư đ Ă Â Ê Ô Ơ Ư Đ | a-a-e-o-o-u-d-a-a-e-o-o-u-d",
            "Ngày 30/4/1975 – thống nhất đất nước | ngay-30-4-1975-thong-nhat-dat-nuoc",
            "“Chăm lo đời sống” cho người lao động!!! | cham-lo-doi-song-cho-nguoi-lao-dong",
            "  --Tin__mới--  | tin-moi",
            "Quyết định số 123/QĐ-UBND ngày 05.01.2024 | quyet-dinh-so-123-qd-ubnd-ngay-05-01-2024",
            "Café Crème Brûlée Noël | cafe-creme-brulee-noel",
            "Über Straße Größe | uber-strasse-grosse",
            "España mañana | espana-manana",
            "Français garçon | francais-garcon",
            "Ærø Æsir | aero-aesir",
            "Œuvre cœur | oeuvre-coeur",
            "København Søren | kobenhavn-soren",
            "Łódź Wałęsa | lodz-walesa",
            "İstanbul | istanbul",
            "Ａ１ ﬁnance m² | a1-finance-m2",
            "Hà Nội 北京 Москва 🇻🇳 | ha-noi",
            "Tin mới 😀😀 hôm nay | tin-moi-hom-nay",
    })
    void slugifies(String text, String slug) {
        assertThat(Slugs.slugify(text)).isEqualTo(slug);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "   \t\n", "!!!", "—–-", "/// ???", "北京", "Москва", "😀", "\u0000\uFEFF", "\u0301"})
    void isEmptyWithoutLatinLettersOrDigits(String text) {
        assertThat(Slugs.slugify(text)).isEmpty();
    }

    @Test
    void isEmptyForNull() {
        assertThat(Slugs.slugify(null)).isEmpty();
        assertThat(Slugs.slugify(null, 10)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Nghị quyết Đảng ủy", "Điện Biên Phủ", "Thừa Thiên Huế", "Ứng dụng công nghệ", "Kế hoạch số 14-KH/ĐU"})
    void givesDecomposedInputTheSameSlug(String nfc) {
        String nfd = Normalizer.normalize(nfc, Normalizer.Form.NFD);
        assertThat(nfd).isNotEqualTo(nfc);
        assertThat(Slugs.slugify(nfd)).isEqualTo(Slugs.slugify(nfc));
    }

    @ParameterizedTest(name = "limit {1}: {2}")
    @CsvSource({
            "dien bien phu, 13, dien-bien-phu",
            "dien bien phu, 12, dien-bien",
            "dien bien phu, 10, dien-bien",
            "dien bien phu, 9, dien-bien",
            "dien bien phu, 8, dien",
            "dien bien phu, 5, dien",
            "dien bien phu, 4, dien",
            "dien bien phu, 3, die",
            "dien bien phu, 1, d",
            "nghieng ngua nghieng, 8, nghieng",
            "a bcdefghijk, 5, a",
            "supercalifragilistic, 10, supercalif",
    })
    void cutsAtAWordBoundaryUnlessTheFirstWordIsTooLong(String text, int limit, String slug) {
        assertThat(Slugs.slugify(text, limit)).isEqualTo(slug).doesNotEndWith("-");
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, Integer.MIN_VALUE})
    void rejectsALimitBelowOne(int limit) {
        assertThatIllegalArgumentException().isThrownBy(() -> Slugs.slugify("tin", limit));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Điện Biên Phủ", "Kế hoạch số 14-KH/ĐU", RESOLUTION_TITLE, "a--b", "Œ", "ß", "1 2 3"})
    void isStable(String text) {
        for (int limit : new int[] {1, 2, 5, 13, 80, 1000}) {
            String slug = Slugs.slugify(text, limit);
            assertThat(Slugs.slugify(slug, limit)).isEqualTo(slug);
            assertThat(slug).hasSizeLessThanOrEqualTo(limit).matches("^([a-z0-9]+(-[a-z0-9]+)*)?$");
        }
    }
}
