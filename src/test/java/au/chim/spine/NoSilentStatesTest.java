package au.chim.spine;

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
import java.time.Duration;
import java.util.Base64;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** States that used to answer UP while the monitor did nothing useful. */
class NoSilentStatesTest {
    private static final String RELAY_DOWN_PREFIX = "SMTP_RELAY_DOWN|server:127.0.0.1:";
    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> health(TestMonitor monitor) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(monitor.http() + "/observe/health?data=true")).timeout(Duration.ofSeconds(20))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(("viewer:" + TestMonitor.PASSWORD)
                        .getBytes(StandardCharsets.UTF_8))).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void fewerRoutesRunningThanDeclaredIsDown() throws Exception {
        try (TestMail mail = new TestMail().start(); TestMonitor monitor = TestMonitor.start(TestMonitor.defaults(mail.smtpPort()))) {
            await().atMost(Duration.ofSeconds(30)).until(() -> health(monitor).statusCode() == 200);
            assertTrue(health(monitor).body().contains("{\"name\":\"routes\",\"status\":\"UP\""), health(monitor).body());
            monitor.context().getRouteController().stopRoute("notify-alerts");
            HttpResponse<String> r = health(monitor);
            assertEquals(503, r.statusCode(), r.body());
            assertTrue(r.body().contains("declared routes run; not running: [notify-alerts]"), r.body());
        }
    }

    @Test
    void anSmtpRelayFailingLongerThanTheThresholdIsACriticalFindingForItAndHealthDown() throws Exception {
        try (TestMail mail = new TestMail().start()) {
            Properties p = TestMonitor.defaults(mail.smtpPort());
            p.setProperty("monitor.smtp.outage-after", "1s");
            String relayDown = RELAY_DOWN_PREFIX + mail.smtpPort();
            try (TestMonitor monitor = TestMonitor.start(p)) {
                mail.stop();
                ClickHomeRows rows = new ClickHomeRows(monitor.clickhome());
                rows.failedMessage(2, rows.supplier("PLUMB02", "Harbourside Plumbing"), null, "Call-up", "FAX_NO_ANSWER", "No answer");
                await().atMost(Duration.ofSeconds(30)).until(() -> monitor.status(relayDown) != null);
                assertEquals("CRITICAL", monitor.issue(relayDown).get("severity"));
                assertEquals("monitor-self", monitor.issue(relayDown).get("category"));
                HttpResponse<String> r = health(monitor);
                assertEquals(503, r.statusCode(), r.body());

                mail.start();
                await().atMost(Duration.ofSeconds(30)).until(() -> "RESOLVED".equals(monitor.status(relayDown)));
                await().atMost(Duration.ofSeconds(30)).until(() -> java.util.Arrays.stream(mail.received())
                        .anyMatch(m -> subjectOf(m).contains("SMTP relay")));
            }
        }
    }

    private static String subjectOf(jakarta.mail.internet.MimeMessage m) {
        try {
            return m.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            return "";
        }
    }
}
