package au.chim.demo;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import javax.sql.DataSource;

/** Demo mode only: writes one new realistic failure into the ClickHome demo database per call, rotating through the kinds. */
public final class FailureSimulator {
    /** The kinds of failure, in rotation order. */
    public enum Kind { FAILED_FAX, BOUNCED_EMAIL, PO_ERROR, SUPPLIER_ABN_BROKEN, PO_PENDING, BEJ_ERROR, DEVICE_SYNC_FAILURE }

    /** What one call wrote: the table and the key of the row (idMessage, sgPONumber, sgSupplierCode, idBackEndJob, idDeviceSync). */
    public record Injection(Kind kind, String table, String key, String description) {
    }

    private final DataSource dataSource;
    private final Clock clock;
    private final Random random;
    private int next;

    public FailureSimulator(DataSource dataSource, Clock clock, Random random) {
        this.dataSource = dataSource;
        this.clock = clock;
        this.random = random;
    }

    /** Injects the next failure and returns a one-line description for the log (codes and keys, no addresses). */
    public String injectOne() {
        return inject().description();
    }

    /**
     * Injects the next failure of the rotation.
     *
     * @throws IllegalStateException if the database has no rows to attach the failure to, or the write fails
     */
    public synchronized Injection inject() {
        Kind kind = Kind.values()[next++ % Kind.values().length];
        LocalDateTime now = LocalDateTime.now(clock.withZone(DemoData.ZONE)).truncatedTo(ChronoUnit.SECONDS);
        try (Connection c = dataSource.getConnection()) {
            return new SimulatedFailures(c, random, now).write(kind);
        } catch (SQLException e) {
            throw new IllegalStateException("failure simulator could not write " + kind + ": " + e.getMessage(), e);
        }
    }

    /** Runs a query and returns the rows; package-visible for {@link SimulatedFailures}. */
    static List<Object[]> rows(Connection c, String sql) throws SQLException {
        List<Object[]> out = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                Object[] r = new Object[n];
                for (int i = 0; i < n; i++) {
                    r[i] = rs.getObject(i + 1);
                }
                out.add(r);
            }
        }
        return out;
    }

    /** Executes an insert and returns the generated identity. */
    static long insert(Connection c, String sql, Object... values) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            for (int i = 0; i < values.length; i++) {
                ps.setObject(i + 1, values[i]);
            }
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                if (!keys.next()) {
                    throw new SQLException("no identity returned for " + sql);
                }
                return keys.getLong(1);
            }
        }
    }
}
