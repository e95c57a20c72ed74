package au.chim.detect.bounce;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import au.chim.MonitorApp;
import au.chim.testsupport.TestMail;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import org.apache.camel.main.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** The demo shows the bounce detector working: the bounces from config/demo/bounces become issues on the seeded suppliers. */
class DemoBouncesTest {
    @TempDir
    Path dir;

    @Test
    void demoMailboxBouncesBecomeIssuesOnTheSeededSuppliers() throws Exception {
        String id = UUID.randomUUID().toString().substring(0, 8);
        int smtp = TestMail.freePort();
        int imap = TestMail.freePort();
        Properties p = new Properties();
        p.setProperty("monitor.demo.enabled", "true");
        p.setProperty("monitor.demo.simulator", "false");
        p.setProperty("monitor.demo.smtp-port", String.valueOf(smtp));
        p.setProperty("monitor.demo.imap-port", String.valueOf(imap));
        p.setProperty("monitor.demo.drop-root", dir.resolve("drops").toString());
        p.setProperty("monitor.smtp.port", String.valueOf(smtp));
        p.setProperty("monitor.detect.bounces.port", String.valueOf(imap));
        p.setProperty("monitor.detect.bounces.poll-interval", "200ms");
        // the demo's .err file names the same fax job: leave the folder out so the issue can only come from the mailbox
        p.setProperty("monitor.detect.faxmaker.enabled", "false");
        p.setProperty("monitor.detect.bounces.enabled", "true");
        p.setProperty("monitor.detect.initial-delay", "100ms");
        p.setProperty("monitor.outbox.enabled", "false");
        p.setProperty("camel.main.jmx-enabled", "false");
        // free ports: a demo running on this machine holds the shipped HTTP and dashboard ports
        int http = TestMail.freePort();
        p.setProperty("camel.server.port", String.valueOf(http));
        p.setProperty("camel.management.port", String.valueOf(http));
        p.setProperty("monitor.dashboard.enabled", "false");
        p.setProperty("monitor.clickhome.url", "jdbc:h2:mem:demo-clickhome-" + id
                + ";MODE=MSSQLServer;DATABASE_TO_UPPER=FALSE;CASE_INSENSITIVE_IDENTIFIERS=TRUE;DB_CLOSE_DELAY=-1;TIME ZONE=Australia/Sydney");
        String storeUrl = "jdbc:h2:mem:demo-store-" + id + ";MODE=MSSQLServer;DATABASE_TO_UPPER=FALSE;CASE_INSENSITIVE_IDENTIFIERS=TRUE;DB_CLOSE_DELAY=-1";
        p.setProperty("monitor.store.url", storeUrl);
        Main main = MonitorApp.create(p);
        main.start();
        try {
            JdbcTemplate store = new JdbcTemplate(new DriverManagerDataSource(storeUrl));
            BounceCounters counters = main.getCamelContext().getRegistry().lookupByNameAndType("bounceCounters", BounceCounters.class);
            await().atMost(Duration.ofSeconds(60)).until(() -> counters.recent().stream().filter(h -> h.source().equals("mailbox")).count() == 3);
            List<String> fingerprints = store.queryForList(
                    "SELECT fingerprint FROM monitor_issue WHERE source = 'bounce-mailbox' ORDER BY fingerprint", String.class);
            assertEquals(List.of("MSG_EMAIL_BOUNCED|supplier:ROOF08|email", "MSG_FAX_FAILED|supplier:BRICK07|fax"), fingerprints,
                    "the seeded bounce (by Message-ID) and the seeded fax job (by job id) are tied to their suppliers; the out-of-office is not a failure");
            assertEquals(1, counters.getIgnored());
        } finally {
            main.stop();
        }
    }
}
