package au.chim.spine;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import au.chim.testsupport.ChildMonitor;
import au.chim.testsupport.TestMail;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The monitor started as the README says a service runs it: settings from the environment (CAMEL_SERVER_PORT
 * too, which Camel's own lookup skips), and a part that cannot start stops it with a non-zero exit and one
 * ERROR line naming the setting.
 */
class SettingsFromEnvironmentTest {
    /** A child JVM boots Camel in a few seconds idle; a loaded 2-core machine needs several times that. */
    private static final Duration START = Duration.ofSeconds(90);
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @TempDir
    Path dir;

    @Test
    void environmentVariablesOverrideEverySettingOfTheFiles() throws Exception {
        Map<String, String> env = ChildMonitor.quietEnvironment(dir, "child-secret");
        int port = TestMail.freePort();
        env.put("CAMEL_SERVER_PORT", String.valueOf(port));
        env.put("CAMEL_MANAGEMENT_PORT", String.valueOf(port));
        try (ChildMonitor monitor = ChildMonitor.start(dir, env)) {
            String auth = "Basic " + Base64.getEncoder().encodeToString("admin:child-secret".getBytes());
            HttpRequest detectors = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/detectors"))
                    .header("Authorization", auth).timeout(Duration.ofSeconds(10)).build();
            await("REST API on CAMEL_SERVER_PORT " + port).atMost(START).ignoreExceptions()
                    .until(() -> http.send(detectors, HttpResponse.BodyHandlers.ofString()).statusCode() == 200);
            assertTrue(monitor.process().isAlive(), monitor.output());
        }
    }

    @Test
    void aTakenPortStopsTheStartWithOneErrorNamingTheSetting() throws Exception {
        Map<String, String> env = ChildMonitor.quietEnvironment(dir, "child-secret");
        try (ServerSocket taken = new ServerSocket()) {
            taken.bind(new InetSocketAddress("127.0.0.1", 0));
            env.put("CAMEL_SERVER_PORT", String.valueOf(taken.getLocalPort()));
            env.put("CAMEL_MANAGEMENT_PORT", String.valueOf(taken.getLocalPort()));
            assertStopsWithOneError(env, "HTTP server", "camel.server.port = " + taken.getLocalPort(), "Address already in use");
        }
    }

    @Test
    void aDashboardThatCannotStartStopsTheMonitorNamingItsSetting() throws Exception {
        Map<String, String> env = ChildMonitor.quietEnvironment(dir, "child-secret");
        env.put("MONITOR_DASHBOARD_ENABLED", "true");
        env.put("MONITOR_DASHBOARD_PORT", String.valueOf(TestMail.freePort()));
        env.put("MONITOR_DASHBOARD_WAR", dir.resolve("no-console-here").toString());
        assertStopsWithOneError(env, "monitor.dashboard.war");
    }

    private void assertStopsWithOneError(Map<String, String> env, String... named) throws Exception {
        try (ChildMonitor monitor = ChildMonitor.start(dir, env)) {
            assertTrue(monitor.process().waitFor(START.toSeconds(), TimeUnit.SECONDS), "the monitor must stop by itself");
            assertNotEquals(0, monitor.process().exitValue(), monitor.output());
            String errors = String.join("\n", monitor.output().lines().filter(l -> l.contains(" ERROR ")).toList());
            assertEquals(1, errors.lines().count(), "exactly one ERROR line:\n" + monitor.output());
            for (String part : named) {
                assertTrue(errors.contains(part), errors + " should name " + part);
            }
        }
    }

    @Test
    void aStoreThatCannotOpenStopsTheStartNamingTheStore() throws Exception {
        Map<String, String> env = ChildMonitor.quietEnvironment(dir, "child-secret");
        Path notAFolder = dir.resolve("file");
        java.nio.file.Files.writeString(notAFolder, "x");
        env.put("MONITOR_STORE_URL", "jdbc:h2:file:" + notAFolder.resolve("store"));
        assertStopsWithOneError(env, "monitor store", "monitor.store.url");
    }
}
