package vn.toasoan.stats;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Marks requests of logged-in users for the page-view filter. The filter runs before Spring Security, whose
 * request wrapper (and so the principal) exists only further down the chain; request attributes travel up.
 */
final class StaffMarker implements HandlerInterceptor {

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (request.getUserPrincipal() != null) {
            request.setAttribute(TrafficRules.STAFF_ATTRIBUTE, Boolean.TRUE);
        }
        return true;
    }
}
