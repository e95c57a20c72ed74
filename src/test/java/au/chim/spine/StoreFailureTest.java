package au.chim.spine;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import au.chim.store.Databases;
import au.chim.testsupport.TestMail;
import au.chim.testsupport.TestMonitor;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.Base64;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** A store that cannot be written is a failure the monitor reports (health DOWN, a CRITICAL email), never silence or a reconnect. */
class StoreFailureTest {
    private final HttpClient http = HttpClient.newHttpClient();

    private static String fileStore(Path dir) {
        return "jdbc:h2:file:" + dir.resolve("store") + ";MODE=MSSQLServer;DATABASE_TO_UPPER=FALSE;CASE_INSENSITIVE_IDENTIFIERS=TRUE";
    }

    private HttpResponse<String> get(TestMonitor monitor, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(monitor.http() + path)).timeout(Duration.ofSeconds(20))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(("viewer:" + TestMonitor.PASSWORD)
                        .getBytes(StandardCharsets.UTF_8))).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static Properties settings(TestMail mail, String storeUrl) {
        Properties p = TestMonitor.defaults(mail.smtpPort());
        p.setProperty("monitor.store.url", storeUrl);
        p.setProperty("monitor.observe.store-check-interval", "200ms");
        return p;
    }

    @Test
    void aReadOnlyStoreIsDownAndClientItIsEmailedDirectly(@TempDir Path dir) throws Exception {
        String url = fileStore(dir);
        Databases.migrate(new DriverManagerDataSource(url));
        try (Connection c = DriverManager.getConnection(url)) {
            c.createStatement().execute("SHUTDOWN");
        }
        try (TestMail mail = new TestMail().start(); TestMonitor monitor = TestMonitor.start(settings(mail, url + ";ACCESS_MODE_DATA=r"))) {
            await().atMost(Duration.ofSeconds(30)).until(() -> mail.received().length >= 1);
            assertTrue(mail.received()[0].getSubject().startsWith("[CRITICAL] The monitor's own store cannot be written"),
                    mail.received()[0].getSubject());
            HttpResponse<String> health = get(monitor, "/observe/health?data=true");
            assertEquals(503, health.statusCode(), health.body());
            assertTrue(health.body().contains("cannot be written"), health.body());
            // three more rounds of the store check, each of which still finds the store failing
            org.apache.camel.builder.NotifyBuilder rounds = new org.apache.camel.builder.NotifyBuilder(monitor.context())
                    .fromRoute("notify-store-failure").whenDone(3).create();
            assertTrue(rounds.matches(30, java.util.concurrent.TimeUnit.SECONDS), "the store check ran three more times");
            assertEquals(1, mail.received().length, "one email per failure, not one per check");
        }
    }

    @Test
    void aStoreThatH2ClosedIsNotReopenedBehindTheMonitorsBack(@TempDir Path dir) throws Exception {
        String url = fileStore(dir);
        try (TestMail mail = new TestMail().start(); TestMonitor monitor = TestMonitor.start(settings(mail, url))) {
            await().atMost(Duration.ofSeconds(30)).until(() -> get(monitor, "/observe/health").statusCode() == 200);
            // what H2 does on a full disk: it closes the database under every open connection
            try (Connection c = DriverManager.getConnection(url + ";WRITE_DELAY=0")) {
                c.createStatement().execute("SHUTDOWN");
            }
            await().atMost(Duration.ofSeconds(30)).until(() -> get(monitor, "/observe/health").statusCode() == 503);
            String body = get(monitor, "/observe/health?data=true").body();
            assertTrue(body.contains("the monitor stops using it until it is restarted"), body);
            // no silent reconnect to the file as it was, and an answer that blames the store, not the request
            HttpResponse<String> issues = get(monitor, "/api/issues");
            assertEquals(503, issues.statusCode(), issues.body());
            assertTrue(issues.body().contains("the monitor's store cannot be read or written just now"), issues.body());
            assertEquals("30", issues.headers().firstValue("Retry-After").orElse(null));
            await().atMost(Duration.ofSeconds(30)).until(() -> mail.received().length >= 1);
            assertTrue(mail.received()[0].getSubject().startsWith("[CRITICAL]"), mail.received()[0].getSubject());
        }
    }
}
