package au.chim.dashboard;

import java.nio.file.Path;

/**
 * Where and how the embedded Hawtio console is served.
 *
 * @param host        interface to bind (127.0.0.1 unless operators browse from other machines)
 * @param port        TCP port; 0 picks a free one (tests)
 * @param contextPath URL prefix, e.g. /hawtio
 * @param war         the hawtio-war, unpacked (target/hawtio/webapp, made by the build) or as the war file
 * @param workDir     Jetty's folder for the unpacked war; emptied by Jetty as needed
 * @param realm       login realm name shown by browsers and used as the JAAS entry name
 */
public record HawtioSettings(String host, int port, String contextPath, Path war, Path workDir, String realm) {
    public HawtioSettings {
        if (port < 0 || port > 65535) {
            throw new DashboardConfigException("monitor.dashboard.port must be 0-65535 (was " + port + ")");
        }
        if (contextPath == null || !contextPath.startsWith("/")) {
            throw new DashboardConfigException("monitor.dashboard.context-path must start with / (was "
                    + contextPath + ")");
        }
        if (realm == null || realm.isBlank()) {
            realm = "monitor";
        }
    }
}
