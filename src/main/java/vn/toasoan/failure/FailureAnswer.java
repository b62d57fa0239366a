package vn.toasoan.failure;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.http.HttpStatus;

/**
 * How a failure is answered over HTTP, decided once for the newsroom's pages and the API's JSON alike: the status,
 * the Vietnamese message, the field at fault, and what a client needs to go on (the current version after a
 * conflict, when to try again after a busy database). The presentations only lay it out.
 *
 * @param field the input at fault (400), or {@code null}
 * @param currentVersion the version saved meanwhile (409 after a {@link VersionConflict}), or {@code null}
 * @param retryAfterSeconds the {@code Retry-After} of a 503, or {@code null}
 */
public record FailureAnswer(HttpStatus status, String message, String field, Integer currentVersion,
        String retryAfterSeconds) {

    /** An answer with only a status and a message (and the field, if one is at fault). */
    public FailureAnswer(HttpStatus status, String message, String field) {
        this(status, message, field, null, null);
    }

    /**
     * The answer to a failure of the shared vocabulary: {@link InvalidInput} 400 with its field, {@link NotPermitted}
     * 403, {@link NotFound} 404, {@link VersionConflict} 409 with the current version, and a save that gave up
     * waiting for another ({@link DatabaseBusy}) 503 with {@code Retry-After}, logged once with the request.
     *
     * @param method the request's method, and {@code uri} its path, for the log
     * @throws IllegalArgumentException for any other exception: it is not the user's to be told about
     */
    public static FailureAnswer of(RuntimeException failure, String method, String uri) {
        if (failure instanceof InvalidInput e) {
            return new FailureAnswer(HttpStatus.BAD_REQUEST, e.getMessage(), e.field());
        }
        if (failure instanceof NotPermitted e) {
            return new FailureAnswer(HttpStatus.FORBIDDEN, e.getMessage(), null);
        }
        if (failure instanceof NotFound e) {
            return new FailureAnswer(HttpStatus.NOT_FOUND, e.getMessage(), null);
        }
        if (failure instanceof VersionConflict e) {
            return new FailureAnswer(HttpStatus.CONFLICT, e.getMessage(), null, e.currentVersion(), null);
        }
        if (failure instanceof PessimisticLockingFailureException e) {
            DatabaseBusy.logGaveUp(method, uri, e);
            return new FailureAnswer(HttpStatus.SERVICE_UNAVAILABLE, DatabaseBusy.MESSAGE, null, null,
                    DatabaseBusy.RETRY_AFTER_SECONDS);
        }
        throw new IllegalArgumentException("Not a failure of the shared vocabulary: " + failure, failure);
    }

    /**
     * The answer as a JSON problem, the one shape of every JSON error: {@code {"status": 400, "error": "…",
     * "field": "title"}}; {@code field} and {@code currentVersion} only when known.
     */
    public Map<String, Object> problem() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", status.value());
        body.put("error", message);
        if (field != null) {
            body.put("field", field);
        }
        if (currentVersion != null) {
            body.put("currentVersion", currentVersion);
        }
        return body;
    }
}
