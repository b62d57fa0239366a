package vn.toasoan.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VietnameseCollationTest {

    /** The 63 provinces and centrally governed cities (before the 2025 merger), in dictionary order. */
    private static final List<String> PROVINCES_IN_ORDER = List.of(
            "An Giang", "Bà Rịa - Vũng Tàu", "Bạc Liêu", "Bắc Giang", "Bắc Kạn", "Bắc Ninh", "Bến Tre",
            "Bình Dương", "Bình Định", "Bình Phước", "Bình Thuận", "Cà Mau", "Cao Bằng", "Cần Thơ",
            "Đà Nẵng", "Đắk Lắk", "Đắk Nông", "Điện Biên", "Đồng Nai", "Đồng Tháp", "Gia Lai",
            "Hà Giang", "Hà Nam", "Hà Nội", "Hà Tĩnh", "Hải Dương", "Hải Phòng", "Hậu Giang", "Hòa Bình",
            "Hồ Chí Minh", "Hưng Yên", "Khánh Hòa", "Kiên Giang", "Kon Tum", "Lai Châu", "Lạng Sơn",
            "Lào Cai", "Lâm Đồng", "Long An", "Nam Định", "Nghệ An", "Ninh Bình", "Ninh Thuận", "Phú Thọ",
            "Phú Yên", "Quảng Bình", "Quảng Nam", "Quảng Ngãi", "Quảng Ninh", "Quảng Trị", "Sóc Trăng",
            "Sơn La", "Tây Ninh", "Thái Bình", "Thái Nguyên", "Thanh Hóa", "Thừa Thiên Huế", "Tiền Giang",
            "Trà Vinh", "Tuyên Quang", "Vĩnh Long", "Vĩnh Phúc", "Yên Bái");

    private static List<String> sorted(List<String> texts) {
        List<String> copy = new ArrayList<>(texts);
        copy.sort(VietnameseCollation.comparator());
        return copy;
    }

    private static List<String> shuffled(List<String> texts, long seed) {
        List<String> copy = new ArrayList<>(texts);
        Collections.shuffle(copy, new Random(seed));
        return copy;
    }

    private static String nfd(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD);
    }

    @Test
    void sortsTheProvincesInDictionaryOrder() {
        assertThat(PROVINCES_IN_ORDER).hasSize(63).doesNotHaveDuplicates();
        for (long seed = 0; seed < 20; seed++) {
            assertThat(sorted(shuffled(PROVINCES_IN_ORDER, seed))).containsExactlyElementsOf(PROVINCES_IN_ORDER);
        }
    }

    @Test
    void sortsDecomposedAndUpperCaseProvincesTheSame() {
        List<String> variants = PROVINCES_IN_ORDER.stream()
                .map(name -> name.length() % 2 == 0 ? nfd(name) : name.toUpperCase(Locale.ROOT))
                .collect(Collectors.toList());
        List<String> result = sorted(shuffled(variants, 42));
        assertThat(result.stream().map(VietnameseText::nfc).map(String::toLowerCase))
                .containsExactlyElementsOf(PROVINCES_IN_ORDER.stream().map(String::toLowerCase).toList());
    }

    @Test
    void sortsTheAlphabet() {
        List<String> alphabet = List.of("a", "ă", "â", "b", "c", "d", "đ", "e", "ê", "g", "h", "i", "k", "l", "m", "n",
                "o", "ô", "ơ", "p", "q", "r", "s", "t", "u", "ư", "v", "x", "y");
        assertThat(sorted(shuffled(alphabet, 1))).containsExactlyElementsOf(alphabet);
        List<String> upper = alphabet.stream().map(letter -> letter.toUpperCase(Locale.ROOT)).toList();
        assertThat(sorted(shuffled(upper, 2))).containsExactlyElementsOf(upper);
    }

    @Test
    void sortsTonesNoneHuyenHoiNgaSacNang() {
        List<String> tones = List.of("a", "à", "ả", "ã", "á", "ạ", "ă", "ằ", "ẳ", "ẵ", "ắ", "ặ", "â", "ầ", "ẩ", "ẫ", "ấ", "ậ");
        assertThat(sorted(shuffled(tones, 3))).containsExactlyElementsOf(tones);
        List<String> syllables = List.of("ma", "mà", "mả", "mã", "má", "mạ", "mai", "man", "mắn", "mận");
        assertThat(sorted(shuffled(syllables, 4))).containsExactlyElementsOf(syllables);
    }

    @ParameterizedTest(name = "{0} < {1}")
    @CsvSource({
            "Dương, Đà Nẵng", "Đà Nẵng, Gia Lai", "Dz, Đa", "An, Ăn", "Ăn, Ân", "Ăn, ăn uống", "Az, Ă",
            "Ôn, ổn", "ổn, Ơn", "Ơn, ơn nghĩa", "U, Ư", "Uz, Ư", "E, Ê", "Ez, Ê",
            // case only breaks ties: lower case first
            "an, An", "an, AN", "An, ăn",
            // syllable by syllable, as dictionaries do
            "ba, ba hoa", "ba hoa, bà ba", "Bà Rịa, Bạc Liêu", "Hà Nội, Hải Phòng", "Hoà Bình, Hồ Chí Minh",
            // quotes and punctuation do not move a title away from its first word
            "“Áo dài”, Ba Đình", "Bác Hồ, “Bác Hồ”",
            "Ngày 2, Ngày 3",
    })
    void ordersPairs(String first, String second) {
        assertThat(VietnameseCollation.compare(first, second)).isNegative();
        assertThat(VietnameseCollation.compare(second, first)).isPositive();
    }

    @ParameterizedTest
    @CsvSource({"Hòa Bình, Hoà Bình", "thủy lợi, thuỷ lợi", "Khánh Hòa, Khánh Hoà"})
    void treatsOldAndNewTonePlacementAsEqual(String old, String modern) {
        assertThat(VietnameseCollation.compare(old, modern)).isZero();
        assertThat(VietnameseCollation.compare(nfd(old), modern)).isZero();
    }

    @Test
    void treatsNfcAndNfdAsEqual() {
        for (String name : PROVINCES_IN_ORDER) {
            assertThat(VietnameseCollation.compare(name, nfd(name))).as(name).isZero();
        }
    }

    /** The JDK's "vi" collator ignores spaces ("bariavungtau" after "baclieu"); dictionaries compare by syllable. */
    @Test
    void comparesSyllableBySyllableWhereTheJdkCollatorIgnoresSpaces() {
        assertThat(VietnameseCollation.compare("Bà Rịa - Vũng Tàu", "Bạc Liêu")).isNegative();
        assertThat(VietnameseCollation.compare("Đà Nẵng", "Dương")).isPositive();
        assertThat(VietnameseCollation.compare("Ân", "Ăn")).isPositive();
    }

    @Test
    void isSafeToShareBetweenThreads() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<List<String>>> results = new ArrayList<>();
            for (int task = 0; task < 64; task++) {
                long seed = task;
                results.add(pool.submit(() -> sorted(shuffled(PROVINCES_IN_ORDER, seed))));
            }
            for (Future<List<String>> result : results) {
                assertThat(result.get()).containsExactlyElementsOf(PROVINCES_IN_ORDER);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
