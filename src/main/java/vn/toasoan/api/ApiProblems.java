package vn.toasoan.api;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import tools.jackson.databind.json.JsonMapper;

import vn.toasoan.failure.FailureAnswer;

/**
 * The one shape of every admin API error ({@link FailureAnswer#problem()}): {@code {"status": 400, "error": "…",
 * "field": "title"}}, the message in Vietnamese, {@code field} only when one input is at fault. Used by the security
 * filters (which answer before Spring MVC), {@link ApiErrors} and {@link ApiRoutingErrors}.
 */
final class ApiProblems {

    static final String REALM = "Bearer realm=\"toasoan\"";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    static Map<String, Object> body(HttpStatus status, String message, String field) {
        return new FailureAnswer(status, message, field).problem();
    }

    static ResponseEntity<Map<String, Object>> entity(HttpStatus status, String message, String field) {
        return entity(new FailureAnswer(status, message, field));
    }

    /** The answer as JSON, with {@code Retry-After} when it says when to try again. */
    static ResponseEntity<Map<String, Object>> entity(FailureAnswer answer) {
        ResponseEntity.BodyBuilder response = ResponseEntity.status(answer.status())
                .contentType(MediaType.APPLICATION_JSON);
        if (answer.retryAfterSeconds() != null) {
            response.header(HttpHeaders.RETRY_AFTER, answer.retryAfterSeconds());
        }
        return response.body(answer.problem());
    }

    private ApiProblems() {
    }

    /**
     * 401, with the challenge a bearer-token client expects; {@code invalidToken} when a token came and was refused
     * (RFC 6750 names no error when none came).
     */
    static void unauthorized(HttpServletResponse response, String message, boolean invalidToken) throws IOException {
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, invalidToken ? REALM + ", error=\"invalid_token\"" : REALM);
        write(response, HttpStatus.UNAUTHORIZED, message);
    }

    static void write(HttpServletResponse response, HttpStatus status, String message) throws IOException {
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getOutputStream().write(JSON.writeValueAsBytes(body(status, message, null)));
        response.flushBuffer();
    }
}
