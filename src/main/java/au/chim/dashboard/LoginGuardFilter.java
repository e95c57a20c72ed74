package au.chim.dashboard;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;

/**
 * Puts Hawtio's two ways in, the login form ({@code POST /auth/login}) and HTTP Basic on any path, through
 * {@link Logins}, so the console port is throttled and logged like the API port. Hawtio's own throttle is off: it
 * counts per user name only and so locked the real user out. A request that passes goes on to Hawtio, whose JAAS
 * login then finds the password in the short cache.
 */
final class LoginGuardFilter implements Filter {
    static final String USER_ATTRIBUTE = "monitor.dashboard.user";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_LOGIN_BODY = 8 * 1024;
    private final Logins logins;

    LoginGuardFilter(Logins logins) {
        this.logins = logins;
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest http = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) res;
        String path = http.getServletPath() + (http.getPathInfo() == null ? "" : http.getPathInfo());
        if ("POST".equals(http.getMethod()) && "/auth/login".equals(path)) {
            byte[] body = ReplayedBody.read(http, MAX_LOGIN_BODY);
            JsonNode form = parse(body);
            if (form == null || !form.path("username").isTextual() || !form.path("password").isTextual()) {
                JolokiaGuardFilter.send(response, 400, "send {\"username\": ..., \"password\": ...} as JSON");
                return;
            }
            Logins.Result result = logins.attempt("console port", form.get("username").asText(),
                    form.get("password").asText().toCharArray(), http.getRemoteAddr());
            if (answered(result, response, 403)) {
                return;
            }
            chain.doFilter(new ReplayedBody(http, body), res);
            return;
        }
        Optional<BasicCredentials> basic = BasicCredentials.parse(http.getHeader("Authorization"));
        if (basic.isPresent()) {
            Logins.Result result = logins.attempt("console port", basic.get().user(), basic.get().password(),
                    http.getRemoteAddr());
            if (answered(result, response, 401)) {
                return;
            }
            http.setAttribute(USER_ATTRIBUTE, result.user().orElseThrow());
        }
        chain.doFilter(req, res);
    }

    /** Sends the refusal for a throttled or failed login; false when the login passed. */
    private static boolean answered(Logins.Result result, HttpServletResponse response, int wrongStatus)
            throws IOException {
        if (result.throttled()) {
            response.setHeader("Retry-After", String.valueOf(result.retryAfterSeconds()));
            JolokiaGuardFilter.send(response, 429, "too many failed logins; try again in "
                    + result.retryAfterSeconds() + " s");
            return true;
        }
        if (result.user().isEmpty()) {
            JolokiaGuardFilter.send(response, wrongStatus, "wrong user name or password");
            return true;
        }
        return false;
    }

    private static JsonNode parse(byte[] body) {
        if (body == null) {
            return null;
        }
        try {
            JsonNode n = JSON.readTree(body);
            return n != null && n.isObject() ? n : null;
        } catch (IOException e) {
            return null;
        }
    }
}
