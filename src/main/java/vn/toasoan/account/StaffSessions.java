package vn.toasoan.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

/**
 * Tells a request of logged-in staff from a reader's without running Spring Security, which guards only the
 * newsroom: the visit counter must not count staff, and the page cache must not serve them (or store their
 * pages). Readers never get a session, so for them this is a cookie lookup that finds nothing.
 */
public final class StaffSessions {

    private StaffSessions() {
    }

    public static boolean isStaff(HttpServletRequest request) {
        if (request.getUserPrincipal() != null) {
            return true;
        }
        HttpSession session = request.getSession(false);
        return session != null
                && session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY) != null;
    }
}
