package au.chim.detect.bounce;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import au.chim.finding.Category;
import au.chim.finding.Finding;
import au.chim.finding.FindingSnapshot;
import au.chim.finding.Severity;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.io.IOException;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** From corpus mail to findings: classify, correlate against H2 ClickHome, evaluate with an H2 monitor store. */
class BounceFindingsTest {
    private static final Instant NOW = Instant.parse("2026-11-21T03:00:00Z");
    private static DataSource clickHome;
    private final BounceClassifier classifier = new BounceClassifier();
    private BounceFindings findings;

    @BeforeAll
    static void db() throws IOException, SQLException {
        clickHome = TestDatabases.clickHome();
    }

    @BeforeEach
    void store() {
        findings = new BounceFindings(new SoftBounceCounter(TestDatabases.monitorStore()), 3, Duration.ofHours(72));
    }

    private BounceOutcome run(String corpusFile, Instant now) throws IOException {
        BounceReport r = classifier.classify(BounceCorpus.bytes(corpusFile));
        return findings.evaluate(r, new MessageCorrelator(clickHome).correlate(r, now), now);
    }

    @Test
    void supplierHardBounceIsKeyedOnTheSupplierEmail() throws IOException {
        BounceOutcome o = run("postfix-dsn-hard-511.eml", NOW);
        assertEquals(BounceOutcome.Result.RAISED, o.result());
        Finding f = o.events().get(0);
        assertEquals("MSG_EMAIL_BOUNCED|supplier:SPARK01|email", f.fingerprint());
        assertEquals(Category.FAILED_MESSAGE, f.category());
        assertEquals(Severity.ERROR, f.severity());
        assertEquals("Supplier SPARK01's email address bounces: the mailbox does not exist, 5.1.1", f.summary());
        assertEquals("SPARK01", f.context().get(Finding.SUPPLIER_CODE));
        assertEquals("24017", f.context().get(Finding.CONTRACT_NO));
        assertTrue(f.detail().contains("accounts@sparkyelec.com.au"), f.detail());
        assertEquals(List.of(), o.snapshots());
    }

    @Test
    void uncorrelatedBounceIsKeyedOnTheAddress() throws IOException {
        Finding f = run("qmail-failure-notice.eml", NOW).events().get(0);
        assertEquals("MSG_EMAIL_BOUNCED|email-address:fencing@oldhost.example.net", f.fingerprint());
    }

    @Test
    void clientBounceIsKeyedOnTheDebtorCode() {
        BounceReport r = new BounceReport(BounceKind.HARD_BOUNCE, "nguyen.family@example.com", "5.1.2", "550 5.1.2 bad domain",
                "CH.2001.20261120100000@clickhome.acmehomes.com.au", null, null, null, "dsn", NOW);
        Finding f = findings.evaluate(r, new MessageCorrelator(clickHome).correlate(r, NOW), NOW).events().get(0);
        assertEquals("MSG_EMAIL_BOUNCED|client:NGUY01|email", f.fingerprint());
        assertTrue(f.summary().startsWith("Client NGUY01's email address bounces: domain does not exist, 5.1.2"), f.summary());
    }

    @Test
    void softBouncesRaiseOnlyOnceTheThresholdIsReached() throws IOException {
        assertEquals(BounceOutcome.Result.SOFT_COUNTED, run("postfix-dsn-delayed-441.eml", NOW).result());
        assertEquals(BounceOutcome.Result.SOFT_COUNTED, run("postfix-dsn-delayed-441.eml", NOW.plus(Duration.ofHours(10))).result());
        BounceOutcome third = run("postfix-dsn-delayed-441.eml", NOW.plus(Duration.ofHours(20)));
        assertEquals(BounceOutcome.Result.RAISED, third.result());
        Finding f = third.events().get(0);
        assertEquals("MSG_EMAIL_BOUNCED|supplier:CONC03|email", f.fingerprint());
        assertEquals(Severity.WARNING, f.severity());
        assertTrue(f.summary().contains("keeps failing"), f.summary());
        assertTrue(f.detail().contains("delayed 3 times"), f.detail());
    }

    @Test
    void softBouncesOutsideTheWindowStartCountingAgain() throws IOException {
        run("postfix-dsn-mailbox-full-522.eml", NOW);
        run("postfix-dsn-mailbox-full-522.eml", NOW.plus(Duration.ofHours(1)));
        assertEquals(BounceOutcome.Result.SOFT_COUNTED, run("postfix-dsn-mailbox-full-522.eml", NOW.plus(Duration.ofHours(80))).result());
    }

    @Test
    void retryableFaxFailureGoesToTheSupervisorAndClearsTheGateway() throws IOException {
        BounceOutcome o = run("faxmaker-failed-busy.eml", NOW);
        assertEquals(List.of(), o.events());
        FindingSnapshot trade = o.snapshots().get(0);
        assertEquals("bounce:fax:CONC03", trade.scope());
        Finding f = trade.findings().get(0);
        assertEquals("MSG_FAX_FAILED|supplier:CONC03|fax", f.fingerprint());
        assertEquals("john.smith@acmehomes.com.au", f.context().get(Finding.SUPERVISOR_EMAIL));
        assertTrue(f.summary().contains("busy"), f.summary());
        assertEquals(new FindingSnapshot("bounce:fax-gateway", List.of()), o.snapshots().get(1));
    }

    @Test
    void badFaxNumberWithoutAMessageIsKeyedOnTheNumber() throws IOException {
        FindingSnapshot s = run("faxmaker-not-in-service.eml", NOW).snapshots().get(0);
        assertEquals("bounce:fax:+61733009999", s.scope());
        assertEquals("MSG_FAX_BAD_NUMBER|fax-number:+61733009999|fax", s.findings().get(0).fingerprint());
        assertEquals(Severity.ERROR, s.findings().get(0).severity());
    }

    @Test
    void unauthorizedSenderIsACriticalGatewayIssue() throws IOException {
        BounceOutcome o = run("faxmaker-online-unauthorized.eml", NOW);
        FindingSnapshot s = o.snapshots().get(0);
        assertEquals("bounce:fax-gateway", s.scope());
        Finding f = s.findings().get(0);
        assertEquals("MSG_FAX_GATEWAY|gateway:faxmaker", f.fingerprint());
        assertEquals(Category.MESSAGE_GATEWAY, f.category());
        assertEquals(Severity.CRITICAL, f.severity());
    }

    @Test
    void sentFaxResolvesTheSuppliersFaxScopeAndTheGateway() throws IOException {
        BounceOutcome o = run("faxmaker-sent-ok.eml", NOW);
        assertEquals(BounceOutcome.Result.RESOLVED, o.result());
        assertEquals(List.of(new FindingSnapshot("bounce:fax:SPARK01", List.of()), new FindingSnapshot("bounce:fax-gateway", List.of())),
                o.snapshots());
    }

    @Test
    void autoRepliesHumansAndUnparseableRaiseNothing() throws IOException {
        assertEquals(BounceOutcome.of(BounceOutcome.Result.IGNORED), run("out-of-office.eml", NOW));
        assertEquals(BounceOutcome.of(BounceOutcome.Result.IGNORED), run("human-reply.eml", NOW));
        assertEquals(BounceOutcome.of(BounceOutcome.Result.UNPARSEABLE), run("malformed-mime.eml", NOW));
    }

    @Test
    void everyCorpusMailHasAnOutcome() throws IOException {
        for (BounceCorpus.Case c : BounceCorpus.cases()) {
            BounceOutcome o = run(c.file(), NOW);
            assertTrue(o.result() != null, c.file());
            o.events().forEach(f -> assertTrue(f.summary().length() <= 300));
        }
    }
}
