package au.chim.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Message, service, back end job, backup and device-sync problems the demo seeds, found by monitor-style queries. */
class SeededOperationsErrorsTest {
    static DataSource db;

    @BeforeAll
    static void load() {
        db = TestDb.withSchema();
        DemoData.load(db, Clock.systemUTC(), 23);
    }

    static Set<String> keys(String sql) {
        return new TreeSet<>(TestDb.column(db, sql));
    }

    @Test
    void failedCallupsInTheLastDayWithTheirCodes() {
        Set<String> rows = keys("SELECT s.sgSupplierCode + ' ' + m.sgLastErrorCode FROM dbo.tblMessages m "
                + "LEFT JOIN dbo.tblSuppliers s ON s.idSupplier = m.fkidSupplier "
                + "WHERE m.inStatus = 4 AND m.dtStatusChanged > DATEADD(day, -1, GETDATE())");
        assertTrue(rows.containsAll(List.of("BRICK07 FAX_BUSY", "BRICK07 FAX_NO_ANSWER", "PLUMB02 FAX_BUSY", "GUTT21 FAX_NO_DIALTONE",
                "GUTT16 FAX_NOT_IN_SERVICE", "PLUMB02 FAX_UNAUTHORIZED_SENDER", "ROOF08 SMTP_550")), rows.toString());
        assertEquals(Set.of("BRICK07"), keys("SELECT s.sgSupplierCode FROM dbo.tblMessages m JOIN dbo.tblSuppliers s "
                + "ON s.idSupplier = m.fkidSupplier WHERE m.inStatus = 4 AND m.dtStatusChanged > DATEADD(day, -7, GETDATE()) "
                + "GROUP BY s.sgSupplierCode HAVING COUNT(*) >= 5"));
        assertEquals(Set.of("NGUY01 5 SMTP_421"), keys("SELECT c.sgDebtorCode + ' ' + CAST(m.inAttemptCount AS VARCHAR(3)) + ' ' + m.sgLastErrorCode "
                + "FROM dbo.tblMessages m JOIN dbo.tblClients c ON c.idClient = m.fkidClient WHERE m.inStatus = 5 AND m.inAttemptCount >= 5"));
    }

    @Test
    void messagesStuckInTheQueue() {
        assertEquals(List.of("0", "0", "1"), TestDb.column(db, "SELECT inStatus FROM dbo.tblMessages WHERE inStatus IN (0, 1) "
                + "AND ISNULL(dtStatusChanged, dtQueued) < DATEADD(minute, -30, GETDATE()) ORDER BY inStatus"));
    }

    @Test
    void messagesCarryCorrelationIdsForBouncesAndFaxReports() {
        assertEquals(0, TestDb.count(db, "SELECT COUNT(*) FROM dbo.tblMessages WHERE inMethod IN (1, 2, 4) AND dtSent IS NOT NULL "
                + "AND (sgInternetMessageId IS NULL OR sgInternetMessageId NOT LIKE '<%@clickhome.example-homes.com.au>')"));
        assertEquals(0, TestDb.count(db, "SELECT COUNT(*) FROM (SELECT sgInternetMessageId FROM dbo.tblMessages "
                + "WHERE sgInternetMessageId IS NOT NULL GROUP BY sgInternetMessageId HAVING COUNT(*) > 1) d"));
        assertEquals(0, TestDb.count(db, "SELECT COUNT(*) FROM dbo.tblMessages WHERE inMethod = 2 AND dtSent IS NOT NULL "
                + "AND (sgGatewayJobId IS NULL OR sgToAddress NOT LIKE '%@faxmaker.com')"));
        assertEquals(List.of("ROOF08 3"), TestDb.column(db, "SELECT s.sgSupplierCode + ' ' + CAST(m.inStatus AS VARCHAR(2)) FROM dbo.tblMessages m "
                + "JOIN dbo.tblSuppliers s ON s.idSupplier = m.fkidSupplier WHERE m.sgInternetMessageId = '" + SeededErrors.BOUNCE_MESSAGE_ID + "'"));
        assertEquals(List.of("BRICK07 2"), TestDb.column(db, "SELECT s.sgSupplierCode + ' ' + CAST(m.inStatus AS VARCHAR(2)) FROM dbo.tblMessages m "
                + "JOIN dbo.tblSuppliers s ON s.idSupplier = m.fkidSupplier WHERE m.sgGatewayJobId = '" + SeededErrors.FAX_JOB_ID + "'"));
    }

    @Test
    void clickHomeServiceDownOrHung() {
        assertEquals(Set.of("CHAPP01 0", "CHAPP02 6"), keys("SELECT sgHostName + ' ' + CAST(inServiceState AS VARCHAR(3)) "
                + "FROM dbo.tblServiceHeartbeat WHERE sgServiceName = 'ClickHome Windows Service' "
                + "AND (inServiceState <> 0 OR dtLastBEJCycle < DATEADD(minute, -15, GETDATE()))"));
        assertEquals(Set.of("JobFile poller"), keys("SELECT sgServiceName FROM dbo.tblServiceHeartbeat "
                + "WHERE dtLastBeat < DATEADD(minute, -60, GETDATE()) AND inServiceState = 0"));
        assertEquals(0, TestDb.count(db, "SELECT COUNT(*) FROM dbo.tblServiceHeartbeat WHERE sgServiceName = 'GFI FaxMaker' "
                + "AND dtLastBeat < DATEADD(minute, -15, GETDATE())"));
    }

    @Test
    void backEndJobErrorsAndBacklog() {
        List<Object[]> rows = TestDb.rows(db, "SELECT inOpCode, COUNT(*) AS errors, MAX(inFailureCount) AS maxFailures "
                + "FROM dbo.tblBackEndJobs WHERE sgResult = 'ERROR' GROUP BY inOpCode ORDER BY inOpCode");
        assertTrue(rows.stream().anyMatch(r -> ((Number) r[0]).intValue() == 26041 && ((Number) r[1]).intValue() == 4
                && ((Number) r[2]).intValue() == 25), "URL trigger failing with rising counts");
        long backlog = TestDb.count(db, "SELECT COUNT(*) FROM dbo.tblBackEndJobs WHERE ISNULL(sgResult, 'READY') = 'READY' "
                + "AND dtRunAfter < DATEADD(minute, -10, GETDATE())");
        assertTrue(backlog >= 30, "READY backlog " + backlog);
    }

    @Test
    void clickHomeBackupsOverdue() {
        assertEquals(Set.of("ClickHome"), keys("SELECT database_name FROM dbo.backupset WHERE type = 'D' GROUP BY database_name "
                + "HAVING MAX(backup_finish_date) < DATEADD(hour, -26, GETDATE())"));
        assertEquals(Set.of("ClickHome"), keys("SELECT database_name FROM dbo.backupset WHERE type = 'L' GROUP BY database_name "
                + "HAVING MAX(backup_finish_date) < DATEADD(hour, -1, GETDATE())"));
    }

    @Test
    void devicesStaleAndSyncFailures() {
        assertEquals(Set.of(SeededErrors.DEVICE_STALE_NETWORK + " Tuan Nguyen", SeededErrors.DEVICE_STALE_VERSION + " Anita Patel"),
                keys("SELECT d.sgDeviceId + ' ' + u.sgFullName FROM dbo.tblDevices d JOIN dbo.tblUsers u ON u.idUser = d.fkidUser "
                        + "WHERE d.bActive = 1 AND (d.dtLastSyncOk IS NULL OR d.dtLastSyncOk < DATEADD(hour, -48, GETDATE()))"));
        Set<String> codes = keys("SELECT DISTINCT sgErrorCode FROM dbo.tblDeviceSyncLog WHERE inStatus IN (2, 3) "
                + "AND dtStarted > DATEADD(day, -3, GETDATE())");
        assertTrue(codes.containsAll(List.of("TIMEOUT", "NETWORK_UNREACHABLE", "CONFLICT", "VALIDATION_REJECTED", "SERVER_500",
                "VERSION_UNSUPPORTED")), codes.toString());
        assertEquals(3L, TestDb.count(db, "SELECT SUM(inItemsRejected) FROM dbo.tblDeviceSyncLog WHERE inStatus = 3"));
    }
}
