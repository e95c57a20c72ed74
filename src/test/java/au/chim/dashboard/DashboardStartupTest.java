package au.chim.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How the dashboard security comes up: refusal without users, and wiring by configuration alone. */
class DashboardStartupTest {
    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void productionStartFailsWithoutUsers(@TempDir Path work) {
        Map<String, String> keys = Map.of("monitor.dashboard.users-file", work.resolve("users.properties").toString());
        Exception e = assertThrows(Exception.class, () -> new MonitorUnderTest(keys, work.resolve("hawtio")));
        Throwable cause = e;
        while (!(cause instanceof DashboardConfigException) && cause.getCause() != null) {
            cause = cause.getCause();
        }
        assertTrue(cause instanceof DashboardConfigException, "cause was " + e);
        assertTrue(cause.getMessage().contains("The dashboard has no users"), cause.getMessage());
    }

    @Test
    void listenerNamedInPropertiesAlsoSecuresASeparateManagementPort(@TempDir Path work) throws Exception {
        int managementPort = MonitorUnderTest.freePort();
        Map<String, String> keys = Map.of("monitor.dashboard.demo", "true", "monitor.demo.enabled", "true", "monitor.dashboard.demo-password", "pw",
                "monitor.dashboard.users-file", work.resolve("none.properties").toString(),
                "monitor.dashboard.enabled", "false",
                "camel.management.port", String.valueOf(managementPort));
        try (MonitorUnderTest monitor = new MonitorUnderTest(keys, work.resolve("hawtio"), true)) {
            String health = "http://127.0.0.1:" + managementPort + "/observe/health";
            assertEquals(401, get(monitor.api() + "/api/ping", null).statusCode());
            assertEquals(200, get(monitor.api() + "/api/ping", "viewer:pw").statusCode());
            assertEquals(401, get(health, null).statusCode());
            assertEquals(200, get(health, "viewer:pw").statusCode());
        }
    }

    private HttpResponse<String> get(String url, String userColonPassword) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url));
        if (userColonPassword != null) {
            b.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString(userColonPassword.getBytes(StandardCharsets.UTF_8)));
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }
}
