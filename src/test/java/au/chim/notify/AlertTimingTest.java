package au.chim.notify;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import au.chim.testsupport.ClickHomeRows;
import au.chim.testsupport.MutableClock;
import au.chim.testsupport.TestMail;
import au.chim.testsupport.TestMonitor;
import com.icegreen.greenmail.util.GreenMailUtil;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.camel.builder.NotifyBuilder;
import org.junit.jupiter.api.Test;

/** When alerts leave: held through the night, one catch-up in the morning, then no more than one per group interval. */
class AlertTimingTest {
    private static final ZoneId SYDNEY = ZoneId.of("Australia/Sydney");
    private static final String ACCOUNTS = "accounts@builder.example";

    private static void awaitAlertCycles(TestMonitor monitor, int n) {
        NotifyBuilder cycles = new NotifyBuilder(monitor.context()).fromRoute("notify-alerts").whenCompleted(n).create();
        assertTrue(cycles.matches(30, TimeUnit.SECONDS));
    }

    @Test
    void nightAlertsWaitForOneCatchUpThenTheGroupIntervalHoldsTheNext() throws Exception {
        MutableClock clock = new MutableClock(ZonedDateTime.of(2026, 11, 25, 22, 0, 0, 0, SYDNEY).toInstant());
        try (TestMail mail = new TestMail().start()) {
            Properties p = TestMonitor.defaults(mail.smtpPort());
            p.setProperty("monitor.alerts.group-interval", "5m");
            try (TestMonitor monitor = TestMonitor.start(p, clock)) {
                ClickHomeRows rows = new ClickHomeRows(monitor.clickhome());
                long first = rows.failedMessage(1, rows.supplier("SPARK01", "Sparkright Electrical"), null, "Call-up", "SMTP_550", "550 user unknown");
                long second = rows.failedMessage(1, rows.supplier("ROOF08", "Topline Roofing"), null, "Call-up", "SMTP_550", "550 mailbox unavailable");
                await().atMost(Duration.ofSeconds(20)).until(() -> monitor.status("MSG_EMAIL_FAILED|message:" + second) != null);
                rows.setMessageStatus(first, 3);
                await().atMost(Duration.ofSeconds(20)).until(() -> "RESOLVED".equals(monitor.status("MSG_EMAIL_FAILED|message:" + first)));
                awaitAlertCycles(monitor, 5);
                assertEquals(0, mail.receivedBy(ACCOUNTS).length, "nothing at 22:00: accounts work 08:00-17:00");

                clock.set(ZonedDateTime.of(2026, 11, 26, 8, 0, 30, 0, SYDNEY).toInstant());
                await().atMost(Duration.ofSeconds(20)).until(() -> mail.receivedBy(ACCOUNTS).length == 1);
                String catchUp = GreenMailUtil.getBody(mail.receivedBy(ACCOUNTS)[0]);
                assertTrue(catchUp.contains("Topline Roofing"), "the catch-up lists what is still wrong");
                assertTrue(catchUp.contains("Sparkright"), "and what went wrong and resolved overnight");

                long third = rows.failedMessage(1, rows.supplier("TILE09", "Coastline Tiling"), null, "Call-up", "SMTP_550", "550 no such user");
                await().atMost(Duration.ofSeconds(20)).until(() -> monitor.status("MSG_EMAIL_FAILED|message:" + third) != null);
                awaitAlertCycles(monitor, 5);
                assertEquals(1, mail.receivedBy(ACCOUNTS).length, "within 5 minutes of the last email the next one waits");

                clock.advance(Duration.ofMinutes(6));
                await().atMost(Duration.ofSeconds(20)).until(() -> mail.receivedBy(ACCOUNTS).length == 2);
                String next = GreenMailUtil.getBody(mail.receivedBy(ACCOUNTS)[1]);
                assertTrue(next.contains("Coastline Tiling") && !next.contains("Topline Roofing"), "only what is new since the last email");
            }
        }
    }

    @Test
    void aServiceDownFoldsTheStuckQueueUnderItInsteadOfASecondAlert() throws Exception {
        try (TestMail mail = new TestMail().start(); TestMonitor monitor = TestMonitor.start(TestMonitor.defaults(mail.smtpPort()))) {
            var db = monitor.clickhome();
            db.update("INSERT INTO dbo.tblServiceHeartbeat (sgServiceName, sgHostName, inServiceState, dtLastBeat, dtLastBEJCycle) "
                    + "VALUES ('ClickHome Windows Service', 'CHAPP01', 6, DATEADD(minute, -1, GETDATE()), DATEADD(minute, -1, GETDATE()))");
            await().atMost(Duration.ofSeconds(20)).until(() -> monitor.status("SVC_DOWN|service:ClickHome Windows Service@CHAPP01") != null);
            db.update("INSERT INTO dbo.tblMessages (inMessageType, inAudience, inMethod, inStatus, dtQueued) VALUES (1, 1, 1, 0, DATEADD(minute, -45, GETDATE()))");
            await().atMost(Duration.ofSeconds(20)).until(() -> monitor.status("MSG_NOT_SENT|message-queue:ClickHome outbound queue") != null);
            awaitAlertCycles(monitor, 5);
            await().atMost(Duration.ofSeconds(20)).until(() -> mail.receivedBy("it-helpdesk@builder.example").length >= 1);
            String all = String.join("\n", java.util.Arrays.stream(mail.receivedBy("it-helpdesk@builder.example")).map(GreenMailUtil::getBody).toList());
            assertTrue(all.contains("CHAPP01"), "IT hears that the service is down");
            assertFalse(all.contains("not sent, oldest queued"), "the stuck queue it explains is not alerted on its own");
            assertEquals(0, monitor.store().queryForObject("SELECT COUNT(*) FROM monitor_alert_queue q JOIN monitor_issue i ON i.id = q.issue_id "
                    + "WHERE i.code = 'MSG_NOT_SENT'", Integer.class));
        }
    }
}
