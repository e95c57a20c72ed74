package au.chim.testsupport;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import javax.sql.DataSource;

/**
 * Fills a reference-schema ClickHome database server-side (INSERT ... SELECT FROM SYSTEM_RANGE) for the
 * checks' cost test and benchmark: n rows in each table a check scans, of which 200 per check are problems,
 * placed every n/200 rows; healthy rows are older than every look-back window. Master tables
 * (suppliers, clients, contracts, users, devices) have a fixed, realistic size at every scale.
 */
public final class ClickHomeBulkRows {
    public static final int PROBLEMS = 200;
    private static final int CHUNK = 500_000;
    private static final int SUPPLIERS = 2000;
    private static final int CONTRACTS = 20_000;
    private static final int USERS = 600;
    private static final int DEVICES = 500;

    private static final Map<String, String> SCANNED = Map.ofEntries(
            Map.entry("failed-messages", "tblMessages"), Map.entry("messages-not-sent", "tblMessages"),
            Map.entry("messages-retries-exhausted", "tblMessages"), Map.entry("po-load-errors", "tblIntPOHeaders"),
            Map.entry("po-not-loaded", "tblIntPOHeaders"), Map.entry("po-autotasks", "tblIntPOHeaders+Lines"),
            Map.entry("po-amounts", "tblIntPOHeaders+Lines"), Map.entry("po-approvals", "tblIntPOApprovals"),
            Map.entry("supplier-inactive-on-open-po", "tblIntPOHeaders"), Map.entry("backend-job-errors", "tblBackEndJobs"),
            Map.entry("backend-job-backlog", "tblBackEndJobs"), Map.entry("device-sync-failures", "tblDeviceSyncLog"));

    private ClickHomeBulkRows() {
    }

    /** The big table a check reads, or the fixed-size master table (marked "fixed"). */
    public static String scanned(String check) {
        return SCANNED.getOrDefault(check, switch (check) {
            case "supplier-details", "supplier-duplicates" -> "tblSuppliers (fixed)";
            case "client-details", "po-update-unacknowledged" -> "tblContracts (fixed)";
            case "device-sync-stale" -> "tblDevices (fixed)";
            default -> "tiny (fixed)";
        });
    }

    public static void fill(DataSource db, int n) throws SQLException {
        int step = n / PROBLEMS;
        try (Connection c = db.getConnection(); Statement st = c.createStatement()) {
            masters(st);
            chunked(st, n, "INSERT INTO dbo.tblMessages (inMessageType, inAudience, inMethod, fkidSupplier, fkidContract, sgToAddress, sgSubject, "
                    + "inStatus, inAttemptCount, dtQueued, dtNextAttempt, dtSent, dtStatusChanged, sgLastErrorCode, sgLastError) "
                    + "SELECT 1, 1, CASE WHEN MOD(X, 7) = 0 THEN 2 ELSE 1 END, 1 + MOD(X, " + SUPPLIERS + "), 1 + MOD(X, " + CONTRACTS + "), "
                    + "CONCAT('trade', MOD(X, " + SUPPLIERS + "), '@example.com.au'), CONCAT('Call-up ', X), "
                    + "CASE MOD(X, " + step + ") WHEN 0 THEN 4 WHEN 1 THEN 0 WHEN 2 THEN 5 ELSE 3 END, "
                    + "CASE MOD(X, " + step + ") WHEN 2 THEN 6 ELSE 1 END, "
                    + "CASE WHEN MOD(X, " + step + ") < 3 THEN DATEADD(hour, -2, GETDATE()) ELSE " + old("X", n) + " END, "
                    + "CASE WHEN MOD(X, " + step + ") = 2 THEN DATEADD(hour, 1, GETDATE()) END, "
                    + "CASE WHEN MOD(X, " + step + ") >= 3 THEN " + old("X", n) + " END, "
                    + "CASE WHEN MOD(X, " + step + ") < 3 THEN DATEADD(hour, -1, GETDATE()) ELSE " + old("X", n) + " END, "
                    + "CASE WHEN MOD(X, " + step + ") IN (0, 2) THEN 'SMTP_550' END, "
                    + "CASE WHEN MOD(X, " + step + ") IN (0, 2) THEN '550 5.1.1 mailbox unavailable' END "
                    + "FROM SYSTEM_RANGE(%d, %d)");
            // kind: 0 load error, 1 pending, 2 autotask, 3 amounts wrong, 4 inactive supplier, else healthy and old
            String kind = "MOD(X, " + step + ")";
            String recent = "CASE " + kind + " WHEN 1 THEN DATEADD(hour, -3, GETDATE()) WHEN 2 THEN DATEADD(day, -1, GETDATE()) ELSE DATEADD(hour, -1, GETDATE()) END";
            chunked(st, n, "INSERT INTO dbo.tblIntPOHeaders (sgSourceSystem, sgPONumber, inPOVersion, sgOrderType, sgContractNo, sgSupplierCode, "
                    + "dtOrderDate, dcTotalExGST, dcTotalGST, dcTotalIncGST, inLoadStatus, inAttemptCount, sgErrorCode, sgErrorMessage, "
                    + "dtReceived, dtLoaded) "
                    + "SELECT 'DATABUILD', CONCAT('PO', X), 1, 'ORDER', CONCAT('C', 1 + MOD(X, " + CONTRACTS + ")), "
                    + "CONCAT('S', CASE " + kind + " WHEN 4 THEN 1 + MOD(X / " + step + ", 100) ELSE 101 + MOD(X, " + (SUPPLIERS - 100) + ") END), "
                    + "CAST(GETDATE() AS DATE), 100.00, 10.00, 110.00, "
                    + "CASE " + kind + " WHEN 0 THEN 9 WHEN 1 THEN 0 WHEN 2 THEN 2 ELSE 1 END, 1, "
                    + "CASE " + kind + " WHEN 0 THEN 'PO_UNKNOWN_SUPPLIER' END, CASE " + kind + " WHEN 0 THEN 'Supplier not found' END, "
                    + "CASE WHEN " + kind + " < 5 THEN " + recent + " ELSE " + old("X", n) + " END, "
                    + "CASE WHEN " + kind + " IN (0, 1) THEN NULL WHEN " + kind + " < 5 THEN DATEADD(minute, 10, " + recent + ") "
                    + "ELSE DATEADD(minute, 10, " + old("X", n) + ") END "
                    + "FROM SYSTEM_RANGE(%d, %d)");
            chunked(st, n, "INSERT INTO dbo.tblIntPOLines (fkidIntPOHeader, inLineNo, sgCostCode, sgDescription, dcQuantity, dcUnitPriceExGST, "
                    + "dcLineExGST, sgGSTCode, dcLineGST, inMatchStatus, sgAutotaskName) "
                    + "SELECT X, 1, CASE " + kind + " WHEN 2 THEN CONCAT('CC', MOD(X / " + step + ", 50)) ELSE CONCAT('T', MOD(X, 300)) END, "
                    + "'Supply and install', 1, 100, CASE " + kind + " WHEN 3 THEN 90.00 ELSE 100.00 END, 'GST', 10.00, "
                    + "CASE " + kind + " WHEN 2 THEN 2 ELSE 1 END, CASE " + kind + " WHEN 2 THEN CONCAT('Autotask for PO=PO', X) END "
                    + "FROM SYSTEM_RANGE(%d, %d)");
            // approvals: kind 5 is a problem (export error, not acknowledged, rejected), the rest acknowledged long ago
            String problem = "MOD(X / " + step + ", 3)";
            chunked(st, n, "INSERT INTO dbo.tblIntPOApprovals (sgApprovalId, fkidIntPOHeader, sgPONumber, sgContractNo, sgSupplierCode, "
                    + "dcApprovePercent, dcApproveExGST, inExportStatus, dtExported, sgAckStatus, sgAckMessage, dtAcknowledged) "
                    + "SELECT CONCAT('A', X), X, CONCAT('PO', X), CONCAT('C', 1 + MOD(X, " + CONTRACTS + ")), 'S200', 100, 100.00, "
                    + "CASE WHEN " + kind + " <> 5 THEN 2 WHEN " + problem + " = 0 THEN 9 WHEN " + problem + " = 1 THEN 1 ELSE 3 END, "
                    + "CASE WHEN " + kind + " <> 5 THEN " + old("X", n) + " WHEN " + problem + " = 0 THEN NULL ELSE DATEADD(day, -2, GETDATE()) END, "
                    + "CASE WHEN " + kind + " <> 5 THEN 'ACCEPTED' WHEN " + problem + " = 2 THEN 'REJECTED' END, "
                    + "CASE WHEN " + kind + " = 5 AND " + problem + " = 2 THEN 'PO closed' END, "
                    + "CASE WHEN " + kind + " <> 5 THEN DATEADD(hour, 1, " + old("X", n) + ") WHEN " + problem + " = 2 THEN DATEADD(day, -1, GETDATE()) END "
                    + "FROM SYSTEM_RANGE(%d, %d)");
            // back-end jobs: kind 0 ERROR, 1 ready but overdue, the rest ready and scheduled for later
            chunked(st, n, "INSERT INTO dbo.tblBackEndJobs (inOpCode, fkidContract, dtRunAfter, sgResult, sgLastErrorMessage, inFailureCount, dtCreated) "
                    + "SELECT CASE " + kind + " WHEN 0 THEN 100 + MOD(X / " + step + ", 10) ELSE 1 + MOD(X, 40) END, 1 + MOD(X, " + CONTRACTS + "), "
                    + "CASE " + kind + " WHEN 1 THEN DATEADD(hour, -1, GETDATE()) ELSE DATEADD(minute, 1 + MOD(X, 1000), GETDATE()) END, "
                    + "CASE " + kind + " WHEN 0 THEN 'ERROR' ELSE 'READY' END, CASE " + kind + " WHEN 0 THEN 'Deadlock victim' END, "
                    + "CASE " + kind + " WHEN 0 THEN MOD(X / " + step + ", 8) ELSE 0 END, " + old("X", n) + " FROM SYSTEM_RANGE(%d, %d)");
            // sync log: old rows outside the look-back (one in ten failed), then each device's latest sync: devices 201..400 failed
            chunked(st, n - DEVICES, "INSERT INTO dbo.tblDeviceSyncLog (fkidDevice, dtStarted, dtFinished, inStatus, sgErrorCode) "
                    + "SELECT 1 + MOD(X, " + DEVICES + "), " + old("X", n) + ", " + old("X", n) + ", CASE WHEN MOD(X, 10) = 0 THEN 2 ELSE 1 END, "
                    + "CASE WHEN MOD(X, 10) = 0 THEN 'TIMEOUT' END FROM SYSTEM_RANGE(%d, %d)");
            st.execute("INSERT INTO dbo.tblDeviceSyncLog (fkidDevice, dtStarted, dtFinished, inStatus, sgErrorCode, sgErrorMessage) "
                    + "SELECT X, DATEADD(hour, -2, GETDATE()), DATEADD(hour, -2, GETDATE()), CASE WHEN X BETWEEN 201 AND 400 THEN 2 ELSE 1 END, "
                    + "CASE WHEN X BETWEEN 201 AND 400 THEN 'TIMEOUT' END, CASE WHEN X BETWEEN 201 AND 400 THEN 'Request timed out' END "
                    + "FROM SYSTEM_RANGE(1, " + DEVICES + ")");
        }
    }

    /** Raises the failed messages to {@code total} (spread over the table) for the row-rate comparison. */
    public static void moreFailedMessages(DataSource db, int n, int total) throws SQLException {
        int extra = total - PROBLEMS;
        int stride = n / extra;
        try (Connection c = db.getConnection(); Statement st = c.createStatement()) {
            st.executeUpdate("UPDATE dbo.tblMessages SET inStatus = 4, dtStatusChanged = GETDATE(), sgLastErrorCode = 'SMTP_550', "
                    + "sgLastError = '550 5.1.1 mailbox unavailable' WHERE inStatus = 3 AND idMessage IN (SELECT X * " + stride
                    + " - 7 FROM SYSTEM_RANGE(1, " + extra + "))");
        }
    }

    /** A healthy row's time: older than every look-back window (400 days) and older the lower its number. */
    private static String old(String x, int n) {
        return "DATEADD(second, -1 * (34560000 + (" + n + " - " + x + ") * 3), GETDATE())";
    }

    private static void chunked(Statement st, int n, String insertFromRange) throws SQLException {
        for (int from = 1; from <= n; from += CHUNK) {
            st.execute(String.format(insertFromRange, from, Math.min(n, from + CHUNK - 1)));
        }
    }

    private static void masters(Statement st) throws SQLException {
        st.execute("INSERT INTO dbo.tblBusinessUnits (sgName) VALUES ('Sydney North'), ('Sydney South'), ('Central Coast')");
        st.execute("INSERT INTO dbo.tblUsers (sgUserName, sgFullName, sgEmail, bSupervisor) SELECT CONCAT('sup', X), CONCAT('Supervisor ', X), "
                + "CONCAT('sup', X, '@builder.com.au'), 1 FROM SYSTEM_RANGE(1, " + USERS + ")");
        st.execute("INSERT INTO dbo.tblClients (sgClientName, sgDebtorCode, sgEmail, sgMobile, sgPostalSuburb, sgPostalState, sgPostalPostcode) "
                + "SELECT CONCAT('Client ', X), CONCAT('CL', X), CASE WHEN MOD(X, 100) = 0 THEN 'not-an-email' ELSE CONCAT('client', X, '@mail.com.au') END, "
                + "'0412345678', 'Parramatta', 'NSW', '2150' FROM SYSTEM_RANGE(1, " + CONTRACTS + ")");
        st.execute("INSERT INTO dbo.tblContracts (sgContractNo, inJobType, inContractStatus, inSchedulingStatus, fkidClient, fkidBusinessUnit, "
                + "fkidSupervisor1, sgSuburb, sgState, sgPostcode, dtSchedulingStatusChanged) "
                + "SELECT CONCAT('C', X), 4, 1, CASE WHEN MOD(X, 100) = 0 THEN 3 ELSE 2 END, X, 1 + MOD(X, 3), 1 + MOD(X, " + USERS + "), "
                + "'Parramatta', 'NSW', '2150', DATEADD(day, -10, GETDATE()) FROM SYSTEM_RANGE(1, " + CONTRACTS + ")");
        // suppliers 1..100 inactive; 1801..2000 share an ABN with the supplier 200 before them
        st.execute("INSERT INTO dbo.tblSuppliers (sgSupplierCode, sgSupplierName, sgABN, bGSTRegistered, sgEmail, sgPhone, sgSuburb, sgState, "
                + "sgPostcode, inCallupMethod, bActive) SELECT CONCAT('S', X), CONCAT('Trade ', X), "
                + "CONCAT('51', LPAD(CAST(CASE WHEN X > 1800 THEN X - 200 ELSE X END AS VARCHAR(9)), 9, '0')), 1, "
                + "CONCAT('trade', X, '@example.com.au'), '0298765432', 'Penrith', 'NSW', '2750', 1, CASE WHEN X <= 100 THEN 0 ELSE 1 END "
                + "FROM SYSTEM_RANGE(1, " + SUPPLIERS + ")");
        st.execute("INSERT INTO dbo.tblDevices (fkidUser, sgDeviceId, sgAppVersion, dtLastSyncOk, dtLastSyncAttempt) "
                + "SELECT X, CONCAT('IPAD-', X), '8.2', CASE WHEN X <= 200 THEN DATEADD(day, -5, GETDATE()) ELSE DATEADD(hour, -2, GETDATE()) END, "
                + "DATEADD(hour, -2, GETDATE()) FROM SYSTEM_RANGE(1, " + DEVICES + ")");
        st.execute("INSERT INTO dbo.tblServiceHeartbeat (sgServiceName, sgHostName, inServiceState, dtLastBeat, dtLastBEJCycle, sgVersion) VALUES "
                + "('ClickHome Windows Service', 'CH-APP1', 0, GETDATE(), GETDATE(), '2024.3'), ('GFI FaxMaker', 'CH-APP1', 6, GETDATE(), NULL, '20')");
        st.execute("INSERT INTO dbo.backupset (database_name, type, backup_start_date, backup_finish_date) VALUES "
                + "('ClickHome', 'D', DATEADD(hour, -2, GETDATE()), DATEADD(hour, -1, GETDATE())), "
                + "('ClickHome', 'L', DATEADD(minute, -40, GETDATE()), DATEADD(minute, -30, GETDATE()))");
    }
}
