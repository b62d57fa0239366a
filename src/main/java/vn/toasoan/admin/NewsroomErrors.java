package vn.toasoan.admin;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

import vn.toasoan.Api;
import vn.toasoan.failure.FailureAnswer;
import vn.toasoan.failure.InvalidInput;
import vn.toasoan.failure.NotFound;
import vn.toasoan.failure.NotPermitted;
import vn.toasoan.failure.VersionConflict;

/**
 * The shared answers to a command that failed and that its page did not handle itself: JSON for the API, a
 * newsroom page otherwise, as {@link FailureAnswer} maps them. Expected failures are the user's, not the system's:
 * they are not logged as errors (a save that waited too long for another is logged once, as a warning).
 */
@ControllerAdvice
class NewsroomErrors {

    private final NewsroomModel model;

    NewsroomErrors(NewsroomModel model) {
        this.model = model;
    }

    /** The shared failures, as {@link FailureAnswer} decides. */
    @ExceptionHandler({InvalidInput.class, NotPermitted.class, NotFound.class, VersionConflict.class,
        PessimisticLockingFailureException.class})
    Object failed(RuntimeException e, HttpServletRequest request, HttpServletResponse response) {
        FailureAnswer answer = FailureAnswer.of(e, request.getMethod(), request.getRequestURI());
        if (answer.retryAfterSeconds() != null) {
            response.setHeader(HttpHeaders.RETRY_AFTER, answer.retryAfterSeconds());
        }
        if (Api.isApi(request.getRequestURI())) {
            return ResponseEntity.status(answer.status()).contentType(MediaType.APPLICATION_JSON)
                    .body(answer.problem());
        }
        ModelAndView page = new ModelAndView("admin/failed", model.attributes(request), answer.status());
        page.addObject("status", answer.status().value());
        page.addObject("message", answer.message());
        return page;
    }
}
