package au.chim.dashboard;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.Map;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.main.Main;

/**
 * A small real monitor for tests, wired the way the application is: camel-main with JMX, the platform-http server
 * on a free port (/api, /observe), {@link DashboardMainListener}, two Java-DSL routes, Hawtio on another free port.
 */
final class MonitorUnderTest implements AutoCloseable {
    static final String CONTEXT = "dash-test";
    final Main main = new Main();
    final DashboardMainListener dashboard = new DashboardMainListener();
    final int httpPort;

    /** {@code dashboardKeys} are monitor.dashboard.* settings (users-file or demo, ...). */
    MonitorUnderTest(Map<String, String> dashboardKeys, Path workDir) throws Exception {
        this(dashboardKeys, workDir, false);
    }

    /**
     * With {@code listenerByProperty} the listener is named in camel.main.main-listener-classes (pure config
     * wiring) instead of added as an instance; then {@link #hawtioUrl()} is not available.
     */
    MonitorUnderTest(Map<String, String> dashboardKeys, Path workDir, boolean listenerByProperty) throws Exception {
        httpPort = freePort();
        main.setDefaultPropertyPlaceholderLocation("false");
        main.addInitialProperty("camel.main.name", CONTEXT);
        main.addInitialProperty("camel.main.jmx-enabled", "true");
        main.addInitialProperty("camel.server.enabled", "true");
        main.addInitialProperty("camel.server.host", "127.0.0.1");
        main.addInitialProperty("camel.server.port", String.valueOf(httpPort));
        main.addInitialProperty("camel.management.enabled", "true");
        main.addInitialProperty("camel.management.host", "127.0.0.1");
        main.addInitialProperty("camel.management.port", String.valueOf(httpPort));
        main.addInitialProperty("camel.management.health-check-enabled", "true");
        main.addInitialProperty("camel.management.jolokia-enabled", "true");
        main.addInitialProperty("camel.management.metrics-enabled", "true");
        main.addInitialProperty("camel.metrics.enabled", "true");
        main.addInitialProperty("monitor.dashboard.port", "0");
        main.addInitialProperty("monitor.dashboard.war", Path.of("target/hawtio/hawtio.war").toAbsolutePath().toString());
        main.addInitialProperty("monitor.dashboard.work-dir", workDir.toAbsolutePath().toString());
        if (listenerByProperty) {
            main.addInitialProperty("camel.main.main-listener-classes", DashboardMainListener.class.getName());
        } else {
            main.addMainListener(dashboard);
        }
        dashboardKeys.forEach(main::addInitialProperty); // last, so a test may override the keys above
        main.configure().addRoutesBuilder(new RouteBuilder() {
            @Override
            public void configure() {
                from("timer:tick?period=60000").routeId("tick").log("tick");
                from("platform-http:/api/ping").routeId("api-ping").setBody(constant("{\"pong\":true}"));
            }
        });
        try {
            main.start();
        } catch (Exception | Error e) {
            close();
            throw e;
        }
    }

    CamelContext camel() {
        return main.getCamelContext();
    }

    String api() {
        return "http://127.0.0.1:" + httpPort;
    }

    String hawtioUrl() {
        return dashboard.hawtio().orElseThrow().url();
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    @Override
    public void close() {
        main.stop();
        dashboard.hawtio().ifPresent(HawtioServer::stop);
    }
}
