package vn.toasoan.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FoldingTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "Nghị Quyết Đảng Ủy | nghi quyet dang uy",
            "Điện Biên Phủ | dien bien phu",
            "Kế hoạch số 14-KH/ĐU | ke hoach so 14-kh/du",
            "“Tòa Soạn”, (Thừa Thiên - Huế)! | “toa soan”, (thua thien - hue)!",
            "ă â ê ô ơ ư đ Ă Â Ê Ô Ơ Ư Đ | a a e o o u d a a e o o u d",
            "ắ ằ ẳ ẵ ặ ấ ầ ẩ ẫ ậ ế ề ể ễ ệ ố ồ ổ ỗ ộ ớ ờ ở ỡ ợ ứ ừ ử ữ ự í ì ỉ ĩ ị ý ỳ ỷ ỹ ỵ | "
                    + "a a a a a a a a a a e e e e e o o o o o o o o o o u u u u u i i i i i y y y y y",
            "Café Straße Ærø | cafe strasse aero",
            "İstanbul | istanbul",
            "Hà Nội 北京 Москва 😀 | ha noi 北京 москва 😀",
    })
    void folds(String text, String folded) {
        assertThat(Folding.fold(text)).isEqualTo(folded);
    }

    @Test
    void keepsWhitespaceAsItIs() {
        assertThat(Folding.fold("Tab\tand\r\nNEW line\u00A0x")).isEqualTo("tab\tand\r\nnew line\u00A0x");
    }

    @Test
    void foldsNullToNullAndEmptyToEmpty() {
        assertThat(Folding.fold(null)).isNull();
        assertThat(Folding.fold("")).isEmpty();
    }

    @Test
    void foldsDecomposedInputLikeComposed() {
        String nfc = "Thủy điện Hòa Bình";
        assertThat(Folding.fold(Normalizer.normalize(nfc, Normalizer.Form.NFD))).isEqualTo("thuy dien hoa binh");
    }

    @Test
    void removesCharactersThatNfcRemoves() {
        assertThat(Folding.fold("\uFEFFTin\u0000 mới")).isEqualTo("tin moi");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Hòa Bình | hoa binh",
            "Hòa Bình | HOÀ BÌNH",
            "thủy lợi | thuỷ lợi",
            "Đà Nẵng | da nang",
            "Ủy ban | uỷ ban",
    })
    void equalsIgnoringCaseTonesAndMarks(String a, String b) {
        assertThat(Folding.equalsFolded(a, b)).isTrue();
        assertThat(Folding.equalsFolded(b, a)).isTrue();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Hòa Bình | Hòa-Bình",
            "Đà Nẵng | Da Nang!",
            "nghị quyết | nghị  quyết",
    })
    void differsInPunctuationAndSpacing(String a, String b) {
        assertThat(Folding.equalsFolded(a, b)).isFalse();
    }

    @Test
    void treatsNullAsEqualOnlyToNull() {
        assertThat(Folding.equalsFolded(null, null)).isTrue();
        assertThat(Folding.equalsFolded(null, "")).isFalse();
        assertThat(Folding.equalsFolded("", null)).isFalse();
    }
}
