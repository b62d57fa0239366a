package vn.toasoan.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.json.JsonMapper;

/** Symbols as they are really written in Party and State documents, and text that holds none. */
class DocumentSymbolTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # written                        | symbol            | party | number | year | type | issuer    | unit    | type name
            14-KH/ĐU                         | 14-KH/ĐU          | true  | 14     | -    | KH   | ĐU        | -       | Kế hoạch
            42/2022/NĐ-CP                    | 42/2022/NĐ-CP     | false | 42     | 2022 | NĐ   | CP        | -       | Nghị định
            36-HD/VPTW                       | 36-HD/VPTW        | true  | 36     | -    | HD   | VPTW      | -       | Hướng dẫn
            05-NQ/TU                         | 05-NQ/TU          | true  | 05     | -    | NQ   | TU        | -       | Nghị quyết
            01-CT/TW                         | 01-CT/TW          | true  | 01     | -    | CT   | TW        | -       | Chỉ thị
            1234/QĐ-UBND                     | 1234/QĐ-UBND      | false | 1234   | -    | QĐ   | UBND      | -       | Quyết định
            15/2023/TT-BTC                   | 15/2023/TT-BTC    | false | 15     | 2023 | TT   | BTC       | -       | Thông tư
            123/UBND-VP                      | 123/UBND-VP       | false | 123    | -    | -    | UBND      | VP      | Công văn
            08-KL/TW                         | 08-KL/TW          | true  | 08     | -    | KL   | TW        | -       | Kết luận
            11/CT-TTg                        | 11/CT-TTg         | false | 11     | -    | CT   | TTg       | -       | Chỉ thị
            35/2021/QH15                     | 35/2021/QH15      | false | 35     | 2021 | -    | QH15      | -       | -
            03-QĐ/ĐU                         | 03-QĐ/ĐU          | true  | 03     | -    | QĐ   | ĐU        | -       | Quyết định
            102-TB/VPTU                      | 102-TB/VPTU       | true  | 102    | -    | TB   | VPTU      | -       | Thông báo
            Nghị quyết số 05-NQ/TU           | 05-NQ/TU          | true  | 05     | -    | NQ   | TU        | -       | Nghị quyết
            14-kh/đu                         | 14-KH/ĐU          | true  | 14     | -    | KH   | ĐU        | -       | Kế hoạch
            14 - KH/ĐU                       | 14-KH/ĐU          | true  | 14     | -    | KH   | ĐU        | -       | Kế hoạch
            14–KH/ĐU                         | 14-KH/ĐU          | true  | 14     | -    | KH   | ĐU        | -       | Kế hoạch
            14—KH / ĐU                       | 14-KH/ĐU          | true  | 14     | -    | KH   | ĐU        | -       | Kế hoạch
            '  14-KH/ĐU  '                   | 14-KH/ĐU          | true  | 14     | -    | KH   | ĐU        | -       | Kế hoạch
            1234/qđ-ubnd                     | 1234/QĐ-UBND      | false | 1234   | -    | QĐ   | UBND      | -       | Quyết định
            1234/QD-UBND                     | 1234/QĐ-UBND      | false | 1234   | -    | QĐ   | UBND      | -       | Quyết định
            42/2022/ND-CP                    | 42/2022/NĐ-CP     | false | 42     | 2022 | NĐ   | CP        | -       | Nghị định
            11/ct-ttg                        | 11/CT-TTg         | false | 11     | -    | CT   | TTg       | -       | Chỉ thị
            37-QĐi/TW                        | 37-QĐi/TW         | true  | 37     | -    | QĐi  | TW        | -       | Quy định
            47-QĐ/TW                         | 47-QĐ/TW          | true  | 47     | -    | QĐ   | TW        | -       | Quyết định
            12-TTr/ĐU                        | 12-TTr/ĐU         | true  | 12     | -    | TTr  | ĐU        | -       | Tờ trình
            21-TT/TW                         | 21-TT/TW          | true  | 21     | -    | TT   | TW        | -       | Thông tri
            45-BC/TU                         | 45-BC/TU          | true  | 45     | -    | BC   | TU        | -       | Báo cáo
            320-CV/TU                        | 320-CV/TU         | true  | 320    | -    | CV   | TU        | -       | Công văn
            02-HD/BTCTW                      | 02-HD/BTCTW       | true  | 02     | -    | HD   | BTCTW     | -       | Hướng dẫn
            10-CTr/TU                        | 10-CTr/TU         | true  | 10     | -    | CTr  | TU        | -       | Chương trình
            57-NQ/TW                         | 57-NQ/TW          | true  | 57     | -    | NQ   | TW        | -       | Nghị quyết
            30/2020/NĐ-CP                    | 30/2020/NĐ-CP     | false | 30     | 2020 | NĐ   | CP        | -       | Nghị định
            01/2023/NQ-HĐND                  | 01/2023/NQ-HĐND   | false | 01     | 2023 | NQ   | HĐND      | -       | Nghị quyết
            03/2020/TTLT-BTC-BNV             | 03/2020/TTLT-BTC-BNV | false | 03  | 2020 | TTLT | BTC-BNV   | -       | Thông tư liên tịch
            59/2020/QH14                     | 59/2020/QH14      | false | 59     | 2020 | -    | QH14      | -       | -
            245/TB-VPCP                      | 245/TB-VPCP       | false | 245    | -    | TB   | VPCP      | -       | Thông báo
            88/KH-UBND                       | 88/KH-UBND        | false | 88     | -    | KH   | UBND      | -       | Kế hoạch
            12/BC-SNV                        | 12/BC-SNV         | false | 12     | -    | BC   | SNV       | -       | Báo cáo
            56/TTr-UBND                      | 56/TTr-UBND       | false | 56     | -    | TTr  | UBND      | -       | Tờ trình
            2345/BTC-NSNN                    | 2345/BTC-NSNN     | false | 2345   | -    | -    | BTC       | NSNN    | Công văn
            678/UBND-KGVX                    | 678/UBND-KGVX     | false | 678    | -    | -    | UBND      | KGVX    | Công văn
            1234/TTg-KTTH                    | 1234/TTg-KTTH     | false | 1234   | -    | -    | TTg       | KTTH    | Công văn
            09/CĐ-TTg                        | 09/CĐ-TTg         | false | 09     | -    | CĐ   | TTg       | -       | Công điện
            Căn cứ Quyết định số 1234/QĐ-UBND ngày 12/5/2023 | 1234/QĐ-UBND | false | 1234 | - | QĐ | UBND | - | Quyết định
            Căn cứ kế hoạch số 14-KH/ĐU ngày 26/02/2021 | 14-KH/ĐU | true | 14 | -    | KH   | ĐU        | -       | Kế hoạch
            Số: 14-KH/ĐU.                    | 14-KH/ĐU          | true  | 14     | -    | KH   | ĐU        | -       | Kế hoạch
            (theo 42/2022/NĐ-CP)             | 42/2022/NĐ-CP     | false | 42     | 2022 | NĐ   | CP        | -       | Nghị định
            ٤٢/QĐ-UBND                       | 42/QĐ-UBND        | false | 42     | -    | QĐ   | UBND      | -       | Quyết định
            """)
    void readsRealSymbols(String written, String symbol, boolean party, String number, Integer year, String type,
            String issuer, String unit, String typeName) {
        DocumentSymbol parsed = DocumentSymbol.parse(written).orElseThrow();
        assertThat(parsed).isEqualTo(new DocumentSymbol(symbol, party, number, year, type, issuer, unit));
        assertThat(parsed.typeName().orElse(null)).isEqualTo(typeName);
    }

    @Test
    void decomposedInputReadsLikeComposed() {
        String nfd = Normalizer.normalize("Kế hoạch số 14-KH/ĐU và 1234/QĐ-UBND", Normalizer.Form.NFD);
        assertThat(DocumentSymbol.parse(nfd)).map(DocumentSymbol::symbol).hasValue("14-KH/ĐU");
        assertThat(DocumentSymbol.parse(Normalizer.normalize("1234/QĐ-UBND", Normalizer.Form.NFD)))
                .map(DocumentSymbol::typeCode).hasValue("QĐ");
    }

    @Test
    void findsEverySymbolOfATextInOrder() {
        String text = "Thực hiện Nghị quyết số 05-NQ/TU, Nghị định 42/2022/NĐ-CP và Công văn 123/UBND-VP ngày 26/02/2021.";
        List<DocumentSymbol.Found> found = DocumentSymbol.findAll(text);
        assertThat(found).extracting(f -> f.symbol().symbol()).containsExactly("05-NQ/TU", "42/2022/NĐ-CP",
                "123/UBND-VP");
        assertThat(found).allSatisfy(f -> assertThat(DocumentSymbol.parse(text.substring(f.start(), f.end())))
                .hasValue(f.symbol()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "14", "KH/ĐU", "14-KH", "14/", "/2022/NĐ-CP", "ngày 26/02/2021", "16/3/2021",
            "nhiệm kỳ 2020 - 2025", "24/7", "v1.14-KH/ĐU", "ab14-KH/ĐU", "14-KH/ĐU/2", "1234567/QĐ-UBND",
            "14-KH/-ĐU", "1-2/3", "http://x.vn/14-KH/ĐU", "tỷ lệ 50%"})
    void findsNothingWhereThereIsNoSymbol(String text) {
        assertThat(DocumentSymbol.parse(text)).as(text).isEmpty();
    }

    @Test
    void nullIsNoSymbol() {
        assertThat(DocumentSymbol.parse(null)).isEmpty();
        assertThat(DocumentSymbol.findAll(null)).isEmpty();
    }

    @Test
    void writingsOfOneSymbolShareAKey() {
        assertThat(List.of("14-KH/ĐU", "14-kh/đu", "14 – KH/ĐU", "014-KH/DU", "Kế hoạch số 14-KH/ĐU"))
                .extracting(s -> DocumentSymbol.parse(s).orElseThrow().key()).containsOnly("14-KH/DU");
        assertThat(DocumentSymbol.parse("42/2022/NĐ-CP").orElseThrow().key()).isEqualTo("42/2022/ND-CP");
        assertThat(DocumentSymbol.keyOf(" 05-NQ/TU ")).isEqualTo("5-NQ/TU");
        assertThat(DocumentSymbol.keyOf("Số đặc biệt")).isEqualTo("SODACBIET");
        assertThat(DocumentSymbol.keyOf("14-KH/ĐU")).isNotEqualTo(DocumentSymbol.keyOf("14/KH-ĐU"));
    }

    @Test
    void searchKeysAreTheRegistryKeysLettersAndDigitsWithoutLeadingZeros() {
        assertThat(List.of("14-KH/ĐU", "014-KH/ĐU", "0014 – kh/đu", "14 KH ĐU", "014 KH ĐU", "14KHDU"))
                .extracting(DocumentSymbol::searchKey).containsOnly("14khdu");
        assertThat(DocumentSymbol.searchKey("42/2022/NĐ-CP")).isEqualTo("422022ndcp");
        assertThat(DocumentSymbol.searchKey("042/2022/NĐ-CP")).isEqualTo("422022ndcp");
        assertThat(DocumentSymbol.searchKey("Kế hoạch số 14-KH/ĐU")).isEqualTo("kehoachso14khdu");
        assertThat(DocumentSymbol.searchKey("0/KH")).isEqualTo("0kh");
        assertThat(DocumentSymbol.searchKey(null)).isEmpty();
        assertThat(DocumentSymbol.searchKey("1".repeat(1_001))).isEmpty();
    }

    static List<String> naughtyStrings() {
        try (InputStream json = DocumentSymbolTest.class.getResourceAsStream("/naughty/blns.json")) {
            return List.of(JsonMapper.builder().build().readValue(json, String[].class));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @ParameterizedTest
    @MethodSource("naughtyStrings")
    void neverThrowsOnHostileText(String text) {
        assertThatCode(() -> {
            DocumentSymbol.parse(text).ifPresent(s -> {
                s.typeName();
                s.key();
            });
            DocumentSymbol.keyOf(text);
            DocumentSymbol.parse(text + " 14-KH/ĐU " + text);
        }).doesNotThrowAnyException();
    }

    @Test
    void hugeInputIsReadWithoutTrouble() {
        String huge = "14-".repeat(200_000) + "KH/ĐU " + "1/".repeat(200_000);
        assertThatCode(() -> DocumentSymbol.parse(huge)).doesNotThrowAnyException();
    }
}
