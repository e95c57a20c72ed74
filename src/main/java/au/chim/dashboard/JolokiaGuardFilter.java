package au.chim.dashboard;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Optional;
import javax.security.auth.Subject;

/**
 * Applies {@link JolokiaAccess} to Hawtio's Jolokia per person: Hawtio itself only checks that a user has one of
 * the allowed roles, and its RBAC restrictor needs Karaf. GET may only read; a POST body is read, judged and
 * replayed. It only ever refuses: the login itself stays with Hawtio (and {@link LoginGuardFilter}).
 */
final class JolokiaGuardFilter implements Filter {
    // Hawtio's login servlet keeps the JAAS Subject in the session under this name.
    private static final String SESSION_SUBJECT = "subject";
    private static final int MAX_BODY = 1024 * 1024;
    private final JolokiaAccess access;

    JolokiaGuardFilter(JolokiaAccess access) {
        this.access = access;
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest http = (HttpServletRequest) req;
        Optional<Boolean> canAct = canAct(http);
        if (canAct.isEmpty() || "OPTIONS".equals(http.getMethod())) {
            chain.doFilter(req, res);
            return;
        }
        if ("GET".equals(http.getMethod())) {
            if (JolokiaAccess.getOnlyReads(http.getPathInfo(), http.getParameter("p"))) {
                chain.doFilter(req, res);
            } else {
                refuse(res, canAct.get() ? "Jolokia GET may only read; send operations as a JSON POST"
                        : JolokiaAccess.READ_ONLY);
            }
            return;
        }
        if (!"POST".equals(http.getMethod())) {
            refuse(res, canAct.get() ? "Jolokia takes GET and POST only" : JolokiaAccess.READ_ONLY);
            return;
        }
        byte[] body = ReplayedBody.read(http, MAX_BODY);
        String refusal = body == null ? "the Jolokia request is larger than 1 MB" : access.refusePost(canAct.get(), body);
        if (refusal != null) {
            refuse(res, refusal);
            return;
        }
        chain.doFilter(new ReplayedBody(http, body), res);
    }

    /** Whether the caller may act: empty when the caller is not (yet) known, which Hawtio then rejects. */
    private static Optional<Boolean> canAct(HttpServletRequest http) {
        if (http.getAttribute(LoginGuardFilter.USER_ATTRIBUTE) instanceof DashboardUser user) {
            return Optional.of(user.canAct());
        }
        HttpSession session = http.getSession(false);
        if (session != null && session.getAttribute(SESSION_SUBJECT) instanceof Subject subject) {
            return Optional.of(subject.getPrincipals().stream().anyMatch(p ->
                    p.getClass().getName().equals(RolePrincipal.class.getName())
                            && Role.ADMIN.id().equals(p.getName())));
        }
        return Optional.empty();
    }

    static void refuse(ServletResponse res, String message) throws IOException {
        send((HttpServletResponse) res, HttpServletResponse.SC_FORBIDDEN, message);
    }

    static void send(HttpServletResponse res, int status, String message) throws IOException {
        res.setStatus(status);
        res.setContentType("application/json");
        res.getWriter().write(JsonErrors.body(status, message));
    }
}
