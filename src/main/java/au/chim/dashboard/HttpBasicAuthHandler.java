package au.chim.dashboard;

import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.AuthenticationHandler;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * HTTP Basic login plus role check in front of every path of Camel's platform-http (Vert.x) server:
 * 401 without or with wrong credentials, 403 when a viewer tries to act.
 */
public final class HttpBasicAuthHandler implements AuthenticationHandler {
    /** RoutingContext key under which the logged-in {@link DashboardUser} is stored for later handlers. */
    public static final String USER_KEY = "monitor.dashboard.user";
    private static final Logger LOG = LoggerFactory.getLogger(HttpBasicAuthHandler.class);

    private final UserStore store;
    private final AccessPolicy policy;
    private final String realm;

    public HttpBasicAuthHandler(UserStore store, AccessPolicy policy, String realm) {
        this.store = store;
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
            challenge(ctx);
            return;
        }
        BasicCredentials c = credentials.get();
        // PBKDF2 is slow by design: verify off the event loop and hold the body until the answer is known.
        request.pause();
        ctx.vertx().executeBlocking(() -> store.authenticate(c.user(), c.password()), false).onComplete(result -> {
            request.resume();
            Optional<DashboardUser> user = result.succeeded() ? result.result() : Optional.empty();
            if (user.isEmpty()) {
                LOG.info("Rejected HTTP login on {} {}", method, path);
                challenge(ctx);
            } else if (!policy.allows(user.get(), method, path, request.getParam("p"))) {
                LOG.info("Refused {} {} for read-only user {}", method, path, user.get().name());
                end(ctx, 403, "forbidden: this user may only look");
            } else {
                ctx.put(USER_KEY, user.get());
                ctx.next();
            }
        });
    }

    private void challenge(RoutingContext ctx) {
        ctx.response().putHeader("WWW-Authenticate", "Basic realm=\"" + realm + "\"");
        end(ctx, 401, "login required");
    }

    private static void end(RoutingContext ctx, int status, String message) {
        if (!ctx.response().ended()) {
            ctx.response().setStatusCode(status).putHeader("Content-Type", "application/json")
                    .end("{\"error\":\"" + message + "\"}");
        }
    }
}
