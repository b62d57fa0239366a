package vn.toasoan.api;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

import vn.toasoan.FilterOrder;

/**
 * What Spring MVC refuses before an admin API endpoint is even chosen — an address or method the API does not
 * have, a body that is not JSON, an upload over the size limit — answered as JSON under {@code /api/v1/admin}.
 * Elsewhere the exception goes on to Spring's usual handling (rethrowing it here is how to say so).
 */
@RestControllerAdvice
@Order(FilterOrder.API_ROUTING_ERRORS)
class ApiRoutingErrors {

    @ExceptionHandler(NoResourceFoundException.class)
    ResponseEntity<Map<String, Object>> noSuchAddress(NoResourceFoundException e, HttpServletRequest request)
            throws NoResourceFoundException {
        requireApi(e, request);
        return ApiProblems.entity(HttpStatus.NOT_FOUND, "API không có địa chỉ " + request.getRequestURI()
                + ". Xem mô tả API: /api/v1/openapi.json.", null);
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<Map<String, Object>> wrongMethod(HttpRequestMethodNotSupportedException e,
            HttpServletRequest request) throws HttpRequestMethodNotSupportedException {
        requireApi(e, request);
        return ResponseEntity.status(HttpStatus.METHOD_NOT_ALLOWED).headers(e.getHeaders())
                .body(ApiProblems.body(HttpStatus.METHOD_NOT_ALLOWED, "Địa chỉ này không nhận phương thức "
                        + e.getMethod() + ".", null));
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<Map<String, Object>> notJson(HttpMediaTypeNotSupportedException e, HttpServletRequest request)
            throws HttpMediaTypeNotSupportedException {
        requireApi(e, request);
        return ApiProblems.entity(HttpStatus.UNSUPPORTED_MEDIA_TYPE, request.getRequestURI().endsWith("/media")
                ? "Gửi tệp dưới dạng multipart/form-data." : "Gửi nội dung JSON với Content-Type: application/json.",
                null);
    }

    @ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
    ResponseEntity<Map<String, Object>> notAcceptable(HttpMediaTypeNotAcceptableException e,
            HttpServletRequest request) throws HttpMediaTypeNotAcceptableException {
        requireApi(e, request);
        // The answer is JSON whatever was asked for: say so in JSON, since nothing else is on offer.
        return ApiProblems.entity(HttpStatus.NOT_ACCEPTABLE, "API chỉ trả lời JSON (Accept: application/json).",
                null);
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<Map<String, Object>> tooLarge(MaxUploadSizeExceededException e, HttpServletRequest request)
            throws MaxUploadSizeExceededException {
        requireApi(e, request);
        return ApiProblems.entity(HttpStatus.CONTENT_TOO_LARGE, "Tệp quá lớn so với giới hạn tải lên của máy chủ.",
                "file");
    }

    @ExceptionHandler(MultipartException.class)
    ResponseEntity<Map<String, Object>> brokenUpload(MultipartException e, HttpServletRequest request)
            throws MultipartException {
        requireApi(e, request);
        return ApiProblems.entity(HttpStatus.BAD_REQUEST, "Không đọc được nội dung multipart/form-data đã gửi.",
                "file");
    }

    private static <E extends Exception> void requireApi(E e, HttpServletRequest request) throws E {
        if (!request.getRequestURI().startsWith(ApiSecurityConfiguration.ADMIN_API + "/")) {
            throw e;
        }
    }
}
