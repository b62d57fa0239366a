package vn.toasoan.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.json.JsonMapper;

/** Hostile input (see src/test/resources/naughty/SOURCE.md) must never break the text functions. */
class NaughtyStringsTest {

    private static final String SLUG = "^([a-z0-9]+(-[a-z0-9]+)*)?$";
    private static final int[] LIMITS = {1, 2, 7, 20, Slugs.DEFAULT_MAX_LENGTH, 10_000};

    static List<String> naughtyStrings() {
        try (InputStream json = NaughtyStringsTest.class.getResourceAsStream("/naughty/blns.json")) {
            return List.of(JsonMapper.builder().build().readValue(json, String[].class));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void readsTheWholeList() {
        assertThat(naughtyStrings()).hasSize(515).contains("", "undefined", "<script>alert(123)</script>");
    }

    @ParameterizedTest
    @MethodSource("naughtyStrings")
    void nfcIsCleanAndStable(String text) {
        String nfc = VietnameseText.nfc(text);

        assertThat(Normalizer.isNormalized(nfc, Normalizer.Form.NFC)).isTrue();
        assertThat(nfc).doesNotContainPattern("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\uFEFF]");
        // A surrogate that codePoints() yields on its own has no partner.
        assertThat(nfc.codePoints().noneMatch(codePoint -> codePoint >= 0xD800 && codePoint <= 0xDFFF)).isTrue();
        assertThat(VietnameseText.nfc(nfc)).isEqualTo(nfc);
    }

    @ParameterizedTest
    @MethodSource("naughtyStrings")
    void toneMarksAreStable(String text) {
        String normalized = VietnameseText.normalizeToneMarks(text);

        assertThat(VietnameseText.normalizeToneMarks(normalized)).isEqualTo(normalized);
        assertThat(Normalizer.isNormalized(normalized, Normalizer.Form.NFC)).isTrue();
    }

    @ParameterizedTest
    @MethodSource("naughtyStrings")
    void slugsAreSafeShortAndStable(String text) {
        for (int limit : LIMITS) {
            String slug = Slugs.slugify(text, limit);

            assertThat(slug).matches(SLUG).hasSizeLessThanOrEqualTo(limit);
            assertThat(Slugs.slugify(slug, limit)).isEqualTo(slug);
        }
        assertThat(Slugs.slugify(text)).isEqualTo(Slugs.slugify(text, Slugs.DEFAULT_MAX_LENGTH));
    }

    @ParameterizedTest
    @MethodSource("naughtyStrings")
    void foldingIsStable(String text) {
        String folded = Folding.fold(text);

        assertThat(Folding.fold(folded)).isEqualTo(folded);
        assertThat(Folding.equalsFolded(text, folded)).isTrue();
        assertThat(folded).doesNotContainPattern("[\\u0300-\\u036F]");
    }

    @ParameterizedTest
    @MethodSource("naughtyStrings")
    void datesNeverThrow(String text) {
        assertThatCode(() -> VietnameseDates.parseDayMonthYear(text)).doesNotThrowAnyException();
    }

    @Test
    void collationSortsTheWholeListConsistently() {
        List<String> texts = new ArrayList<>(naughtyStrings());
        texts.sort(VietnameseCollation.comparator());

        for (int i = 1; i < texts.size(); i++) {
            assertThat(VietnameseCollation.compare(texts.get(i - 1), texts.get(i))).isNotPositive();
            assertThat(VietnameseCollation.compare(texts.get(i), texts.get(i - 1))).isNotNegative();
        }
    }
}
