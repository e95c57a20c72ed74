package au.chim.dashboard.workview;

import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.function.Function;
import javax.management.JMException;
import javax.management.MBeanServer;
import javax.management.ObjectName;
import org.apache.camel.CamelContext;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.ee10.webapp.WebAppContext;
import org.eclipse.jetty.server.handler.ContextHandler;
import org.eclipse.jetty.server.handler.ResourceHandler;
import org.eclipse.jetty.util.resource.Resource;
import org.eclipse.jetty.util.resource.ResourceFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The "Integration issues" plugin in the monitor's Hawtio: its built files (remoteEntry.js and chunks, put on the
 * class path under {@value #RESOURCES} by the Maven build from plugin/) served at {@value #STATIC_PATH}, the
 * {@code hawtio:type=plugin} MBean that tells the console to load it, and the API bridge inside the Hawtio webapp
 * at {@code <context>}{@value #API_PATH} so the plugin's calls are same-origin and carry the Hawtio session.
 */
public final class WorkViewPlugin {
    /** Where the built plugin is on the class path (target/classes in development, the jar when packaged). */
    public static final String RESOURCES = "hawtio-plugin/";
    public static final String STATIC_PATH = "/integration-issues-plugin";
    public static final String API_PATH = "/integration-api";
    /** Must equal the ModuleFederationPlugin name in plugin/webpack.config.cjs. */
    static final String SCOPE = "integrationIssues";
    private static final Logger LOG = LoggerFactory.getLogger(WorkViewPlugin.class);
    private static final String MBEAN = "hawtio:type=plugin,name=integration-issues";

    private final CamelContext camel;
    private final Function<String, List<String>> partiesOf;
    private ObjectName registered;

    public WorkViewPlugin(CamelContext camel, Function<String, List<String>> partiesOf) {
        this.camel = camel;
        this.partiesOf = partiesOf;
    }

    /**
     * Hawtio's ClientRouteRedirectFilter answers every path that is not one of its own servlets with index.html (the
     * console's client-side routes); the paths it leaves alone come from the context attribute "unsecuredPaths" when
     * set. These are hawtio-system 4.2.0's defaults (AuthenticationConfiguration.UNSECURED_PATHS) plus the bridge.
     * The bridge checks the session itself.
     */
    static final String[] PASSED_THROUGH = {"/index.html", "/favicon.ico", "/hawtconfig.json", "/robots.txt", "/json.worker.js",
        "/editor.worker.js", "/css", "/fonts", "/img", "/js", "/static", "/login", "/auth/login", "/auth/logout", "/auth/config",
        "/user", "/keycloak", "/plugin", "/jolokia", "/proxy", API_PATH + "/"};

    /** Adds the API bridge to the Hawtio webapp (so it shares Hawtio's session). */
    public void addBridge(WebAppContext hawtio) {
        hawtio.setAttribute("unsecuredPaths", PASSED_THROUGH.clone());
        hawtio.addServlet(new ServletHolder("integration-api", new ApiBridgeServlet(camel, partiesOf)), API_PATH + "/*");
    }

    /** The context serving the built plugin, or null (with a warning) when the build did not make it. */
    public ContextHandler staticFiles(ResourceFactory resources) {
        Resource base = resources.newClassLoaderResource(RESOURCES);
        if (base == null || !base.exists() || base.resolve("remoteEntry.js") == null || !base.resolve("remoteEntry.js").exists()) {
            LOG.warn("The Integration issues plugin is not built (no {}remoteEntry.js on the class path): run ./mvnw package, "
                    + "which needs Node.js and npm", RESOURCES);
            return null;
        }
        ResourceHandler files = new ResourceHandler();
        files.setBaseResource(base);
        files.setDirAllowed(false);
        ContextHandler context = new ContextHandler(files, STATIC_PATH);
        return context;
    }

    /** Registers the plugin MBean Hawtio's /plugin servlet lists; replaces one left by an earlier start in this JVM. */
    public void register() {
        MBeanServer server = ManagementFactory.getPlatformMBeanServer();
        try {
            ObjectName name = new ObjectName(MBEAN);
            if (server.isRegistered(name)) {
                server.unregisterMBean(name);
            }
            server.registerMBean(new Registration(), name);
            registered = name;
        } catch (JMException e) {
            throw new IllegalStateException("Cannot register the Hawtio plugin MBean " + MBEAN + ": " + e.getMessage(), e);
        }
    }

    public void unregister() {
        if (registered != null) {
            try {
                ManagementFactory.getPlatformMBeanServer().unregisterMBean(registered);
            } catch (JMException e) {
                LOG.debug("plugin MBean already gone: {}", e.getMessage());
            }
            registered = null;
        }
    }

    private static final class Registration implements PluginMXBean {
        @Override
        public String getUrl() {
            return STATIC_PATH;
        }

        @Override
        public String getScope() {
            return SCOPE;
        }

        @Override
        public String getModule() {
            return "./plugin";
        }

        @Override
        public String getRemoteEntryFileName() {
            return "remoteEntry.js";
        }

        @Override
        public boolean isBustRemoteEntryCache() {
            return true;
        }

        @Override
        public String getPluginEntry() {
            return "plugin";
        }
    }
}
