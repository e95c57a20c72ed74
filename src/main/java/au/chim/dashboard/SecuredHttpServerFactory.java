package au.chim.dashboard;

import org.apache.camel.CamelContext;
import org.apache.camel.Service;
import org.apache.camel.component.platform.http.main.DefaultMainHttpServerFactory;
import org.apache.camel.component.platform.http.main.MainHttpServer;
import org.apache.camel.component.platform.http.main.ManagementHttpServer;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServerConfiguration;
import org.apache.camel.component.platform.http.vertx.auth.AuthenticationConfig;
import org.apache.camel.component.platform.http.vertx.auth.AuthenticationConfig.AuthenticationConfigEntry;
import org.apache.camel.main.HttpManagementServerConfigurationProperties;
import org.apache.camel.main.HttpServerConfigurationProperties;

/**
 * Camel-main's HTTP server factory, plus {@link HttpBasicAuthHandler} on "/*" of the main and management servers.
 * camel-main picks a {@code MainHttpServerFactory} bean from the registry, so binding this one before start is
 * the whole wiring; the handler is then in place before the port opens. Camel's own
 * {@code camel.server.authentication-enabled} must stay off: it only knows plain-text property files.
 */
public final class SecuredHttpServerFactory extends DefaultMainHttpServerFactory {
    private final UserStore store;
    private final AccessPolicy policy;
    private final String realm;

    public SecuredHttpServerFactory(UserStore store, AccessPolicy policy, String realm) {
        this.store = store;
        this.policy = policy;
        this.realm = realm;
    }

    @Override
    public Service newHttpServer(CamelContext camelContext, HttpServerConfigurationProperties configuration) {
        Service server = super.newHttpServer(camelContext, configuration);
        secure(((MainHttpServer) server).getConfiguration());
        return server;
    }

    @Override
    public Service newHttpManagementServer(CamelContext camelContext,
            HttpManagementServerConfigurationProperties configuration) {
        // On a shared port the management server reuses the main server (already secured); on its own port it
        // builds a second Vert.x server from this configuration.
        Service server = super.newHttpManagementServer(camelContext, configuration);
        secure(((ManagementHttpServer) server).getConfiguration());
        return server;
    }

    private void secure(VertxPlatformHttpServerConfiguration configuration) {
        AuthenticationConfig auth = configuration.getAuthenticationConfig();
        AuthenticationConfigEntry entry = new AuthenticationConfigEntry();
        entry.setPath("/*");
        HttpBasicAuthHandler handler = new HttpBasicAuthHandler(store, policy, realm);
        entry.setAuthenticationProviderFactory(vertx -> null);
        entry.setAuthenticationHandlerFactory(new AuthenticationConfig.AuthenticationHandlerFactory() {
            @Override
            public <T extends io.vertx.ext.auth.authentication.AuthenticationProvider>
                    io.vertx.ext.web.handler.AuthenticationHandler createAuthenticationHandler(T provider) {
                return handler;
            }
        });
        auth.getEntries().add(entry);
        auth.setEnabled(true);
    }
}
