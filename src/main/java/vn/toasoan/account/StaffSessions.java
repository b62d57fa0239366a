package vn.toasoan.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;

/**
 * The sessions of logged-in staff. Tells a request of staff from a reader's without running Spring Security,
 * which guards only the newsroom: the visit counter must not count staff, and the page cache must not serve them
 * (or store their pages). Readers never get a session, so for them this is a cookie lookup that finds nothing.
 */
public final class StaffSessions {

    private static final SecurityContextRepository CONTEXTS = new HttpSessionSecurityContextRepository();

    private StaffSessions() {
    }

    /**
     * Makes {@code staff} the principal of the request's session from this request on: after a change of the
     * account that must show at once (a new role), or that this very session made (its own new password).
     */
    public static void hold(StaffUser staff, HttpServletRequest request, HttpServletResponse response) {
        SecurityContextHolderStrategy holder = SecurityContextHolder.getContextHolderStrategy();
        SecurityContext context = holder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(staff, null,
                staff.getAuthorities()));
        holder.setContext(context);
        // Saved explicitly: Spring Security no longer writes a changed context back to the session by itself.
        CONTEXTS.saveContext(context, request, response);
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
