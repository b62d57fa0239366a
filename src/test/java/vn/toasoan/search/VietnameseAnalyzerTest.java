package vn.toasoan.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.junit.jupiter.api.Test;

import vn.toasoan.text.Folding;

class VietnameseAnalyzerTest {

    private final Analyzer exact = new VietnameseAnalyzer(VietnameseAnalyzer.Form.EXACT);
    private final Analyzer folded = new VietnameseAnalyzer(VietnameseAnalyzer.Form.FOLDED);
    private final Analyzer pairs = new VietnameseAnalyzer(VietnameseAnalyzer.Form.FOLDED_PAIRS);

    @Test
    void partyResolutionKeepsMarksInTheExactFormAndDropsThemInTheFoldedForm() throws IOException {
        assertThat(terms(exact, "Nghị quyết Đảng ủy")).containsExactly("nghị", "quyết", "đảng", "uỷ");
        assertThat(terms(folded, "Nghị quyết Đảng ủy")).containsExactly("nghi", "quyet", "dang", "uy");
    }

    @Test
    void oldAndNewTonePlacementAreOneWord() throws IOException {
        assertThat(terms(exact, "hòa hoà Hòa Thủy thuỷ khỏe khoẻ"))
                .containsExactly("hoà", "hoà", "hoà", "thuỷ", "thuỷ", "khoẻ", "khoẻ");
        assertThat(terms(folded, "hòa hoà thủy khoẻ")).containsExactly("hoa", "hoa", "thuy", "khoe");
    }

    @Test
    void placeNameIsThreeSyllables() throws IOException {
        assertThat(terms(exact, "Điện Biên Phủ")).containsExactly("điện", "biên", "phủ");
        assertThat(terms(folded, "Điện Biên Phủ")).containsExactly("dien", "bien", "phu");
    }

    @Test
    void decomposedInputIsComposedFirst() throws IOException {
        assertThat(terms(exact, "Nghi\u0323 quyê\u0301t")).containsExactly("nghị", "quyết");
        assertThat(terms(folded, "Nghi\u0323 quyê\u0301t")).containsExactly("nghi", "quyet");
    }

    @Test
    void documentSymbolSplitsIntoNumberTypeAndIssuer() throws IOException {
        assertThat(terms(exact, "Kế hoạch số 14-KH/ĐU")).containsExactly("kế", "hoạch", "số", "14", "kh", "đu");
        assertThat(terms(folded, "Kế hoạch số 14-KH/ĐU")).containsExactly("ke", "hoach", "so", "14", "kh", "du");
    }

    @Test
    void punctuationAndQuerySyntaxAreNotWords() throws IOException {
        assertThat(terms(folded, "title:( \"đường AND * ?")).containsExactly("title", "duong", "and");
        assertThat(terms(folded, "!!! ... ---")).isEmpty();
    }

    @Test
    void neighbouringCommonSyllablesArePairedAndARareOneBreaksTheChain() throws IOException {
        // "thảo" and "ủy" are not among the common syllables; "Đảng" and "có" are.
        assertThat(terms(pairs, "Người dân có thể đến hội thảo của Đảng ủy"))
                .containsExactly("nguoi dan", "dan co", "co the", "the den", "den hoi", "cua dang");
        assertThat(terms(pairs, "Người dân")).containsExactly("nguoi dan");
        assertThat(terms(pairs, "Người")).isEmpty();
        assertThat(terms(pairs, "")).isEmpty();
        assertThat(VietnameseAnalyzer.pair("nguoi", "dan")).isEqualTo("nguoi dan");
        assertThat(VietnameseAnalyzer.pair("hoi", "thao")).isNull();
        assertThat(VietnameseAnalyzer.pair("dang", "uy")).isNull();
    }

    @Test
    void aPairDoesNotSpanTwoTexts() throws IOException {
        // The analyser's stream is reused for the next text (and the next value of a field): nothing carries over.
        assertThat(terms(pairs, "người")).isEmpty();
        assertThat(terms(pairs, "dân có")).containsExactly("dan co");
    }

    /**
     * The folded form is made letter by letter from a table; it must be what {@link Folding#fold} makes of each
     * lower-case syllable, for every letter the table covers and for strings meant to break text handling.
     */
    @Test
    void foldingLetterByLetterAgreesWithFoldingWholeWords() throws IOException {
        List<String> texts = new ArrayList<>(SearchHttpTest.naughtyStrings());
        StringBuilder everyLetter = new StringBuilder();
        for (char c = 0x80; c < 0x2100; c++) {
            everyLetter.append('a').append(c).append("b ").append(c).append(' ');
        }
        texts.add(everyLetter.toString());
        texts.add("Nghị quyết Đảng ủy tỉnh Điện Biên về phát triển kinh tế - xã hội năm 2025, İstanbul, Straße, Ærø");
        texts.add("Nghi\u0323 quye\u0302\u0301t");
        try (Analyzer lowerCase = new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                StandardTokenizer tokenizer = new StandardTokenizer();
                return new TokenStreamComponents(tokenizer, new LowerCaseFilter(tokenizer));
            }
        }) {
            for (String text : texts) {
                List<String> expected = terms(lowerCase, text).stream().map(Folding::fold).toList();
                assertThat(terms(folded, text)).as(text).isEqualTo(expected);
            }
        }
    }

    private static List<String> terms(Analyzer analyzer, String text) throws IOException {
        return LuceneIndex.terms(analyzer, text, Integer.MAX_VALUE);
    }
}
