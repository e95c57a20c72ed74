package au.chim.spine;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import au.chim.testsupport.ClickHomeRows;
import au.chim.testsupport.TestMail;
import au.chim.testsupport.TestMonitor;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.camel.builder.NotifyBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An alert is delivered exactly once whatever happens between detection and the SMTP server. */
class DeliveryGuaranteesTest {

    @Test
    void alertWrittenBeforeACrashIsSentOnceAfterRestart(@TempDir Path dir) throws Exception {
        try (TestMail mail = new TestMail().start()) {
            Properties p = TestMonitor.defaults(mail.smtpPort());
            p.setProperty("monitor.store.url", "jdbc:h2:file:" + dir.resolve("store") + ";MODE=MSSQLServer;DATABASE_TO_UPPER=FALSE;CASE_INSENSITIVE_IDENTIFIERS=TRUE");
            p.setProperty("monitor.outbox.enabled", "false");
            try (TestMonitor before = TestMonitor.start(p)) {
                ClickHomeRows rows = new ClickHomeRows(before.clickhome());
                rows.failedMessage(1, rows.supplier("SPARK01", "Sparkright Electrical"), null, "Call-up", "SMTP_550", "550 user unknown");
                await().atMost(Duration.ofSeconds(20)).until(() -> before.store().queryForObject(
                        "SELECT COUNT(*) FROM monitor_outbox WHERE status = 'PENDING'", Integer.class) == 1);
            }
            assertEquals(0, mail.received().length, "nothing was sent before the crash");

            p.setProperty("monitor.outbox.enabled", "true");
            try (TestMonitor after = TestMonitor.start(p)) {
                await().atMost(Duration.ofSeconds(20)).until(() -> mail.received().length == 1);
                NotifyBuilder moreCycles = new NotifyBuilder(after.context()).fromRoute("notify-outbox").whenCompleted(5).create();
                assertTrue(moreCycles.matches(20, TimeUnit.SECONDS));
                NotifyBuilder moreChecks = new NotifyBuilder(after.context()).fromRoute("detect-clickhome").wereSentTo("direct:register")
                        .whenCompleted(3).create();
                assertTrue(moreChecks.matches(20, TimeUnit.SECONDS));
                assertEquals(1, mail.received().length, "the restart neither lost nor repeated the alert");
                assertEquals("SENT", after.store().queryForObject("SELECT status FROM monitor_outbox", String.class));
            }
        }
    }

    @Test
    void smtpOutageLosesNothingAndSendsOnceWhenBack() throws Exception {
        try (TestMail mail = new TestMail().start(); TestMonitor monitor = TestMonitor.start(TestMonitor.defaults(mail.smtpPort()))) {
            mail.stop();
            ClickHomeRows rows = new ClickHomeRows(monitor.clickhome());
            rows.failedMessage(2, rows.supplier("PLUMB02", "Harbourside Plumbing"), null, "Call-up", "FAX_NO_ANSWER", "No answer");

            await().atMost(Duration.ofSeconds(30)).until(() -> monitor.store().queryForObject(
                    "SELECT COALESCE(MAX(attempts), 0) FROM monitor_outbox WHERE status = 'PENDING'", Integer.class) >= 3);
            String lastError = monitor.store().queryForObject("SELECT last_error FROM monitor_outbox", String.class);
            assertTrue(lastError.contains("Connect"), lastError);

            mail.start();
            await().atMost(Duration.ofSeconds(30)).until(() -> mail.received().length == 1);
            NotifyBuilder moreCycles = new NotifyBuilder(monitor.context()).fromRoute("notify-outbox").whenCompleted(5).create();
            assertTrue(moreCycles.matches(20, TimeUnit.SECONDS));
            assertEquals(1, mail.received().length, "delivered exactly once after the outage");
        }
    }
}
