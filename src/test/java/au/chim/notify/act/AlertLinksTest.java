package au.chim.notify.act;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static au.chim.testsupport.ActLinkClient.csrf;
import static au.chim.testsupport.ActLinkClient.link;
import static au.chim.testsupport.ActLinkClient.origin;
import au.chim.notify.render.Formats;
import au.chim.testsupport.ActLinkClient;
import au.chim.testsupport.ShiftedClock;
import au.chim.testsupport.ClickHomeRows;
import au.chim.testsupport.EmailTimes;
import au.chim.testsupport.MailParts;
import au.chim.testsupport.TestMail;
import au.chim.testsupport.TestMonitor;
import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TimeZone;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The real monitor, the JVM in UTC and ClickHome's database in Sydney: IT's alert as GreenMail receives it
 * (worst first, the subject, one time format, labelled evidence) and its signed links (GET never acts, POST acts
 * once, forged and expired links are refused, "Fixed" re-runs the check).
 */
class AlertLinksTest {
    static final ZoneId SYDNEY = ZoneId.of("Australia/Sydney");

    private final ActLinkClient client = new ActLinkClient();
    private TimeZone jvmZone;
    private TestMail mail;
    private TestMonitor monitor;
    private ShiftedClock clock;
    private ClickHomeRows rows;

    @BeforeEach
    void start() throws Exception {
        jvmZone = TimeZone.getDefault();
        TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
        mail = new TestMail().start();
        Properties p = TestMonitor.defaults(mail.smtpPort());
        p.setProperty("monitor.alerts.group-wait", "1s");
        // the address readers reach the console at (behind the builder's own host name), as a site sets it
        p.setProperty("monitor.links.base-url", "https://monitor.builder.example");
        clock = new ShiftedClock(TestMonitor.businessHoursClock());
        monitor = TestMonitor.start(p, clock);
        rows = new ClickHomeRows(monitor.clickhome());
        rows.heartbeat("GFI FaxMaker", "FAX01", 0, 40, null);
        rows.heartbeat("ClickHome Windows Service", "CHAPP01", 0, 1, 25);
    }

    @AfterEach
    void stop() {
        monitor.close();
        mail.close();
        TimeZone.setDefault(jvmZone);
    }

    MimeMessage itAlert() {
        await().atMost(Duration.ofSeconds(30)).until(() -> mail.receivedBy("it-helpdesk@builder.example").length >= 1);
        return mail.receivedBy("it-helpdesk@builder.example")[0];
    }

    @Test
    void alertIsWorstFirstWithOneTimeFormatAndLabelledEvidence() throws Exception {
        MimeMessage alert = itAlert();
        assertTrue(alert.getSubject().startsWith("CRITICAL: ClickHome Windows Service on CHAPP01 shows as started but has not run"
                + " back-end jobs for "), alert.getSubject());
        assertTrue(alert.getSubject().endsWith(", and 1 more [ClickHome monitor]"), alert.getSubject());
        String text = MailParts.text(alert);
        String html = MailParts.html(alert);
        assertTrue(text.startsWith("Hello IT Helpdesk,"), text);
        assertTrue(text.indexOf("1. [CRITICAL] ClickHome Windows Service on CHAPP01") < text.indexOf("2. [ERROR] GFI FaxMaker on FAX01"), text);
        assertTrue(text.contains("Why you get this: You look after the servers, services, backups, drop folders and the monitor"), text);
        assertTrue(text.contains("   Last back-end job cycle: "), "labelled evidence: " + text);
        assertFalse(text.contains("   Server: CHAPP01\n"), "the line names the server already: " + text);

        String beat = monitor.clickhome().queryForObject("SELECT CAST(dtLastBeat AS VARCHAR(30)) FROM dbo.tblServiceHeartbeat "
                + "WHERE sgHostName = 'CHAPP01'", String.class);
        String expected = Formats.when(LocalDateTime.parse(beat.replace(' ', 'T')).atZone(SYDNEY).toInstant(), SYDNEY);
        assertTrue(text.contains("   Last heartbeat: " + expected + "\n"), "read in Sydney, not the JVM's UTC: " + expected + text);
        for (String body : List.of(text, html)) {
            assertFalse(body.contains("sgHostName") || body.contains("=null") || body.contains("inServiceState"), "no raw row: " + body);
            EmailTimes.assertOneFormat(body);
        }
        long id = monitor.store().queryForObject("SELECT id FROM monitor_issue WHERE code = 'SVC_HUNG'", Long.class);
        assertTrue(text.contains("Open it: https://monitor.builder.example/hawtio/integration-issues/" + id), text);
        assertTrue(html.contains("href=\"https://monitor.builder.example/hawtio/integration-issues/" + id + "\""), html);
    }

    @Test
    void openingALinkNeverActsAndItsFormActsOnceWithTheRecipientAsActor() throws Exception {
        String text = MailParts.text(itAlert());
        String ack = link(text, 1, "Acknowledge");
        long id = monitor.store().queryForObject("SELECT id FROM monitor_issue WHERE code = 'SVC_HUNG'", Long.class);

        HttpResponse<String> page = client.get(ack);
        HttpResponse<String> again = client.get(ack);
        assertEquals(200, page.statusCode(), page.body());
        assertEquals(200, again.statusCode(), "a mail scanner opening it first changes nothing");
        assertTrue(page.body().contains("<form method=\"post\"") && page.body().contains("Yes, I am on it"), page.body());
        assertFalse(page.body().contains("<script"), "no script");
        assertEquals("same-origin", page.headers().firstValue("Referrer-Policy").orElse(""), "the link is never sent elsewhere");
        assertTrue(page.headers().firstValue("Content-Security-Policy").orElse("").contains("default-src 'none'"));
        assertFalse("ACKNOWLEDGED".equals(status(id)), "GET never acts");
        assertEquals(0, audits(id, "ACKNOWLEDGED"));

        assertEquals(403, client.post(ack, Map.of("csrf", "made-up"), origin(ack)).statusCode(), "a form not from the link's page");
        assertEquals(403, client.post(ack, Map.of("csrf", csrf(page.body())), "http://evil.example").statusCode(), "another origin");
        assertFalse("ACKNOWLEDGED".equals(status(id)));

        HttpResponse<String> done = client.post(ack, Map.of("csrf", csrf(page.body())), origin(ack));
        assertEquals(200, done.statusCode(), done.body());
        assertTrue(done.body().contains("Acknowledged"), done.body());
        assertEquals("ACKNOWLEDGED", status(id));
        assertEquals("IT Helpdesk <it-helpdesk@builder.example> (email link)", monitor.store().queryForObject(
                "SELECT actor FROM monitor_issue_audit WHERE issue_id = ? AND transition = 'ACKNOWLEDGED'", String.class, id));

        HttpResponse<String> second = client.post(ack, Map.of("csrf", csrf(page.body())), origin(ack));
        assertEquals(410, second.statusCode());
        assertTrue(second.body().contains("already used"), second.body());
        assertEquals(410, client.get(ack).statusCode(), "a used link shows that it was used");
        assertEquals(1, audits(id, "ACKNOWLEDGED"));
    }

    @Test
    void forgedOrAlteredLinksAndExpiredOnesAreRefused() throws Exception {
        String text = MailParts.text(itAlert());
        String ack = link(text, 1, "Acknowledge");
        String token = ack.substring(ack.lastIndexOf('/') + 1);
        String payload = new String(java.util.Base64.getUrlDecoder().decode(token.substring(0, token.indexOf('.'))), StandardCharsets.UTF_8);
        String otherIssue = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(
                payload.replaceFirst("^\\d+", "999").getBytes(StandardCharsets.UTF_8)) + token.substring(token.indexOf('.'));
        String otherAction = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(
                payload.replaceFirst("\\|a\\|", "|f|").getBytes(StandardCharsets.UTF_8)) + token.substring(token.indexOf('.'));
        String base = ack.substring(0, ack.lastIndexOf('/') + 1);
        for (String forged : List.of(otherIssue, otherAction, token.substring(0, token.length() - 2) + "AA", "abc")) {
            HttpResponse<String> r = client.get(base + forged);
            assertEquals(403, r.statusCode(), forged);
            assertTrue(r.body().contains("Link not valid"), r.body());
        }

        clock.advance(Duration.ofDays(8));
        HttpResponse<String> expired = client.get(ack);
        assertEquals(410, expired.statusCode());
        assertTrue(expired.body().contains("Link expired"), expired.body());
    }

    @Test
    void fixedRunsTheCheckAgainAndSaysWhetherItIsReallyGone() throws Exception {
        String text = MailParts.text(itAlert());
        long hung = monitor.store().queryForObject("SELECT id FROM monitor_issue WHERE code = 'SVC_HUNG'", Long.class);
        long stale = monitor.store().queryForObject("SELECT id FROM monitor_issue WHERE code = 'SVC_STALE'", Long.class);

        String stillThere = link(text, 1, "Fixed (check again now)");
        HttpResponse<String> r = client.post(stillThere, Map.of("csrf", csrf(client.get(stillThere).body())), origin(stillThere));
        assertTrue(r.body().contains("Still there") && r.body().contains("still finds the problem"), r.body());
        assertFalse("RESOLVED".equals(status(hung)));
        assertEquals(1, audits(hung, "FIXED_NOT_VERIFIED"));

        monitor.clickhome().update("UPDATE dbo.tblServiceHeartbeat SET dtLastBeat = GETDATE() WHERE sgHostName = 'FAX01'");
        String fixed = link(text, 2, "Fixed (check again now)");
        HttpResponse<String> gone = client.post(fixed, Map.of("csrf", csrf(client.get(fixed).body())), origin(fixed));
        assertTrue(gone.body().contains("Fixed, and checked") && gone.body().contains("no longer finds the problem"), gone.body());
        assertEquals("RESOLVED", status(stale), "resolved by the re-run, before the page answered");
        assertEquals(1, audits(stale, "FIXED_VERIFIED"));
    }

    @Test
    void notMineNeedsAReasonAndIsAudited() throws Exception {
        String notMine = link(MailParts.text(itAlert()), 2, "Not mine");
        long stale = monitor.store().queryForObject("SELECT id FROM monitor_issue WHERE code = 'SVC_STALE'", Long.class);
        String csrf = csrf(client.get(notMine).body());
        assertEquals(400, client.post(notMine, Map.of("csrf", csrf), origin(notMine)).statusCode());
        HttpResponse<String> r = client.post(notMine, Map.of("csrf", csrf, "reason", "The fax server is the telco's; ask Telstra"), origin(notMine));
        assertTrue(r.body().contains("Handed on"), r.body());
        assertEquals("The fax server is the telco's; ask Telstra", monitor.store().queryForObject(
                "SELECT reason FROM monitor_issue_audit WHERE issue_id = ? AND transition = 'NOT_MINE'", String.class, stale));
    }

    String status(long id) {
        return monitor.store().queryForObject("SELECT status FROM monitor_issue WHERE id = ?", String.class, id);
    }

    int audits(long id, String transition) {
        return monitor.store().queryForObject("SELECT COUNT(*) FROM monitor_issue_audit WHERE issue_id = ? AND transition = ?",
                Integer.class, id, transition);
    }
}
