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

/** Each PO / approval / contract error the demo seeds is found by the query a monitor check would run (H2's T-SQL subset). */
class SeededPoErrorQueriesTest {
    static DataSource db;

    @BeforeAll
    static void load() {
        db = TestDb.withSchema();
        DemoData.load(db, Clock.systemUTC(), 7);
    }

    static Set<String> keys(String sql) {
        return new TreeSet<>(TestDb.column(db, sql));
    }

    @Test
    void poErrorsCarryTheirCodes() {
        Set<String> rows = keys("SELECT sgPONumber + ' ' + ISNULL(sgErrorCode, '-') FROM dbo.tblIntPOHeaders WHERE inLoadStatus = 9");
        assertTrue(rows.containsAll(List.of("24017/013 PO_UNKNOWN_SUPPLIER", "24150/004 PO_UNKNOWN_SUPPLIER",
                "24099/001 PO_UNKNOWN_CONTRACT", "2431/002 PO_UNKNOWN_CONTRACT", "24203/003 PO_SUPPLIER_EXCLUDED",
                "24288/005 PO_SUPPLIER_EXCLUDED", "24188/006 -", "24245/004 -")), rows.toString());
        assertEquals(Set.of("24188/006", "24245/004"), keys("SELECT sgPONumber FROM dbo.tblIntPOHeaders WHERE inLoadStatus = 9 "
                + "AND sgErrorCode IS NULL AND (sgErrorMessage LIKE '%deadlock%' OR sgErrorMessage LIKE 'Object reference%')"));
        assertEquals(Set.of("TILE09"), keys("SELECT h.sgSupplierCode FROM dbo.tblIntPOHeaders h LEFT JOIN dbo.tblSuppliers s "
                + "ON s.sgSupplierCode = h.sgSupplierCode WHERE h.sgPONumber = '24017/013' AND s.idSupplier IS NULL"));
    }

    @Test
    void posPendingMoreThanTwoHours() {
        assertEquals(Set.of("24310/003", "24377/002"), keys("SELECT sgPONumber FROM dbo.tblIntPOHeaders "
                + "WHERE inLoadStatus = 0 AND dtReceived < DATEADD(hour, -2, GETDATE())"));
    }

    @Test
    void autotaskLinesAreNamedAfterTheirPo() {
        List<Object[]> rows = TestDb.rows(db, "SELECT h.sgPONumber, l.sgAutotaskName, h.inLoadStatus FROM dbo.tblIntPOLines l "
                + "JOIN dbo.tblIntPOHeaders h ON h.idIntPOHeader = l.fkidIntPOHeader WHERE l.inMatchStatus = 2");
        Set<String> pos = new TreeSet<>();
        for (Object[] r : rows) {
            assertEquals("Autotask for PO=" + r[0], r[1]);
            assertEquals(2, ((Number) r[2]).intValue(), "an autotask PO is LoadedWithAutotask");
            pos.add((String) r[0]);
        }
        assertTrue(pos.containsAll(Set.of("24017/014", "24140/005", "24290/003")), pos.toString());
    }

    @Test
    void headerTotalsThatAreNotTheSumOfTheLines() {
        assertEquals(Set.of("24066/004", "24222/003"), keys("SELECT h.sgPONumber FROM dbo.tblIntPOHeaders h JOIN ("
                + "SELECT fkidIntPOHeader, SUM(dcLineExGST) AS ex, SUM(dcLineGST) AS gst FROM dbo.tblIntPOLines GROUP BY fkidIntPOHeader) s "
                + "ON s.fkidIntPOHeader = h.idIntPOHeader WHERE h.dcTotalExGST <> s.ex OR h.dcTotalGST <> s.gst"));
    }

    @Test
    void gstArithmeticErrors() {
        assertEquals(Set.of("24111/003", "24175/002"), keys("SELECT h.sgPONumber FROM dbo.tblIntPOLines l JOIN dbo.tblIntPOHeaders h "
                + "ON h.idIntPOHeader = l.fkidIntPOHeader WHERE l.sgGSTCode = 'GST' AND l.dcLineGST <> ROUND(l.dcLineExGST * 0.10, 2)"));
        assertEquals(Set.of("24233/004"), keys("SELECT sgPONumber FROM dbo.tblIntPOHeaders WHERE dcTotalIncGST <> dcTotalExGST + dcTotalGST"));
    }

    @Test
    void cancelForATaskAlreadyApproved() {
        assertEquals(Set.of("24057/002", "24144/003"), keys("SELECT DISTINCT c.sgPONumber FROM dbo.tblIntPOHeaders c "
                + "JOIN dbo.tblIntPOApprovals a ON a.sgPONumber = c.sgPONumber WHERE c.sgOrderType = 'CANCEL'"));
    }

    @Test
    void samePoVersionTwiceWithDifferentContent() {
        assertEquals(Set.of("24090/002"), keys("SELECT sgPONumber FROM dbo.tblIntPOHeaders GROUP BY sgPONumber, inPOVersion "
                + "HAVING COUNT(*) > 1 AND MIN(dcTotalExGST) <> MAX(dcTotalExGST)"));
    }

    @Test
    void poUpdatesUnacknowledgedForMoreThanThreeDays() {
        List<Object[]> rows = TestDb.rows(db, "SELECT c.sgContractNo, u.sgFullName FROM dbo.tblContracts c "
                + "LEFT JOIN dbo.tblUsers u ON u.idUser = c.fkidSupervisor1 "
                + "WHERE c.inSchedulingStatus = 3 AND c.dtSchedulingStatusChanged < DATEADD(day, -3, GETDATE())");
        assertEquals(Set.of("24017", "24121", "24260"), new TreeSet<>(rows.stream().map(r -> (String) r[0]).toList()));
        assertTrue(rows.stream().anyMatch(r -> r[0].equals("24017") && r[1].equals("Mick Kelly")));
    }

    @Test
    void approvalsNotAcknowledgedOrRejected() {
        // 4 calendar days always span at least 2 business days
        assertEquals(Set.of("A-000970", "A-000971", "A-000972"), keys("SELECT sgApprovalId FROM dbo.tblIntPOApprovals "
                + "WHERE inExportStatus = 1 AND dtAcknowledged IS NULL AND dtExported < DATEADD(day, -4, GETDATE())"));
        assertEquals(Set.of("A-000975 Exceeds PO value", "A-000976 Supplier ABN invalid", "A-000977 PO closed"),
                keys("SELECT sgApprovalId + ' ' + sgAckMessage FROM dbo.tblIntPOApprovals WHERE sgAckStatus = 'REJECTED' AND inExportStatus = 3"));
    }

    @Test
    void inactiveSupplierOnOpenPo() {
        assertEquals(Set.of("FRAME27"), keys("SELECT DISTINCT s.sgSupplierCode FROM dbo.tblSuppliers s JOIN dbo.tblIntPOHeaders h "
                + "ON h.fkidSupplier = s.idSupplier WHERE s.bActive = 0 AND h.inLoadStatus IN (1, 2) AND h.sgOrderType <> 'CANCEL'"));
    }

    @Test
    void sampleRowsOfTheDomainDocument() {
        assertEquals(List.of("87347712782 Sparkright Electrical Pty Ltd"), TestDb.column(db,
                "SELECT sgABN + ' ' + sgSupplierName FROM dbo.tblSuppliers WHERE sgSupplierCode = 'SPARK01'"));
        assertEquals(List.of("2 +61255509876"), TestDb.column(db,
                "SELECT CAST(inCallupMethod AS VARCHAR(2)) + ' ' + sgFax FROM dbo.tblSuppliers WHERE sgSupplierCode = 'PLUMB02'"));
        assertEquals(List.of("Mr J & Mrs K Nguyen k.nguyen@example.com"), TestDb.column(db,
                "SELECT sgClientName + ' ' + sgEmail FROM dbo.tblClients WHERE sgDebtorCode = 'NGUY01'"));
        assertEquals(List.of("Oran Park NGUY01 mkelly"), TestDb.column(db, "SELECT c.sgSuburb + ' ' + cl.sgDebtorCode + ' ' + u.sgUserName "
                + "FROM dbo.tblContracts c JOIN dbo.tblClients cl ON cl.idClient = c.fkidClient JOIN dbo.tblUsers u ON u.idUser = c.fkidSupervisor1 "
                + "WHERE c.sgContractNo = '24017'"));
        assertEquals(List.of("4850.00 485.00 5335.00"), TestDb.column(db, "SELECT CAST(dcTotalExGST AS VARCHAR(20)) + ' ' + "
                + "CAST(dcTotalGST AS VARCHAR(20)) + ' ' + CAST(dcTotalIncGST AS VARCHAR(20)) FROM dbo.tblIntPOHeaders WHERE sgPONumber = '24017/012'"));
        assertEquals(0, TestDb.count(db, "SELECT COUNT(*) FROM dbo.tblContracts WHERE sgContractNo = '24099'"));
    }
}
