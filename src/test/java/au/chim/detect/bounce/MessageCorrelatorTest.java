package au.chim.detect.bounce;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.io.IOException;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Optional;

/** Bounces from the corpus find their ClickHome message in an H2 copy of the reference schema. */
class MessageCorrelatorTest {
    private static final Instant NOW = Instant.parse("2026-11-21T03:00:00Z");
    private static DataSource clickHome;
    private final BounceClassifier classifier = new BounceClassifier();

    @BeforeAll
    static void db() throws IOException, SQLException {
        clickHome = TestDatabases.clickHome();
    }

    private MessageCorrelation correlate(String corpusFile) throws IOException {
        BounceReport r = classifier.classify(BounceCorpus.bytes(corpusFile));
        return new MessageCorrelator(clickHome).correlate(r, NOW).orElseThrow(() -> new AssertionError("no match for " + corpusFile));
    }

    @Test
    void byOriginalMessageIdStoredWithBrackets() throws IOException {
        MessageCorrelation m = correlate("postfix-dsn-hard-511.eml");
        assertEquals("message-id", m.matchedBy());
        assertEquals("SPARK01", m.supplierCode());
        assertEquals("EMAIL", m.method());
        assertEquals("24017", m.contractNo());
        assertEquals("Sydney North", m.businessUnit());
        assertEquals("john.smith@acmehomes.com.au", m.supervisorEmail());
        assertEquals("NGUY01", m.clientDebtorCode(), "client comes through the contract");
        assertTrue(m.isSupplier());
    }

    @Test
    void byAddressCaseInsensitiveTakesTheMostRecentMessage() throws IOException {
        MessageCorrelation m = correlate("postfix-dsn-delayed-441.eml");
        assertEquals("address", m.matchedBy());
        assertEquals("CONC03", m.supplierCode());
        assertEquals(LocalDateTime.parse("2026-11-21T08:58:39"), m.sent());
    }

    @Test
    void byFaxMakerJobId() throws IOException {
        MessageCorrelation m = correlate("faxmaker-sent-ok.eml");
        assertEquals("job-id", m.matchedBy());
        assertEquals("SPARK01", m.supplierCode());
        assertEquals("FAX", m.method());
    }

    @Test
    void byFaxNumberStoredInAnotherFormat() throws IOException {
        MessageCorrelation m = correlate("faxmaker-failed-busy.eml");
        assertEquals("fax-number", m.matchedBy());
        assertEquals("CONC03", m.supplierCode());
    }

    @Test
    void clientMessageByBareMessageId() {
        BounceReport r = new BounceReport(BounceKind.HARD_BOUNCE, "nguyen.family@example.com", "5.1.1", "x",
                "<CH.2001.20261120100000@clickhome.acmehomes.com.au>", null, null, null, "dsn", NOW);
        MessageCorrelation m = new MessageCorrelator(clickHome).correlate(r, NOW).orElseThrow();
        assertTrue(m.isClient());
        assertEquals("NGUY01", m.clientDebtorCode());
        assertEquals("Nguyen Family", m.clientName());
    }

    @Test
    void addressOutsideTheLookBackWindowDoesNotMatch() {
        BounceReport r = new BounceReport(BounceKind.HARD_BOUNCE, "accounts@sparkyelec.com.au", "5.1.1", "x",
                null, null, null, null, "dsn", Instant.parse("2027-03-01T00:00:00Z"));
        assertEquals(Optional.empty(), new MessageCorrelator(clickHome).correlate(r, NOW));
    }

    @Test
    void unknownAddressMatchesNothing() throws IOException {
        BounceReport r = classifier.classify(BounceCorpus.bytes("qmail-failure-notice.eml"));
        assertEquals(Optional.empty(), new MessageCorrelator(clickHome).correlate(r, NOW));
    }

    @Test
    void unreadableDatabaseIsAClearRetryableError() {
        DataSource empty = TestDatabases.h2();
        BounceReport r = new BounceReport(BounceKind.HARD_BOUNCE, "a@b.example", "5.1.1", "x", "id@x", null, null, null, "dsn", NOW);
        MessageCorrelator.CorrelationFailedException e = assertThrows(MessageCorrelator.CorrelationFailedException.class,
                () -> new MessageCorrelator(empty).correlate(r, NOW));
        assertTrue(e.getMessage().contains("tblMessages"), e.getMessage());
    }
}
