package au.chim.detect.bounce;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import au.chim.finding.Category;
import au.chim.finding.Finding;
import au.chim.finding.Severity;
import au.chim.routing.PartyRouter;
import au.chim.routing.TestIssues;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.io.IOException;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** The reason decides who acts: findings from team-written bounces, routed with the shipped config/routing.yaml. */
class BouncePartiesTest {
    private static final Instant NOW = Instant.parse("2026-11-23T03:00:00Z");
    private static DataSource clickHome;
    private final BounceClassifier classifier = new BounceClassifier();
    private final PartyRouter router = new PartyRouter(TestIssues.shippedConfig());
    private BounceFindings findings;

    @BeforeAll
    static void db() throws IOException, SQLException {
        clickHome = TestDatabases.clickHome();
    }

    @BeforeEach
    void store() {
        findings = new BounceFindings(new SoftBounceCounter(TestDatabases.monitorStore()), 3, Duration.ofHours(72));
    }

    private BounceOutcome run(String file) throws IOException {
        return evaluate(classifier.classify(BounceCorpus.bytes(file)));
    }

    private BounceOutcome evaluate(BounceReport r) {
        return findings.evaluate(r, new MessageCorrelator(clickHome).correlate(r, NOW), NOW);
    }

    @Test
    void aWrongSupplierAddressGoesToAccountsNamingTheReasonAndQuotingTheServer() throws IOException {
        Finding f = run("postfix-dsn-hard-511.eml").events().get(0);
        assertEquals(List.of("accounts-staff"), router.partiesFor(f));
        assertTrue(f.summary().contains("the mailbox does not exist"), f.summary());
        assertTrue(f.detail().contains("\"550 5.1.1 <accounts@sparkyelec.com.au>: Recipient address rejected: User unknown"), f.detail());
    }

    @Test
    void aWrongClientAddressGoesToConstructionAdmin() {
        BounceReport r = new BounceReport(BounceKind.HARD_BOUNCE, "nguyen.family@example.com", "5.1.1", "550 5.1.1 no such user",
                "CH.2001.20261120100000@clickhome.acmehomes.com.au", null, null, null, "dsn", NOW, BounceReason.USER_UNKNOWN);
        Finding f = evaluate(r).events().get(0);
        assertEquals("MSG_EMAIL_BOUNCED|client:NGUY01|email", f.fingerprint());
        assertEquals(List.of("construction-admin"), router.partiesFor(f));
    }

    @Test
    void refusalsOfOurSenderAreOneIssueForItPerDomainAndReasonNotOnePerRecipient() throws IOException {
        Finding gmail = run("dsn-dmarc-refused-5726.eml").events().get(0);
        Finding outlook = run("dma-text-dmarc.eml").events().get(0);
        Finding blocked = run("dsn-blocklisted-554.eml").events().get(0);
        assertEquals("MSG_SENDER_REFUSED|sending-domain:acmehomes.com.au:auth_failure", gmail.fingerprint());
        assertEquals(gmail.fingerprint(), outlook.fingerprint());
        assertNotEquals(gmail.fingerprint(), blocked.fingerprint());
        assertEquals(Category.MESSAGE_GATEWAY, gmail.category());
        assertEquals(List.of("client-it"), router.partiesFor(gmail));
        assertEquals(List.of("client-it"), router.partiesFor(blocked));
        assertTrue(gmail.summary().contains("failed SPF, DKIM or DMARC"), gmail.summary());
        assertTrue(gmail.detail().contains("550-5.7.26 Unauthenticated email from acmehomes.com.au"), gmail.detail());
        assertTrue(blocked.detail().contains("blocked using zen.spamhaus.org"), blocked.detail());
    }

    @Test
    void aFilterThatCallsTheAddressUnknownDoesNotTellItTheAddressIsFine() throws IOException {
        Finding f = run("broken-content-type-user-unknown.eml").events().get(0);
        assertEquals("MSG_SENDER_REFUSED|sending-domain:acmehomes.com.au:filtered", f.fingerprint());
        assertTrue(f.detail().contains("the address may be fine or may not exist") && !f.detail().contains("address itself is fine"),
                f.detail());
        assertTrue(f.suggestedAction().contains("confirm the address with the supplier"), f.suggestedAction());
    }

    @Test
    void aComplaintReportGoesToIt() throws IOException {
        Finding f = run("arf-abuse-complaint.eml").events().get(0);
        assertEquals(SenderIssues.CODE_COMPLAINT, f.code());
        assertEquals(List.of("client-it"), router.partiesFor(f));
        assertTrue(f.detail().contains("client.smith@mailprovider.example"), f.detail());
    }

    @Test
    void temporaryTroubleIsCountedButAGivenUpDeliveryIsRaisedAtOnce() throws IOException {
        assertEquals(BounceOutcome.Result.SOFT_COUNTED, run("opensmtpd-delayed-timeout.eml").result());
        BounceReport expired = new BounceReport(BounceKind.SOFT_BOUNCE, "roofing@slowhost.example.net", "4.4.7",
                "retry timeout exceeded", null, null, null, null, "exim", NOW, BounceReason.EXPIRED);
        BounceOutcome o = evaluate(expired);
        assertEquals(BounceOutcome.Result.RAISED, o.result());
        assertEquals(Severity.WARNING, o.events().get(0).severity());
    }

    @Test
    void autoRepliesAreIgnored() throws IOException {
        assertEquals(BounceOutcome.Result.IGNORED, run("out-of-office.eml").result());
    }
}
