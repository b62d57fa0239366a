package vn.toasoan.admin;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

import vn.toasoan.failure.DatabaseBusy;
import vn.toasoan.failure.InvalidInput;
import vn.toasoan.failure.NotFound;
import vn.toasoan.failure.NotPermitted;
import vn.toasoan.failure.VersionConflict;

/**
 * The shared answers to a command that failed and that its page did not handle itself: JSON for the API, a
 * newsroom page otherwise. Expected failures are the user's, not the system's: they are not logged as errors (a
 * save that waited too long for another is logged once, as a warning).
 */
@ControllerAdvice
class NewsroomErrors {

    private final NewsroomModel model;

    NewsroomErrors(NewsroomModel model) {
        this.model = model;
    }

    @ExceptionHandler(NotPermitted.class)
    Object notPermitted(NotPermitted e, HttpServletRequest request) {
        return answer(request, HttpStatus.FORBIDDEN, e.getMessage(), null);
    }

    @ExceptionHandler(NotFound.class)
    Object notFound(NotFound e, HttpServletRequest request) {
        return answer(request, HttpStatus.NOT_FOUND, e.getMessage(), null);
    }

    @ExceptionHandler(InvalidInput.class)
    Object invalid(InvalidInput e, HttpServletRequest request) {
        return answer(request, HttpStatus.BAD_REQUEST, e.getMessage(), e.field());
    }

    @ExceptionHandler(VersionConflict.class)
    Object conflict(VersionConflict e, HttpServletRequest request) {
        return answer(request, HttpStatus.CONFLICT, e.getMessage(), null);
    }

    @ExceptionHandler(PessimisticLockingFailureException.class)
    Object busy(PessimisticLockingFailureException e, HttpServletRequest request, HttpServletResponse response) {
        DatabaseBusy.logGaveUp(request.getMethod(), request.getRequestURI(), e);
        response.setHeader(HttpHeaders.RETRY_AFTER, DatabaseBusy.RETRY_AFTER_SECONDS);
        return answer(request, HttpStatus.SERVICE_UNAVAILABLE, DatabaseBusy.MESSAGE, null);
    }

    private Object answer(HttpServletRequest request, HttpStatus status, String message, String field) {
        if (request.getRequestURI().startsWith("/api/")) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("status", status.value());
            body.put("error", message);
            if (field != null) {
                body.put("field", field);
            }
            return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(body);
        }
        ModelAndView page = new ModelAndView("admin/failed", model.attributes(request), status);
        page.addObject("status", status.value());
        page.addObject("message", message);
        return page;
    }
}
