package vn.toasoan.failure;

/**
 * The answer when a save gave up waiting for another one holding the same rows (H2 waits at most its lock timeout;
 * PostgreSQL breaks a deadlock by failing one side): the transaction was rolled back, so nothing changed, and
 * trying again in a moment succeeds. Answered 503 with {@code Retry-After}, not 500: the request was sound.
 */
public final class DatabaseBusy {

    public static final String MESSAGE = "Dữ liệu đang được một thao tác khác lưu nên yêu cầu này chưa thực hiện"
            + " được, chưa có gì thay đổi. Hãy thử lại sau ít giây.";

    public static final String RETRY_AFTER_SECONDS = "5";

    private DatabaseBusy() {
    }
}
