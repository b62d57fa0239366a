package vn.toasoan.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import vn.toasoan.article.WordDiff.Kind;
import vn.toasoan.article.WordDiff.Segment;

class WordDiffTest {

    private static Segment same(String text) {
        return new Segment(Kind.SAME, text);
    }

    private static Segment added(String text) {
        return new Segment(Kind.ADDED, text);
    }

    private static Segment removed(String text) {
        return new Segment(Kind.REMOVED, text);
    }

    @Test
    void aChangedWordInAVietnameseSentence() {
        assertThat(WordDiff.words("Hội nghị tổ soạn thảo nghiên cứu đề án",
                "Hội nghị tổ biên tập nghiên cứu đề án mới"))
                .containsExactly(same("Hội nghị tổ"), removed("soạn thảo"), added("biên tập"),
                        same("nghiên cứu đề án"), added("mới"));
    }

    @Test
    void wordsDifferingOnlyInToneMarksAreDifferentWords() {
        assertThat(WordDiff.words("Đảng bộ Khối tổ chức hội nghị", "Đảng bộ Khối tô chức hội nghị"))
                .containsExactly(same("Đảng bộ Khối"), removed("tổ"), added("tô"), same("chức hội nghị"));
    }

    @Test
    void spacingAndLineBreaksAreNotChanges() {
        assertThat(WordDiff.words("Sáng  ngày\n17/3/2021", " Sáng ngày 17/3/2021 "))
                .containsExactly(same("Sáng ngày 17/3/2021"));
        assertThat(WordDiff.changed(WordDiff.words("a b", "a  b"))).isFalse();
    }

    @Test
    void emptyOrMissingTexts() {
        assertThat(WordDiff.words(null, "Bài mới")).containsExactly(added("Bài mới"));
        assertThat(WordDiff.words("Bài cũ", "")).containsExactly(removed("Bài cũ"));
        assertThat(WordDiff.words(null, null)).isEmpty();
    }

    @Test
    void blocksAreMatchedWholeThenComparedWordByWord() {
        List<List<Segment>> diff = WordDiff.blocks(
                List.of("Mở đầu hội nghị.", "Đồng chí Bí thư phát biểu.", "Đoạn bị bỏ.", "Kết luận."),
                List.of("Mở đầu hội nghị.", "Đồng chí Phó Bí thư phát biểu.", "Kết luận.", "Đoạn thêm cuối."));
        assertThat(diff).containsExactly(
                List.of(same("Mở đầu hội nghị.")),
                List.of(same("Đồng chí"), added("Phó"), same("Bí thư phát biểu.")),
                List.of(removed("Đoạn bị bỏ.")),
                List.of(same("Kết luận.")),
                List.of(added("Đoạn thêm cuối.")));
    }
}
