package au.chim.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

class FailureSimulatorTest {

    @Test
    void twentyInjectionsEachWriteTheRowTheyReport() {
        DataSource db = TestDb.withSchema();
        DemoData.load(db, Clock.systemUTC(), 3);
        FailureSimulator sim = new FailureSimulator(db, Clock.systemUTC(), new Random(8));
        Set<FailureSimulator.Kind> seen = EnumSet.noneOf(FailureSimulator.Kind.class);
        for (int i = 0; i < 20; i++) {
            long messages = TestDb.count(db, "SELECT COUNT(*) FROM dbo.tblMessages");
            long headers = TestDb.count(db, "SELECT COUNT(*) FROM dbo.tblIntPOHeaders");
            long jobs = TestDb.count(db, "SELECT COUNT(*) FROM dbo.tblBackEndJobs");
            long syncs = TestDb.count(db, "SELECT COUNT(*) FROM dbo.tblDeviceSyncLog");
            FailureSimulator.Injection in = sim.inject();
            seen.add(in.kind());
            assertFalse(in.description().isBlank() || in.description().contains("\n") || in.description().contains("@"), in.description());
            switch (in.kind()) {
                case FAILED_FAX -> {
                    assertEquals(messages + 1, TestDb.count(db, "SELECT COUNT(*) FROM dbo.tblMessages"));
                    assertEquals(List.of("2 4"), TestDb.column(db, "SELECT CAST(inMethod AS VARCHAR(2)) + ' ' + CAST(inStatus AS VARCHAR(2)) "
                            + "FROM dbo.tblMessages WHERE sgLastErrorCode LIKE 'FAX_%' AND sgGatewayJobId IS NOT NULL "
                            + "AND dtStatusChanged > DATEADD(minute, -5, GETDATE()) AND idMessage = " + in.key()));
                }
                case BOUNCED_EMAIL -> {
                    assertEquals(messages + 1, TestDb.count(db, "SELECT COUNT(*) FROM dbo.tblMessages"));
                    assertEquals(List.of("SMTP_550"), TestDb.column(db, "SELECT sgLastErrorCode FROM dbo.tblMessages "
                            + "WHERE inMethod = 1 AND inStatus = 4 AND sgInternetMessageId LIKE '<%@clickhome.example-homes.com.au>' AND idMessage = " + in.key()));
                }
                case PO_ERROR -> {
                    assertEquals(headers + 1, TestDb.count(db, "SELECT COUNT(*) FROM dbo.tblIntPOHeaders"));
                    assertEquals(List.of("PO_UNKNOWN_SUPPLIER"), TestDb.column(db, "SELECT h.sgErrorCode FROM dbo.tblIntPOHeaders h "
                            + "LEFT JOIN dbo.tblSuppliers s ON s.sgSupplierCode = h.sgSupplierCode "
                            + "WHERE h.inLoadStatus = 9 AND s.idSupplier IS NULL AND h.sgPONumber = '" + in.key() + "'"));
                }
                case PO_PENDING -> {
                    assertEquals(headers + 1, TestDb.count(db, "SELECT COUNT(*) FROM dbo.tblIntPOHeaders"));
                    assertEquals(1, TestDb.count(db, "SELECT COUNT(*) FROM dbo.tblIntPOHeaders WHERE inLoadStatus = 0 "
                            + "AND dtReceived < DATEADD(hour, -2, GETDATE()) AND sgPONumber = '" + in.key() + "'"));
                }
                case SUPPLIER_ABN_BROKEN -> assertFalse(Checks.abnValid(TestDb.column(db,
                        "SELECT sgABN FROM dbo.tblSuppliers WHERE sgSupplierCode = '" + in.key() + "'").get(0)), in.key());
                case BEJ_ERROR -> {
                    assertEquals(jobs + 1, TestDb.count(db, "SELECT COUNT(*) FROM dbo.tblBackEndJobs"));
                    assertEquals(List.of("ERROR"), TestDb.column(db, "SELECT sgResult FROM dbo.tblBackEndJobs WHERE idBackEndJob = " + in.key()));
                }
                case DEVICE_SYNC_FAILURE -> {
                    assertEquals(syncs + 1, TestDb.count(db, "SELECT COUNT(*) FROM dbo.tblDeviceSyncLog"));
                    assertEquals(1, TestDb.count(db, "SELECT COUNT(*) FROM dbo.tblDeviceSyncLog WHERE inStatus = 2 "
                            + "AND sgErrorCode IS NOT NULL AND idDeviceSync = " + in.key()));
                }
            }
        }
        assertEquals(EnumSet.allOf(FailureSimulator.Kind.class), seen);
        assertEquals(1, TestDb.count(db, "SELECT COUNT(*) FROM (SELECT sgPONumber FROM dbo.tblIntPOHeaders "
                + "GROUP BY sgPONumber, inPOVersion HAVING COUNT(*) > 1) d"), "only the seeded 24090/002 duplicate");
    }

    @Test
    void injectOneDescribesWhatItDid() {
        DataSource db = TestDb.withSchema();
        DemoData.load(db, Clock.systemUTC(), 3);
        String line = new FailureSimulator(db, Clock.systemUTC(), new Random(1)).injectOne();
        assertTrue(line.startsWith("failed fax: message "), line);
    }

    @Test
    void anEmptyDatabaseGivesAClearError() {
        FailureSimulator sim = new FailureSimulator(TestDb.withSchema(), Clock.systemUTC(), new Random(1));
        IllegalStateException e = assertThrows(IllegalStateException.class, sim::injectOne);
        assertEquals("no active fax supplier to attach a simulated failure to", e.getMessage());
    }
}
