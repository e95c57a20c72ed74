package au.chim.dashboard;

import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.AuthenticationHandler;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * HTTP Basic login plus role check in front of every path of Camel's platform-http (Vert.x) server:
 * 401 without or with wrong credentials, 429 with Retry-After while {@link Logins} throttles the user or address,
 * 403 when a viewer tries to act or anyone tries to act through Camel's Jolokia.
 */
public final class HttpBasicAuthHandler implements AuthenticationHandler {
    /** RoutingContext key under which the logged-in {@link DashboardUser} is stored for later handlers. */
    public static final String USER_KEY = "monitor.dashboard.user";
    private static final Logger LOG = LoggerFactory.getLogger(HttpBasicAuthHandler.class);

    private final Logins logins;
    private final AccessPolicy policy;
    private final String realm;

    public HttpBasicAuthHandler(Logins logins, AccessPolicy policy, String realm) {
        this.logins = logins;
        this.policy = policy;
        this.realm = realm.replace("\"", "");
    }

    @Override
    public void handle(RoutingContext ctx) {
        HttpServerRequest request = ctx.request();
        String method = request.method().name();
        String path = ctx.normalizedPath();
        if (policy.isOpen(method, path)) {
            ctx.next();
            return;
        }
        Optional<BasicCredentials> credentials = BasicCredentials.parse(request.getHeader("Authorization"));
        if (credentials.isEmpty()) {
            challenge(ctx, "login required");
            return;
        }
        BasicCredentials c = credentials.get();
        String address = request.remoteAddress() == null ? "unknown" : request.remoteAddress().host();
        // PBKDF2 is slow by design: verify off the event loop and hold the body until the answer is known.
        request.pause();
        ctx.vertx().executeBlocking(() -> logins.attempt("api port", c.user(), c.password(), address), false)
                .onComplete(done -> {
                    request.resume();
                    if (done.failed()) {
                        challenge(ctx, "login required");
                        return;
                    }
                    Logins.Result result = done.result();
                    if (result.throttled()) {
                        ctx.response().putHeader("Retry-After", String.valueOf(result.retryAfterSeconds()));
                        end(ctx, 429, "too many failed logins; try again in " + result.retryAfterSeconds() + " s");
                        return;
                    }
                    if (result.user().isEmpty()) {
                        challenge(ctx, "wrong user name or password");
                        return;
                    }
                    DashboardUser user = result.user().get();
                    String refusal = policy.refusal(user, method, path, request.getParam("p"));
                    if (refusal != null) {
                        LOG.info("Refused {} {} for {}: {}", method, path, user.name(), refusal);
                        end(ctx, 403, refusal);
                    } else {
                        ctx.put(USER_KEY, user);
                        ctx.next();
                    }
                });
    }

    private void challenge(RoutingContext ctx, String message) {
        ctx.response().putHeader("WWW-Authenticate", "Basic realm=\"" + realm + "\"");
        end(ctx, 401, message);
    }

    private static void end(RoutingContext ctx, int status, String message) {
        if (!ctx.response().ended()) {
            ctx.response().setStatusCode(status).putHeader("Content-Type", "application/json")
                    .end(JsonErrors.body(status, message));
        }
    }
}
