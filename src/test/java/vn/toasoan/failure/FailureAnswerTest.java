package vn.toasoan.failure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.http.HttpStatus;

class FailureAnswerTest {

    private static FailureAnswer answer(RuntimeException failure) {
        return FailureAnswer.of(failure, "POST", "/quan-tri/bai-viet/7");
    }

    @Test
    void eachFailureHasItsStatusAndMessage() {
        assertThat(answer(new InvalidInput("title", "Nhập tiêu đề."))).isEqualTo(
                new FailureAnswer(HttpStatus.BAD_REQUEST, "Nhập tiêu đề.", "title", null, null));
        assertThat(answer(new NotPermitted("Chỉ quản trị viên được quản lý tài khoản."))).isEqualTo(
                new FailureAnswer(HttpStatus.FORBIDDEN, "Chỉ quản trị viên được quản lý tài khoản.", null));
        assertThat(answer(new NotFound("Không tìm thấy văn bản 9"))).isEqualTo(
                new FailureAnswer(HttpStatus.NOT_FOUND, "Không tìm thấy văn bản 9", null));
        assertThat(answer(new VersionConflict("Bài đã được sửa bởi Lan.", 4))).isEqualTo(
                new FailureAnswer(HttpStatus.CONFLICT, "Bài đã được sửa bởi Lan.", null, 4, null));
        assertThat(answer(new PessimisticLockingFailureException("Timeout trying to lock table"))).isEqualTo(
                new FailureAnswer(HttpStatus.SERVICE_UNAVAILABLE, DatabaseBusy.MESSAGE, null, null, "5"));
    }

    @Test
    void subclassesAnswerAsTheirFailure() {
        InvalidInput rejected = new InvalidInput("file", "Tệp rỗng") { };
        assertThat(answer(rejected).status()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(answer(rejected).field()).isEqualTo("file");
    }

    @Test
    void theProblemHasStatusErrorAndOnlyTheKnownExtras() {
        assertThat(answer(new InvalidInput("title", "Nhập tiêu đề.")).problem())
                .containsExactly(entry("status", 400), entry("error", "Nhập tiêu đề."), entry("field", "title"));
        assertThat(answer(new VersionConflict("Đã sửa.", 2)).problem())
                .containsExactly(entry("status", 409), entry("error", "Đã sửa."), entry("currentVersion", 2));
        assertThat(answer(new NotFound("Không có.")).problem())
                .containsExactly(entry("status", 404), entry("error", "Không có."));
    }

    @Test
    void anythingElseIsNotTheUsersToBeToldAbout() {
        assertThatThrownBy(() -> answer(new IllegalStateException("bug")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static Map.Entry<String, Object> entry(String key, Object value) {
        return Map.entry(key, value);
    }
}
