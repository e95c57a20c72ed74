package au.chim.testsupport;

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
}
