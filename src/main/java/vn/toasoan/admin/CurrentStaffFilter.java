package vn.toasoan.admin;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import vn.toasoan.account.Accounts;
import vn.toasoan.account.StaffSessions;
import vn.toasoan.account.StaffUser;

/**
 * Keeps a session in step with its account: a member of staff disabled (or removed) by an administrator, or whose
 * password was changed or reset since the session logged in, is logged out on their next request; a changed role
 * applies at once, not at the next login. One primary-key read per newsroom request.
 */
class CurrentStaffFilter extends OncePerRequestFilter {

    private final Accounts accounts;

    CurrentStaffFilter(Accounts accounts) {
        this.accounts = accounts;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof StaffUser staff) {
            Optional<StaffUser> current = accounts.staffUser(staff.id()).filter(StaffUser::isEnabled)
                    .filter(now -> now.sameCredentialsAs(staff));
            if (current.isEmpty()) {
                SecurityContextHolder.clearContext();
                HttpSession session = request.getSession(false);
                if (session != null) {
                    session.invalidate();
                }
            } else if (!current.get().account().equals(staff.account())) {
                StaffSessions.hold(current.get(), request, response);
            }
        }
        chain.doFilter(request, response);
    }
}
