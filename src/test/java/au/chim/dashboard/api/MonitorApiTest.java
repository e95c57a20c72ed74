package au.chim.dashboard.api;

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
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The REST API over real HTTP, behind the real login, on the real register. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MonitorApiTest {
    private final HttpClient http = HttpClient.newHttpClient();
    private TestMail mail;
    private TestMonitor monitor;
    private long issueId;

    @BeforeAll
    void start() throws Exception {
        mail = new TestMail().start();
        monitor = TestMonitor.start(TestMonitor.defaults(mail.smtpPort()));
        ClickHomeRows rows = new ClickHomeRows(monitor.clickhome());
        long message = rows.failedMessage(1, rows.supplier("SPARK01", "Sparkright Electrical"), null, "Call-up", "SMTP_550", "550 user unknown");
        await().atMost(Duration.ofSeconds(20)).until(() -> monitor.status("MSG_EMAIL_FAILED|message:" + message) != null);
        issueId = ((Number) monitor.issue("MSG_EMAIL_FAILED|message:" + message).get("id")).longValue();
    }

    @AfterAll
    void stop() {
        monitor.close();
        mail.close();
    }

    private HttpResponse<String> call(String method, String path, String user, String body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(monitor.http() + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json");
        if (user != null) {
            b.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                    (user + ":" + (user.equals("intruder") ? "wrong" : TestMonitor.PASSWORD)).getBytes(StandardCharsets.UTF_8)));
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void findsAnIssueByItsBusinessKeyAndShowsItsHistory() throws Exception {
        HttpResponse<String> list = call("GET", "/api/issues?q=Sparkright&category=failed-message", "viewer", null);
        assertEquals(200, list.statusCode(), list.body());
        assertTrue(list.body().contains("\"id\":" + issueId) && list.body().contains("Sparkright"), list.body());

        HttpResponse<String> one = call("GET", "/api/issues/" + issueId, "viewer", null);
        assertEquals(200, one.statusCode());
        assertTrue(one.body().contains("\"parties\":[\"accounts-staff\"]") && one.body().contains("\"transition\":\"NEW\""), one.body());
        HttpResponse<String> missing = call("GET", "/api/issues/999999", "viewer", null);
        assertEquals(404, missing.statusCode(), missing.body());
        assertEquals(400, call("GET", "/api/issues?category=no-such-category", "viewer", null).statusCode());
    }

    @Test
    void adminAcknowledgesAndTheAuditNamesThem() throws Exception {
        HttpResponse<String> ack = call("POST", "/api/issues/" + issueId + "/acknowledge", "admin", "{\"note\":\"calling the trade\"}");
        assertEquals(200, ack.statusCode(), ack.body());
        assertTrue(ack.body().contains("\"status\":\"ACKNOWLEDGED\""), ack.body());
        assertEquals("admin", monitor.store().queryForObject(
                "SELECT actor FROM monitor_issue_audit WHERE issue_id = ? AND transition = 'ACKNOWLEDGED'", String.class, issueId));
        assertEquals("calling the trade", monitor.store().queryForObject("SELECT ack_note FROM monitor_issue WHERE id = ?", String.class, issueId));
    }

    @Test
    void viewersAndStrangersCannotAct() throws Exception {
        assertEquals(403, call("POST", "/api/issues/" + issueId + "/resolve", "viewer", "{\"reason\":\"x\"}").statusCode());
        assertEquals(401, call("POST", "/api/issues/" + issueId + "/resolve", null, "{\"reason\":\"x\"}").statusCode());
        assertEquals(401, call("GET", "/api/issues", "intruder", null).statusCode());
        assertEquals(401, call("GET", "/observe/health", null, null).statusCode());
        assertEquals(401, call("GET", "/observe/jolokia/version", null, null).statusCode());
        assertTrue(monitor.status("MSG_EMAIL_FAILED|message:1").matches("NEW|OPEN|ACKNOWLEDGED"));
    }

    @Test
    void snoozeNeedsAReasonAndAFutureTime() throws Exception {
        assertEquals(400, call("POST", "/api/issues/" + issueId + "/snooze", "admin", "{\"hours\":2}").statusCode());
        HttpResponse<String> ok = call("POST", "/api/issues/" + issueId + "/snooze", "admin", "{\"hours\":2,\"reason\":\"supplier on leave\"}");
        assertEquals(200, ok.statusCode(), ok.body());
        assertTrue(ok.body().contains("\"status\":\"SNOOZED\""));
    }

    @Test
    void explainsWhoGetsAnErrorCode() throws Exception {
        HttpResponse<String> r = call("GET", "/api/routing/explain?code=PO_UNKNOWN_SUPPLIER&category=po-integration&businessUnit=QLD%20Housing", "viewer", null);
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.body().contains("accounts-qld") && r.body().contains("accounts-qld@builder.example"), r.body());
    }

    @Test
    void theOutboxPagesWithItsTotalInAHeader() throws Exception {
        for (int n = 0; n < 5; n++) {
            monitor.store().update("INSERT INTO monitor_outbox (kind, dedup_key, recipient_id, recipient_email, subject, body_text, "
                    + "status, attempts, next_attempt_at, message_id, created_at) VALUES ('ALERT', ?, 'it', 'it@builder.example', ?, 'x', "
                    + "'FAILED', 5, CURRENT_TIMESTAMP, ?, CURRENT_TIMESTAMP)", "paging-" + n, "Paging " + n, "<paging-" + n + "@test>");
        }
        HttpResponse<String> first = call("GET", "/api/outbox?status=FAILED&size=2", "viewer", null);
        assertEquals(200, first.statusCode(), first.body());
        long failed = monitor.store().queryForObject("SELECT COUNT(*) FROM monitor_outbox WHERE status = 'FAILED'", Long.class);
        assertEquals(String.valueOf(failed), first.headers().firstValue("X-Total-Count").orElse("none"));
        assertEquals(2, first.body().split("\"subject\"").length - 1, first.body());
        assertTrue(first.body().contains("Paging 4") && first.body().contains("Paging 3"), "newest first: " + first.body());
        HttpResponse<String> third = call("GET", "/api/outbox?status=FAILED&size=2&page=2", "viewer", null);
        assertTrue(third.body().contains("Paging 0") && !third.body().contains("Paging 1"), third.body());
        HttpResponse<String> bad = call("GET", "/api/outbox?size=0", "viewer", null);
        assertEquals(400, bad.statusCode());
        assertTrue(bad.body().contains("size must be a whole number from 1 to 500"), bad.body());
    }
}
