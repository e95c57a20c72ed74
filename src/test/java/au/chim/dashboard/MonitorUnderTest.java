package au.chim.dashboard;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.main.Main;

/**
 * A small real monitor for tests: camel-main with JMX, the platform-http server on a free port (/api, /observe)
 * secured by {@link SecuredHttpServerFactory}, two Java-DSL routes, and {@link HawtioServer} on another free port.
 */
final class MonitorUnderTest implements AutoCloseable {
    static final String CONTEXT = "dash-test";
    final Main main = new Main();
    final int httpPort;
    final HawtioServer hawtio;

    MonitorUnderTest(UserStore users, Path workDir) throws Exception {
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
        main.bind("dashboardHttpServerFactory", new SecuredHttpServerFactory(users, AccessPolicy.defaults(), "monitor"));
        hawtio = new HawtioServer(new HawtioSettings("127.0.0.1", 0, "/hawtio",
                Path.of("target/hawtio/hawtio.war"), workDir, "monitor"), users);
        main.configure().addRoutesBuilder(new RouteBuilder() {
            @Override
            public void configure() {
                from("timer:tick?period=60000").routeId("tick").log("tick");
                from("platform-http:/api/ping").routeId("api-ping").setBody(constant("{\"pong\":true}"));
            }
        });
        main.start();
        try {
            camel().addService(hawtio);
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
        return hawtio.url();
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    @Override
    public void close() {
        main.stop();
        hawtio.stop();
    }
}
