package vn.toasoan.admin;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.WebAttributes;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/** The newsroom's own pages: logging in and the page shown when a role does not allow something. */
@Controller
class NewsroomController {

    @GetMapping(SecurityConfiguration.LOGIN)
    String loginForm(HttpServletRequest request, Model model) {
        HttpSession session = request.getSession(false);
        if (request.getParameter("loi") != null && session != null
                && session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION) instanceof AuthenticationException e) {
            model.addAttribute("loginError", e.getMessage());
        } else if (request.getParameter("loi") != null) {
            model.addAttribute("loginError", "Đăng nhập không thành công. Vui lòng thử lại.");
        }
        model.addAttribute("loggedOut", request.getParameter("da-dang-xuat") != null);
        return "admin/login";
    }

    @RequestMapping(SecurityConfiguration.DENIED)
    String denied(HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        return "admin/denied";
    }
}
