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
import org.apache.camel.ServiceStatus;
import org.apache.camel.builder.NotifyBuilder;
import org.h2.tools.Server;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ClickHome's database going away raises one finding for Client IT, resolves nothing else, and clears on recovery. */
class ClickHomeUnreachableTest {
    private static final String DB_DOWN = "CLICKHOME_DB_UNREACHABLE|database:clickhome";

    @Test
    void outageIsOneFindingAndRecoveryResolvesIt(@TempDir Path dir) throws Exception {
        int port = TestMail.freePort();
        Server h2 = Server.createTcpServer("-tcpPort", String.valueOf(port), "-baseDir", dir.toString(), "-ifNotExists").start();
        try (TestMail mail = new TestMail().start()) {
            Properties p = TestMonitor.defaults(mail.smtpPort());
            p.setProperty("monitor.clickhome.url", "jdbc:h2:tcp://127.0.0.1:" + port
                    + "/clickhome;MODE=MSSQLServer;DATABASE_TO_UPPER=FALSE;CASE_INSENSITIVE_IDENTIFIERS=TRUE");
            // each ping of the stopped server waits this long for a connection: 2 s still holds on a busy machine
            p.setProperty("monitor.detect.connectivity-timeout", "2");
            try (TestMonitor monitor = TestMonitor.start(p)) {
                ClickHomeRows rows = new ClickHomeRows(monitor.clickhome());
                long message = rows.failedMessage(1, rows.supplier("SPARK01", "Sparkright"), null, "Call-up", "SMTP_550", "550 user unknown");
                String failed = "MSG_EMAIL_FAILED|message:" + message;
                await().atMost(Duration.ofSeconds(20)).until(() -> "NEW".equals(monitor.status(failed)) || "OPEN".equals(monitor.status(failed)));

                h2.stop();
                await().atMost(Duration.ofSeconds(40)).until(() -> monitor.status(DB_DOWN) != null);
                NotifyBuilder stillDown = new NotifyBuilder(monitor.context()).fromRoute("detect-clickhome-connectivity")
                        .whenCompleted(3).create();
                assertTrue(stillDown.matches(60, TimeUnit.SECONDS));
                assertTrue(monitor.status(failed).matches("NEW|OPEN"), "an unreachable database resolves nothing");
                assertEquals(1, monitor.store().queryForObject(
                        "SELECT COUNT(*) FROM monitor_issue WHERE category = 'environment'", Integer.class), "one finding, not a flood");
                assertEquals(ServiceStatus.Started, monitor.context().getRouteController().getRouteStatus("detect-clickhome"));
                await().atMost(Duration.ofSeconds(20)).until(() -> mail.received().length >= 2);
                assertTrue(mail.received()[mail.received().length - 1].getSubject().contains("ClickHome database cannot be reached"));

                h2 = Server.createTcpServer("-tcpPort", String.valueOf(port), "-baseDir", dir.toString(), "-ifNotExists").start();
                await().atMost(Duration.ofSeconds(40)).until(() -> "RESOLVED".equals(monitor.status(DB_DOWN)));
                assertTrue(monitor.status(failed).matches("NEW|OPEN"), "the row is still failed after recovery");
            }
        } finally {
            h2.stop();
        }
    }
}
