package au.chim.dashboard;

import jakarta.servlet.DispatcherType;
import java.io.IOException;
import java.nio.file.Files;
import java.util.EnumSet;
import org.apache.camel.Service;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
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
    private final UserStore store;
    private final WorkViewPlugin workView;
    private Server server;

    public HawtioServer(HawtioSettings settings, UserStore store) {
        this(settings, store, null);
    }

    /** With {@code workView}, the console also serves the Integration issues plugin and its API bridge. */
    public HawtioServer(HawtioSettings settings, UserStore store, WorkViewPlugin workView) {
        this.settings = settings;
        this.store = store;
        this.workView = workView;
    }

    @Override
    public synchronized void start() {
        if (server != null) {
            return;
        }
        if (!Files.isRegularFile(settings.war())) {
            throw new DashboardConfigException("Hawtio war not found at " + settings.war()
                    + " (monitor.dashboard.war; `mvn generate-resources` puts it in target/hawtio/)");
        }
        configureHawtio();
        Server s = new Server(new QueuedThreadPool(24, 4));
        ServerConnector connector = new ServerConnector(s);
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
        LOG.info("Hawtio console on http://{}:{}{}/", settings.host(), port(), settings.contextPath());
    }

    /** Hawtio reads these system properties while its servlets initialise, so they are set before start. */
    private void configureHawtio() {
        DashboardJaasConfiguration.install(settings.realm(), store);
        System.setProperty("hawtio.authenticationEnabled", "true");
        System.setProperty("hawtio.realm", settings.realm());
        System.setProperty("hawtio.roles", Role.ADMIN.id() + "," + Role.VIEWER.id());
        System.setProperty("hawtio.rolePrincipalClasses", ROLE_PRINCIPAL_CLASS);
        // The Connect-to-remote proxy would let any logged-in user make this host call other hosts.
        System.setProperty("hawtio.disableProxy", "true");
        System.setProperty("hawtio.localAddressProbing", "false");
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
        webapp.addFilter(new FilterHolder(new ViewerReadOnlyFilter(store)), "/jolokia/*",
                EnumSet.of(DispatcherType.REQUEST));
        return webapp;
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
        return server == null ? null : "http://" + settings.host() + ":" + port() + settings.contextPath();
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
