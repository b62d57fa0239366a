package vn.toasoan.admin;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import vn.toasoan.account.Account;
import vn.toasoan.account.Accounts;
import vn.toasoan.account.StaffUser;

/**
 * Keeps a session in step with its account: a member of staff disabled (or removed) by an administrator is logged
 * out on their next request, and a changed role applies at once, not at the next login. One primary-key read per
 * newsroom request.
 */
class CurrentStaffFilter extends OncePerRequestFilter {

    private final Accounts accounts;

    CurrentStaffFilter(Accounts accounts) {
        this.accounts = accounts;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        SecurityContext context = SecurityContextHolder.getContext();
        Authentication authentication = context.getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof StaffUser staff) {
            Optional<Account> current = accounts.find(staff.id()).filter(Account::enabled);
            if (current.isEmpty()) {
                SecurityContextHolder.clearContext();
                HttpSession session = request.getSession(false);
                if (session != null) {
                    session.invalidate();
                }
            } else if (!current.get().equals(staff.account())) {
                StaffUser fresh = new StaffUser(current.get());
                context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(fresh, null,
                        fresh.getAuthorities()));
            }
        }
        chain.doFilter(request, response);
    }
}
