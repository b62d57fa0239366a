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

    /** 40,000 × 40,000 paragraphs would be a table of 6.4 GB: the revision page failed with OutOfMemoryError. */
    @Test
    void thousandsOfRewrittenParagraphsArePairedInOrderInsteadOfMatched() {
        List<String> before = new java.util.ArrayList<>();
        List<String> after = new java.util.ArrayList<>();
        before.add("Mở đầu");
        after.add("Mở đầu");
        for (int k = 0; k < 40_000; k++) {
            before.add("đoạn cũ " + k);
            after.add("đoạn mới " + k);
        }
        before.add("Kết luận");
        after.add("Kết luận");

        List<List<Segment>> blocks = WordDiff.blocks(before, after);

        assertThat(blocks).hasSize(40_002);
        assertThat(blocks.get(0)).containsExactly(new Segment(Kind.SAME, "Mở đầu"));
        assertThat(blocks.get(1)).containsExactly(new Segment(Kind.SAME, "đoạn"), new Segment(Kind.REMOVED, "cũ"),
                new Segment(Kind.ADDED, "mới"), new Segment(Kind.SAME, "0"));
        assertThat(blocks.get(40_000)).containsExactly(new Segment(Kind.SAME, "đoạn"),
                new Segment(Kind.REMOVED, "cũ"), new Segment(Kind.ADDED, "mới"), new Segment(Kind.SAME, "39999"));
        assertThat(blocks.get(40_001)).containsExactly(new Segment(Kind.SAME, "Kết luận"));
    }

    /** Changes a few hundred paragraphs apart in a long text are matched exactly, whatever the text's length. */
    @Test
    void aParagraphChangedAndOneInsertedAmongFortyThousandAreTheOnlyBlocksThatDiffer() {
        List<String> before = new java.util.ArrayList<>();
        for (int k = 0; k < 40_000; k++) {
            before.add("đoạn " + k);
        }
        List<String> after = new java.util.ArrayList<>(before);
        after.set(20_000, "đoạn đã sửa");
        after.add(20_500, "đoạn chèn thêm");

        List<List<Segment>> blocks = WordDiff.blocks(before, after);

        assertThat(blocks).hasSize(40_001);
        assertThat(blocks.stream().filter(WordDiff::changed).toList()).containsExactly(
                List.of(new Segment(Kind.SAME, "đoạn"), new Segment(Kind.REMOVED, "20000"),
                        new Segment(Kind.ADDED, "đã sửa")),
                List.of(new Segment(Kind.ADDED, "đoạn chèn thêm")));
    }
}
