package vn.toasoan.site;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.RequestMapping;

/** Vietnamese error pages in the site layout; no stack trace or exception text ever reaches the reader. */
@Controller
class SiteErrorController implements ErrorController {

    private final DataSize maxUpload;

    SiteErrorController(@Value("${spring.servlet.multipart.max-request-size}") DataSize maxUpload) {
        this.maxUpload = maxUpload;
    }

    @RequestMapping("/error")
    String showError(HttpServletRequest request, HttpServletResponse response, Model model) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer value ? value : HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
        response.setStatus(status);
        response.setHeader("Cache-Control", "no-store");
        model.addAttribute("status", status);
        model.addAttribute("maxUploadBytes", maxUpload.toBytes());
        return status == HttpServletResponse.SC_NOT_FOUND ? "error/404" : "error/error";
    }
}
