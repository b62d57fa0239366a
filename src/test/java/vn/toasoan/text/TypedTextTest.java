package vn.toasoan.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TypedTextTest {

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\t\r\n", "\u2028\u2029", "\uFEFF", "\u0000\u0085\u009F", " \u00A0 "})
    void blankIsNothing(String typed) {
        assertThat(TypedText.line(typed)).isNull();
    }

    @Test
    void blankLinesAreNothing() {
        assertThat(TypedText.line(null)).isNull();
        assertThat(TypedText.lines(null)).isNull();
        assertThat(TypedText.lines("")).isNull();
        assertThat(TypedText.lines(" \r\n\t\n \u2028")).isNull();
        assertThat(TypedText.lines("\uFEFF\u0000\u0080")).isNull();
    }

    @Test
    void composesDecomposedVietnamese() {
        // "Nghị quyết" with "ị" as i + U+0323 and "ế" as e + U+0302 + U+0301 (NFD, as macOS file names give it).
        assertThat(TypedText.line("Nghi\u0323 quye\u0302\u0301t")).isEqualTo("Nghị quyết");
        assertThat(TypedText.lines("Đa\u0306k La\u0306\u0301k\r\nHue\u0302\u0301")).isEqualTo("Đăk Lắk\nHuế");
    }

    @Test
    void removesC1ControlsDelAndNoncharactersWhichHtmlForbids() {
        // U+0093/U+0094 are the curly quotes of Windows-1252 read as Latin-1; U+0085 its ellipsis.
        assertThat(TypedText.line("\u0093Kế hoạch\u0094 số 14\u0085")).isEqualTo("Kế hoạch số 14");
        assertThat(TypedText.line("a\u0080b\u009Fc\u007Fd")).isEqualTo("abcd");
        assertThat(TypedText.line("a\uFDD0b\uFDEFc\uFFFEd\uFFFFe\uD83F\uDFFEf")).isEqualTo("abcdef");
        assertThat(TypedText.lines("dòng 1\u0085\ndòng\u009B 2")).isEqualTo("dòng 1\ndòng 2");
    }

    @Test
    void keepsWhatHtmlAllows() {
        // U+00A0 is the first code point after the C1 block; U+FDCF and U+FDF0 sit around the noncharacters.
        assertThat(TypedText.line("a\u00A1b\uFDCFc\uFDF0d\u200De 🎉")).isEqualTo("a\u00A1b\uFDCFc\uFDF0d\u200De 🎉");
    }

    @Test
    void removesC0ControlsAndByteOrderMarks() {
        assertThat(TypedText.line("\uFEFFTin\u0000 tức\u001B mới\uFEFF")).isEqualTo("Tin tức mới");
        assertThat(TypedText.lines("\uFEFFTin\u0007 tức\nmới")).isEqualTo("Tin tức\nmới");
    }

    @Test
    void composesALetterAndItsMarkOnceAControlBetweenThemIsGone() {
        assertThat(TypedText.line("e\u0085\u0301")).isEqualTo("é");
        assertThat(TypedText.lines("e\u0000\u0301")).isEqualTo("é");
    }

    @Test
    void replacesLoneSurrogates() {
        assertThat(TypedText.line("a\uD800b")).isEqualTo("a\uFFFDb");
        assertThat(TypedText.lines("end\uD83D")).isEqualTo("end\uFFFD");
    }

    @Test
    void aLineHasOneSpaceWhereWhiteSpaceAndLineBreaksWere() {
        assertThat(TypedText.line("  Ban Thường vụ\r\nĐảng ủy\t\tKhối\u2028Cơ quan\u2029tỉnh\u00A0 ")).isEqualTo(
                "Ban Thường vụ Đảng ủy Khối Cơ quan tỉnh");
        assertThat(TypedText.line("14-KH/ĐU")).isEqualTo("14-KH/ĐU");
    }

    @Test
    void linesEndInLineFeedWithoutTrailingSpace() {
        assertThat(TypedText.lines("\n\n  Dòng một  \r\nDòng hai\t\rDòng ba\u2028Dòng bốn\u2029\nDòng năm\n \n"))
                .isEqualTo("Dòng một\nDòng hai\nDòng ba\nDòng bốn\n\nDòng năm");
        assertThat(TypedText.lines("\tthụt lề\n\tgiữ nguyên")).isEqualTo("thụt lề\n\tgiữ nguyên");
    }

    @Test
    void cleanTextIsLeftAsItIs() {
        String line = TypedText.line("Nghị quyết số 05-NQ/TU");
        String lines = TypedText.lines("Trích yếu:\n- một\n- hai");
        assertThat(TypedText.line(line)).isEqualTo(line);
        assertThat(TypedText.lines(lines)).isEqualTo(lines).isEqualTo("Trích yếu:\n- một\n- hai");
    }

    @Test
    void lengthCountsUtf16UnitsAsTheStricterDatabaseDoes() {
        assertThat(TypedText.length(null)).isZero();
        assertThat(TypedText.length("Huế")).isEqualTo(3);
        assertThat(TypedText.length("🎉")).isEqualTo(2);
    }
}
