package vn.toasoan.admin;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import vn.toasoan.Newsroom;
import vn.toasoan.account.StaffUser;
import vn.toasoan.settings.SiteSettings;

/** What every newsroom page shows around its content: the site, who is logged in, the menu for their role. */
@ControllerAdvice(annotations = Controller.class)
class NewsroomModel {

    private final SiteSettings site;
    private final Clock clock;

    NewsroomModel(SiteSettings site, Clock clock) {
        this.site = site;
        this.clock = clock;
    }

    @ModelAttribute
    void addNewsroom(Model model, HttpServletRequest request) {
        if (request.getRequestURI().startsWith(Newsroom.PATH)) {
            model.addAllAttributes(attributes(request));
        }
    }

    /** Also for pages rendered outside a handler method (the shared error answers). */
    Map<String, Object> attributes(HttpServletRequest request) {
        Map<String, Object> attributes = new HashMap<>();
        attributes.put("site", site.current());
        attributes.put("now", Instant.now(clock));
        attributes.put("currentPath", request.getRequestURI());
        // Templates build their links on it: @{${newsroom} + '/bai-viet'}.
        attributes.put("newsroom", Newsroom.PATH);
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof StaffUser staff) {
            attributes.put("staff", staff.account());
            attributes.put("navigation", NewsroomNavigation.forRole(staff.role()));
        }
        return attributes;
    }
}
