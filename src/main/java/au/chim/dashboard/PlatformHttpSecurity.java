package au.chim.dashboard;

import io.vertx.ext.auth.authentication.AuthenticationProvider;
import io.vertx.ext.web.handler.AuthenticationHandler;
import org.apache.camel.CamelContext;
import org.apache.camel.ServiceStatus;
import org.apache.camel.component.platform.http.main.MainHttpServer;
import org.apache.camel.component.platform.http.main.ManagementHttpServer;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServerConfiguration;
import org.apache.camel.component.platform.http.vertx.auth.AuthenticationConfig;
import org.apache.camel.component.platform.http.vertx.auth.AuthenticationConfig.AuthenticationConfigEntry;

/**
 * Puts {@link HttpBasicAuthHandler} on "/*" of camel-main's platform-http servers (the main one for /api and, when
 * it has its own port, the management one for /observe). Vert.x reads this configuration when the server starts,
 * so the call must come after camel-main created the servers and before the CamelContext starts; the handler is
 * then in place before the port opens. Camel's own {@code camel.server.authentication-enabled} stays off: it
 * only knows plain-text password files and no roles.
 */
public final class PlatformHttpSecurity {
    private PlatformHttpSecurity() {
    }

    /** Secures every camel-main HTTP server in the context; returns how many configurations were secured. */
    public static int secure(CamelContext context, Logins logins, AccessPolicy policy, String realm,
            SecuritySettings security) {
        RequestGuardHandler guard = new RequestGuardHandler(security.requestRules(), security.tls().enabled());
        HttpBasicAuthHandler handler = new HttpBasicAuthHandler(logins, policy, realm);
        int secured = 0;
        MainHttpServer main = context.hasService(MainHttpServer.class);
        if (main != null) {
            requireNotStarted(main.getStatus(), "camel.server");
            secure(main.getConfiguration(), guard, handler, security.tls());
            secured++;
        }
        ManagementHttpServer management = context.hasService(ManagementHttpServer.class);
        if (management != null) {
            // On a shared port this configuration is unused (the main server serves both); adding is harmless.
            requireNotStarted(management.getStatus(), "camel.management");
            secure(management.getConfiguration(), guard, handler, security.tls());
            secured++;
        }
        return secured;
    }

    private static void secure(VertxPlatformHttpServerConfiguration configuration, RequestGuardHandler guard,
            HttpBasicAuthHandler handler, SecuritySettings.Tls tls) {
        // Entries run in order: the request rules refuse forged requests before any password is checked.
        add(configuration, guard);
        add(configuration, handler);
        if (tls.enabled()) {
            configuration.setSslContextParameters(TlsContexts.camel(tls));
        }
    }

    private static void requireNotStarted(ServiceStatus status, String what) {
        if (status.isStarted() || status.isStarting()) {
            throw new DashboardConfigException("The " + what + " HTTP server is already running, so it cannot be "
                    + "secured any more; secure it after camel-main configured it and before the context starts");
        }
    }

    private static void add(VertxPlatformHttpServerConfiguration configuration, AuthenticationHandler handler) {
        AuthenticationConfig auth = configuration.getAuthenticationConfig();
        AuthenticationConfigEntry entry = new AuthenticationConfigEntry();
        entry.setPath("/*");
        entry.setAuthenticationProviderFactory(vertx -> null); // the handler checks the UserStore itself
        entry.setAuthenticationHandlerFactory(new AuthenticationConfig.AuthenticationHandlerFactory() {
            @Override
            public <T extends AuthenticationProvider> AuthenticationHandler createAuthenticationHandler(T provider) {
                return handler;
            }
        });
        auth.getEntries().add(entry);
        auth.setEnabled(true);
    }
}
