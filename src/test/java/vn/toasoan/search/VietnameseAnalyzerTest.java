package vn.toasoan.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.junit.jupiter.api.Test;

class VietnameseAnalyzerTest {

    private final Analyzer exact = new VietnameseAnalyzer(VietnameseAnalyzer.Form.EXACT);
    private final Analyzer folded = new VietnameseAnalyzer(VietnameseAnalyzer.Form.FOLDED);

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

    private static List<String> terms(Analyzer analyzer, String text) throws IOException {
        return LuceneIndex.terms(analyzer, text);
    }
}
