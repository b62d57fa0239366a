package vn.toasoan.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class VietnameseTextTest {

    private static String nfd(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD);
    }

    @Test
    void nfcOfNullIsNull() {
        assertThat(VietnameseText.nfc(null)).isNull();
        assertThat(VietnameseText.normalizeToneMarks(null)).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Nghị quyết", "Điện Biên Phủ", "Thừa Thiên Huế", "Đắk Lắk", "ỨNG DỤNG", "khoẻ", "Tòa Soạn"})
    void composesDecomposedVietnamese(String nfc) {
        assertThat(nfd(nfc)).isNotEqualTo(nfc);
        assertThat(VietnameseText.nfc(nfd(nfc))).isEqualTo(nfc);
        assertThat(VietnameseText.nfc(nfc)).isEqualTo(nfc);
    }

    @Test
    void composesMarksInAnyCanonicalOrder() {
        // "ệ" typed as e + circumflex + dot below (non-canonical order) and as e + dot below + circumflex.
        assertThat(VietnameseText.nfc("Vi\u0065\u0302\u0323t")).isEqualTo("Việt");
        assertThat(VietnameseText.nfc("Vi\u0065\u0323\u0302t")).isEqualTo("Việt");
        assertThat(VietnameseText.nfc("Vi\u00EA\u0323t")).isEqualTo("Việt");
    }

    @Test
    void removesC0ControlsButKeepsTabAndLineBreaks() {
        assertThat(VietnameseText.nfc("a\u0000b\u0001c\u0008d\u000Be\u000Cf\u001Bg\u001Fh")).isEqualTo("abcdefgh");
        assertThat(VietnameseText.nfc("dòng 1\r\ndòng 2\n\tthụt lề")).isEqualTo("dòng 1\r\ndòng 2\n\tthụt lề");
    }

    @Test
    void keepsOtherControlsAndFormatCharacters() {
        // DEL and C1 controls are not C0; zero-width joiners are needed by emoji sequences.
        assertThat(VietnameseText.nfc("a\u007Fb\u0085c\u200Dd")).isEqualTo("a\u007Fb\u0085c\u200Dd");
    }

    @Test
    void removesByteOrderMarksAnywhere() {
        assertThat(VietnameseText.nfc("\uFEFFTin tức\uFEFF mới")).isEqualTo("Tin tức mới");
    }

    @Test
    void composesLetterAndMarkOnceAControlBetweenThemIsGone() {
        assertThat(VietnameseText.nfc("e\u0000\u0301")).isEqualTo("é");
    }

    @Test
    void replacesLoneSurrogatesAndKeepsPairs() {
        assertThat(VietnameseText.nfc("a\uD800b")).isEqualTo("a\uFFFDb");
        assertThat(VietnameseText.nfc("a\uDC00b")).isEqualTo("a\uFFFDb");
        assertThat(VietnameseText.nfc("\uDC00\uD800")).isEqualTo("\uFFFD\uFFFD");
        assertThat(VietnameseText.nfc("end\uD83D")).isEqualTo("end\uFFFD");
        assertThat(VietnameseText.nfc("Chúc mừng \uD83C\uDF89")).isEqualTo("Chúc mừng 🎉");
    }

    @Test
    void emptyStaysEmpty() {
        assertThat(VietnameseText.nfc("")).isEmpty();
        assertThat(VietnameseText.normalizeToneMarks("")).isEmpty();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            // oa with each of the five tones: huyền, sắc, hỏi, ngã, nặng
            "hòa, hoà", "hóa, hoá", "hỏa, hoả", "hõa, hoã", "họa, hoạ",
            // oe
            "lòe, loè", "khóe, khoé", "khỏe, khoẻ", "nõe, noẽ", "chọe, choẹ",
            // uy
            "tùy, tuỳ", "thúy, thuý", "thủy, thuỷ", "lũy, luỹ", "thụy, thuỵ",
            // no initial consonant
            "òa, oà", "ủy, uỷ",
            // case is kept letter by letter
            "HÒA, HOÀ", "Hòa, Hoà", "THỦY, THUỶ", "KHỎE, KHOẺ", "Khỏe, Khoẻ", "hÒa, hOà", "Ủy, Uỷ", "ỦY, UỶ",
            // NFD input is handled and the result is NFC
            "ho\u0300a, hoà", "thu\u0309y, thuỷ",
            // words joined by a hyphen are still separate syllables
            "Tòa-soạn, Toà-soạn",
    })
    void movesToneOfOldPlacementToSecondVowel(String old, String modern) {
        assertThat(VietnameseText.normalizeToneMarks(old)).isEqualTo(modern);
        assertThat(VietnameseText.normalizeToneMarks(modern)).isEqualTo(modern);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            // qu + y: the u belongs to the consonant, the mark already sits on the only vowel
            "quý", "quỳ", "quỷ", "quỹ", "quỵ", "Quý", "QUÝ",
            // a consonant follows: same placement in both conventions
            "hoàng", "hoàn", "khuyên", "thuyền", "hoạch", "khoét", "huýt", "Hoàng",
            // gi + vowel
            "gìn", "giữ", "già", "giếng",
            // other vowel clusters
            "ngoài", "khoáy", "khuya", "khuỷu", "ngoẹo", "thuế", "tuổi", "quà", "của", "mùa", "người", "hoà", "thuỷ",
            // no tone, not Vietnamese, several syllables written together, digits
            "hoa", "thuy", "Zoë", "naïve", "hòahòa", "façade",
    })
    void leavesOtherSyllablesAlone(String word) {
        assertThat(VietnameseText.normalizeToneMarks(word)).isEqualTo(word);
    }

    @Test
    void rewritesSyllablesInsideTextAndKeepsTheRest() {
        assertThat(VietnameseText.normalizeToneMarks("Ủy ban nhân dân tỉnh Khánh Hòa: “Chăm sóc sức khỏe, hòa bình!”"))
                .isEqualTo("Uỷ ban nhân dân tỉnh Khánh Hoà: “Chăm sóc sức khoẻ, hoà bình!”");
        assertThat(VietnameseText.normalizeToneMarks("Thủy điện Hòa Bình, 1979–1994\n\tquý khách"))
                .isEqualTo("Thuỷ điện Hoà Bình, 1979–1994\n\tquý khách");
    }

    @Test
    void bothConventionsCompareEqualAfterNormalisation() {
        assertThat(VietnameseText.normalizeToneMarks("Hòa Bình, Thanh Hóa, Khánh Hòa, thủy lợi, sức khỏe, tùy ý"))
                .isEqualTo(VietnameseText.normalizeToneMarks("Hoà Bình, Thanh Hoá, Khánh Hoà, thuỷ lợi, sức khoẻ, tuỳ ý"));
    }

    @Test
    void leavesAStrayCombiningMarkWithItsWord() {
        // NFC makes "y" + acute one letter; with two tones the word is no syllable and keeps its marks.
        assertThat(VietnameseText.normalizeToneMarks("thủy\u0301")).isEqualTo("thủ\u00FD");
        assertThat(VietnameseText.normalizeToneMarks("thủy\u0301\u0301")).isEqualTo("thủ\u00FD\u0301");
    }

    @Test
    void isIdempotent() {
        String text = "Hòa thủy khỏe quý hoàng ĐỒNG THỦY";
        String once = VietnameseText.normalizeToneMarks(text);
        assertThat(VietnameseText.normalizeToneMarks(once)).isEqualTo(once);
    }
}
