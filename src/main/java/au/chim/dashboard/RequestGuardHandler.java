package au.chim.dashboard;

import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.AuthenticationHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * First handler on every path of Camel's platform-http server: security headers on every answer, then
 * {@link RequestRules} (same origin, JSON bodies, no foreign CORS) before the login is even looked at, so a
 * forged request is refused before any work is done.
 */
public final class RequestGuardHandler implements AuthenticationHandler {
    private static final Logger LOG = LoggerFactory.getLogger(RequestGuardHandler.class);
    private final RequestRules rules;
    private final boolean tls;

    public RequestGuardHandler(RequestRules rules, boolean tls) {
        this.rules = rules;
        this.tls = tls;
    }

    @Override
    public void handle(RoutingContext ctx) {
        // The signed-link pages are their own guard: a signature bound to one issue, action and recipient, and a
        // form token bound to the link; they send their own headers (a form-action of 'self' that the API's 'none' forbids).
        if (ctx.normalizedPath().startsWith(AccessPolicy.SIGNED_LINKS)) {
            ctx.next();
            return;
        }
        HttpServerRequest request = ctx.request();
        ctx.addHeadersEndHandler(v -> {
            SecurityHeaders.api().forEach((k, value) -> ctx.response().headers().set(k, value));
            if (tls) {
                ctx.response().headers().set("Strict-Transport-Security", SecurityHeaders.HSTS);
            }
        });
        RequestRules.Refusal refusal = rules.check(request.method().name(), request.scheme(), host(request),
                request.getHeader("Origin"), request.getHeader("Referer"), request.getHeader("Content-Type"),
                hasBody(request.getHeader("Content-Length"), request.getHeader("Transfer-Encoding")));
        if (refusal != null) {
            LOG.info("Refused {} {} from {}: {}", request.method(), ctx.normalizedPath(),
                    request.remoteAddress() == null ? "?" : request.remoteAddress().host(), refusal.message());
            ctx.response().setStatusCode(refusal.status()).putHeader("Content-Type", "application/json")
                    .end(JsonErrors.body(refusal.status(), refusal.message()));
            return;
        }
        ctx.next();
    }

    /** The Host header (HTTP/1.1), else HTTP/2's :authority. */
    private static String host(HttpServerRequest request) {
        String host = request.getHeader("Host");
        if (host == null && request.authority() != null) {
            int port = request.authority().port();
            host = request.authority().host() + (port > 0 ? ":" + port : "");
        }
        return host;
    }

    static boolean hasBody(String contentLength, String transferEncoding) {
        if (transferEncoding != null) {
            return true;
        }
        try {
            return contentLength != null && Long.parseLong(contentLength.strip()) > 0;
        } catch (NumberFormatException e) {
            return true;
        }
    }
}
