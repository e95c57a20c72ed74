package au.chim.spine;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import au.chim.testsupport.ChildMonitor;
import au.chim.testsupport.ClickHomeRows;
import au.chim.testsupport.TestMail;
import au.chim.testsupport.TestMonitor;
import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.h2.tools.Server;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The monitor in its own JVM on the default kind of store (an H2 file), killed with kill -9 while alerts
 * flow and started again on the same store: nothing committed is forgotten, no alert is lost, and at most
 * the one email in flight at the kill is sent twice (counted by Message-ID at the SMTP server).
 */
class KillNineTest {
    private static final int MESSAGES = 30;

    @Test
    void killDashNineLosesNothingCommittedAndSendsNothingTwice(@TempDir Path dir) throws Exception {
        int port = TestMail.freePort();
        Server clickhomeServer = Server.createTcpServer("-tcpPort", String.valueOf(port), "-baseDir", dir.toString(), "-ifNotExists").start();
        try (TestMail mail = new TestMail().start()) {
            Properties p = TestMonitor.defaults(mail.smtpPort());
            p.setProperty("monitor.clickhome.url", "jdbc:h2:tcp://127.0.0.1:" + port
                    + "/clickhome;MODE=MSSQLServer;DATABASE_TO_UPPER=FALSE;CASE_INSENSITIVE_IDENTIFIERS=TRUE;TIME ZONE=Australia/Sydney");
            // the default store's kind and settings: an H2 file, no WRITE_DELAY in the URL (the monitor makes it durable)
            String storeUrl = "jdbc:h2:file:" + dir.resolve("store") + ";MODE=MSSQLServer;DATABASE_TO_UPPER=FALSE;CASE_INSENSITIVE_IDENTIFIERS=TRUE";
            p.setProperty("monitor.store.url", storeUrl);
            TestMonitor.prepareClickHome(p.getProperty("monitor.clickhome.url"));
            ClickHomeRows rows = new ClickHomeRows(new JdbcTemplate(new DriverManagerDataSource(p.getProperty("monitor.clickhome.url"))));

            ChildMonitor first = ChildMonitor.start(p, dir, "first");
            int inserted = 0;
            List<Long> ids = new java.util.ArrayList<>();
            try {
                await().atMost(Duration.ofSeconds(60)).until(() -> first.health() > 0);
                // failures arrive one by one, so alerts flow in many emails; the kill lands while they do
                while (mail.received().length < 3 && inserted < MESSAGES) {
                    int supplier = rows.supplier("TRADE" + inserted, "Trade " + inserted);
                    ids.add(rows.failedMessage(1, supplier, null, "Call-up " + inserted, "SMTP_550", "550 user unknown"));
                    inserted++;
                    int before = mail.received().length;
                    await().atMost(Duration.ofSeconds(30)).until(() -> mail.received().length > before);
                }
            } finally {
                first.kill();
            }
            Map<String, Integer> beforeKill = copiesByMessageId(mail.received());

            JdbcTemplate store = new JdbcTemplate(new DriverManagerDataSource(storeUrl));
            List<String> kept = store.queryForList("SELECT message_id FROM monitor_outbox", String.class);
            assertTrue(kept.containsAll(beforeKill.keySet()), "every email the relay accepted is still in the outbox: " + beforeKill.keySet() + " vs " + kept);
            int notMarked = store.queryForObject("SELECT COUNT(*) FROM monitor_outbox WHERE status <> 'SENT'", Integer.class);
            assertTrue(notMarked <= 1 + kept.size() - beforeKill.size(), "only the email in flight may lack its SENT mark");
            ((DriverManagerDataSource) store.getDataSource()).getConnection().createStatement().execute("SHUTDOWN");

            for (int i = inserted; i < MESSAGES; i++) {
                ids.add(rows.failedMessage(1, rows.supplier("TRADE" + i, "Trade " + i), null, "Call-up " + i, "SMTP_550", "550 user unknown"));
            }
            try (ChildMonitor second = ChildMonitor.start(p, dir, "second")) {
                await().atMost(Duration.ofSeconds(120)).until(() -> alerted(mail.received(), ids) == MESSAGES);
                await().atMost(Duration.ofSeconds(30)).until(() -> "[]".equals(second.get("/api/outbox?status=PENDING")));
            }
            JdbcTemplate after = new JdbcTemplate(new DriverManagerDataSource(storeUrl));
            assertEquals(MESSAGES, after.queryForObject("SELECT COUNT(*) FROM monitor_issue", Integer.class), "one issue per failed message");
            assertEquals(0, undelivered(after), "every issue's alert is in an email the relay accepted");
            int duplicates = copiesByMessageId(mail.received()).values().stream().mapToInt(n -> n - 1).sum();
            assertTrue(duplicates <= 1, "at most the one email in flight is sent again, sent twice: " + duplicates);
            assertEquals(0, after.queryForObject("SELECT COUNT(*) - COUNT(DISTINCT issue_id) FROM monitor_alert_queue", Integer.class),
                    "no issue was detected as new twice");
        } finally {
            clickhomeServer.stop();
        }
    }

    /** How many of the failed messages appear in at least one email received (each alert names its issues' entities). */
    private static int alerted(MimeMessage[] received, List<Long> messageIds) {
        String all = java.util.Arrays.stream(received).map(m -> GreenMailUtil.getBody(m).replace("=\r\n", "").replace("=\n", ""))
                .reduce("", String::concat);
        return (int) messageIds.stream().filter(id -> java.util.regex.Pattern.compile("message\\s+" + id + "\\b").matcher(all).find()).count();
    }

    /** Issues with no alert item in an email marked SENT. */
    private static int undelivered(JdbcTemplate store) {
        return store.queryForObject("SELECT COUNT(*) FROM monitor_issue i WHERE NOT EXISTS (SELECT 1 FROM monitor_alert_queue q "
                + "JOIN monitor_outbox o ON o.id = q.outbox_id WHERE q.issue_id = i.id AND o.status = 'SENT')", Integer.class);
    }

    private static Map<String, Integer> copiesByMessageId(MimeMessage[] received) throws Exception {
        Map<String, Integer> out = new HashMap<>();
        for (MimeMessage m : received) {
            out.merge(m.getMessageID(), 1, Integer::sum);
        }
        return out;
    }
}
