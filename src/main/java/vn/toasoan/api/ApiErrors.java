package vn.toasoan.api;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;

import vn.toasoan.FilterOrder;
import vn.toasoan.failure.FailureAnswer;
import vn.toasoan.failure.InvalidInput;
import vn.toasoan.failure.NotFound;
import vn.toasoan.failure.NotPermitted;
import vn.toasoan.failure.VersionConflict;

/**
 * Every failure of an admin API endpoint as JSON ({@link ApiProblems}), including what Spring MVC itself refuses
 * (malformed JSON, a parameter of the wrong type, a missing file), so a client never gets an HTML page or an
 * empty answer. A 409 also says which version is current. Anything unexpected is logged and answered 500 in the
 * same shape, without its details.
 */
@RestControllerAdvice(assignableTypes = {ArticleApiController.class, CategoryApiController.class,
    DocumentApiController.class, MediaApiController.class})
@Order(FilterOrder.API_ERRORS)
class ApiErrors {

    private static final Logger log = LoggerFactory.getLogger(ApiErrors.class);

    /** The shared failures, as {@link FailureAnswer} decides. */
    @ExceptionHandler({InvalidInput.class, NotPermitted.class, NotFound.class, VersionConflict.class,
        PessimisticLockingFailureException.class})
    ResponseEntity<Map<String, Object>> failed(RuntimeException e, HttpServletRequest request) {
        return ApiProblems.entity(FailureAnswer.of(e, request.getMethod(), request.getRequestURI()));
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<Map<String, Object>> unreadable(HttpMessageNotReadableException e) {
        if (e.getCause() instanceof JacksonException json) {
            TokenStreamLocation at = json.getLocation();
            String where = at == null || at.getLineNr() < 1 ? ""
                    : " (dòng " + at.getLineNr() + ", cột " + at.getColumnNr() + ")";
            return ApiProblems.entity(HttpStatus.BAD_REQUEST, "Nội dung gửi lên không phải JSON hợp lệ" + where
                    + ".", null);
        }
        return ApiProblems.entity(HttpStatus.BAD_REQUEST, "Thiếu nội dung JSON của yêu cầu.", null);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<Map<String, Object>> wrongType(MethodArgumentTypeMismatchException e) {
        return ApiProblems.entity(HttpStatus.BAD_REQUEST, "„" + e.getName() + "” phải là số nguyên.", e.getName());
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<Map<String, Object>> missingParameter(MissingServletRequestParameterException e) {
        return ApiProblems.entity(HttpStatus.BAD_REQUEST, "Thiếu tham số „" + e.getParameterName() + "”.",
                e.getParameterName());
    }

    @ExceptionHandler(MissingServletRequestPartException.class)
    ResponseEntity<Map<String, Object>> missingPart(MissingServletRequestPartException e) {
        return ApiProblems.entity(HttpStatus.BAD_REQUEST, "Thiếu phần „" + e.getRequestPartName()
                + "” của biểu mẫu multipart/form-data.", e.getRequestPartName());
    }

    @ExceptionHandler(MultipartException.class)
    ResponseEntity<Map<String, Object>> notMultipart(MultipartException e) {
        return ApiProblems.entity(HttpStatus.BAD_REQUEST,
                "Gửi tệp dưới dạng multipart/form-data, tệp trong phần „file”.", "file");
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Map<String, Object>> unexpected(Exception e) {
        log.error("Admin API request failed", e);
        return ApiProblems.entity(HttpStatus.INTERNAL_SERVER_ERROR,
                "Lỗi máy chủ: yêu cầu không thực hiện được. Nếu lỗi lặp lại, hãy báo quản trị viên.", null);
    }
}
