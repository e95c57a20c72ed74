package au.chim.detect.clickhome;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import au.chim.testsupport.Ceiling;
import au.chim.testsupport.ClickHomeRows;
import au.chim.testsupport.TestMail;
import au.chim.testsupport.TestMonitor;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * One real monitor per test class (fresh H2 ClickHome and store, every check every 200 ms); each test
 * uses its own keys so tests of a class never see each other's rows.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class CheckTestBase {
    /** Two check runs: every check runs each tick in tests (monitor.detect.every-override). */
    static final Duration WAIT = Ceiling.twoTicks();
    /** A hostile value from a ClickHome text column: line breaks, markup and non-Latin text. */
    static final String HOSTILE = "Bounced\r\n<script>alert(1)</script> Nguyễn 東京\nBcc: x@evil.example";

    TestMail mail;
    TestMonitor monitor;
    JdbcTemplate db;
    ClickHomeRows rows;
    ClickHomeChecks checks;

    @BeforeAll
    void startMonitor() throws Exception {
        mail = new TestMail().start();
        monitor = TestMonitor.start(settings(mail.smtpPort()));
        db = monitor.clickhome();
        rows = new ClickHomeRows(db);
        checks = monitor.context().getRegistry().lookupByNameAndType("clickhomeChecks", ClickHomeChecks.class);
    }

    /** The monitor's settings; a test class about one deployment (a UTC SQL Server, ...) changes them. */
    java.util.Properties settings(int smtpPort) {
        return TestMonitor.defaults(smtpPort);
    }

    @AfterAll
    void stopMonitor() {
        monitor.close();
        mail.close();
    }

    /** Waits until the issue is open (NEW or OPEN) and returns its register row. */
    Map<String, Object> awaitOpen(String fingerprint) {
        await(fingerprint + " open").atMost(WAIT).until(() -> {
            String s = monitor.status(fingerprint);
            return s != null && !"RESOLVED".equals(s);
        });
        return monitor.issue(fingerprint);
    }

    void awaitResolved(String fingerprint) {
        await(fingerprint + " resolved").atMost(WAIT).until(() -> "RESOLVED".equals(monitor.status(fingerprint)));
    }

    /**
     * Waits until the check has run twice since now, without error. The route runs the checks one after
     * the other, so the second run starting means the first run's snapshot has reached the register.
     */
    void awaitFreshRuns(String checkId) {
        Instant since = monitor.now();
        await(checkId + " ran").atMost(WAIT).until(() -> ran(checkId, since));
        Instant first = status(checkId).lastRun();
        await(checkId + " ran again").atMost(WAIT).until(() -> ran(checkId, first));
        assertNull(status(checkId).lastError(), checkId + " failed");
    }

    /** Absent after the check has seen the current data (never asserted without a completed run). */
    void assertNotRaised(String checkId, String... fingerprints) {
        awaitFreshRuns(checkId);
        for (String fingerprint : fingerprints) {
            String s = monitor.status(fingerprint);
            assertTrue(s == null || "RESOLVED".equals(s), fingerprint + " must not be open, was " + s);
        }
    }

    /** Nothing open whose fingerprint contains any of the keys, after a fresh run of the check. */
    void assertNothingOpenFor(String checkId, String... keys) {
        awaitFreshRuns(checkId);
        for (String key : keys) {
            List<String> open = monitor.store().queryForList(
                    "SELECT fingerprint FROM monitor_issue WHERE fingerprint LIKE ? AND status <> 'RESOLVED'", String.class, "%" + key + "%");
            assertEquals(List.of(), open, "open issues for " + key);
        }
    }

    static void assertIssue(Map<String, Object> issue, String severity, String category, String summaryPart) {
        assertEquals(severity, issue.get("severity"), "severity of " + issue.get("fingerprint"));
        assertEquals(category, issue.get("category"), "category of " + issue.get("fingerprint"));
        String summary = (String) issue.get("summary");
        assertTrue(summary.contains(summaryPart) || summary.matches(".*" + ageTolerant(summaryPart) + ".*"),
                "summary '" + summary + "' should contain '" + summaryPart + "'");
    }

    /**
     * An age in minutes grows while a test runs (the summary is rewritten at every poll), so
     * "waited 122 minutes" also accepts 123 or 124: the row's age, not the poll's timing, is under test.
     */
    private static String ageTolerant(String summaryPart) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d+) minutes").matcher(summaryPart);
        if (!m.find()) {
            return java.util.regex.Pattern.quote(summaryPart);
        }
        int n = Integer.parseInt(m.group(1));
        return java.util.regex.Pattern.quote(summaryPart.substring(0, m.start())) + "(" + n + "|" + (n + 1) + "|" + (n + 2) + ") minutes"
                + java.util.regex.Pattern.quote(summaryPart.substring(m.end()));
    }

    /** A hostile text reaches the summary as one line, markup kept verbatim (escaping is the channel's job), letters intact. */
    static void assertOneLineHostile(Map<String, Object> issue) {
        String summary = (String) issue.get("summary");
        assertFalse(summary.contains("\n") || summary.contains("\r"), "summary must be one line: " + summary);
        assertTrue(summary.contains("Bounced <script>alert(1)</script> Nguyễn 東京 Bcc: x@evil.example"), summary);
    }

    private CheckStatus status(String checkId) {
        return checks.status().stream().filter(s -> s.id().equals(checkId)).findFirst().orElseThrow();
    }

    private boolean ran(String checkId, Instant after) {
        Instant last = status(checkId).lastRun();
        return last != null && last.isAfter(after);
    }
}
