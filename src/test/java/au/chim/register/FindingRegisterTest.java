package au.chim.register;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import au.chim.finding.Category;
import au.chim.finding.Finding;
import au.chim.finding.FindingSnapshot;
import au.chim.finding.Severity;
import au.chim.store.Databases;
import au.chim.testsupport.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.support.TransactionTemplate;

/** The register's lifecycle decisions on a real (H2, SQL Server mode) store migrated by Flyway. */
class FindingRegisterTest {
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-25T00:00:00Z"));
    private FindingRegister register;
    private IssueStore store;

    @BeforeEach
    void store() {
        DriverManagerDataSource ds = new DriverManagerDataSource("jdbc:h2:mem:reg-" + UUID.randomUUID()
                + ";MODE=MSSQLServer;DATABASE_TO_UPPER=FALSE;CASE_INSENSITIVE_IDENTIFIERS=TRUE;DB_CLOSE_DELAY=-1");
        Databases.migrate(ds);
        store = new IssueStore(new JdbcTemplate(ds));
        register = new FindingRegister(store, new TransactionTemplate(new DataSourceTransactionManager(ds)), clock, Duration.ofMinutes(30));
    }

    private static Finding abn(String supplier) {
        return Finding.builder("SUP_ABN_INVALID", Category.SUPPLIER_DETAILS, Severity.ERROR).entity("supplier", supplier)
                .summary("ABN of " + supplier + " fails the check").source("check:supplier-details").build();
    }

    private List<Transition> snapshot(Finding... findings) {
        return register.register(new FindingSnapshot("check:supplier-details", List.of(findings)));
    }

    @Test
    void sameProblemAgainIsCountedNotRaisedTwice() {
        assertEquals(Transition.Type.NEW, snapshot(abn("CONC03")).get(0).type());
        clock.advance(Duration.ofMinutes(1));
        assertTrue(snapshot(abn("CONC03")).isEmpty());
        Issue issue = store.byFingerprint("SUP_ABN_INVALID|supplier:CONC03").orElseThrow();
        assertEquals(2, issue.occurrences());
        assertEquals(IssueStatus.OPEN, issue.status());
    }

    @Test
    void snapshotResolvesWhatItNoLongerContainsAndLeavesOtherScopesAlone() {
        snapshot(abn("CONC03"), abn("KERB14"));
        register.register(Finding.builder("MSG_EMAIL_BOUNCED", Category.FAILED_MESSAGE, Severity.ERROR).entity("supplier", "ROOF08")
                .summary("bounces").build());
        List<Transition> t = snapshot(abn("KERB14"));
        assertEquals(1, t.size());
        assertEquals(Transition.Type.RESOLVED, t.get(0).type());
        assertEquals("SUP_ABN_INVALID|supplier:CONC03", t.get(0).issue().fingerprint());
        assertEquals(IssueStatus.NEW, store.byFingerprint("MSG_EMAIL_BOUNCED|supplier:ROOF08").orElseThrow().status(),
                "an event finding is not resolved by another scope's snapshot");
        assertEquals("no longer reported by check:supplier-details",
                store.history(t.get(0).issue().id()).get(1).reason());
    }

    @Test
    void reopeningInsideTheFlapWindowIsSilentAndOutsideItNotifies() {
        snapshot(abn("CONC03"));
        snapshot();
        clock.advance(Duration.ofMinutes(10));
        Transition flap = snapshot(abn("CONC03")).get(0);
        assertEquals(Transition.Type.REOPENED, flap.type());
        assertFalse(flap.notifies(), "back 10 minutes after resolving: inside the 30-minute flap window");

        snapshot();
        clock.advance(Duration.ofMinutes(31));
        Transition back = snapshot(abn("CONC03")).get(0);
        assertEquals(Transition.Type.REOPENED, back.type());
        assertTrue(back.notifies());
        assertEquals(List.of("NEW", "RESOLVED", "REOPENED", "RESOLVED", "REOPENED"),
                store.history(back.issue().id()).stream().map(AuditEntry::transition).toList());
    }

    @Test
    void anEmptySnapshotOfAnotherScopeResolvesNothing() {
        snapshot(abn("CONC03"));
        assertTrue(register.register(new FindingSnapshot("check:client-details", List.of())).isEmpty());
    }

    @Test
    void snoozedIssueWakesWhenTheSnoozeEndsAndItIsStillThere() {
        snapshot(abn("CONC03"));
        long id = store.byFingerprint("SUP_ABN_INVALID|supplier:CONC03").orElseThrow().id();
        store.snooze(id, clock.instant().plus(Duration.ofHours(2)), "waiting for the supplier");
        clock.advance(Duration.ofHours(1));
        assertTrue(snapshot(abn("CONC03")).isEmpty(), "still snoozed");
        clock.advance(Duration.ofHours(2));
        Transition woke = snapshot(abn("CONC03")).get(0);
        assertEquals(Transition.Type.UNSNOOZED, woke.type());
        assertEquals(IssueStatus.OPEN, woke.issue().status());
    }
}
