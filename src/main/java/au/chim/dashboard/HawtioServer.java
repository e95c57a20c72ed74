package au.chim.dashboard;

import jakarta.servlet.DispatcherType;
import java.io.IOException;
import java.nio.file.Files;
import java.util.EnumSet;
import org.apache.camel.Service;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.ee10.servlet.FilterMapping;
import org.eclipse.jetty.ee10.webapp.WebAppContext;
import au.chim.dashboard.workview.WorkViewPlugin;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.handler.ContextHandlerCollection;
import org.eclipse.jetty.util.resource.ResourceFactory;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.ClassMatcher;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Hawtio console in an embedded Jetty, behind a login against the {@link UserStore}. A Camel
 * {@link Service}: add it to the CamelContext and it starts and stops with it.
 */
public final class HawtioServer implements Service {
    /** Role principal class Hawtio looks for; matched by name, so the webapp need not see the class. */
    static final String ROLE_PRINCIPAL_CLASS = RolePrincipal.class.getName();
    private static final Logger LOG = LoggerFactory.getLogger(HawtioServer.class);

    private final HawtioSettings settings;
    private final Logins logins;
    private final SecuritySettings security;
    private final WorkViewPlugin workView;
    private Server server;

    public HawtioServer(HawtioSettings settings, Logins logins, SecuritySettings security) {
        this(settings, logins, security, null);
    }

    /** With {@code workView}, the console also serves the Integration issues plugin and its API bridge. */
    public HawtioServer(HawtioSettings settings, Logins logins, SecuritySettings security, WorkViewPlugin workView) {
        this.settings = settings;
        this.logins = logins;
        this.security = security;
        this.workView = workView;
    }

    @Override
    public synchronized void start() {
        if (server != null) {
            return;
        }
        if (!Files.isRegularFile(settings.war()) && !Files.isDirectory(settings.war())) {
            throw new DashboardConfigException("Hawtio war (file or unpacked folder) not found at " + settings.war()
                    + " (monitor.dashboard.war; `mvn generate-resources` puts it in target/hawtio/)");
        }
        configureHawtio();
        Server s = new Server(new QueuedThreadPool(24, 4));
        ServerConnector connector = security.tls().enabled()
                ? new ServerConnector(s, TlsContexts.jetty(security.tls())) : new ServerConnector(s);
        connector.setHost(settings.host());
        connector.setPort(settings.port());
        s.addConnector(connector);
        s.setHandler(handlers(s));
        try {
            s.start();
        } catch (Exception e) {
            stopQuietly(s);
            throw new DashboardConfigException("Hawtio did not start on " + settings.host() + ":" + settings.port()
                    + ": " + e.getMessage(), e);
        }
        server = s;
        if (workView != null) {
            workView.register();
        }
        LOG.info("Hawtio console on {}/", url());
    }

    /** Hawtio reads these system properties while its servlets initialise, so they are set before start. */
    private void configureHawtio() {
        DashboardJaasConfiguration.install(settings.realm(), logins.store());
        System.setProperty("hawtio.authenticationEnabled", "true");
        System.setProperty("hawtio.realm", settings.realm());
        System.setProperty("hawtio.roles", Role.ADMIN.id() + "," + Role.VIEWER.id());
        System.setProperty("hawtio.rolePrincipalClasses", ROLE_PRINCIPAL_CLASS);
        // The Connect-to-remote proxy would let any logged-in user make this host call other hosts.
        System.setProperty("hawtio.disableProxy", "true");
        System.setProperty("hawtio.localAddressProbing", "false");
        // Hawtio's throttle counts per user name only, so a guesser locked the real user out; LoginGuardFilter
        // throttles per user and address instead.
        System.setProperty("hawtio.authenticationThrottled", "false");
        // No CORS headers from Hawtio; Jolokia only ever sees this server's origin (RequestGuardFilter).
        System.setProperty("hawtio.http.enableCORS", "false");
        // The war's Jolokia reads the same policy file as Camel's (the app's copy, not one inside the war).
        System.setProperty("jolokia.policyLocation", String.valueOf(HawtioServer.class.getResource("/jolokia-access.xml")));
    }

    private Handler handlers(Server s) {
        WebAppContext webapp = webapp();
        if (workView == null) {
            return webapp;
        }
        workView.addBridge(webapp);
        org.eclipse.jetty.server.handler.ContextHandler plugin = workView.staticFiles(ResourceFactory.of(s));
        return plugin == null ? webapp : new ContextHandlerCollection(webapp, plugin);
    }

    private WebAppContext webapp() {
        WebAppContext webapp = new WebAppContext();
        webapp.setContextPath(settings.contextPath());
        webapp.setWar(settings.war().toAbsolutePath().toString());
        try {
            Files.createDirectories(settings.workDir());
        } catch (IOException e) {
            throw new DashboardConfigException("Cannot create Hawtio work folder " + settings.workDir(), e);
        }
        webapp.setTempDirectory(settings.workDir().toFile());
        // The app's Jolokia 2.5 (camel-platform-http-jolokia) clashes with the war's 2.1; Jolokia finds its
        // services through META-INF/jolokia resources, so both classes and resources must be hidden.
        webapp.addHiddenClassMatcher(new ClassMatcher("org.jolokia.", "META-INF.jolokia."));
        // In front of Hawtio's own filters (prepended), in this order: request rules, login throttle, Jolokia access.
        prepend(webapp, "jolokia-guard", new JolokiaGuardFilter(security.jolokiaAccess()), "/jolokia/*");
        prepend(webapp, "login-guard", new LoginGuardFilter(logins), "/*");
        prepend(webapp, "request-guard", new RequestGuardFilter(security.requestRules(), security.tls().enabled()), "/*");
        return webapp;
    }

    private static void prepend(WebAppContext webapp, String name, jakarta.servlet.Filter filter, String path) {
        FilterHolder holder = new FilterHolder(filter);
        holder.setName(name);
        FilterMapping mapping = new FilterMapping();
        mapping.setFilterName(name);
        mapping.setPathSpec(path);
        mapping.setDispatcherTypes(EnumSet.of(DispatcherType.REQUEST));
        webapp.getServletHandler().addFilter(holder);
        webapp.getServletHandler().prependFilterMapping(mapping);
    }

    /** The bound port (useful when the settings asked for port 0); -1 before start. */
    public synchronized int port() {
        if (server == null) {
            return -1;
        }
        return ((ServerConnector) server.getConnectors()[0]).getLocalPort();
    }

    /** The console's base URL, e.g. http://127.0.0.1:8090/hawtio; null before start. */
    public String url() {
        return server == null ? null : (security.tls().enabled() ? "https://" : "http://") + settings.host() + ":" + port() + settings.contextPath();
    }

    @Override
    public synchronized void stop() {
        if (server != null) {
            if (workView != null) {
                workView.unregister();
            }
            stopQuietly(server);
            server = null;
        }
    }

    private static void stopQuietly(Server s) {
        try {
            s.stop();
        } catch (Exception e) {
            LOG.warn("Hawtio did not stop cleanly: {}", e.getMessage());
        }
    }
}
