package au.chim.spine;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertTrue;

import au.chim.testsupport.FreezableProxy;
import au.chim.testsupport.TestMail;
import au.chim.testsupport.TestMonitor;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Properties;
import org.h2.tools.Server;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ClickHome's server frozen (connections open, no answer) is an outage IT hears about, not a hang with health UP. */
class FrozenDatabaseTest {
    private static final String DB_DOWN = "CLICKHOME_DB_UNREACHABLE|database:clickhome";

    @Test
    void aFrozenDatabaseIsDetectedWithinThePingDeadlineAndClientItIsTold(@TempDir Path dir) throws Exception {
        Server h2 = Server.createTcpServer("-tcpPort", String.valueOf(TestMail.freePort()), "-baseDir", dir.toString(), "-ifNotExists").start();
        try (FreezableProxy proxy = new FreezableProxy(h2.getPort()); TestMail mail = new TestMail().start()) {
            Properties p = TestMonitor.defaults(mail.smtpPort());
            p.setProperty("monitor.clickhome.url", "jdbc:h2:tcp://127.0.0.1:" + proxy.port()
                    + "/clickhome;MODE=MSSQLServer;DATABASE_TO_UPPER=FALSE;CASE_INSENSITIVE_IDENTIFIERS=TRUE");
            p.setProperty("monitor.detect.connectivity-timeout", "1");
            try (TestMonitor monitor = TestMonitor.start(p)) {
                var checks = monitor.context().getRegistry().lookupByNameAndType("clickhomeChecks", au.chim.detect.clickhome.ClickHomeChecks.class);
                await().atMost(Duration.ofSeconds(30)).until(() -> checks.status().stream().allMatch(c -> c.lastRun() != null));

                proxy.freeze();
                await().atMost(Duration.ofSeconds(30)).until(() -> monitor.status(DB_DOWN) != null);
                String detail = (String) monitor.issue(DB_DOWN).get("detail");
                assertTrue(detail.contains("did not answer SELECT 1 within 1 s"), detail);
                await().atMost(Duration.ofSeconds(30)).until(() -> Arrays.stream(mail.received())
                        .anyMatch(m -> subject(m).contains("ClickHome database cannot be reached")));

                proxy.thaw();
                await().atMost(Duration.ofSeconds(60)).until(() -> "RESOLVED".equals(monitor.status(DB_DOWN)));
            }
        } finally {
            h2.stop();
        }
    }

    private static String subject(jakarta.mail.internet.MimeMessage m) {
        try {
            return m.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            return "";
        }
    }
}
