package au.chim.dashboard;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import javax.security.auth.Subject;

/**
 * Makes Hawtio's Jolokia read-only for viewers. Hawtio itself only checks that a user has one of the allowed
 * roles, and its RBAC restrictor needs Karaf, so this filter inspects each Jolokia request instead
 * (rules in {@link JolokiaAccess}). It only ever refuses: login is still Hawtio's job, so filter order does not matter.
 */
final class ViewerReadOnlyFilter implements Filter {
    // Hawtio's login servlet keeps the JAAS Subject in the session under this name.
    private static final String SESSION_SUBJECT = "subject";
    private static final int MAX_BODY = 1024 * 1024;
    private final UserStore store;

    ViewerReadOnlyFilter(UserStore store) {
        this.store = store;
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest http = (HttpServletRequest) req;
        Optional<Boolean> canAct = canAct(http);
        if (canAct.isEmpty() || canAct.get() || "OPTIONS".equals(http.getMethod())) {
            chain.doFilter(req, res);
            return;
        }
        if ("GET".equals(http.getMethod())) {
            if (JolokiaAccess.viewerMayGet(http.getPathInfo(), http.getParameter("p"))) {
                chain.doFilter(req, res);
            } else {
                refuse(res);
            }
            return;
        }
        if (!"POST".equals(http.getMethod())) {
            refuse(res);
            return;
        }
        byte[] body = http.getInputStream().readNBytes(MAX_BODY + 1);
        if (body.length > MAX_BODY || !JolokiaAccess.viewerMayPost(body)) {
            refuse(res);
            return;
        }
        chain.doFilter(new ReplayedBody(http, body), res);
    }

    /** Whether the caller may act: empty when the caller is not (yet) known, which Hawtio then rejects. */
    private Optional<Boolean> canAct(HttpServletRequest http) {
        HttpSession session = http.getSession(false);
        if (session != null && session.getAttribute(SESSION_SUBJECT) instanceof Subject subject) {
            return Optional.of(subject.getPrincipals().stream().anyMatch(p ->
                    p.getClass().getName().equals(RolePrincipal.class.getName())
                            && Role.ADMIN.id().equals(p.getName())));
        }
        return BasicCredentials.parse(http.getHeader("Authorization"))
                .flatMap(c -> store.authenticate(c.user(), c.password()))
                .map(DashboardUser::canAct);
    }

    private static void refuse(ServletResponse res) throws IOException {
        HttpServletResponse http = (HttpServletResponse) res;
        http.setStatus(HttpServletResponse.SC_FORBIDDEN);
        http.setContentType("application/json");
        http.getWriter().write("{\"error\":\"forbidden: this user may only look\",\"status\":403}");
    }

    /** The request with its body, already read for inspection, readable once more for Jolokia. */
    private static final class ReplayedBody extends HttpServletRequestWrapper {
        private final byte[] body;

        ReplayedBody(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    return in.read(b, off, len);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("blocking reads only");
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            String enc = getCharacterEncoding();
            return new BufferedReader(new InputStreamReader(getInputStream(),
                    enc == null ? StandardCharsets.UTF_8 : java.nio.charset.Charset.forName(enc)));
        }
    }
}
