package au.chim;

import au.chim.config.Settings;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import org.apache.camel.main.BaseMainSupport;
import org.apache.camel.main.MainListenerSupport;

/**
 * Refuses to start when a port the monitor must listen on is taken. Vert.x reports a failed bind only
 * as a log line and Camel carries on without REST, health and metrics, so a service manager would never
 * restart it; checking before the servers start turns that into a non-zero exit naming the setting.
 */
final class RequiredPorts extends MainListenerSupport {

    @Override
    public void afterConfigure(BaseMainSupport main) {
        Settings s = new Settings(main.getCamelContext());
        String host = s.string("camel.server.host", "0.0.0.0");
        int http = s.integer("camel.server.port", 8080, 0);
        if (s.flag("camel.server.enabled", true)) {
            free("HTTP server (REST API, health, metrics)", "camel.server.port", host, http);
        }
        int management = s.integer("camel.management.port", http, 0);
        if (s.flag("camel.management.enabled", false) && management != http) {
            free("management server (health, metrics, Jolokia)", "camel.management.port",
                    s.string("camel.management.host", host), management);
        }
        if (s.flag("monitor.dashboard.enabled", true)) {
            free("Hawtio dashboard", "monitor.dashboard.port", s.string("monitor.dashboard.host", "127.0.0.1"),
                    s.integer("monitor.dashboard.port", 8090, 0));
        }
    }

    private static void free(String part, String setting, String host, int port) {
        if (port == 0) {
            return;
        }
        try (ServerSocket probe = new ServerSocket()) {
            probe.setReuseAddress(true);
            probe.bind(new InetSocketAddress(host, port));
        } catch (IOException e) {
            throw new StartFailure(part, setting + " = " + port, host + ":" + port + " " + e.getMessage(), e);
        }
    }
}
