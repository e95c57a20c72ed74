package au.chim.demo;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Random;

/** Writes each kind of {@link FailureSimulator.Kind} the way ClickHome or its neighbours would. */
final class SimulatedFailures {
    private static final String MESSAGE_INSERT = "INSERT INTO dbo.tblMessages (inMessageType, inAudience, inMethod, fkidSupplier, "
            + "sgToAddress, sgFaxNumber, sgSubject, sgInternetMessageId, inStatus, inAttemptCount, dtQueued, dtSent, dtStatusChanged, "
            + "sgGatewayJobId, sgLastErrorCode, sgLastError) VALUES (1, 1, ?, ?, ?, ?, ?, ?, 4, ?, ?, ?, ?, ?, ?, ?)";
    private static final String[][] FAX_ERRORS = {{"FAX_BUSY", "Line busy: failed after 3 attempts"},
        {"FAX_NO_ANSWER", "No answer (T.30 T1 timeout) after 3 attempts"}, {"FAX_NO_DIALTONE", "Dial tone detected (incomplete number)"},
        {"FAX_NOT_IN_SERVICE", "Number not in service"}};
    private static final String[][] SYNC_ERRORS = {{"TIMEOUT", "The request timed out after 60 s"},
        {"NETWORK_UNREACHABLE", "The network is unreachable"}, {"TLS_HANDSHAKE", "TLS handshake failed: certificate expired"},
        {"SERVER_500", "HTTP 500 Internal Server Error from /api/sync/upload"}};

    private final Connection c;
    private final Random rnd;
    private final Fake fake;
    private final LocalDateTime now;

    SimulatedFailures(Connection c, Random rnd, LocalDateTime now) {
        this.c = c;
        this.rnd = rnd;
        this.fake = new Fake(rnd);
        this.now = now;
    }

    FailureSimulator.Injection write(FailureSimulator.Kind kind) throws SQLException {
        return switch (kind) {
            case FAILED_FAX -> failedFax();
            case BOUNCED_EMAIL -> bouncedEmail();
            case PO_ERROR -> poError();
            case SUPPLIER_ABN_BROKEN -> abnBroken();
            case PO_PENDING -> poPending();
            case BEJ_ERROR -> bejError();
            case DEVICE_SYNC_FAILURE -> syncFailure();
        };
    }

    private Object[] pick(String sql, String what) throws SQLException {
        List<Object[]> rows = FailureSimulator.rows(c, sql);
        if (rows.isEmpty()) {
            throw new IllegalStateException("no " + what + " to attach a simulated failure to");
        }
        return rows.get(rnd.nextInt(rows.size()));
    }

    private FailureSimulator.Injection failedFax() throws SQLException {
        Object[] s = pick("SELECT idSupplier, sgSupplierCode, sgFax FROM dbo.tblSuppliers WHERE bActive = 1 AND inCallupMethod = 2 "
                + "AND sgFax IS NOT NULL ORDER BY idSupplier", "active fax supplier");
        String[] err = FAX_ERRORS[rnd.nextInt(FAX_ERRORS.length)];
        String fax = (String) s[2];
        String to = fax.replaceAll("[^0-9+]", "").replace("+61", "0") + "@faxmaker.com";
        LocalDateTime queued = now.minusMinutes(17);
        long id = FailureSimulator.insert(c, MESSAGE_INSERT, 2, s[0], to, fax, "Call-up: simulated", Msg.messageId(fake),
                err[0].startsWith("FAX_N") && !err[0].equals("FAX_NO_ANSWER") ? 1 : 3, queued, queued.plusMinutes(1), now,
                Msg.faxJobId(fake), err[0], err[1]);
        return new FailureSimulator.Injection(FailureSimulator.Kind.FAILED_FAX, "tblMessages", String.valueOf(id),
                "failed fax: message " + id + " to supplier " + s[1] + " (" + err[0] + ")");
    }

    private FailureSimulator.Injection bouncedEmail() throws SQLException {
        Object[] s = pick("SELECT idSupplier, sgSupplierCode, sgEmail FROM dbo.tblSuppliers WHERE bActive = 1 AND inCallupMethod = 1 "
                + "AND sgEmail LIKE '%@%' ORDER BY idSupplier", "active email supplier");
        LocalDateTime queued = now.minusMinutes(6);
        long id = FailureSimulator.insert(c, MESSAGE_INSERT, 1, s[0], s[2], null, "Call-up: simulated", Msg.messageId(fake), 1,
                queued, queued.plusMinutes(1), now, null, "SMTP_550",
                "550 5.1.1 <" + s[2] + ">: Recipient address rejected: User unknown in virtual mailbox table");
        return new FailureSimulator.Injection(FailureSimulator.Kind.BOUNCED_EMAIL, "tblMessages", String.valueOf(id),
                "bounced email: message " + id + " to supplier " + s[1] + " (SMTP_550)");
    }

    private FailureSimulator.Injection poError() throws SQLException {
        Object[] k = pick("SELECT idContract, sgContractNo FROM dbo.tblContracts WHERE inJobType = 4 AND inContractStatus = 1 "
                + "ORDER BY idContract", "active construction contract");
        String supplier = "XTRA" + String.format("%02d", rnd.nextInt(100));
        String po = nextPo((String) k[1]);
        header(po, (String) k[1], (Integer) k[0], supplier, null, 9, "PO_UNKNOWN_SUPPLIER",
                "Supplier code " + supplier + " not found in ClickHome supplier master", now.minusMinutes(3));
        return new FailureSimulator.Injection(FailureSimulator.Kind.PO_ERROR, "tblIntPOHeaders", po,
                "PO error: " + po + " PO_UNKNOWN_SUPPLIER (" + supplier + ")");
    }

    private FailureSimulator.Injection poPending() throws SQLException {
        Object[] k = pick("SELECT idContract, sgContractNo FROM dbo.tblContracts WHERE inJobType = 4 AND inContractStatus = 1 "
                + "ORDER BY idContract", "active construction contract");
        Object[] s = pick("SELECT idSupplier, sgSupplierCode FROM dbo.tblSuppliers WHERE bActive = 1 ORDER BY idSupplier", "active supplier");
        String po = nextPo((String) k[1]);
        int age = 125 + rnd.nextInt(180);
        header(po, (String) k[1], (Integer) k[0], (String) s[1], (Integer) s[0], 0, null, null, now.minusMinutes(age));
        return new FailureSimulator.Injection(FailureSimulator.Kind.PO_PENDING, "tblIntPOHeaders", po,
                "PO pending: " + po + " not loaded for " + age + " min");
    }

    private String nextPo(String contractNo) throws SQLException {
        int max = 0;
        for (Object[] r : FailureSimulator.rows(c, "SELECT sgPONumber FROM dbo.tblIntPOHeaders WHERE sgContractNo = '" + contractNo + "'")) {
            String no = (String) r[0];
            String seq = no.substring(no.indexOf('/') + 1);
            if (seq.matches("\\d+")) {
                max = Math.max(max, Integer.parseInt(seq));
            }
        }
        return contractNo + "/" + String.format("%03d", max + 1);
    }

    private void header(String po, String contractNo, Integer contractId, String supplierCode, Integer supplierId, int status,
                        String code, String message, LocalDateTime received) throws SQLException {
        BigDecimal ex = BigDecimal.valueOf(500 + rnd.nextInt(9000)).setScale(2);
        BigDecimal gst = ex.divide(BigDecimal.TEN).setScale(2);
        long id = FailureSimulator.insert(c, "INSERT INTO dbo.tblIntPOHeaders (sgSourceSystem, sgPONumber, sgOrderType, sgContractNo, "
                + "sgSupplierCode, dtOrderDate, dcTotalExGST, dcTotalGST, dcTotalIncGST, inLoadStatus, inAttemptCount, sgErrorCode, "
                + "sgErrorMessage, fkidContract, fkidSupplier, dtReceived) VALUES ('DATABUILD', ?, 'ORDER', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                po, contractNo, supplierCode, received.toLocalDate(), ex, gst, ex.add(gst), status, status == 9 ? 1 : 0, code, message,
                contractId, supplierId, received);
        FailureSimulator.insert(c, "INSERT INTO dbo.tblIntPOLines (fkidIntPOHeader, inLineNo, sgCostCode, sgDescription, dcQuantity, "
                + "dcUnitPriceExGST, dcLineExGST, sgGSTCode, dcLineGST) VALUES (?, 1, '0540', 'Fix-out doors and skirting', 1, ?, ?, 'GST', ?)",
                id, ex, ex, gst);
    }

    private FailureSimulator.Injection abnBroken() throws SQLException {
        List<Object[]> all = FailureSimulator.rows(c, "SELECT idSupplier, sgSupplierCode, sgABN FROM dbo.tblSuppliers "
                + "WHERE bActive = 1 AND sgABN IS NOT NULL AND LEN(sgABN) = 11 ORDER BY idSupplier");
        List<Object[]> valid = all.stream().filter(r -> Fake.abnValid((String) r[2])).toList();
        if (all.isEmpty()) {
            throw new IllegalStateException("no supplier with an ABN to attach a simulated failure to");
        }
        Object[] s = valid.isEmpty() ? all.get(rnd.nextInt(all.size())) : valid.get(rnd.nextInt(valid.size()));
        String abn = (String) s[2];
        // one digit changed by 1..9 always breaks modulus 89 (19 * d is never a multiple of the prime 89);
        // once every ABN is broken, a dropped digit keeps the rotation going
        String broken = valid.isEmpty() ? abn.substring(0, 10)
                : abn.substring(0, 10) + (char) ('0' + (abn.charAt(10) - '0' + 1 + rnd.nextInt(9)) % 10);
        try (PreparedStatement ps = c.prepareStatement("UPDATE dbo.tblSuppliers SET sgABN = ?, dtModified = ? WHERE idSupplier = ?")) {
            ps.setString(1, broken);
            ps.setObject(2, now);
            ps.setObject(3, s[0]);
            ps.executeUpdate();
        }
        return new FailureSimulator.Injection(FailureSimulator.Kind.SUPPLIER_ABN_BROKEN, "tblSuppliers", (String) s[1],
                "supplier ABN broken: " + s[1] + " (last digit mistyped)");
    }

    private FailureSimulator.Injection bejError() throws SQLException {
        int failures = 1 + rnd.nextInt(6);
        long id = FailureSimulator.insert(c, "INSERT INTO dbo.tblBackEndJobs (inOpCode, dtRunAfter, sgResult, sgLastErrorMessage, "
                + "inFailureCount, dtCreated) VALUES (26041, ?, 'ERROR', ?, ?, ?)", now, "The remote server returned an error: "
                + "(503) Server Unavailable.", failures, now.minusMinutes(5L * failures));
        return new FailureSimulator.Injection(FailureSimulator.Kind.BEJ_ERROR, "tblBackEndJobs", String.valueOf(id),
                "BEJ error: job " + id + " op 26041 failed " + failures + " times");
    }

    private FailureSimulator.Injection syncFailure() throws SQLException {
        Object[] d = pick("SELECT idDevice, sgDeviceId FROM dbo.tblDevices WHERE bActive = 1 ORDER BY idDevice", "active device");
        String[] err = SYNC_ERRORS[rnd.nextInt(SYNC_ERRORS.length)];
        long id = FailureSimulator.insert(c, "INSERT INTO dbo.tblDeviceSyncLog (fkidDevice, dtStarted, dtFinished, inStatus, sgErrorCode, "
                + "sgErrorMessage) VALUES (?, ?, ?, 2, ?, ?)", d[0], now.minusMinutes(1), now, err[0], err[1]);
        try (PreparedStatement ps = c.prepareStatement("UPDATE dbo.tblDevices SET dtLastSyncAttempt = ? WHERE idDevice = ?")) {
            ps.setObject(1, now);
            ps.setObject(2, d[0]);
            ps.executeUpdate();
        }
        return new FailureSimulator.Injection(FailureSimulator.Kind.DEVICE_SYNC_FAILURE, "tblDeviceSyncLog", String.valueOf(id),
                "device sync failure: " + d[1] + " (" + err[0] + ")");
    }
}
