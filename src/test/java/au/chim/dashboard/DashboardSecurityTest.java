package au.chim.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.apache.camel.ServiceStatus;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** The real monitor HTTP surface: /api and /observe on Camel's server, Jolokia in Hawtio; who gets in, who may act. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DashboardSecurityTest {
    private static final String ROUTE_MBEAN = "org.apache.camel:context=" + MonitorUnderTest.CONTEXT
            + ",type=routes,name=\\\"tick\\\"";
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private MonitorUnderTest monitor;

    @BeforeAll
    void start(@TempDir Path work) throws Exception {
        Path users = work.resolve("users.properties");
        Files.write(users, List.of(
                "boss = " + PasswordHashes.hash("boss-pw".toCharArray(), 20_000) + ", admin",
                "watcher = " + PasswordHashes.hash("watch-pw".toCharArray(), 20_000) + ", viewer"));
        // Many wrong passwords on purpose: the throttle (SecurityMatrixTest) must not answer instead of the login.
        monitor = new MonitorUnderTest(Map.of("monitor.dashboard.users-file", users.toString(),
                "monitor.dashboard.login.free-failures", "1000"), work.resolve("hawtio"));
    }

    @AfterAll
    void stop() {
        monitor.close();
    }

    private HttpResponse<String> call(String method, String url, String user, String password, String body)
            throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(20));
        if (user != null) {
            String token = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
            b.header("Authorization", "Basic " + token);
        }
        b.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            b.header("Content-Type", "application/json");
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A 403 from the dashboard's role check or Camel's read-only Jolokia door (not some other refusal). */
    private static void assertReadOnlyRefusal(HttpResponse<String> response) {
        assertEquals(403, response.statusCode(), response.body());
        assertTrue(response.body().contains("may only look") || response.body().contains("only reads"), response.body());
    }

    private static String execReset() {
        return "{\"type\":\"exec\",\"mbean\":\"" + ROUTE_MBEAN + "\",\"operation\":\"reset()\"}";
    }

    @Test
    void everyCamelEndpointRefusesMissingOrWrongCredentials() throws Exception {
        for (String path : List.of("/api/ping", "/observe/health", "/observe/metrics", "/observe/jolokia",
                "/observe/jolokia/version", "/observe/info", "/nothing-here")) {
            HttpResponse<String> none = call("GET", monitor.api() + path, null, null, null);
            assertEquals(401, none.statusCode(), path + " without credentials");
            assertTrue(none.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic realm=\"monitor\""));
            assertEquals(401, call("GET", monitor.api() + path, "boss", "wrong", null).statusCode(), path);
            assertEquals(401, call("GET", monitor.api() + path, "nobody", "boss-pw", null).statusCode(), path);
        }
        assertEquals(401, call("POST", monitor.api() + "/observe/jolokia", null, null, execReset()).statusCode());
    }

    @Test
    void viewerMayLookAtApiHealthMetricsAndJolokiaReads() throws Exception {
        HttpResponse<String> ping = call("GET", monitor.api() + "/api/ping", "watcher", "watch-pw", null);
        assertEquals(200, ping.statusCode());
        assertEquals("{\"pong\":true}", ping.body());
        assertTrue(call("GET", monitor.api() + "/observe/health", "watcher", "watch-pw", null).body().contains("UP"));
        assertTrue(call("GET", monitor.api() + "/observe/metrics", "watcher", "watch-pw", null).body()
                .contains("camel_exchanges"));
        HttpResponse<String> read = call("GET", monitor.api() + "/observe/jolokia/read/org.apache.camel:context="
                + MonitorUnderTest.CONTEXT + ",type=routes,name=%22tick%22/State", "watcher", "watch-pw", null);
        assertEquals(200, read.statusCode());
        assertTrue(read.body().contains("\"value\":\"Started\""), read.body());
    }

    @Test
    void viewerCannotActOnApiOrCamelJolokia() throws Exception {
        assertReadOnlyRefusal(call("POST", monitor.api() + "/api/ping", "watcher", "watch-pw", "{}"));
        assertReadOnlyRefusal(call("DELETE", monitor.api() + "/api/ping", "watcher", "watch-pw", null));
        assertReadOnlyRefusal(call("POST", monitor.api() + "/observe/jolokia", "watcher", "watch-pw", execReset()));
        assertReadOnlyRefusal(call("GET", monitor.api() + "/observe/jolokia/exec/org.apache.camel:context="
                + MonitorUnderTest.CONTEXT + ",type=routes,name=%22tick%22/stop()", "watcher", "watch-pw", null));
        assertReadOnlyRefusal(call("GET", monitor.api() + "/observe/jolokia/?p=/exec/java.lang:type=Memory/gc()",
                "watcher", "watch-pw", null));
        // Percent-encoding must not smuggle an exec past the check ("%65" is "e").
        assertReadOnlyRefusal(call("GET", monitor.api() + "/observe/jolokia/ex%65c/org.apache.camel:context="
                + MonitorUnderTest.CONTEXT + ",type=routes,name=%22tick%22/stop()", "watcher", "watch-pw", null));
        assertEquals(ServiceStatus.Started, monitor.camel().getRouteController().getRouteStatus("tick"));
    }

    @Test
    void adminMayActOnApiButCamelJolokiaOnlyReads() throws Exception {
        assertEquals(200, call("POST", monitor.api() + "/api/ping", "boss", "boss-pw", "{}").statusCode());
        HttpResponse<String> exec = call("POST", monitor.api() + "/observe/jolokia", "boss", "boss-pw", execReset());
        assertEquals(403, exec.statusCode());
        assertTrue(exec.body().contains("only reads"), exec.body());
    }

    @Test
    void hawtioJolokiaNeedsALogin() throws Exception {
        String url = monitor.hawtioUrl() + "/jolokia/version";
        int none = call("GET", url, null, null, null).statusCode();
        assertTrue(none == 401 || none == 403, "no credentials gave " + none);
        int wrong = call("GET", url, "boss", "wrong", null).statusCode();
        assertTrue(wrong == 401 || wrong == 403, "wrong password gave " + wrong);
        HttpResponse<String> ok = call("GET", url, "boss", "boss-pw", null);
        assertEquals(200, ok.statusCode());
        assertTrue(ok.body().contains("\"agent\""), ok.body());
    }

    @Test
    void hawtioViewerCanReadAndDumpButNotStopARoute() throws Exception {
        String jolokia = monitor.hawtioUrl() + "/jolokia/";
        String readAndDump = "[{\"type\":\"read\",\"mbean\":\"" + ROUTE_MBEAN + "\",\"attribute\":\"State\"},"
                + "{\"type\":\"exec\",\"mbean\":\"" + ROUTE_MBEAN + "\",\"operation\":\"dumpRouteAsXml()\"}]";
        HttpResponse<String> read = call("POST", jolokia, "watcher", "watch-pw", readAndDump);
        assertEquals(200, read.statusCode());
        assertTrue(read.body().contains("Started") && read.body().contains("tick"), read.body());

        String stop = "{\"type\":\"exec\",\"mbean\":\"" + ROUTE_MBEAN + "\",\"operation\":\"stop()\"}";
        assertReadOnlyRefusal(call("POST", jolokia, "watcher", "watch-pw", stop));
        String write = "{\"type\":\"write\",\"mbean\":\"" + ROUTE_MBEAN + "\",\"attribute\":\"TracingPattern\","
                + "\"value\":\"x\"}";
        assertReadOnlyRefusal(call("POST", jolokia, "watcher", "watch-pw", write));
        assertEquals(ServiceStatus.Started, monitor.camel().getRouteController().getRouteStatus("tick"));
    }

    @Test
    void hawtioFormLoginGivesASessionThatIsStillReadOnlyForViewers() throws Exception {
        HttpClient browserLike = HttpClient.newBuilder().cookieHandler(new java.net.CookieManager()).build();
        HttpRequest login = HttpRequest.newBuilder(URI.create(monitor.hawtioUrl() + "/auth/login"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"watcher\",\"password\":\"watch-pw\"}"))
                .build();
        assertEquals(200, browserLike.send(login, HttpResponse.BodyHandlers.ofString()).statusCode());
        HttpRequest exec = HttpRequest.newBuilder(URI.create(monitor.hawtioUrl() + "/jolokia/"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(execReset())).build();
        assertReadOnlyRefusal(browserLike.send(exec, HttpResponse.BodyHandlers.ofString()));
        HttpRequest version = HttpRequest.newBuilder(URI.create(monitor.hawtioUrl() + "/jolokia/version")).build();
        assertEquals(200, browserLike.send(version, HttpResponse.BodyHandlers.ofString()).statusCode());

        HttpRequest badLogin = HttpRequest.newBuilder(URI.create(monitor.hawtioUrl() + "/auth/login"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"watcher\",\"password\":\"nope\"}")).build();
        int bad = HttpClient.newHttpClient().send(badLogin, HttpResponse.BodyHandlers.ofString()).statusCode();
        assertTrue(bad == 401 || bad == 403, "wrong password login gave " + bad);
    }
}
