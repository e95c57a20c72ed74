package au.chim.dashboard;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * First filter of the Hawtio console: security headers on every answer, then {@link RequestRules} (same origin,
 * JSON bodies, no foreign CORS), the same rules as {@link RequestGuardHandler} on the API port.
 */
final class RequestGuardFilter implements Filter {
    private static final Logger LOG = LoggerFactory.getLogger(RequestGuardFilter.class);
    private final RequestRules rules;
    private final boolean tls;

    RequestGuardFilter(RequestRules rules, boolean tls) {
        this.rules = rules;
        this.tls = tls;
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest http = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) res;
        String path = http.getServletPath() + (http.getPathInfo() == null ? "" : http.getPathInfo());
        // Hawtio's hashed script and image files may be cached; every answer with data may not.
        boolean data = !(path.startsWith("/static/") || path.startsWith("/img/"));
        SecurityHeaders.console(data).forEach(response::setHeader);
        if (tls) {
            response.setHeader("Strict-Transport-Security", SecurityHeaders.HSTS);
        }
        RequestRules.Refusal refusal = rules.check(http.getMethod(), http.getScheme(), http.getHeader("Host"),
                http.getHeader("Origin"), http.getHeader("Referer"), http.getContentType(),
                RequestGuardHandler.hasBody(http.getHeader("Content-Length"), http.getHeader("Transfer-Encoding")));
        if (refusal != null) {
            LOG.info("Refused {} {} from {}: {}", http.getMethod(), path, http.getRemoteAddr(), refusal.message());
            JolokiaGuardFilter.send(response, refusal.status(), refusal.message());
            return;
        }
        chain.doFilter(req, res);
    }
}
