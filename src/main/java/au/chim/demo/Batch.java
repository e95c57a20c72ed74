package au.chim.demo;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/** One batched INSERT for one table; flushes every 500 rows so memory stays flat on the big tables. */
final class Batch implements AutoCloseable {
    private static final int FLUSH_EVERY = 500;
    private final PreparedStatement ps;
    private final String table;
    private int pending;
    private int total;

    Batch(Connection c, String table, String... columns) throws SQLException {
        this.table = table;
        String cols = String.join(", ", columns);
        String marks = String.join(", ", java.util.Collections.nCopies(columns.length, "?"));
        this.ps = c.prepareStatement("INSERT INTO " + table + " (" + cols + ") VALUES (" + marks + ")");
    }

    void row(Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            ps.setObject(i + 1, values[i]);
        }
        ps.addBatch();
        total++;
        if (++pending >= FLUSH_EVERY) {
            flush();
        }
    }

    int total() {
        return total;
    }

    private void flush() throws SQLException {
        if (pending > 0) {
            try {
                ps.executeBatch();
            } catch (SQLException e) {
                throw new SQLException("batch insert into " + table + " failed near row " + total + ": " + e.getMessage(), e);
            }
            pending = 0;
        }
    }

    @Override
    public void close() throws SQLException {
        try {
            flush();
        } finally {
            ps.close();
        }
    }
}
