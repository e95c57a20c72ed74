package au.chim.observe;

import au.chim.testsupport.Ceiling;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import au.chim.testsupport.ClickHomeRows;
import au.chim.testsupport.TestMail;
import au.chim.testsupport.TestMonitor;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** /observe/health and /observe/metrics of the real monitor, over HTTP behind the login. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ObserveTest {
    private final HttpClient http = HttpClient.newHttpClient();
    private TestMail mail;
    private TestMonitor monitor;
    private Path poFolder;
    private String issueSeverity;

    @BeforeAll
    void start(@TempDir Path work) throws Exception {
        poFolder = Files.createDirectories(work.resolve("po"));
        mail = new TestMail().start();
        Properties p = TestMonitor.defaults(mail.smtpPort());
        p.setProperty("monitor.dropfolders.enabled", "true");
        p.setProperty("monitor.dropfolders.po.folder", poFolder.toString());
        for (String other : new String[] {"po-ack", "supplier", "job"}) {
            p.setProperty("monitor.dropfolders." + other + ".enabled", "false");
        }
        p.setProperty("monitor.observe.metrics-refresh", "200ms");
        monitor = TestMonitor.start(p);
        ClickHomeRows rows = new ClickHomeRows(monitor.clickhome());
        long message = rows.failedMessage(1, rows.supplier("SPARK01", "Sparkright Electrical"), null, "Call-up", "SMTP_550", "550 user unknown");
        String fingerprint = "MSG_EMAIL_FAILED|message:" + message;
        await().atMost(Duration.ofSeconds(20)).until(() -> monitor.status(fingerprint) != null);
        issueSeverity = (String) monitor.issue(fingerprint).get("severity");
    }

    @AfterAll
    void stop() {
        monitor.close();
        mail.close();
    }

    private HttpResponse<String> get(String path, boolean login) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(monitor.http() + path)).timeout(Duration.ofSeconds(20));
        if (login) {
            b.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                    ("viewer:" + TestMonitor.PASSWORD).getBytes(StandardCharsets.UTF_8)));
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void healthyMonitorReportsEveryDependencyUp() throws Exception {
        HttpResponse<String> r = get("/observe/health?data=true", true);
        assertEquals(200, r.statusCode(), r.body());
        for (String id : new String[] {"clickhome-db", "monitor-store", "smtp", "dropfolder-po"}) {
            assertTrue(r.body().contains("{\"name\":\"" + id + "\",\"status\":\"UP\""), id + " missing: " + r.body());
        }
        assertTrue(!r.body().contains("\"imap\""), "IMAP is only checked when the bounce route is on: " + r.body());
        assertTrue(r.body().startsWith("{") && !r.body().contains("DOWN"), r.body());
        HttpResponse<String> plain = get("/observe/health", true);
        assertTrue(plain.body().contains("{\"name\":\"smtp\",\"status\":\"UP\"}"), "without ?data=true: names and states " + plain.body());
        assertEquals(401, get("/observe/health", false).statusCode());
    }

    @Test
    void smtpServerDownIsReportedWithItsAddress() throws Exception {
        mail.stop();
        try {
            HttpResponse<String> r = get("/observe/health?data=true", true);
            assertEquals(503, r.statusCode(), r.body());
            assertTrue(r.body().contains("SMTP server 127.0.0.1:" + mail.smtpPort() + " cannot be reached"), r.body());
        } finally {
            mail.start();
        }
        await().atMost(Ceiling.twoTicks()).until(() -> get("/observe/health", true).statusCode() == 200);
    }

    @Test
    void missingDropFolderIsDown() throws Exception {
        Files.delete(poFolder);
        try {
            HttpResponse<String> r = get("/observe/health?data=true", true);
            assertEquals(503, r.statusCode(), r.body());
            assertTrue(r.body().replace("\\/", "/").contains("\"reason\":\"folder " + poFolder + " does not exist\""), r.body());
        } finally {
            Files.createDirectories(poFolder);
        }
        assertEquals(200, get("/observe/health", true).statusCode());
    }

    @Test
    void metricsShowOpenIssuesOutboxAndChecks() throws Exception {
        assertEquals(401, get("/observe/metrics", false).statusCode());
        String open = "monitor_issues_open{category=\"failed-message\",severity=\"" + issueSeverity + "\"}";
        await().atMost(Ceiling.twoTicks()).until(() -> value(get("/observe/metrics", true).body(), open) == 1.0);
        HttpResponse<String> r = get("/observe/metrics", true);
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/plain"), r.headers().map().toString());
        String body = r.body();
        assertEquals(0.0, value(body, "monitor_issues_open{category=\"backup\",severity=\"CRITICAL\"}"), "zero rows stay");
        assertTrue(value(body, "monitor_outbox_emails{status=\"FAILED\"}") == 0.0, body);
        assertTrue(value(body, "monitor_check_duration_ms{check=\"failed-messages\"}") >= 0.0, grep(body, "monitor_check"));
        assertEquals(0.0, value(body, "monitor_check_errors{check=\"failed-messages\"}"), grep(body, "monitor_check"));
        // The alert for the issue is sent over SMTP: the outbox series follows.
        await().atMost(Ceiling.twoTicks()).until(() -> value(get("/observe/metrics", true).body(), "monitor_outbox_emails{status=\"SENT\"}") >= 1.0);
        assertTrue(body.contains("# TYPE monitor_issues_open gauge"), "Prometheus text format");
    }

    private static double value(String body, String series) {
        Matcher m = Pattern.compile("(?m)^" + Pattern.quote(series) + " (\\S+)$").matcher(body);
        return m.find() ? Double.parseDouble(m.group(1)) : Double.NaN;
    }

    private static String grep(String body, String prefix) {
        return String.join("\n", body.lines().filter(l -> l.startsWith(prefix)).toList());
    }
}
