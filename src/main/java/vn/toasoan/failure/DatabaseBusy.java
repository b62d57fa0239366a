package vn.toasoan.failure;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.NestedExceptionUtils;

/**
 * The answer when a save gave up waiting for another one holding the same rows (H2 waits at most its lock timeout;
 * PostgreSQL breaks a deadlock by failing one side): the transaction was rolled back, so nothing changed, and
 * trying again in a moment succeeds. Answered 503 with {@code Retry-After}, not 500: the request was sound.
 */
public final class DatabaseBusy {

    public static final String MESSAGE = "Dữ liệu đang được một thao tác khác lưu nên yêu cầu này chưa thực hiện"
            + " được, chưa có gì thay đổi. Hãy thử lại sau ít giây.";

    public static final String RETRY_AFTER_SECONDS = "5";

    private static final Logger log = LoggerFactory.getLogger(DatabaseBusy.class);

    /** Logs, once, which request gave up and on what: for the newsroom's and the API's answers alike. */
    public static void logGaveUp(String method, String uri, Exception e) {
        log.warn("{} {} gave up waiting for another save: {}", method, uri,
                NestedExceptionUtils.getMostSpecificCause(e).toString());
    }

    private DatabaseBusy() {
    }
}
