package au.chim.bench;

import static org.awaitility.Awaitility.await;

import au.chim.testsupport.ClickHomeRows;
import au.chim.testsupport.FreezableProxy;
import au.chim.testsupport.KillNineScenario;
import au.chim.testsupport.TestMail;
import au.chim.testsupport.TestMonitor;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import org.h2.tools.Server;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Faults injected into the real monitor, one experiment each; prints per experiment the load, what was
 * lost, what was sent twice, and the health answers seen (never asserted: the tests in spine/ assert).
 * Run: ./mvnw -Pbenchmark test -Dtest=FaultBenchmark
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FaultBenchmark {
    private final List<String> table = new ArrayList<>();
    private final HttpClient http = HttpClient.newHttpClient();

    private void row(String experiment, String load, int lost, int duplicated, String health) {
        table.add(String.format("| %-44s | %-26s | %4d | %10d | %-30s |", experiment, load, lost, duplicated, health));
    }

    @AfterAll
    void print() {
        System.out.println("\nFAULT BENCHMARK");
        System.out.println(String.format("| %-44s | %-26s | %4s | %10s | %-30s |", "experiment", "load", "lost", "duplicated", "health seen"));
        System.out.println("|" + "-".repeat(46) + "|" + "-".repeat(28) + "|" + "-".repeat(6) + "|" + "-".repeat(12) + "|" + "-".repeat(32) + "|");
        table.forEach(System.out::println);
    }

    @Test
    void killDashNine() throws Exception {
        for (String[] store : new String[][] {{";WRITE_DELAY=500", "kill -9, H2 write delay 500 ms (H2 default)"},
                {"", "kill -9, store as the monitor opens it"}}) {
            KillNineScenario.Result r = KillNineScenario.run(Files.createTempDirectory("fault-kill"), 40, 5, store[0]);
            row(store[1], r.load() + " failures, kill after " + r.acceptedBeforeKill(), r.undelivered(), r.duplicates() + r.alertedAgain(),
                    "after restart " + r.healthAfter() + "; " + r.forgottenAtKill() + " sent forgotten");
        }
    }

    @Test
    void overLongValues() {
        var ds = new org.springframework.jdbc.datasource.DriverManagerDataSource("jdbc:h2:mem:fault-long;MODE=MSSQLServer;"
                + "DATABASE_TO_UPPER=FALSE;CASE_INSENSITIVE_IDENTIFIERS=TRUE;DB_CLOSE_DELAY=-1");
        au.chim.store.Databases.migrate(ds);
        var jdbc = new org.springframework.jdbc.core.JdbcTemplate(ds);
        var issues = new au.chim.register.IssueStore(jdbc);
        var tx = new org.springframework.transaction.support.TransactionTemplate(new org.springframework.jdbc.datasource.DataSourceTransactionManager(ds));
        var routing = au.chim.routing.TestIssues.shippedConfig();
        var clock = java.time.Clock.systemUTC();
        var handoff = new au.chim.notify.Handoff(new au.chim.register.FindingRegister(issues, tx, clock, Duration.ofMinutes(30)),
                new au.chim.notify.AlertQueue(jdbc, issues, new au.chim.routing.PartyRouter(routing),
                        new au.chim.routing.InhibitionRules(routing.inhibitRules()), clock), issues, tx, clock, () -> { });
        List<au.chim.finding.Finding> findings = new ArrayList<>();
        for (int i = 0; i < 61; i++) {
            String email = i == 10 ? "x".repeat(400) + "@builder.com" : i % 2 == 0 ? "a".repeat(83) + i + "@b.com.au" : "sup" + i + "@builder.com";
            findings.add(au.chim.finding.Finding.builder("MSG_FAX_FAILED", au.chim.finding.Category.FAILED_MESSAGE, au.chim.finding.Severity.ERROR)
                    .entity("message", i == 20 ? "K".repeat(1000) : String.valueOf(i)).summary("fax " + i).source("bench")
                    .context(au.chim.finding.Finding.SUPERVISOR_EMAIL, email).build());
        }
        handoff.register(new au.chim.finding.FindingSnapshot("check:failed-messages", findings));
        int queued = jdbc.queryForObject("SELECT COUNT(DISTINCT issue_id) FROM monitor_alert_queue", Integer.class);
        int flagged = jdbc.queryForObject("SELECT COUNT(*) FROM monitor_issue WHERE notify_error IS NOT NULL", Integer.class);
        row("snapshot: 30 x 95-char + 1 x 412-char address", "61 findings, 1 x 1000-char key", 61 - queued - flagged, 0,
                "n/a; refused " + flagged + ", ERROR log + flag");
    }

    @Test
    void smtpOutage() throws Exception {
        try (TestMail mail = new TestMail().start()) {
            Properties p = TestMonitor.defaults(mail.smtpPort());
            p.setProperty("monitor.smtp.outage-after", "3s");
            try (TestMonitor monitor = TestMonitor.start(p)) {
                ClickHomeRows rows = new ClickHomeRows(monitor.clickhome());
                mail.stop();
                List<Long> ids = new ArrayList<>();
                for (int i = 0; i < 200; i++) {
                    ids.add(rows.failedMessage(1, rows.supplier("OUT" + i, "Outage " + i), null, "Call-up", "SMTP_550", "550"));
                }
                String relay = "SMTP_RELAY_DOWN|server:127.0.0.1:" + mail.smtpPort();
                await().atMost(Duration.ofSeconds(60)).until(() -> monitor.status(relay) != null);
                int during = health(monitor);
                mail.start();
                await().atMost(Duration.ofSeconds(120)).until(() -> "RESOLVED".equals(monitor.status(relay))
                        && monitor.store().queryForObject("SELECT COUNT(*) FROM monitor_outbox WHERE status <> 'SENT'", Integer.class) == 0);
                int lost = monitor.store().queryForObject("SELECT COUNT(*) FROM monitor_issue i WHERE code <> 'SMTP_RELAY_DOWN' AND NOT EXISTS "
                        + "(SELECT 1 FROM monitor_alert_queue q JOIN monitor_outbox o ON o.id = q.outbox_id WHERE q.issue_id = i.id AND o.status = 'SENT')",
                        Integer.class);
                row("SMTP relay down, SMTP_RELAY_DOWN after 3 s", ids.size() + " failures", lost, duplicates(mail), "during " + during + ", after " + health(monitor));
            }
        }
    }

    @Test
    void frozenClickHome() throws Exception {
        Path dir = Files.createTempDirectory("fault-frozen");
        Server h2 = Server.createTcpServer("-tcpPort", String.valueOf(TestMail.freePort()), "-baseDir", dir.toString(), "-ifNotExists").start();
        try (FreezableProxy proxy = new FreezableProxy(h2.getPort()); TestMail mail = new TestMail().start()) {
            Properties p = TestMonitor.defaults(mail.smtpPort());
            p.setProperty("monitor.clickhome.url", "jdbc:h2:tcp://127.0.0.1:" + proxy.port()
                    + "/clickhome;MODE=MSSQLServer;DATABASE_TO_UPPER=FALSE;CASE_INSENSITIVE_IDENTIFIERS=TRUE");
            p.setProperty("monitor.detect.connectivity-timeout", "2");
            try (TestMonitor monitor = TestMonitor.start(p)) {
                String down = "CLICKHOME_DB_UNREACHABLE|database:clickhome";
                await().atMost(Duration.ofSeconds(30)).until(() -> health(monitor) == 200);
                long frozenAt = System.nanoTime();
                proxy.freeze();
                await().atMost(Duration.ofSeconds(60)).until(() -> monitor.status(down) != null);
                long detectedMs = (System.nanoTime() - frozenAt) / 1_000_000;
                await().atMost(Duration.ofSeconds(60)).until(() -> mail.received().length > 0);
                int during = health(monitor);
                proxy.thaw();
                await().atMost(Duration.ofSeconds(60)).until(() -> "RESOLVED".equals(monitor.status(down)));
                row("ClickHome frozen (relay stops forwarding)", "19 checks, ping deadline 2 s", 0, duplicates(mail),
                        "during " + during + ", detected in " + detectedMs + " ms, IT mailed " + mail.received().length);
            }
        } finally {
            h2.stop();
        }
    }

    @Test
    void readOnlyStore() throws Exception {
        Path dir = Files.createTempDirectory("fault-ro");
        String url = "jdbc:h2:file:" + dir.resolve("store") + ";MODE=MSSQLServer;DATABASE_TO_UPPER=FALSE;CASE_INSENSITIVE_IDENTIFIERS=TRUE";
        au.chim.store.Databases.migrate(new org.springframework.jdbc.datasource.DriverManagerDataSource(url));
        try (var c = java.sql.DriverManager.getConnection(url)) {
            c.createStatement().execute("SHUTDOWN");
        }
        try (TestMail mail = new TestMail().start()) {
            Properties p = TestMonitor.defaults(mail.smtpPort());
            p.setProperty("monitor.store.url", url + ";ACCESS_MODE_DATA=r");
            p.setProperty("monitor.observe.store-check-interval", "500ms");
            try (TestMonitor monitor = TestMonitor.start(p)) {
                await().atMost(Duration.ofSeconds(60)).until(() -> mail.received().length > 0);
                row("store read-only from start", "start + 1 CRITICAL email", 0, duplicates(mail),
                        health(monitor) + ", IT mailed directly " + mail.received().length);
            }
        }
    }

    private int health(TestMonitor monitor) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(monitor.http() + "/observe/health")).timeout(Duration.ofSeconds(20))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(("viewer:" + TestMonitor.PASSWORD)
                        .getBytes(StandardCharsets.UTF_8))).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private static int duplicates(TestMail mail) throws Exception {
        Set<String> seen = new HashSet<>();
        int dups = 0;
        for (var m : mail.received()) {
            dups += seen.add(m.getMessageID()) ? 0 : 1;
        }
        return dups;
    }
}
