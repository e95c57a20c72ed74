package au.chim.testsupport;

import java.math.BigDecimal;
import org.springframework.jdbc.core.JdbcTemplate;

/** Inserts the reference-schema rows tests need, with the fewest columns each table demands. */
public final class ClickHomeRows {
    private final JdbcTemplate db;

    public ClickHomeRows(JdbcTemplate db) {
        this.db = db;
    }

    /** A supplier with nothing wrong in its details (its own valid ABN, email call-ups with an address). */
    public int supplier(String code, String name) {
        db.update("INSERT INTO dbo.tblSuppliers (sgSupplierCode, sgSupplierName, sgABN, bGSTRegistered, sgEmail, sgPhone, sgState, sgPostcode, "
                        + "inCallupMethod) VALUES (?, ?, ?, 1, ?, '(02) 5550 1234', 'NSW', '2000', 1)",
                code, name, validAbn(code.hashCode()), "jobs@" + code.toLowerCase() + ".example.com.au");
        return db.queryForObject("SELECT idSupplier FROM dbo.tblSuppliers WHERE sgSupplierCode = ?", Integer.class, code);
    }

    /** A fictitious ABN that passes the modulus-89 check, different for each seed. */
    public static String validAbn(int seed) {
        long candidate = 10_000_000_000L + Math.floorMod(seed, 1_000_000) * 10_007L;
        while (!au.chim.rules.Abn.isValid(Long.toString(candidate))) {
            candidate++;
        }
        return Long.toString(candidate);
    }

    public int contract(String contractNo) {
        db.update("INSERT INTO dbo.tblContracts (sgContractNo, inJobType, inContractStatus) VALUES (?, 4, 1)", contractNo);
        return db.queryForObject("SELECT idContract FROM dbo.tblContracts WHERE sgContractNo = ?", Integer.class, contractNo);
    }

    /** A message ClickHome marked Failed (inStatus 4). */
    public long failedMessage(int method, Integer supplierId, Integer contractId, String subject, String errorCode, String error) {
        db.update("INSERT INTO dbo.tblMessages (inMessageType, inAudience, inMethod, fkidSupplier, fkidContract, sgToAddress, sgFaxNumber, "
                        + "sgSubject, inStatus, inAttemptCount, dtStatusChanged, sgLastErrorCode, sgLastError) "
                        + "VALUES (1, 1, ?, ?, ?, ?, ?, ?, 4, 3, GETDATE(), ?, ?)",
                method, supplierId, contractId, method == 1 ? "jobs@trade.example.com.au" : null, method == 2 ? "+61255509876" : null,
                subject, errorCode, error);
        return db.queryForObject("SELECT MAX(idMessage) FROM dbo.tblMessages", Long.class);
    }

    public void setMessageStatus(long idMessage, int status) {
        db.update("UPDATE dbo.tblMessages SET inStatus = ?, dtStatusChanged = GETDATE() WHERE idMessage = ?", status, idMessage);
    }

    public int user(String fullName, String email) {
        db.update("INSERT INTO dbo.tblUsers (sgUserName, sgFullName, sgEmail, bSupervisor) VALUES (?, ?, ?, 1)", fullName, fullName, email);
        return db.queryForObject("SELECT MAX(idUser) FROM dbo.tblUsers", Integer.class);
    }

    /**
     * A PO header received {@code receivedMinutesAgo} minutes before the database clock; Loaded (1, 2)
     * headers are loaded at the same time. Amounts are ex GST, GST and inc GST.
     */
    public int poHeader(String poNumber, String contractNo, String supplierCode, int loadStatus, int receivedMinutesAgo,
                        String exGst, String gst, String incGst) {
        db.update("INSERT INTO dbo.tblIntPOHeaders (sgSourceSystem, sgPONumber, sgOrderType, sgContractNo, sgSupplierCode, dtOrderDate, "
                        + "dcTotalExGST, dcTotalGST, dcTotalIncGST, inLoadStatus, inAttemptCount, dtReceived, dtLoaded) "
                        + "VALUES ('DATABUILD', ?, 'ORDER', ?, ?, CAST(GETDATE() AS DATE), ?, ?, ?, ?, 1, "
                        + "DATEADD(minute, -1 * ?, GETDATE()), "
                        + (loadStatus == 1 || loadStatus == 2 ? "DATEADD(minute, -1 * " + receivedMinutesAgo + ", GETDATE()))" : "NULL)"),
                poNumber, contractNo, supplierCode, new BigDecimal(exGst), new BigDecimal(gst), new BigDecimal(incGst), loadStatus,
                receivedMinutesAgo);
        return db.queryForObject("SELECT MAX(idIntPOHeader) FROM dbo.tblIntPOHeaders", Integer.class);
    }

    public void poLine(int headerId, int lineNo, String costCode, String description, String exGst, String gstCode, String gst, int matchStatus) {
        db.update("INSERT INTO dbo.tblIntPOLines (fkidIntPOHeader, inLineNo, sgCostCode, sgDescription, dcQuantity, dcUnitPriceExGST, "
                        + "dcLineExGST, sgGSTCode, dcLineGST, inMatchStatus, sgAutotaskName) VALUES (?, ?, ?, ?, 1, ?, ?, ?, ?, ?, ?)",
                headerId, lineNo, costCode, description, new BigDecimal(exGst), new BigDecimal(exGst), gstCode, new BigDecimal(gst), matchStatus,
                matchStatus == 2 ? "Autotask for PO=" + costCode : null);
    }

    /** An active device whose last successful sync was {@code lastOkHoursAgo} hours ago (null: never). */
    public int device(int userId, String deviceId, Integer lastOkHoursAgo) {
        db.update("INSERT INTO dbo.tblDevices (fkidUser, sgDeviceId, sgAppVersion, dtLastSyncOk, dtLastSyncAttempt) "
                + "VALUES (?, ?, '7.4.2', " + (lastOkHoursAgo == null ? "NULL" : "DATEADD(hour, -1 * " + lastOkHoursAgo + ", GETDATE())") + ", GETDATE())",
                userId, deviceId);
        return db.queryForObject("SELECT idDevice FROM dbo.tblDevices WHERE sgDeviceId = ?", Integer.class, deviceId);
    }

    /** One sync attempt: status 1 Succeeded, 2 Failed, 3 Partial, 4 Abandoned. */
    public void sync(int deviceId, int minutesAgo, int status, String errorCode, String errorMessage, Integer itemsRejected) {
        db.update("INSERT INTO dbo.tblDeviceSyncLog (fkidDevice, dtStarted, dtFinished, inStatus, inItemsRejected, sgErrorCode, sgErrorMessage) "
                        + "VALUES (?, DATEADD(minute, -1 * ?, GETDATE()), DATEADD(minute, -1 * ?, GETDATE()), ?, ?, ?, ?)",
                deviceId, minutesAgo, minutesAgo, status, itemsRejected, errorCode, errorMessage);
    }

    /** A service heartbeat row; {@code bejMinutesAgo} null means the service has no back-end-job loader. */
    public int heartbeat(String service, String host, int state, int beatMinutesAgo, Integer bejMinutesAgo) {
        db.update("INSERT INTO dbo.tblServiceHeartbeat (sgServiceName, sgHostName, inServiceState, dtLastBeat, dtLastBEJCycle, sgVersion) "
                        + "VALUES (?, ?, ?, DATEADD(minute, -1 * ?, GETDATE()), "
                        + (bejMinutesAgo == null ? "NULL" : "DATEADD(minute, -1 * " + bejMinutesAgo + ", GETDATE())") + ", '2024.3')",
                service, host, state, beatMinutesAgo);
        return db.queryForObject("SELECT MAX(idServiceHeartbeat) FROM dbo.tblServiceHeartbeat", Integer.class);
    }
}
