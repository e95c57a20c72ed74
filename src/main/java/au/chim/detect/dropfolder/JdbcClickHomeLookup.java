package au.chim.detect.dropfolder;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import javax.sql.DataSource;

/** {@link ClickHomeLookup} over the ClickHome database, one small read-only query per key. Wrap in {@link CachingClickHomeLookup}. */
public final class JdbcClickHomeLookup implements ClickHomeLookup {

    /**
     * The three queries, so a site whose tables differ from the reference schema can supply its own.
     * Each takes one parameter; column order: contract (contractNo, jobType, status, businessUnit),
     * supplier (code, name, abn, email, fax, jobFileId, excluded, active), business unit (any row = exists).
     */
    public record Queries(String contract, String supplier, String businessUnit) {
        public static final Queries REFERENCE = new Queries(
                "SELECT TOP 1 c.sgContractNo, c.inJobType, c.inContractStatus, bu.sgName FROM dbo.tblContracts c"
                        + " LEFT JOIN dbo.tblBusinessUnits bu ON bu.idBusinessUnit = c.fkidBusinessUnit"
                        + " WHERE c.sgContractNo = ? ORDER BY CASE WHEN c.inJobType = 4 THEN 0 ELSE 1 END, c.idContract",
                "SELECT TOP 1 sgSupplierCode, sgSupplierName, sgABN, sgEmail, sgFax, sgJobFileID, bExcludedFromIntegration, bActive"
                        + " FROM dbo.tblSuppliers WHERE sgSupplierCode = ?",
                "SELECT TOP 1 idBusinessUnit FROM dbo.tblBusinessUnits WHERE UPPER(sgName) = UPPER(?)");
    }

    private final DataSource ds;
    private final Queries queries;

    public JdbcClickHomeLookup(DataSource ds) {
        this(ds, Queries.REFERENCE);
    }

    public JdbcClickHomeLookup(DataSource ds, Queries queries) {
        this.ds = ds;
        this.queries = queries;
    }

    @Override
    public Optional<Contract> contract(String contractNo) {
        return query(queries.contract(), contractNo, rs -> new Contract(rs.getString(1), rs.getInt(2), rs.getInt(3), rs.getString(4)));
    }

    @Override
    public Optional<Supplier> supplier(String supplierCode) {
        return query(queries.supplier(), supplierCode, rs -> new Supplier(rs.getString(1), rs.getString(2), rs.getString(3),
                rs.getString(4), rs.getString(5), rs.getString(6), rs.getBoolean(7), rs.getBoolean(8)));
    }

    @Override
    public boolean businessUnitExists(String name) {
        return query(queries.businessUnit(), name, rs -> Boolean.TRUE).isPresent();
    }

    private interface RowMapper<T> {
        T map(ResultSet rs) throws SQLException;
    }

    private <T> Optional<T> query(String sql, String key, RowMapper<T> mapper) {
        try (Connection c = ds.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(mapper.map(rs)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new CheckUnavailableException("ClickHome lookup failed: " + e.getClass().getSimpleName() + " (SQLState "
                    + e.getSQLState() + ")", e);
        }
    }
}
