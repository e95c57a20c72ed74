package au.chim.notify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import au.chim.finding.Category;
import au.chim.finding.Finding;
import au.chim.finding.FindingSnapshot;
import au.chim.finding.Severity;
import au.chim.register.FindingRegister;
import au.chim.register.IssueStore;
import au.chim.routing.InhibitionRules;
import au.chim.routing.PartyRouter;
import au.chim.routing.RoutingConfig;
import au.chim.routing.TestIssues;
import au.chim.store.Databases;
import au.chim.testsupport.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.support.TransactionTemplate;

/** The register-to-queue hand-off on a real store with the shipped routing: together or not at all, one bad item alone. */
class HandoffTest {
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-25T00:00:00Z"));
    private JdbcTemplate jdbc;
    private Handoff handoff;

    @BeforeEach
    void store() {
        DriverManagerDataSource ds = new DriverManagerDataSource("jdbc:h2:mem:handoff-" + UUID.randomUUID()
                + ";MODE=MSSQLServer;DATABASE_TO_UPPER=FALSE;CASE_INSENSITIVE_IDENTIFIERS=TRUE;DB_CLOSE_DELAY=-1");
        Databases.migrate(ds);
        jdbc = new JdbcTemplate(ds);
        IssueStore issues = new IssueStore(jdbc);
        TransactionTemplate tx = new TransactionTemplate(new DataSourceTransactionManager(ds));
        RoutingConfig routing = TestIssues.shippedConfig();
        FindingRegister register = new FindingRegister(issues, tx, clock, Duration.ofMinutes(30));
        AlertQueue queue = new AlertQueue(jdbc, issues, new PartyRouter(routing), new InhibitionRules(routing.inhibitRules()), clock);
        handoff = new Handoff(register, queue, issues, tx, clock, () -> { });
    }

    private static Finding faxFailed(int message, String supervisor) {
        return Finding.builder("MSG_FAX_FAILED", Category.FAILED_MESSAGE, Severity.ERROR).entity("message", String.valueOf(message))
                .summary("Fax " + message + " was not delivered").source("check:failed-messages")
                .context(Finding.SUPERVISOR_EMAIL, supervisor).build();
    }

    private int queuedFor(String fingerprint) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM monitor_alert_queue q JOIN monitor_issue i ON i.id = q.issue_id "
                + "WHERE i.fingerprint = ?", Integer.class, fingerprint);
    }

    @Test
    void aSupervisorAddressOf95CharactersIsQueuedLikeAnyOther() {
        String email = "a".repeat(83) + "@builder.com";
        assertEquals(95, email.length());
        handoff.register(new FindingSnapshot("check:failed-messages", List.of(faxFailed(1, email))));
        assertEquals(email, jdbc.queryForObject("SELECT recipient_email FROM monitor_alert_queue", String.class));
        assertEquals("supervisors:" + email, jdbc.queryForObject("SELECT recipient_id FROM monitor_alert_queue", String.class));
    }

    @Test
    void anAddressTheStoreRefusesFailsOnlyItsOwnIssueAndFlagsIt() {
        List<Finding> findings = new ArrayList<>();
        for (int i = 1; i <= 30; i++) {
            findings.add(faxFailed(i, i == 7 ? "x".repeat(400) + "@builder.com" : "sup" + i + "@builder.com"));
        }
        handoff.register(new FindingSnapshot("check:failed-messages", findings));

        assertEquals(30, jdbc.queryForObject("SELECT COUNT(*) FROM monitor_issue", Integer.class), "every transition committed");
        for (int i = 1; i <= 30; i++) {
            assertEquals(i == 7 ? 0 : 1, queuedFor("MSG_FAX_FAILED|message:" + i), "message " + i);
        }
        String flag = jdbc.queryForObject("SELECT notify_error FROM monitor_issue WHERE fingerprint = 'MSG_FAX_FAILED|message:7'", String.class);
        assertTrue(flag.startsWith("NEW not queued: "), flag);
        assertEquals(1, jdbc.queryForObject("SELECT COUNT(*) FROM monitor_issue_audit WHERE transition = 'NOT_NOTIFIED'", Integer.class));
        assertNull(jdbc.queryForObject("SELECT notify_error FROM monitor_issue WHERE fingerprint = 'MSG_FAX_FAILED|message:8'", String.class));
    }

    @Test
    void anEntityKeyLongerThanTheFingerprintColumnIsOneIssueAcrossPolls() {
        String key = "K".repeat(1000);
        Finding huge = Finding.builder("SUP_ABN_INVALID", Category.SUPPLIER_DETAILS, Severity.ERROR).entity("supplier", key)
                .summary("ABN fails the check").source("check:supplier-details").build();
        handoff.register(new FindingSnapshot("check:supplier-details", List.of(huge)));
        clock.advance(Duration.ofMinutes(5));
        handoff.register(new FindingSnapshot("check:supplier-details", List.of(huge)));
        assertEquals(1, jdbc.queryForObject("SELECT COUNT(*) FROM monitor_issue", Integer.class));
        assertEquals(2, jdbc.queryForObject("SELECT occurrences FROM monitor_issue", Integer.class), "seen twice, still open");
        assertEquals("OPEN", jdbc.queryForObject("SELECT status FROM monitor_issue", String.class));
    }

    @Test
    void aResolutionGoesOnlyToThoseToldOfThatOccurrence() {
        Finding down = Finding.builder("CLICKHOME_DB_UNREACHABLE", Category.ENVIRONMENT, Severity.ERROR).entity("database", "clickhome")
                .summary("down").source("detect-clickhome-connectivity").build();
        String scope = "check:clickhome-connectivity";
        handoff.register(new FindingSnapshot(scope, List.of(down)));
        clock.advance(Duration.ofMinutes(1));
        handoff.register(new FindingSnapshot(scope, List.of()));
        clock.advance(Duration.ofMinutes(1));
        handoff.register(new FindingSnapshot(scope, List.of(down)));   // back within the flap window: nobody told
        clock.advance(Duration.ofMinutes(1));
        handoff.register(new FindingSnapshot(scope, List.of()));
        List<String> transitions = jdbc.queryForList("SELECT transition FROM monitor_alert_queue ORDER BY id", String.class);
        assertEquals(List.of("NEW", "RESOLVED"), transitions, "no resolution notice for the silent reopen");
    }

    @Test
    void aCriticalProblemThatComesBackInsideTheFlapWindowIsNotifiedAndItsResolutionToo() {
        Finding down = Finding.builder("CLICKHOME_DB_UNREACHABLE", Category.ENVIRONMENT, Severity.CRITICAL).entity("database", "clickhome")
                .summary("down").source("detect-clickhome-connectivity").build();
        String scope = "check:clickhome-connectivity";
        handoff.register(new FindingSnapshot(scope, List.of(down)));
        clock.advance(Duration.ofMinutes(1));
        handoff.register(new FindingSnapshot(scope, List.of()));
        clock.advance(Duration.ofMinutes(1));
        handoff.register(new FindingSnapshot(scope, List.of(down)));
        clock.advance(Duration.ofMinutes(1));
        handoff.register(new FindingSnapshot(scope, List.of()));
        List<String> transitions = jdbc.queryForList("SELECT transition FROM monitor_alert_queue ORDER BY id", String.class);
        assertEquals(List.of("NEW", "RESOLVED", "REOPENED", "RESOLVED"), transitions);
        assertNotNull(jdbc.queryForObject("SELECT resolved_at FROM monitor_issue", java.sql.Timestamp.class));
    }
}
