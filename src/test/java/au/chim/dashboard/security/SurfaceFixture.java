package au.chim.dashboard.security;

import static org.awaitility.Awaitility.await;

import au.chim.dashboard.PasswordHashes;
import au.chim.testsupport.ClickHomeRows;
import au.chim.testsupport.TestMail;
import au.chim.testsupport.TestMonitor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A real monitor (the shipped routes and REST API, Hawtio, JMX) for one security test class. Every request the
 * classes send is kept in one probe, written to target/security-matrix.md each time a class closes its monitor.
 * Small throttle settings and a clock the tests move make throttling and its release testable without waiting.
 */
final class SurfaceFixture implements AutoCloseable {
    static final String FOREIGN = "http://evil.example";
    static final String ALLOWED = "http://ops.example:9000";
    final TestMail mail;
    final TestMonitor monitor;
    final MovableClock clock = new MovableClock(TestMonitor.businessHoursClock());
    // One probe for the JVM, so the matrix file holds the rows of every class that ran.
    private static final SecurityProbe PROBE = new SecurityProbe(Map.of("admin", "admin-pw", "viewer", "viewer-pw",
            "target", "target-pw"));
    final SecurityProbe probe = PROBE;
    final int hawtioPort;
    final long issueId;
    private final Path work;

    /** The monitor's clock, moved forward by the throttling test. */
    static final class MovableClock extends Clock {
        private final Clock base;
        private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);

        MovableClock(Clock base) {
            this.base = base;
        }

        void advance(Duration d) {
            offset.updateAndGet(o -> o.plus(d));
        }

        @Override
        public ZoneId getZone() {
            return base.getZone();
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return Clock.offset(base.withZone(zone), offset.get());
        }

        @Override
        public Instant instant() {
            return base.instant().plus(offset.get());
        }
    }

    static SurfaceFixture start() throws Exception {
        return new SurfaceFixture();
    }

    private SurfaceFixture() throws Exception {
        work = Files.createTempDirectory("security-surface");
        Path users = work.resolve("users.properties");
        Files.write(users, List.of(
                "admin = " + PasswordHashes.hash("admin-pw".toCharArray(), 10_000) + ", admin",
                "viewer = " + PasswordHashes.hash("viewer-pw".toCharArray(), 10_000) + ", viewer",
                "target = " + PasswordHashes.hash("target-pw".toCharArray(), 10_000) + ", admin"));
        mail = new TestMail().start();
        Properties p = TestMonitor.defaults(mail.smtpPort());
        hawtioPort = TestMail.freePort();
        p.setProperty("monitor.dashboard.enabled", "true");
        p.setProperty("monitor.dashboard.port", String.valueOf(hawtioPort));
        p.setProperty("monitor.dashboard.war", Path.of("target/hawtio/hawtio.war").toAbsolutePath().toString());
        p.setProperty("monitor.dashboard.work-dir", work.resolve("hawtio").toString());
        p.setProperty("monitor.dashboard.users-file", users.toString());
        p.setProperty("monitor.dashboard.allowed-origins", ALLOWED);
        p.setProperty("monitor.dashboard.login.free-failures", "3");
        p.setProperty("monitor.dashboard.login.first-delay", "30s");
        p.setProperty("monitor.dashboard.login.max-delay", "5m");
        p.setProperty("camel.main.jmx-enabled", "true");
        monitor = TestMonitor.start(p, clock);
        ClickHomeRows rows = new ClickHomeRows(monitor.clickhome());
        long message = rows.failedMessage(1, rows.supplier("SPARK01", "Sparkright Electrical"), null, "Call-up",
                "SMTP_550", "550 user unknown");
        String fingerprint = "MSG_EMAIL_FAILED|message:" + message;
        await().atMost(Duration.ofSeconds(30)).until(() -> monitor.status(fingerprint) != null);
        issueId = ((Number) monitor.issue(fingerprint).get("id")).longValue();
    }

    String api() {
        return monitor.http();
    }

    String hawtioOrigin() {
        return "http://127.0.0.1:" + hawtioPort;
    }

    String hawtio() {
        return hawtioOrigin() + "/hawtio";
    }

    /** How many transitions people made on the issue, to show a refused request changed nothing. */
    String issueStatus() {
        return monitor.store().queryForObject("SELECT COUNT(*) FROM monitor_issue_audit WHERE issue_id = ? AND actor IN "
                + "('admin', 'viewer', 'target')", Long.class, issueId) + " operator transitions";
    }

    @Override
    public void close() throws java.io.IOException {
        try {
            probe.write(Path.of("target/security-matrix.md"));
        } finally {
            monitor.close();
            mail.close();
        }
    }
}
