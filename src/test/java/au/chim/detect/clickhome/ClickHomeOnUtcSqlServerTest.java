package au.chim.detect.clickhome;

import au.chim.testsupport.TestMonitor;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * ClickHome on a SQL Server whose clock runs in UTC (Azure SQL, some hosted builds) while ClickHome writes Sydney
 * wall-clock times: ages are measured against the ClickHome server's time (monitor.clickhome.time-zone), so a PO that
 * waited 130 minutes is 130 minutes late, not 10-11 hours early as against the server's GETDATE().
 */
class ClickHomeOnUtcSqlServerTest extends CheckTestBase {
    private static final ZoneId SYDNEY = ZoneId.of("Australia/Sydney");

    @Override
    Properties settings(int smtpPort) {
        Properties p = TestMonitor.defaults(smtpPort);
        p.setProperty("monitor.clickhome.url", p.getProperty("monitor.clickhome.url").replace("TIME ZONE=Australia/Sydney", "TIME ZONE=UTC"));
        p.setProperty("monitor.clickhome.time-zone", "Australia/Sydney");
        return p;
    }

    @Test
    void pendingPoAgeIsMeasuredInTheClickHomeServersZoneNotTheDatabaseServers() {
        LocalDateTime sydneyNow = LocalDateTime.now(SYDNEY);
        pending("UTC-LATE", sydneyNow.minusMinutes(130));
        pending("UTC-FRESH", sydneyNow.minusMinutes(10));
        assertIssue(awaitOpen("PO_NOT_LOADED|po:UTC-LATE"), "ERROR", "environment",
                "PO UTC-LATE for job 31090 has waited 130 minutes to load into ClickHome");
        assertNotRaised("po-not-loaded", "PO_NOT_LOADED|po:UTC-FRESH");
    }

    /** A pending PO as ClickHome writes it: the received time in its own (Sydney) wall-clock, whatever the server's zone. */
    private void pending(String poNumber, LocalDateTime receivedSydney) {
        db.update("INSERT INTO dbo.tblIntPOHeaders (sgSourceSystem, sgPONumber, sgOrderType, sgContractNo, sgSupplierCode, dtOrderDate, "
                + "dcTotalExGST, dcTotalGST, dcTotalIncGST, inLoadStatus, inAttemptCount, dtReceived) "
                + "VALUES ('DATABUILD', ?, 'ORDER', '31090', 'SPARK01', ?, 1.00, 0.10, 1.10, 0, 1, ?)",
                poNumber, receivedSydney.toLocalDate(), receivedSydney);
    }
}
