package au.chim.testsupport;

import static org.awaitility.Awaitility.await;

import jakarta.mail.internet.MimeMessage;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Pattern;
import org.h2.tools.Server;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The monitor in a child JVM on an H2 file store while failed messages arrive one by one; killed with
 * kill -9 once {@code killAfterEmails} alerts were accepted, then started again on the same store until
 * every failure was alerted. Shared by KillNineTest (asserts) and FaultBenchmark (prints).
 */
public final class KillNineScenario {
    /**
     * @param forgottenAtKill emails the relay accepted that the store no longer held after the kill
     * @param duplicates      extra copies of one Message-ID received
     * @param undelivered     issues whose alert is in no email marked SENT, at the end
     * @param issues          issues in the store at the end (one per failed message when nothing was re-detected)
     * @param healthAfter     HTTP status of /observe/health of the restarted monitor
     * @param alertedAgain    failed messages alerted in more than one distinct email (a new Message-ID: detected as new
     *                        again), summed over the extra emails; the in-flight email resent with its own Message-ID is not one
     */
    public record Result(int load, int acceptedBeforeKill, int forgottenAtKill, int notMarkedAtKill, int duplicates,
                         int undelivered, int issues, int queuedTwice, int healthAfter, int alertedAgain) {
    }

    private KillNineScenario() {
    }

    /** @param storeOptions appended to the store URL (e.g. ";WRITE_DELAY=500" for H2's own default) */
    public static Result run(Path dir, int messages, int killAfterEmails, String storeOptions) throws Exception {
        Server h2 = Server.createTcpServer("-tcpPort", String.valueOf(TestMail.freePort()), "-baseDir", dir.toString(), "-ifNotExists").start();
        try (TestMail mail = new TestMail().start()) {
            Properties p = TestMonitor.defaults(mail.smtpPort());
            p.setProperty("monitor.clickhome.url", "jdbc:h2:tcp://127.0.0.1:" + h2.getPort()
                    + "/clickhome;MODE=MSSQLServer;DATABASE_TO_UPPER=FALSE;CASE_INSENSITIVE_IDENTIFIERS=TRUE;TIME ZONE=Australia/Sydney");
            String storeUrl = "jdbc:h2:file:" + dir.resolve("store") + ";MODE=MSSQLServer;DATABASE_TO_UPPER=FALSE;CASE_INSENSITIVE_IDENTIFIERS=TRUE";
            p.setProperty("monitor.store.url", storeUrl + storeOptions);
            TestMonitor.prepareClickHome(p.getProperty("monitor.clickhome.url"));
            ClickHomeRows rows = new ClickHomeRows(new JdbcTemplate(new DriverManagerDataSource(p.getProperty("monitor.clickhome.url"))));
            List<Long> ids = new ArrayList<>();

            CrashableMonitor first = CrashableMonitor.start(p, dir, "first");
            try {
                await().atMost(Duration.ofSeconds(60)).until(() -> first.health() > 0);
                while (mail.received().length < killAfterEmails && ids.size() < messages) {
                    ids.add(rows.failedMessage(1, rows.supplier("TRADE" + ids.size(), "Trade " + ids.size()), null, "Call-up", "SMTP_550", "550"));
                    int before = mail.received().length;
                    await().atMost(Duration.ofSeconds(30)).until(() -> mail.received().length > before);
                }
            } finally {
                first.kill();
            }
            Map<String, Integer> accepted = copies(mail.received());
            JdbcTemplate store = new JdbcTemplate(new DriverManagerDataSource(storeUrl));
            List<String> kept = store.queryForList("SELECT message_id FROM monitor_outbox", String.class);
            int forgotten = (int) accepted.keySet().stream().filter(id -> !kept.contains(id)).count();
            int notMarked = store.queryForObject("SELECT COUNT(*) FROM monitor_outbox WHERE status <> 'SENT'", Integer.class)
                    - (kept.size() - (accepted.size() - forgotten));
            try (Connection c = store.getDataSource().getConnection()) {
                c.createStatement().execute("SHUTDOWN");
            }

            while (ids.size() < messages) {
                ids.add(rows.failedMessage(1, rows.supplier("TRADE" + ids.size(), "Trade " + ids.size()), null, "Call-up", "SMTP_550", "550"));
            }
            int health;
            int beforeRestart = mail.received().length;
            try (CrashableMonitor second = CrashableMonitor.start(p, dir, "second")) {
                // Every failure alerted, or nothing more on the way: a store that lost commits (H2's write delay) may have
                // lost an alert for good, which the result then counts. Quiet: the restarted monitor has sent its first
                // email (the failures added meanwhile always make one), then its outbox stays empty and no email comes
                // for 10 s (50 check rounds, room for a busy machine).
                Quiet quiet = new Quiet(Duration.ofSeconds(10));
                await().atMost(Duration.ofSeconds(120)).until(() -> alerted(mail.received(), ids) == messages
                        || (mail.received().length > beforeRestart
                        && quiet.holds(mail.received().length, "[]".equals(second.get("/api/outbox?status=PENDING")))));
                await().atMost(Duration.ofSeconds(30)).until(() -> "[]".equals(second.get("/api/outbox?status=PENDING")));
                health = second.health();
            }
            JdbcTemplate after = new JdbcTemplate(new DriverManagerDataSource(storeUrl));
            int undelivered = after.queryForObject("SELECT COUNT(*) FROM monitor_issue i WHERE NOT EXISTS (SELECT 1 FROM monitor_alert_queue q "
                    + "JOIN monitor_outbox o ON o.id = q.outbox_id WHERE q.issue_id = i.id AND o.status = 'SENT')", Integer.class);
            int issues = after.queryForObject("SELECT COUNT(*) FROM monitor_issue", Integer.class);
            int queuedTwice = after.queryForObject("SELECT COUNT(*) - COUNT(DISTINCT issue_id) FROM monitor_alert_queue", Integer.class);
            try (Connection c = after.getDataSource().getConnection()) {
                c.createStatement().execute("SHUTDOWN");
            }
            int duplicates = copies(mail.received()).values().stream().mapToInt(n -> n - 1).sum();
            return new Result(messages, accepted.size(), forgotten, Math.max(0, notMarked), duplicates, undelivered, issues, queuedTwice, health,
                    alertedAgain(mail.received(), ids));
        } finally {
            h2.stop();
        }
    }

    /** How many of the failed messages appear in at least one email received (each alert names its issues' entities). */
    /** What the reader has of one email: its text and the CSV of all its items (the text lists only the worst ones). */
    private static String readable(MimeMessage m) throws Exception {
        StringBuilder b = new StringBuilder();
        for (jakarta.mail.Part p : MailParts.leaves(m)) {
            if (p.isMimeType("text/plain") || p.isMimeType("text/csv")) {
                b.append(new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)).append('\n');
            }
        }
        return b.toString();
    }

    private static int alerted(MimeMessage[] received, List<Long> messageIds) throws Exception {
        StringBuilder all = new StringBuilder();
        for (MimeMessage m : received) {
            all.append(readable(m));
        }
        return (int) messageIds.stream().filter(id -> Pattern.compile("message\\s+" + id + "\\b").matcher(all).find()).count();
    }

    private static int alertedAgain(MimeMessage[] received, List<Long> messageIds) throws Exception {
        Map<String, String> bodyById = new HashMap<>();
        for (MimeMessage m : received) {
            bodyById.put(m.getMessageID(), readable(m));
        }
        int again = 0;
        for (long id : messageIds) {
            Pattern named = Pattern.compile("message\\s+" + id + "\\b");
            again += Math.max(0, (int) bodyById.values().stream().filter(b -> named.matcher(b).find()).count() - 1);
        }
        return again;
    }

    private static Map<String, Integer> copies(MimeMessage[] received) throws Exception {
        Map<String, Integer> out = new HashMap<>();
        for (MimeMessage m : received) {
            out.merge(m.getMessageID(), 1, Integer::sum);
        }
        return out;
    }

    /** True once the number of emails received has not moved, with nothing pending, for the whole of {@code span}. */
    private static final class Quiet {
        private final Duration span;
        private int count = -1;
        private long since;

        Quiet(Duration span) {
            this.span = span;
        }

        boolean holds(int received, boolean nothingPending) {
            long now = System.nanoTime();
            if (received != count || !nothingPending) {
                count = nothingPending ? received : -1;
                since = now;
                return false;
            }
            return now - since >= span.toNanos();
        }
    }
}
